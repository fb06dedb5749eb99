#!/usr/bin/env bash
# Times the `viet` CLI over the first N MB of the legal corpus, every command in the same run,
# and prints MB/s (wall clock and CPU) with the ratio to `viet tokenize` measured alongside.
# The benchmark package (Benchmarks/) measures the library; this measures what users run.
#
#   Scripts/bench-cli.sh [MEGABYTES]        (default 10; VIETNLP_SHARED overrides ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes="${1:-10}"
. Scripts/corpus-sample.sh
input="$(legal_sample "$megabytes")"
bytes=$(wc -c < "$input")

swift build -c release --product viet >&2
viet="$(swift build -c release --show-bin-path)/viet"

measure() {  # name, command…: prints "name wall_s cpu_s"
    local name="$1"; shift
    local start end cpu
    start=$(date +%s.%N)
    cpu=$( { /usr/bin/time -f "%U %S" "$@" > /dev/null; } 2>&1 | tail -1 | awk '{print $1 + $2}')
    end=$(date +%s.%N)
    echo "$name $(echo "$end - $start" | bc) $cpu"
}

results=$(
    measure "tokenize" "$viet" tokenize "$input"
    measure "segment" "$viet" segment "$input"
    measure "extract" "$viet" extract "$input"
    measure "extract--jobs-2" "$viet" extract --jobs 2 "$input"
)
baseline_wall=$(echo "$results" | awk '$1 == "tokenize" {print $2}')
printf "%-18s %10s %10s %12s\n" "command ($(echo "scale=1; $bytes / 1000000" | bc) MB)" "wall MB/s" "CPU MB/s" "wall vs tokenize"
echo "$results" | while read -r name wall cpu; do
    printf "%-18s %10.1f %10.1f %12.2f\n" "$name" \
        "$(echo "$bytes / 1000000 / $wall" | bc -l)" "$(echo "$bytes / 1000000 / $cpu" | bc -l)" \
        "$(echo "$baseline_wall / $wall" | bc -l)"
done
