#!/usr/bin/env python3
"""Learns segmentation weights for the shipped lexicon from UD Vietnamese-VTB *train* (never dev/test).

For every multi-syllable lexicon word it counts, in the training sentences, how often the word's
syllables occur as one gold word and how often they occur across a gold word boundary. Words that
the treebank splits more often than it joins get weight 0 ("do not join"); words it always joins
(at least twice) get weight 1.3, so they win overlaps (tuned on dev). Edge rules generalise: a
syllable that ends (or starts) lexicon words which train splits at least 3 times as often as it
joins them ("gì", "không", "thì") disables the other words with that edge; a word with no evidence
of its own whose last syllable train writes as a word by itself in at least 95% of 30 or more
occurrences ("từ", "là", "ai") weighs 0.6, so it loses overlaps ("khởi_đầu từ") but still joins
where nothing overlaps it (tuned on dev). With --learn-words, multi-syllable gold words absent from
the lexicon that occur as words at least --min-count times and are never split are added (a learned
joining rule per word; not used: +0.0001 on dev). Output: "word<TAB>weight" lines, which
Scripts/build-lexicon.py folds into the generated lexicon. Only these statistics ship, never the
treebank text.

Usage: python3 Scripts/build-lexicon-weights.py [--learn-words] > /tmp/weights.tsv
"""
import argparse
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import importlib.util

spec = importlib.util.spec_from_file_location("build_lexicon", os.path.join(os.path.dirname(__file__), "build-lexicon.py"))
build_lexicon = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_lexicon)
key = build_lexicon.key


def read_conllu(path):
    sentences, current = [], []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line:
                if current:
                    sentences.append(current)
                current = []
                continue
            if line.startswith("#"):
                continue
            columns = line.split("\t")
            if "-" in columns[0] or "." in columns[0]:
                continue
            current.append(columns[1])
    if current:
        sentences.append(current)
    return sentences


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", default=os.environ.get("VIETNLP_SHARED", os.path.join(root, "..", "shared")))
    parser.add_argument("--learn-words", action="store_true")
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--boost", type=float, default=1.3, help="weight of words the treebank always joins")
    parser.add_argument("--boost-count", type=int, default=2, help="…at least this often")
    parser.add_argument("--edge-min", type=int, default=3, help="edge rules: minimum splits of an edge syllable (0: off)")
    parser.add_argument("--edge-ratio", type=float, default=3, help="edge rules: splits per join")
    parser.add_argument("--min-split", type=int, default=1, help="drop only words split at least this often")
    parser.add_argument("--ratio", type=float, default=1.0, help="drop words split more than ratio times as often as joined")
    parser.add_argument("--alone-rate", type=float, default=0.95,
                        help="words without evidence whose last syllable is a word by itself at least this often (0: off)…")
    parser.add_argument("--alone-count", type=int, default=30, help="…in at least this many occurrences…")
    parser.add_argument("--alone-weight", type=float, default=0.6, help="…weigh this much")
    args = parser.parse_args()
    lexicons = os.path.join(args.shared, "data", "lexicons")
    lexicon = {}
    for name in ["pyvi-words.txt", "vnvocab.txt", "rdr-vn-locations.txt", "rdr-country-l-name.txt",
                 "rdr-country-s-name.txt", "rdr-world-company.txt"]:
        with open(os.path.join(lexicons, name), encoding="utf-8") as handle:
            for line in handle:
                word = " ".join(line.strip().lower().split())
                if build_lexicon.keep(word):
                    lexicon.setdefault(key(word), word)
    longest = max(len(k.split()) for k in lexicon)
    train = read_conllu(os.path.join(args.shared, "data", "ud-vtb", "vi_vtb-ud-train.conllu"))
    joined = collections.Counter()
    split = collections.Counter()
    forms = {}
    for sentence in train:
        syllables, word_of = [], []
        for index, word in enumerate(sentence):
            for syllable in word.split():
                syllables.append(key(syllable))
                word_of.append(index)
        for index, word in enumerate(sentence):
            parts = word.split()
            if len(parts) >= 2:
                k = key(word)
                joined[k] += 1
                forms.setdefault(k, " ".join(word.lower().split()))
        for start in range(len(syllables)):
            for length in range(2, longest + 1):
                end = start + length
                if end > len(syllables):
                    break
                gram = " ".join(syllables[start:end])
                first, last = word_of[start], word_of[end - 1]
                if first == last:
                    continue  # inside one gold word: joined (counted above) or part of a longer word
                split[gram] += 1
    # Generalised rules: a syllable that, ending (or starting) lexicon words, is split off far more
    # often than joined in train ("ấy", "này", "vậy") marks every such word without evidence of its own.
    edge_joined = collections.Counter()
    edge_split = collections.Counter()
    for k in lexicon:
        parts = k.split()
        for edge in (("last", parts[-1]), ("first", parts[0])):
            edge_joined[edge] += joined[k]
            edge_split[edge] += split[k]
    weak_edges = {e for e in edge_split
                  if args.edge_min and edge_split[e] >= args.edge_min and edge_split[e] > args.edge_ratio * edge_joined[e]}
    # Syllables that train almost always writes as a word of their own ("từ", "là", "ai", "gì"):
    # a lexicon word ending in one, with no evidence of its own, loses overlaps ("khởi_đầu từ", not
    # "khởi đầu_từ"; "hầu_như ai", not "hầu như_ai") but still joins where nothing overlaps it.
    alone = collections.Counter()
    seen = collections.Counter()
    for sentence in train:
        for word in sentence:
            parts = word.split()
            for syllable in parts:
                seen[key(syllable)] += 1
            if len(parts) == 1:
                alone[key(word)] += 1
    def stands_alone(syllable):
        return seen[syllable] >= args.alone_count and alone[syllable] >= args.alone_rate * seen[syllable]
    weights = {}
    for k, word in lexicon.items():
        parts = k.split()
        if joined[k] == 0 and split[k] == 0 and (("last", parts[-1]) in weak_edges or ("first", parts[0]) in weak_edges):
            weights[k] = (word, "0")
            continue
        if args.alone_rate and joined[k] == 0 and split[k] == 0 and stands_alone(parts[-1]):
            weights[k] = (word, str(args.alone_weight))
            continue
        if split[k] > args.ratio * joined[k] and split[k] >= args.min_split:
            weights[k] = (word, "0")
        elif args.boost != 1 and joined[k] >= args.boost_count and split[k] == 0:
            weights[k] = (word, str(args.boost))
    if args.learn_words:
        for k, count in joined.items():
            # (The form, not the key: a key's tone marks are combining characters, which are not letters.)
            if k not in lexicon and count >= args.min_count and split[k] == 0 and all(p.isalpha() for p in forms[k].split()):
                weights[k] = (forms[k], "1")
    for k in sorted(weights):
        print(f"{weights[k][0]}\t{weights[k][1]}")
    print(f"{len(weights)} weights", file=sys.stderr)


if __name__ == "__main__":
    main()
