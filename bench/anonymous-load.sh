#!/usr/bin/env bash
# What anonymous traffic leaves behind: serves the demo, then sends 100,000 requests (the sign-in form and reader
# pages, 8 clients at once) and prints, before and after, the stored sessions and the size of the SQLite store
# and its write-ahead log — which must not change: only signing in makes a session.
#
#   bench/anonymous-load.sh [requests]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/.."
requests="${1:-100000}"
port=18091
work="$(mktemp -d)"
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

sessions() { python3 -c "import sqlite3; print(sqlite3.connect('file:$work/data/dossier.db?mode=ro', uri=True).execute('SELECT COUNT(*) FROM spring_session').fetchone()[0])"; }
sizes() { printf 'store %s bytes, log %s bytes' "$(stat -c %s "$work/data/dossier.db")" "$(stat -c %s "$work/data/dossier.db-wal" 2>/dev/null || echo 0)"; }

echo "Dossier anonymous load — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -n 1)"
(cd "$root" && ./mvnw -q -B -ntp -DskipTests -pl bench -am package) >&2
"$root/dossier" --data "$work/data" demo --server.port=$port > "$work/server.log" 2>&1 &
server=$!
until curl -sf "http://localhost:$port/actuator/health/readiness" > /dev/null; do sleep 0.2; done
sleep 2
echo "before: $(sessions) sessions; $(sizes)"
java -cp "$root/bench/target/classes:$(cat "$root/bench/target/classpath.txt")" org.dossier.bench.AnonymousLoad "http://localhost:$port" "$requests" 8
sleep 2
echo "after:  $(sessions) sessions; $(sizes)"
