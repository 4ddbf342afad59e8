#!/usr/bin/env bash
# Search latency p50/p99 (query + all facets + highlights) through Dossier's search port, on UNGDC + PA-X
# and on 100k publications made of UNGDC paragraphs, against the same queries straight on Lucene.
#
#   bench/search-latency.sh [path/to/shared/data]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/.."
data="${1:-$root/../shared/data}"
(cd "$root" && ./mvnw -q -B -ntp -DskipTests -pl bench -am package) >&2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java -Xmx4g ${BENCH_JAVA_OPTS:-} -cp "$root/bench/target/classes:$(cat "$root/bench/target/classpath.txt")" \
  org.dossier.search.lucene.SearchLatency "$data" "$work"
