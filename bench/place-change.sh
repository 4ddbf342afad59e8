#!/usr/bin/env bash
# What a change to a place costs, with the real CLI and server on UNGDC + PA-X (13,209 publications):
# an admin renames a continent (every publication in a country within it is touched) and moves one
# country into a new region, through the admin form. Prints how many publications each change touched,
# how long the save took (the form's answer: store, outbox, OAI datestamps in one transaction) and how long
# until the search index had applied every change, then checks the region facet and search follow.
#
#   bench/place-change.sh [path/to/shared/data]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/.."
shared="${1:-$here/../../shared/data}"
dossier="$root/dossier"
port=18090
site="http://localhost:$port"
password="a long enough passphrase for the bench"
work="$(mktemp -d)"
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

# the health's details are for admins: asked with the admin's session
pending() { curl -sf -b "$work/cookies" "$site/actuator/health" | grep -o '"pending_changes":[0-9]*' | cut -d: -f2; }
now() { date +%s.%N; }
since() { awk -v s="$1" -v e="$(now)" 'BEGIN { printf "%.2f", e - s }'; }
csrf() { curl -sf -b "$work/cookies" -c "$work/cookies" "$site$1" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | cut -d'"' -f4; }
total() { curl -sf "$site/api/publications?size=1&$1" | grep -o '"total":[0-9]*' | cut -d: -f2; }

change() { # label, form path, form fields…: posts the form as the admin, then waits for the index
  local label="$1" path="$2"; shift 2
  local token; token=$(csrf "${path%/save}")
  local args=(--data-urlencode "_csrf=$token"); for f in "$@"; do args+=(--data-urlencode "$f"); done
  local start; start=$(now)
  local answer; answer=$(curl -s -o /dev/null -w '%{http_code} %{time_total} %{redirect_url}' -b "$work/cookies" -c "$work/cookies" "${args[@]}" "$site$path")
  local saved; saved=$(since "$start")
  local where; where=$(echo "$answer" | cut -d' ' -f3)
  local message; message=$(curl -sf -b "$work/cookies" -c "$work/cookies" "$where" | grep -o 'role="status">[^<]*' | cut -d'>' -f2 || true)
  until [ "$(pending)" = 0 ]; do sleep 0.05; done
  printf '%-44s HTTP %s, saved in %s s, index caught up after %s s — %s\n' "$label" "${answer%% *}" "$saved" "$(since "$start")" "$message"
}

echo "Dossier place changes — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -n 1)"
"$dossier" --data "$work/data" import "$shared/ungdc_1946_2024.jsonl.gz" 2>/dev/null | tail -n 1
"$dossier" --data "$work/data" import "$shared/pax_public.csv" 2>/dev/null | tail -n 1
printf '%s\n' "$password" | "$dossier" --data "$work/data" user add bench --role admin --password-stdin
"$dossier" --data "$work/data" serve --server.port=$port > "$work/server.log" 2>&1 &
server=$!
until [ "$(pending 2>/dev/null)" = 0 ]; do kill -0 "$server" 2>/dev/null || { cat "$work/server.log"; exit 1; }; sleep 2; done
token=$(csrf /login)
curl -sf -o /dev/null -b "$work/cookies" -c "$work/cookies" --data-urlencode "_csrf=$token" --data-urlencode "username=bench" \
  --data-urlencode "password=$password" "$site/login"

echo "publications: $(total ''); in Africa: $(total region=africa); in Nigeria: $(total country=NGA)"
change "rename Africa → African continent" /admin/taxonomy/place/africa/save "name=African continent" "kind=region" "parents="
echo "search 'African continent' (place names are indexed): $(total 'q=%22african+continent%22')"
change "add a region: Lake Chad Basin" /admin/taxonomy/place "code=lake-chad-basin" "name=Lake Chad Basin" "kind=region" "parents=Central Africa" "aliases="
change "move Nigeria into Lake Chad Basin" /admin/taxonomy/place/NGA/save "name=Nigeria" "kind=country" "parents=West Africa, lake-chad-basin" "aliases="
echo "region=lake-chad-basin: $(total region=lake-chad-basin) (Nigeria: $(total country=NGA))"
