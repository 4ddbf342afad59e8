#!/usr/bin/env bash
# OAI-PMH harvest throughput, with the real CLI and server:
#  1. 100,000 publications (UNGDC paragraphs, as Dossier JSON Lines) imported into a fresh embedded store,
#     served, and harvested whole (ListRecords, oai_dc then mods, and ListIdentifiers) by a client that
#     follows the resumption tokens: records/s, and the first pages' time against the last pages'.
#  2. UNGDC + PA-X (13,209 publications) imported and harvested whole by a real harvester, oai_pmh
#     (Debian: libhttp-oai-perl), whose record count is compared with the store's.
# The server indexes what was imported before it is harvested (the harvest is timed alone).
#
#   bench/oai-harvest.sh [path/to/shared/data] [records, default 100000]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
shared="${1:-$here/../../shared/data}"
count="${2:-100000}"
port=18089
source "$here/lib.sh"

echo "Dossier OAI-PMH harvest — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -n 1)"
bench_java org.dossier.bench.OaiCorpus "$shared" "$work/paragraphs.jsonl" "$count"
"$dossier" --data "$work/big" import "$work/paragraphs.jsonl" 2>/dev/null | tail -n 1
serve "$work/big"
bench_java org.dossier.bench.OaiHarvest "http://localhost:$port/oai" ListRecords oai_dc "(JVM warm-up)"
bench_java org.dossier.bench.OaiHarvest "http://localhost:$port/oai" ListRecords oai_dc
bench_java org.dossier.bench.OaiHarvest "http://localhost:$port/oai" ListRecords mods
bench_java org.dossier.bench.OaiHarvest "http://localhost:$port/oai" ListIdentifiers oai_dc
stop

"$dossier" --data "$work/archive" import "$shared/ungdc_1946_2024.jsonl.gz" 2>/dev/null | tail -n 1
"$dossier" --data "$work/archive" import "$shared/pax_public.csv" 2>/dev/null | tail -n 1
serve "$work/archive"
stored=$(curl -sf "http://localhost:$port/api/publications?size=1" | grep -o '"total":[0-9]*' | cut -d: -f2)
bench_java org.dossier.bench.OaiHarvest "http://localhost:$port/oai" ListRecords oai_dc
if command -v oai_pmh >/dev/null 2>&1; then
  start=$(date +%s.%N)
  PERL_UNICODE=SO oai_pmh -X ListRecords --metadataPrefix oai_dc "http://localhost:$port/oai" > "$work/harvest.txt" 2> "$work/harvest.err" \
    || { echo "oai_pmh failed:"; cat "$work/harvest.err"; exit 1; }
  seconds=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { print e - s }')
  harvested=$(grep -aoE "(^|"$'\f'")identifier: oai:" "$work/harvest.txt" | wc -l || true)
  errors=$(grep -c . "$work/harvest.err" || true)
  printf 'oai_pmh (libhttp-oai-perl) harvested %s records in %.1f s, %s error lines; the store has %s → %s\n' \
    "$harvested" "$seconds" "$errors" "$stored" "$([ "$harvested" = "$stored" ] && echo same count || echo DIFFERENT)"
else
  echo "oai_pmh is not installed (Debian: libhttp-oai-perl): the real-harvester check is skipped"
fi
