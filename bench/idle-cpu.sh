#!/usr/bin/env bash
# The CPU an idle Dossier takes at 100,000 publications (UNGDC paragraphs): every serving node polls the outbox a few
# times a second, so what a poll costs is paid all day on every node. Imports and indexes the archive, serves it,
# waits 30 s after it is ready (start-up compilation), then reads from /proc the CPU time of the whole process and of
# its indexer thread over 60 s.
#
#   bench/idle-cpu.sh [path/to/shared/data] [publications, default 100000]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
shared="${1:-$here/../../shared/data}"
count="${2:-100000}"
port=18096
source "$here/lib.sh"
"$dossier" --version > /dev/null # prepares the launcher's faster start once, outside the timings

echo "Dossier idle CPU — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1)"
bench_java org.dossier.bench.OaiCorpus "$shared" "$work/paragraphs.jsonl" "$count"
"$dossier" --data "$work/store" import "$work/paragraphs.jsonl" 2> /dev/null | tail -n 1
"$dossier" --data "$work/store" reindex 2> /dev/null | tail -n 1
serve "$work/store" # the launcher ends by exec'ing Java: $server is the JVM
sleep 30
ticks() { awk '{print $14 + $15}' "$1"; }
indexer=$(grep -l '^outbox-indexer$' /proc/"$server"/task/*/comm | head -n 1)
indexer="${indexer%comm}stat"
all0=$(ticks /proc/"$server"/stat); idx0=$(ticks "$indexer")
sleep 60
all1=$(ticks /proc/"$server"/stat); idx1=$(ticks "$indexer")
hz=$(getconf CLK_TCK)
printf 'idle for 60 s: %.1f %% of one core in all, %.1f %% in the outbox indexer (load %s)\n' \
  "$(echo "($all1 - $all0) * 100 / ($hz * 60)" | bc -l)" "$(echo "($idx1 - $idx0) * 100 / ($hz * 60)" | bc -l)" \
  "$(cut -d' ' -f1 /proc/loadavg)"
stop
