#!/usr/bin/env bash
# Hybrid search and related latency with meaning vectors at 100k publications, and embedding throughput.
#
#   bench/hybrid-latency.sh [path/to/shared/data] [publications]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
data="${1:-$here/../../shared/data}"
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-} -Dbench.size=${2:-100000}" exec "$here/run-main.sh" org.dossier.bench.HybridLatency "$data" -Xmx4g
