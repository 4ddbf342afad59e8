#!/usr/bin/env bash
# The day an institute migrates its archive, rebuilds its index and deploys, at 100,000 publications (UNGDC
# paragraphs as Dossier JSON Lines), with the real CLI: import into a fresh store (the importer's records/s and
# the command's wall time), reindex (its time), start (until / answers, and until ready), then pages under load
# (PageLoad: one connection over 300 publication pages, then 50 connections for 30 s over publication, search,
# API, feed and OAI pages). It does it all twice: with Java's default heap, then in -Xmx512m, where it also prints
# the collector's pauses and any OutOfMemoryError.
#
#   bench/archive-lifecycle.sh [path/to/shared/data] [publications, default 100000]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
shared="${1:-$here/../../shared/data}"
count="${2:-100000}"
port=18094
source "$here/lib.sh"
"$dossier" --version > /dev/null # prepares the launcher's faster start once, outside the timings
now() { date +%s.%N; }
since() { printf '%.1f' "$(echo "$(now) - $1" | bc)"; }

echo "Dossier archive lifecycle — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1)"
bench_java org.dossier.bench.OaiCorpus "$shared" "$work/paragraphs.jsonl" "$count"

pages() { # store: 300 publication pages, and search, API, feed and OAI pages
  python3 - "$1" > "$work/pages.txt" <<'PY'
import random, sqlite3, sys
rows = [r[0] for r in sqlite3.connect(f"file:{sys.argv[1]}/dossier.db?mode=ro", uri=True).execute("SELECT path FROM publication")]
random.seed(16)
for p in random.sample(rows, min(300, len(rows))):
    print(p)
for q in ["mali", "sahel+security", "climate+change", "human+rights", "peace"]:
    print(f"/publications?q={q}")
    print(f"/api/publications?q={q}")
print("/publications?country=MLI")
print("/feeds/atom")
print("/oai?verb=ListRecords&metadataPrefix=oai_dc")
PY
}

run() { # label, java options
  local label="$1" opts="$2" store="$work/store-$1" t line
  echo "— $label (${opts:-default heap})"
  t=$(now)
  line=$(DOSSIER_JAVA_OPTS="$opts" "$dossier" --data "$store" import "$work/paragraphs.jsonl" 2> "$work/err" | tail -n 1) \
    || { tail -n 20 "$work/err"; exit 1; }
  echo "  import: ${line#*: } — the command took $(since "$t") s"
  t=$(now)
  line=$(DOSSIER_JAVA_OPTS="$opts" "$dossier" --data "$store" reindex 2> "$work/err" | tail -n 1) \
    || { tail -n 20 "$work/err"; exit 1; }
  echo "  reindex: $line — the command took $(since "$t") s"
  for start in 1 2; do
    t=$(now)
    DOSSIER_JAVA_OPTS="$opts -Xlog:gc:file=$work/gc-$label-$start.log" \
      "$dossier" --data "$store" serve --server.port=$port > "$work/server-$label.log" 2>&1 &
    server=$!
    until curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/" 2>/dev/null | grep -q 200; do
      kill -0 "$server" 2>/dev/null || { cat "$work/server-$label.log"; exit 1; }
      sleep 0.05
    done
    local serving; serving=$(since "$t")
    until curl -sf "http://localhost:$port/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"'; do sleep 0.05; done
    echo "  start $start: serves after $serving s, ready after $(since "$t") s"
    if [ "$start" = 2 ]; then
      pages "$store"
      bench_java org.dossier.bench.PageLoad "http://localhost:$port" "$work/pages.txt" 1 5 "  pages (cold: first views)" | head -n 1
      bench_java org.dossier.bench.PageLoad "http://localhost:$port" "$work/pages.txt" 1 20 "  pages" | tail -n 1
      bench_java org.dossier.bench.PageLoad "http://localhost:$port" "$work/pages.txt" 50 30 "  pages" | tail -n 1
    fi
    kill "$server"; wait "$server" 2>/dev/null || true; server=""
  done
  python3 - "$work/gc-$label-2.log" "$work/server-$label.log" <<'PY'
import re, sys
pauses = [float(m) for m in re.findall(r"Pause.* ([0-9.]+)ms$", open(sys.argv[1]).read(), re.M)]
print(f"  serving under load: {len(pauses)} collector pauses, {sum(pauses):.0f} ms in all, longest {max(pauses, default=0):.1f} ms;"
      f" OutOfMemoryError: {'yes' if 'OutOfMemoryError' in open(sys.argv[2]).read() else 'none'}")
PY
}

run default ""
run small-heap "-Xmx512m"
