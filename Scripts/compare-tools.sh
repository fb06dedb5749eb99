#!/usr/bin/env bash
# VietNLP side by side with the Python word segmenters people use (pyvi, underthesea), in one run:
#   1. accuracy on UD-VTB test, every tool scored by `viet eval segment` (the others' output through
#      --predicted), so the metric is the same to the letter;
#   2. sentence boundaries on the same text, VietNLP and underthesea's sent_tokenize, both scored by
#      `viet eval sentences`;
#   3. throughput on the same first N MB of the legal corpus, one core each.
# The tools are installed from PyPI into a private virtual environment on the first run (needs network
# access to PyPI once). Their time is their segmentation loop only (model loading excluded); VietNLP's is
# the whole `viet segment` process, start-up included: the comparison favours them.
#
#   Scripts/compare-tools.sh [MEGABYTES]     (default 1; VIETNLP_SHARED overrides ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes="${1:-1}"
shared="${VIETNLP_SHARED:-$(cd .. && pwd)/shared}"
gold="$shared/data/ud-vtb/vi_vtb-ud-test.conllu"
corpus="$shared/data/corpus/legal-phapdien.md.gz"
for file in "$gold" "$corpus"; do
    [ -f "$file" ] || { echo "compare-tools: $file is missing (set VIETNLP_SHARED)" >&2; exit 66; }
done

venv="${TMPDIR:-/tmp}/vietnlp-compare-venv"
tools="pyvi underthesea"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import pyvi, underthesea" 2>/dev/null; then
    echo "compare-tools: installing $tools into $venv" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet $tools
fi
python="$venv/bin/python"

swift build -c release --product viet >&2
viet="$(swift build -c release --show-bin-path)/viet"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The gold sentences as `viet eval segment` reads them: FORM columns joined by spaces (multi-word
# token ranges and empty nodes skipped).
"$python" - "$gold" > "$work/sentences.txt" <<'PY'
import sys
words = []
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if not line.strip():
        if words: print(" ".join(words)); words = []
        continue
    if line.startswith("#"): continue
    columns = line.split("\t")
    if len(columns) >= 2 and "-" not in columns[0] and "." not in columns[0]: words.append(columns[1])
if words: print(" ".join(words))
PY

# A tool over a file, one output line per input line (VLSP form); prints its loop time in seconds on stderr.
cat > "$work/segment.py" <<'PY'
import sys, time
tool, source, target = sys.argv[1:4]
if tool == "pyvi":
    from pyvi import ViTokenizer
    segment = ViTokenizer.tokenize
else:
    from underthesea import word_tokenize
    segment = lambda line: word_tokenize(line, format="text")
lines = open(source, encoding="utf-8").read().split("\n")
if lines and lines[-1] == "": lines.pop()
segment(lines[0] if lines else "")  # loads the model before the clock starts
start = time.perf_counter()
output = [segment(line) for line in lines]
elapsed = time.perf_counter() - start
with open(target, "w", encoding="utf-8") as out:
    for line in output: out.write(line + "\n")
print(f"{elapsed:.3f}", file=sys.stderr)
PY

echo "== Word segmentation, UD-VTB test (same scorer) =="
echo "-- VietNLP"
"$viet" eval segment --errors 0 "$gold"
for tool in $tools; do
    "$python" "$work/segment.py" "$tool" "$work/sentences.txt" "$work/$tool-gold.txt" 2>/dev/null
    echo "-- $tool $("$python" -c "import importlib.metadata as m; print(m.version('$tool'))")"
    "$viet" eval segment --errors 0 --predicted "$work/$tool-gold.txt" "$gold"
done

# underthesea's sentence splitter over the paragraphs `viet eval sentences --print-input` gives, one
# sentence per output line (pyvi has none).
cat > "$work/sentences.py" <<'PY'
import sys
from underthesea import sent_tokenize
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        for sentence in sent_tokenize(line.rstrip("\n")): print(sentence)
PY

echo "== Sentence boundaries, UD-VTB test written back as text, paragraphs of 5 (same scorer) =="
echo "-- VietNLP"
"$viet" eval sentences --errors 0 "$gold"
"$viet" eval sentences --print-input "$gold" > "$work/paragraphs.txt"
"$python" "$work/sentences.py" "$work/paragraphs.txt" > "$work/underthesea-sentences.txt"
echo "-- underthesea $("$python" -c "import importlib.metadata as m; print(m.version('underthesea'))")"
"$viet" eval sentences --errors 0 --predicted "$work/underthesea-sentences.txt" "$gold"

echo "== Throughput, first $megabytes MB of the legal corpus, one core =="
{ gzip -dc "$corpus" || true; } | head -c "$((megabytes * 1000000))" | sed '$d' > "$work/input.txt"  # gzip stops on SIGPIPE: not an error
bytes=$(wc -c < "$work/input.txt")
start=$(date +%s.%N)
"$viet" segment "$work/input.txt" > "$work/viet-out.txt"
end=$(date +%s.%N)
viet_seconds=$(echo "$end - $start" | bc -l)
printf "%-30s %8.2f MB/s\n" "viet segment (whole process)" "$(echo "$bytes / 1000000 / $viet_seconds" | bc -l)"
for tool in $tools; do
    seconds=$("$python" "$work/segment.py" "$tool" "$work/input.txt" "$work/$tool-out.txt" 2>&1 >/dev/null | tail -1)
    printf "%-30s %8.2f MB/s   VietNLP is %.0f× faster\n" "$tool (segmentation loop)" \
        "$(echo "$bytes / 1000000 / $seconds" | bc -l)" "$(echo "$seconds / $viet_seconds" | bc -l)"
done
