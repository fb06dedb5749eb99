# Sourced by the timing scripts: `legal_sample MEGABYTES` prints the path of the first MEGABYTES MB
# of the legal corpus (whole lines), cut once into ${TMPDIR:-/tmp}; VIETNLP_SHARED overrides
# ../shared. Exits 66 when the corpus is missing.
legal_sample() {
    local megabytes="$1"
    local shared="${VIETNLP_SHARED:-$(cd .. && pwd)/shared}"
    local corpus="$shared/data/corpus/legal-phapdien.md.gz"
    [ -f "$corpus" ] || { echo "$(basename "$0"): $corpus is missing (set VIETNLP_SHARED)" >&2; exit 66; }
    local sample="${TMPDIR:-/tmp}/vietnlp-cli-bench-${megabytes}MB.md"
    if [ ! -s "$sample" ]; then
        { gzip -dc "$corpus" || true; } | head -c "$((megabytes * 1000000))" | sed '$d' > "$sample"
    fi
    echo "$sample"
}
