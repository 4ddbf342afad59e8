#!/usr/bin/env bash
# Import throughput into the embedded store (SQLite): UNGDC (10,952 statements, ~200 MB of text), PA-X
# (2,257 agreements), and Dossier JSON Lines (the export of both, re-imported into an empty store).
# Each import runs in a fresh data folder; the figures are the importer's own (records/s, excluding the
# JVM and Spring start-up).
#
#   bench/import-throughput.sh [path/to/shared/data]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
shared="${1:-$here/../../shared/data}"
dossier="$here/../dossier"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

run() { # label, data folder, file
  local line
  line=$("$dossier" --data "$2" import "$3" 2>/dev/null | tail -n 1)
  printf '%-28s %s\n' "$1" "${line#*: }"
}

echo "Dossier import throughput — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -n 1)"
run "UNGDC (ungdc)" "$work/ungdc" "$shared/ungdc_1946_2024.jsonl.gz"
run "PA-X (pax)" "$work/pax" "$shared/pax_public.csv"
run "UNGDC again (unchanged)" "$work/ungdc" "$shared/ungdc_1946_2024.jsonl.gz"
"$dossier" --data "$work/ungdc" export "$work/ungdc.jsonl" 2>/dev/null
"$dossier" --data "$work/pax" export "$work/pax.jsonl" 2>/dev/null
run "UNGDC export (jsonl)" "$work/jsonl-ungdc" "$work/ungdc.jsonl"
run "PA-X export (jsonl)" "$work/jsonl-pax" "$work/pax.jsonl"
# A longer run of small records: the PA-X export ten times over, each copy with its own ids and sources.
for k in 0 1 2 3 4 5 6 7 8 9; do
  sed -E "s/^\{\"id\":\"([^\"]+)\",\"slug\":\"([^\"]+)\"/{\"id\":\"\1-$k\",\"slug\":\"\2-$k\"/; s/\"pax:([0-9]+)\"/\"pax:\1-$k\"/g" "$work/pax.jsonl"
done > "$work/pax-x10.jsonl"
run "PA-X export ×10 (jsonl)" "$work/jsonl-pax10" "$work/pax-x10.jsonl"
