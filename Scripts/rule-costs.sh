#!/usr/bin/env bash
# What each shipped rule costs: the instructions `viet extract` executes over a corpus sample with the
# rule removed from a copy of Rules/, against the same run with every rule (callgrind, deterministic
# hashing: the counts repeat exactly, so differences of 0.1% are real where wall clocks on a shared
# machine could not tell 5%). A rule's cost includes what its matches bring downstream: their records
# and JSON, and the later rules that start at their labels or look for them.
#
#   Scripts/rule-costs.sh [CORPUS] [KILOBYTES] [RULE…]
#
# CORPUS is legal (default) or wiki, KILOBYTES the size of the sample of its first lines (default
# 400), RULE the names of the rules to measure (default: every rule in Rules/). The sample is read
# twice by one process (`viet extract SAMPLE SAMPLE`): the first pass meets every token text for the
# first time, the second runs warm, as a long run does. Prints one line per rule, costliest first:
# its name, the instructions it costs and their share of the whole run. About 10 s per rule for
# 400 KB. Needs valgrind; builds viet in release into .build-rule-costs (RULE_COSTS_BINARY=PATH
# uses that binary instead); VIETNLP_SHARED overrides ../shared.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-legal}"
kilobytes="${2:-400}"
shift $(($# > 2 ? 2 : $#))
. Scripts/corpus-sample.sh
source_sample="$(corpus_sample "$corpus" $(((kilobytes + 999) / 1000)))"
command -v valgrind > /dev/null || { echo "rule-costs: valgrind is not installed (apt-get install valgrind)" >&2; exit 69; }

rules=("$@")
if [ ${#rules[@]} -eq 0 ]; then
    mapfile -t rules < <(grep -ho '^rule [A-Za-z0-9_]*' Rules/*.rules | cut -d' ' -f2)
fi
for rule in "${rules[@]}"; do
    grep -q "^rule $rule\b" Rules/*.rules || { echo "rule-costs: no rule \"$rule\" in Rules/" >&2; exit 65; }
done

binary="${RULE_COSTS_BINARY:-}"
if [ -z "$binary" ]; then
    swift build -c release --scratch-path .build-rule-costs --product viet > /dev/null
    binary=.build-rule-costs/release/viet
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/rule-costs.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# Whole lines only: a cut character would be invalid UTF-8.
head -c "$((kilobytes * 1000))" "$source_sample" | sed '$d' > "$work/sample"

count() { Scripts/count-instructions.sh "$binary" extract --rules "$1" "$work/sample" "$work/sample"; }

total="$(count Rules)"
echo "all rules: $total instructions over 2 × ${kilobytes} KB of $corpus" >&2
for rule in "${rules[@]}"; do
    file="$(grep -l "^rule $rule\b" Rules/*.rules | head -1)"
    rm -rf "$work/rules" && cp -r Rules "$work/rules"
    # Drop the rule's block: its `rule` line and the indented lines after it.
    awk -v rule="$rule" '/^rule / { skip = ($2 == rule) } /^[^ \t]/ && !/^rule / { skip = 0 } !skip' "$file" \
        > "$work/rules/$(basename "$file")"
    without="$(count "$work/rules")"
    cost=$((total - without))
    echo "$rule $cost $(awk -v c="$cost" -v t="$total" 'BEGIN { printf "%.2f%%", 100 * c / t }')"
done | sort -k2 -rn
