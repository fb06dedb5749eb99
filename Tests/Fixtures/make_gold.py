#!/usr/bin/env python3
"""Turns the hand-written annotation lists (annotations/NNN.ann) into gold JSON lines
(seeds/NNN.gold.jsonl) in the exact `viet extract` format of GUIDE §3.

Why a list and not hand-typed offsets: offsets typed by hand drift; here a person writes each
annotation's text in document order and this script finds it, so the offsets are exact and a
typo fails loudly.

.ann syntax (one directive per line, '#' starts a comment line):
  @N                          following annotations are searched from the start of line N
  LABEL | text | k=v; k=v     the next occurrence of `text` (not inside a longer word) after the
                              previous annotation; attributes in output order
  In text, \_ stands for a no-break space (U+00A0), which some seeds contain.
  @same SRC DST               copy every annotation of line SRC to line DST (lines must be equal)
Run:  python3 Tests/Fixtures/make_gold.py   (from the package root or anywhere)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = {"NUMBER", "PERCENT", "MONEY", "QUANTITY", "RATIO", "DATE", "RANGE", "DURATION",
          "ORDINAL", "DOCREF", "ORG", "PERSON", "LOCATION", "TITLE"}


def word_char(c):
    return c.isalnum()


def build(stem):
    with open(os.path.join(HERE, "seeds", stem + ".txt"), encoding="utf-8") as f:
        # Lines as `viet extract` sees them: split on \n, a trailing \r removed.
        lines = [l[:-1] if l.endswith("\r") else l for l in f.read().split("\n")]
    out, by_line = [], {}
    line, col = 1, 0
    errors = []
    with open(os.path.join(HERE, "annotations", stem + ".ann"), encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            entry = raw.rstrip("\n")
            if not entry.strip() or entry.lstrip().startswith("#"):
                continue
            where = f"annotations/{stem}.ann:{number}"
            if entry.startswith("@same"):
                _, src, dst = entry.split()
                src, dst = int(src), int(dst)
                if lines[src - 1] != lines[dst - 1]:
                    errors.append(f"{where}: lines {src} and {dst} differ")
                    continue
                for record in by_line.get(src, []):
                    copy = dict(record)
                    copy["line"] = dst
                    out.append(copy)
                    by_line.setdefault(dst, []).append(copy)
                line, col = dst + 1, 0
                continue
            if entry.startswith("@"):
                line, col = int(entry[1:]), 0
                continue
            parts = [p.strip() for p in entry.split(" | ")]
            if len(parts) < 2 or parts[0] not in LABELS:
                errors.append(f"{where}: expected 'LABEL | text | attrs', got {entry!r}")
                continue
            label, text = parts[0], parts[1].replace("\\s", " ").replace("\\_", "\u00a0")
            attrs = {}
            if len(parts) > 2 and parts[2]:
                for pair in parts[2].split(";"):
                    key, _, value = pair.strip().partition("=")
                    attrs[key.strip()] = value.strip()
            found = None
            l, c = line, col
            while l <= len(lines):
                s = lines[l - 1]
                i = s.find(text, c)
                while i >= 0:
                    before = s[i - 1] if i > 0 else " "
                    after = s[i + len(text)] if i + len(text) < len(s) else " "
                    if not (word_char(before) and word_char(text[0])) and not (word_char(after) and word_char(text[-1])):
                        found = (l, i)
                        break
                    i = s.find(text, i + 1)
                if found:
                    break
                l, c = l + 1, 0
            if not found:
                errors.append(f"{where}: {text!r} not found after line {line} column {col}")
                continue
            l, i = found
            record = {"line": l, "start": i, "end": i + len(text), "text": text, "label": label}
            record.update(attrs)
            out.append(record)
            by_line.setdefault(l, []).append(record)
            line, col = l, i + len(text)
    out.sort(key=lambda r: (r["line"], r["start"]))
    for a, b in zip(out, out[1:]):
        if a["line"] == b["line"] and b["start"] < a["end"]:
            errors.append(f"{stem}: overlapping gold spans {a['text']!r} and {b['text']!r} on line {a['line']}")
    if errors:
        sys.exit("\n".join(errors))
    with open(os.path.join(HERE, "seeds", stem + ".gold.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    total = {}
    for name in sorted(os.listdir(os.path.join(HERE, "annotations"))):
        if name.endswith(".ann"):
            for r in build(name[:-4]):
                total[r["label"]] = total.get(r["label"], 0) + 1
    print(" ".join(f"{k}={v}" for k, v in sorted(total.items())))
