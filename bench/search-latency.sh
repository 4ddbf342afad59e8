#!/usr/bin/env bash
# Search latency p50/p99 (query + all facets + highlights) through Dossier's search port, on UNGDC + PA-X
# and on 100k publications made of UNGDC paragraphs, against the same queries straight on Lucene; and the
# related block's latency on each.
#
#   bench/search-latency.sh [path/to/shared/data]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "$here/run-main.sh" org.dossier.bench.SearchLatency "${1:-$here/../../shared/data}" -Xmx4g
