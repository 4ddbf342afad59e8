#!/usr/bin/env bash
# Builds the bench module (and what it needs), then runs one of its programs with a fresh work folder:
#   bench/run-main.sh MAIN-CLASS DATA-FOLDER [java options...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/.."
main="$1"
data="$2"
shift 2
(cd "$root" && ./mvnw -q -B -ntp -DskipTests -pl bench -am package) >&2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java "$@" ${BENCH_JAVA_OPTS:-} -cp "$root/bench/target/classes:$(cat "$root/bench/target/classpath.txt")" "$main" "$data" "$work"
