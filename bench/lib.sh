# What the benchmark scripts that build Dossier and serve a store share; sourced after setting `port`.
# Gives: root, dossier, work (a scratch folder removed at exit), bench_java, serve DATA-FOLDER (waits until the
# node is ready: its index has caught up) and stop.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dossier="$root/dossier"
work="$(mktemp -d)"
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

(cd "$root" && ./mvnw -q -B -ntp -DskipTests -pl bench -am package) >&2
bench_java() { java -cp "$root/bench/target/classes:$(cat "$root/bench/target/classpath.txt")" "$@"; }

serve() {
  "$dossier" --data "$1" serve --server.port=$port > "$work/server.log" 2>&1 &
  server=$!
  until curl -sf "http://localhost:$port/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 "$server" 2>/dev/null || { cat "$work/server.log"; exit 1; }
    sleep 1
  done
}

stop() {
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
}
