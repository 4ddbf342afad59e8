#!/usr/bin/env bash
# Scale-out figures on this machine, from the Maven jars (module local-cluster: a PostgreSQL 15, a ZooKeeper and
# two Solr nodes in one process):
#  1. search latency p50/p99 of the search-latency queries on 100k publications (UNGDC paragraphs), through
#     Dossier's port, on embedded Lucene and on SolrCloud (a collection of 2 shards × 2 replicas);
#  2. OAI-PMH harvest rate through two app nodes on that PostgreSQL and SolrCloud, the pages alternating
#     between the nodes as behind a round-robin load balancer (resumption tokens made by one node, followed on
#     the other), on UNGDC + PA-X imported into PostgreSQL.
#
#   bench/cluster.sh [path/to/shared/data]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/.."
shared="${1:-$here/../../shared/data}"
dossier="$root/dossier"
ports=(18091 18092)
work="$(mktemp -d)"
pids=()
cleanup() {
  if [ ${#pids[@]} -gt 0 ]; then
    kill "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
  echo quit >&3 2>/dev/null || true
  wait "${infrastructure:-}" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

(cd "$root" && ./mvnw -q -B -ntp -DskipTests -Dspotless.check.skip=true -pl bench,local-cluster,app -am package) >&2
bench_java() { java -cp "$root/bench/target/classes:$(cat "$root/bench/target/classpath.txt")" "$@"; }

echo "Dossier on PostgreSQL + SolrCloud — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -n 1)"
mkfifo "$work/control"
java -cp "$(cat "$root/local-cluster/target/classpath.txt"):$root/local-cluster/target/classes" \
  org.dossier.localcluster.LocalCluster "$work/cluster" 2 --postgres < "$work/control" > "$work/cluster.out" 2> "$work/cluster.log" &
infrastructure=$!
exec 3> "$work/control"
until grep -q '^solr-urls=' "$work/cluster.out" 2>/dev/null; do
  kill -0 "$infrastructure" 2>/dev/null || { cat "$work/cluster.log"; exit 1; }
  sleep 0.5
done
jdbc=$(sed -n 's/^jdbc-url=//p' "$work/cluster.out")
solr=$(sed -n 's/^solr-urls=//p' "$work/cluster.out")

bench_java -Xmx4g org.dossier.bench.SolrCloudLatency "$shared" "$work/latency" "$solr"
echo

settings=(--spring.datasource.url="$jdbc" --spring.datasource.username=postgres --dossier.search.engine=solr
  --dossier.search.solr.urls="$solr" --dossier.search.solr.collection=harvest)
start=$(date +%s.%N)
"$dossier" --data "$work/import" import "$shared/ungdc_1946_2024.jsonl.gz" "${settings[@]}" 2>/dev/null | tail -n 1
"$dossier" --data "$work/import" import "$shared/pax_public.csv" "${settings[@]}" 2>/dev/null | tail -n 1
printf 'imported into PostgreSQL in %.0f s\n' "$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { print e - s }')"
start=$(date +%s.%N)
for node in 0 1; do
  "$dossier" --data "$work/node-$node" serve --server.port="${ports[$node]}" "${settings[@]}" > "$work/node-$node.log" 2>&1 &
  pids+=($!)
done
for node in 0 1; do
  until curl -sf "http://localhost:${ports[$node]}/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 "${pids[$node]}" 2>/dev/null || { cat "$work/node-$node.log"; exit 1; }
    sleep 1
  done
done
printf 'two nodes indexed the store into SolrCloud in %.0f s (from their start)\n' \
  "$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { print e - s }')"
both="http://localhost:${ports[0]}/oai,http://localhost:${ports[1]}/oai"
bench_java org.dossier.bench.OaiHarvest "$both" ListRecords oai_dc "(JVM warm-up)"
bench_java org.dossier.bench.OaiHarvest "$both" ListRecords oai_dc
bench_java org.dossier.bench.OaiHarvest "$both" ListRecords mods
bench_java org.dossier.bench.OaiHarvest "http://localhost:${ports[0]}/oai" ListRecords oai_dc "(one node, for comparison)"
