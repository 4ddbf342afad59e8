#!/usr/bin/env bash
# Enrichment of an untagged archive at 100,000 publications, with the real CLI: UNGDC paragraphs as Dossier JSON
# Lines with their countries taken out (the untagged archive), imported with PA-X (the tagged publications topics are
# learned from), then `dossier enrich` (index catch-up, topic learning, places, topics and summary points for each)
# and its publications/s, twice: the first run suggests, the second finds everything already suggested.
#
#   bench/enrich-throughput.sh [path/to/shared/data] [publications, default 100000]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
shared="${1:-$here/../../shared/data}"
count="${2:-100000}"
port=18095
source "$here/lib.sh"
"$dossier" --version > /dev/null # prepares the launcher's faster start once, outside the timings

echo "Dossier enrichment throughput — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1)"
bench_java org.dossier.bench.OaiCorpus "$shared" "$work/paragraphs.jsonl" "$count"
sed -E 's/,"places":\[[^]]*\]//' "$work/paragraphs.jsonl" > "$work/untagged.jsonl"
"$dossier" --data "$work/store" import "$shared/pax_public.csv" "$work/untagged.jsonl" 2> /dev/null | tail -n 1
for round in first second; do
  echo "$round run (load $(cut -d' ' -f1 /proc/loadavg)):"
  start=$(date +%s.%N)
  "$dossier" --data "$work/store" enrich 2>&1 | sed 's/^/  /'
  printf '  the command took %.1f s in all (with its start)\n' "$(echo "$(date +%s.%N) - $start" | bc)"
done
