#!/usr/bin/env bash
# Evaluates related publications on PA-X (relevant = same peace process): the related engine with and
# without the process signal, against plain MoreLikeThis and shared-topics-only baselines.
#
#   bench/related-eval.sh [path/to/shared/data]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/.."
data="${1:-$root/../shared/data}"
(cd "$root" && ./mvnw -q -B -ntp -DskipTests -pl bench -am package) >&2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "$root/bench/target/classes:$(cat "$root/bench/target/classpath.txt")" \
  org.dossier.bench.RelatedEval "$data" "$work"
