#!/usr/bin/env python3
"""Where the number scan and the treebanks' NUM tags disagree, in the news sentences of UD-VTB and
UD-TueCL: a diagnostic for finding misses and false numbers in a genre the two large corpora lack.

    swift build -c release --product viet
    Scripts/treebank-numbers.py .build/release/viet [EXAMPLES] > report.txt

Scans every treebank sentence with `viet number --scan` and prints how many NUM tokens an expression
covers, how many expressions cover a NUM token, the NUM forms left uncovered (most frequent first)
and the expressions that cover none, EXAMPLES (default 10) of each with the text around them. Not an
accuracy measure: the treebanks tag "một" (a/one), "mỗi" (each) and "đôi" (pair) NUM, which the
conventions (Tests/Fixtures/README.md) do not count, and the DATE, ORDINAL and name readings an
expression without a NUM token has are often right. The sentences are tokenized text ("10 . 000",
"30 - 4 - 1967"), which running text seldom is. VIETNLP_SHARED overrides ../shared.
"""
import collections
import glob
import json
import os
import subprocess
import sys


def sentences(shared):
    """(text, [(form, upos)]) per sentence of the treebanks' CoNLL-U files."""
    paths = sorted(glob.glob(os.path.join(shared, "data/ud-vtb/*.conllu"))) + sorted(
        glob.glob(os.path.join(shared, "data/ud-tuecl/*.conllu")))
    if not paths:
        sys.exit(f"treebank-numbers: no CoNLL-U files under {shared}/data (set VIETNLP_SHARED)")
    for path in paths:
        text, tokens = None, []
        with open(path, encoding="utf-8") as file:
            for line in file:
                line = line.rstrip("\n")
                if line.startswith("# text"):
                    text = line.split("=", 1)[1].lstrip(" ") if "=" in line else ""
                elif line and not line.startswith("#"):
                    columns = line.split("\t")
                    if "-" not in columns[0] and "." not in columns[0]:
                        tokens.append((columns[1], columns[3]))
                elif not line and text is not None:
                    yield text, tokens
                    text, tokens = None, []
        if text is not None:
            yield text, tokens


def num_spans(text, tokens):
    """Character spans of the NUM tokens, found in order in the sentence's text."""
    position, spans = 0, []
    for form, upos in tokens:
        start = text.find(form, position)
        if start < 0:
            continue
        if upos == "NUM":
            spans.append((start, start + len(form), form))
        position = start + len(form)
    return spans


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: treebank-numbers.py VIET_BINARY [EXAMPLES]")
    examples = int(sys.argv[2]) if len(sys.argv) == 3 else 10
    shared = os.environ.get("VIETNLP_SHARED", os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../shared"))
    corpus = list(sentences(shared))
    lines = "".join(text.replace("\n", " ") + "\n" for text, _ in corpus)
    scanned = subprocess.run([sys.argv[1], "number", "--scan"], input=lines, capture_output=True, text=True, check=True).stdout
    found = collections.defaultdict(list)
    for line in scanned.splitlines():
        record = json.loads(line)
        if "label" in record:
            found[record["line"] - 1].append((record["start"], record["end"], record["label"], record["text"]))

    nums = covered = expressions = with_num = 0
    missed, missed_examples = collections.Counter(), collections.defaultdict(list)
    lone, lone_examples = collections.Counter(), collections.defaultdict(list)
    for index, (text, tokens) in enumerate(corpus):
        spans = num_spans(text, tokens)
        for start, end, form in spans:
            nums += 1
            if any(s < end and start < e for s, e, _, _ in found[index]):
                covered += 1
            else:
                missed[form.lower()] += 1
                missed_examples[form.lower()].append(f"{text[max(0, start - 40):start]}⟦{form}⟧{text[end:end + 25]}")
        for start, end, label, written in found[index]:
            expressions += 1
            if any(start < e and s < end for s, e, _ in spans):
                with_num += 1
            else:
                lone[label] += 1
                lone_examples[label].append(f"{text[max(0, start - 40):start]}⟦{written}⟧{text[end:end + 25]}")

    print(f"{len(corpus)} sentences, {nums} NUM tokens: {covered} covered by an expression ({100 * covered / max(nums, 1):.1f}%)")
    print(f"{expressions} expressions: {with_num} cover a NUM token ({100 * with_num / max(expressions, 1):.1f}%)")
    print("\nNUM forms no expression covers:")
    for form, count in missed.most_common():
        print(f"  {count:4} {form}")
        for example in missed_examples[form][:examples]:
            print(f"         {example}")
    print("\nExpressions that cover no NUM token, by label:")
    for label, count in lone.most_common():
        print(f"  {count:4} {label}")
        for example in lone_examples[label][:examples]:
            print(f"         {example}")


if __name__ == "__main__":
    main()
