#!/usr/bin/env bash
# Counts the instructions one run of a command executes (callgrind), for A/B comparisons that wall
# clocks on a shared machine cannot make: the count is the same from run to run, because Swift's
# hashing is made deterministic (SWIFT_DETERMINISTIC_HASHING=1; with a random seed per process,
# dictionary and set probes made counts of the same binary differ by ~0.5%).
#
#   Scripts/count-instructions.sh BINARY [ARGUMENTS…]
#   CALLGRIND_OUT=profile.out Scripts/count-instructions.sh .build/release/viet extract big.md
#       (keeps the profile: `callgrind_annotate --inclusive=yes profile.out` shows where they go)
#
# Valgrind 3.19 cannot read the DWARF that Swift 6 emits and stops with an error, so the command
# runs from a copy of the binary without debug information (symbols stay, so profiles are named).
# Needs valgrind and binutils (apt-get install valgrind binutils).
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 BINARY [ARGUMENTS…]" >&2; exit 64; }
binary="$1"
shift
command -v valgrind > /dev/null || { echo "count-instructions: valgrind is not installed" >&2; exit 69; }
[ -x "$binary" ] || { echo "count-instructions: $binary is not an executable file" >&2; exit 66; }

stripped="$(mktemp "${TMPDIR:-/tmp}/count-instructions.XXXXXX")"
trap 'rm -f "$stripped"' EXIT
objcopy --strip-debug "$binary" "$stripped"
chmod +x "$stripped"

export SWIFT_DETERMINISTIC_HASHING=1
log="$(valgrind --tool=callgrind --callgrind-out-file="${CALLGRIND_OUT:-/dev/null}" "$stripped" "$@" 2>&1 > /dev/null)" || {
    echo "count-instructions: the command failed under valgrind:" >&2
    echo "$log" | grep -v "^==" | tail -5 >&2
    exit 70
}
echo "$log" | grep -o "Collected : [0-9]*" | awk '{print $3}'
