#!/usr/bin/env python3
"""A stratified random sample of `viet extract` facts with their context, for judging precision by hand.

    swift run -c release viet extract --lossy CORPUS > facts.jsonl
    Scripts/sample-facts.py CORPUS facts.jsonl SEED > sample.txt
    Scripts/sample-facts.py CORPUS facts.jsonl SEED ORG 40 > sample.txt

Prints, per sampled fact, its label, attributes and the text around its span (⟦…⟧ marks the span).
The quota per label (about 100 facts) weights the labels whose readings can go wrong over the plain
numbers; with LABEL and COUNT, COUNT facts of that label alone are drawn, uniformly (the entity labels'
samples). The same seed over the same files gives the same sample, so a judgement can be checked.
"""
import random
import sys

from facts import read_facts

QUOTA = {
    "DATE": 14, "RANGE": 12, "QUANTITY": 12, "PERCENT": 4, "DURATION": 12, "MONEY": 10,
    "RATIO": 10, "TIME": 8, "ORDINAL": 8, "NUMBER": 10,
}


def main() -> None:
    if len(sys.argv) not in (4, 6):
        sys.exit("usage: sample-facts.py CORPUS FACTS.jsonl SEED [LABEL COUNT]")
    corpus, facts, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
    quotas = QUOTA
    if len(sys.argv) == 6:
        try:
            quotas = {sys.argv[4]: int(sys.argv[5])}
        except ValueError:
            sys.exit(f"sample-facts.py: COUNT must be a whole number, not {sys.argv[5]!r}")
    by_label: dict[str, list[dict]] = {}
    for fact in read_facts(facts):
        if fact.get("label") in quotas:
            by_label.setdefault(fact["label"], []).append(fact)
    random.seed(seed)
    wanted: dict[int, list[dict]] = {}
    for label, quota in quotas.items():
        pool = by_label.get(label, [])
        for fact in random.sample(pool, min(quota, len(pool))):
            wanted.setdefault(fact["line"], []).append(fact)
    texts: dict[int, str] = {}
    with open(corpus, encoding="utf-8", errors="replace") as lines:
        for number, line in enumerate(lines, 1):
            if number in wanted:
                texts[number] = line.rstrip("\n")
    count = 0
    for number in sorted(wanted):
        text = texts.get(number, "")
        for fact in wanted[number]:
            count += 1
            start, end = fact["start"], fact["end"]
            context = text[max(0, start - 70):start] + "⟦" + text[start:end] + "⟧" + text[end:end + 50]
            attributes = {k: v for k, v in fact.items() if k not in ("line", "start", "end", "text", "label")}
            print(f"{count:3d} {fact['label']:8s} {attributes}\n     {context}")


if __name__ == "__main__":
    main()
