# Sourced by the timing scripts: `corpus_sample CORPUS MEGABYTES` prints the path of the first
# MEGABYTES MB (whole lines) of CORPUS, "legal" (the legal corpus, administrative text) or "wiki"
# (Vietnamese Wikipedia), cut once into ${TMPDIR:-/tmp}; `legal_sample MEGABYTES` is the legal one.
# VIETNLP_SHARED overrides ../shared. Exits 66 when the corpus is missing, 64 for another name.
corpus_sample() {
    local name="$1" megabytes="$2" file
    case "$name" in
        legal) file="legal-phapdien.md.gz" ;;
        wiki) file="viwiki.txt.gz" ;;
        *) echo "$(basename "$0"): no corpus \"$name\" (legal or wiki)" >&2; exit 64 ;;
    esac
    local shared="${VIETNLP_SHARED:-$(cd .. && pwd)/shared}"
    local corpus="$shared/data/corpus/$file"
    [ -f "$corpus" ] || { echo "$(basename "$0"): $corpus is missing (set VIETNLP_SHARED)" >&2; exit 66; }
    # The legal sample keeps the name the scripts always gave it.
    local sample="${TMPDIR:-/tmp}/vietnlp-cli-bench-${megabytes}MB.md"
    [ "$name" = legal ] || sample="${TMPDIR:-/tmp}/vietnlp-$name-${megabytes}MB.txt"
    if [ ! -s "$sample" ]; then
        { gzip -dc "$corpus" || true; } | head -c "$((megabytes * 1000000))" | sed '$d' > "$sample"
    fi
    echo "$sample"
}

legal_sample() { corpus_sample legal "$1"; }
