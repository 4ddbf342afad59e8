#!/usr/bin/env bash
# Dossier's search API against PostgreSQL full-text search on the same 100,000 publications (UNGDC paragraphs) and
# the same 22 queries as bench/search-latency.sh: imports them into a fresh embedded store with the CLI, builds its
# index, serves it, and has PostgresFts load the same publications into the embedded PostgreSQL the tests use
# (tsvector + GIN), then time both, taking turns on every query. Prints each side's p50 and p99 and the ratio.
#
#   bench/postgres-fts.sh [path/to/shared/data] [publications, default 100000]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
shared="${1:-$here/../../shared/data}"
count="${2:-100000}"
port=18093
source "$here/lib.sh"

echo "Dossier vs PostgreSQL full-text search — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1)"
bench_java org.dossier.bench.OaiCorpus "$shared" "$work/paragraphs.jsonl" "$count"
"$dossier" --data "$work/store" import "$work/paragraphs.jsonl" 2>/dev/null | tail -n 1
"$dossier" --data "$work/store" reindex 2>/dev/null | tail -n 1
serve "$work/store"
bench_java org.dossier.bench.PostgresFts "$shared" "http://localhost:$port" "$count"
