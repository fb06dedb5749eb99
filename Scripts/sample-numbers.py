#!/usr/bin/env python3
"""A random sample of the places in a corpus where a number is written, with the facts found there,
for judging recall and spans by hand (sample-facts.py judges precision: it samples facts).

    swift run -c release viet extract --lossy CORPUS > facts.jsonl
    Scripts/sample-numbers.py CORPUS facts.jsonl SEED [COUNT] > sample.txt

Draws COUNT (default 60) places uniformly from every run of digits and every spelled-out number word
of the corpus (four in five digit runs, one in five words), and prints each with the text around it
(⟦…⟧ marks the run) and the number facts (and document references, which carry their dates) that cover it, or "none". A place is judged right when the
fact covering it has the span and value a reader would give the whole expression, or when no fact
covers it and it is not a quantity (a code, a list marker, a name). The same seed over the same files
gives the same sample, so a judgement can be checked.
"""
import random
import re
import sys

from facts import read_facts

NUMBER_LABELS = {"DOCREF", "NUMBER", "PERCENT", "MONEY", "QUANTITY", "RATIO", "DATE", "TIME", "RANGE", "DURATION", "ORDINAL"}
DIGITS = re.compile(r"[0-9]+")
WORDS = re.compile(
    r"(?<![\w])(hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|trăm|nghìn|ngàn|triệu|tỷ|tỉ|một|rưỡi|nửa)(?![\w])",
    re.IGNORECASE)


def main() -> None:
    if len(sys.argv) not in (4, 5):
        sys.exit("usage: sample-numbers.py CORPUS FACTS.jsonl SEED [COUNT]")
    corpus, facts_path, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
    count = int(sys.argv[4]) if len(sys.argv) == 5 else 60
    with open(corpus, encoding="utf-8", errors="replace") as handle:
        lines = [line.rstrip("\n") for line in handle]
    random.seed(seed)
    places = draw(lines, DIGITS, count - count // 5) + draw(lines, WORDS, count // 5)
    wanted = {number for number, _, _ in places}
    facts: dict[int, list[dict]] = {}
    for fact in read_facts(facts_path):
        if fact.get("line") in wanted and fact.get("label") in NUMBER_LABELS:
            facts.setdefault(fact["line"], []).append(fact)
    for index, (number, start, end) in enumerate(sorted(places), 1):
        text = lines[number - 1]
        context = text[max(0, start - 80):start] + "⟦" + text[start:end] + "⟧" + text[end:end + 60]
        covering = [f for f in facts.get(number, []) if f["start"] < end and start < f["end"]]
        print(f"{index:3d} line {number}: {context}")
        for fact in covering:
            attributes = {k: v for k, v in fact.items() if k not in ("line", "start", "end", "text", "label")}
            print(f"      {fact['label']:8s} {fact['text']!r} {attributes}")
        if not covering:
            print("      none")


def draw(lines: list[str], pattern: re.Pattern, count: int) -> list[tuple[int, int, int]]:
    """`count` matches of `pattern` drawn uniformly from all of them, as (line, start, end)."""
    # Reservoir sampling keeps memory at `count` however large the corpus.
    chosen: list[tuple[int, int, int]] = []
    seen = 0
    for number, text in enumerate(lines, 1):
        for match in pattern.finditer(text):
            seen += 1
            if len(chosen) < count:
                chosen.append((number, match.start(), match.end()))
            else:
                slot = random.randrange(seen)
                if slot < count:
                    chosen[slot] = (number, match.start(), match.end())
    return chosen


if __name__ == "__main__":
    main()
