#!/usr/bin/env bash
# Builds the DocC catalog (Sources/VietNLP/VietNLP.docc) against the public symbols of every module
# `import VietNLP` brings, and fails on any warning: a symbol link that resolves to nothing, a
# parameter without documentation. Uses the `docc` of the Swift toolchain, no package plugin.
#
#   Scripts/check-docs.sh [OUTPUT.doccarchive]     (default: a temporary directory, removed at exit)
#
# Takes about a minute (a debug build of the VietNLP target that emits symbol graphs).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v docc > /dev/null || { echo "check-docs: no docc on PATH (it ships with the Swift toolchain)" >&2; exit 69; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
output="${1:-$work/VietNLP.doccarchive}"
graphs="$work/symbol-graphs"
mkdir -p "$graphs"

swift build --scratch-path "${TMPDIR:-/tmp}/vietnlp-check-docs" --target VietNLP \
    -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$graphs" >&2
# The re-exported modules' symbols are in VietNLP's graph; the other graphs (BigInt, the build
# plugin's tool) would add pages that are not ours.
mkdir -p "$graphs/VietNLP"
mv "$graphs"/VietNLP*.symbols.json "$graphs/VietNLP/"

docc convert Sources/VietNLP/VietNLP.docc --additional-symbol-graph-dir "$graphs/VietNLP" \
    --fallback-display-name VietNLP --fallback-bundle-identifier org.vietnlp.VietNLP \
    --output-path "$output" --warnings-as-errors
echo "check-docs: the catalog builds without warnings ($output)" >&2
