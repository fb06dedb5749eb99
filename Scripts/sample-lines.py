#!/usr/bin/env python3
"""A random sample of corpus lines with every numeric fact `viet extract` found marked, for judging recall by hand.

    swift run -c release viet extract --lossy CORPUS > facts.jsonl
    Scripts/sample-lines.py CORPUS facts.jsonl SEED [COUNT] [--min-length N] [--skip-headings] > sample.txt

`sample-facts.py` samples facts, so it sees only what the tool found, and `sample-numbers.py` single
places where a number is written; this samples whole lines that hold a digit or a Vietnamese number
word (whether or not the tool found anything there) and prints each with its numeric facts in place
(⟦span⟧1, ⟦span⟧2 …) and listed below it, so that a judge lists every expression a line should give
and measures recall (found / expected) as well as what is cut short, mislabelled or found wrongly.
Lines of 20 (or N) to 800 characters, Markdown headings ("# …") left out with --skip-headings (the
legal corpus's are mostly codes); COUNT defaults to 50. The same seed and options over the same files
give the same sample, so a judgement can be checked.
"""
import argparse
import random
import re

from facts import read_facts

NUMERIC_LABELS = {"NUMBER", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "RATIO", "RANGE", "DATE", "TIME", "DURATION"}

# A digit, or a spelled number word standing alone (not "ba" inside "bao").
NUMBER_WORD = re.compile(
    r"\d|(?<!\w)(?:một|hai|ba|bốn|tư|năm|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm|nghìn|ngàn|triệu|tỷ|tỉ|chục|rưỡi|nửa|thứ nhất)(?!\w)",
    re.IGNORECASE)


def main() -> None:
    arguments = argparse.ArgumentParser(description="Sample corpus lines with their numeric facts marked.")
    arguments.add_argument("corpus")
    arguments.add_argument("facts")
    arguments.add_argument("seed", type=int)
    arguments.add_argument("count", type=int, nargs="?", default=50)
    arguments.add_argument("--min-length", type=int, default=20)
    arguments.add_argument("--skip-headings", action="store_true")
    options = arguments.parse_args()
    corpus, facts_path, seed, count = options.corpus, options.facts, options.seed, options.count
    eligible: list[tuple[int, str]] = []
    with open(corpus, encoding="utf-8", errors="replace") as lines:
        for number, line in enumerate(lines, 1):
            text = line.rstrip("\n")
            if options.skip_headings and text.startswith("#"):
                continue
            if options.min_length <= len(text) <= 800 and NUMBER_WORD.search(text):
                eligible.append((number, text))
    random.seed(seed)
    chosen = dict(random.sample(eligible, min(count, len(eligible))))
    found: dict[int, list[dict]] = {}
    for fact in read_facts(facts_path):
        if fact.get("line") in chosen and fact.get("label") in NUMERIC_LABELS:
            found.setdefault(fact["line"], []).append(fact)
    for sample, number in enumerate(sorted(chosen), 1):
        text = chosen[number]
        facts = sorted(found.get(number, []), key=lambda fact: fact["start"])
        marked, position = [], 0
        for index, fact in enumerate(facts, 1):
            marked.append(text[position:fact["start"]] + "⟦" + text[fact["start"]:fact["end"]] + f"⟧{index}")
            position = fact["end"]
        marked.append(text[position:])
        print(f"## {sample} (line {number})\n{''.join(marked)}")
        for index, fact in enumerate(facts, 1):
            attributes = {k: v for k, v in fact.items() if k not in ("line", "start", "end", "text", "label")}
            print(f"  {index}. {fact['label']} {fact['text']!r} {attributes}")
        print()


if __name__ == "__main__":
    main()
