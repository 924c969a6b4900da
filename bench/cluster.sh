#!/usr/bin/env bash
# Clustered benchmark on PostgreSQL and Kafka (scripts/services.sh): builds the clustered service
# (target/cluster-app), empties the database, and on topics of its own
#   1. starts replica A on 127.0.0.1:18081 and posts a generated history to it (ingestion events/s);
#   2. measures event-to-alert latency through Kafka, posting to A and streaming from A;
#   3. starts replica B on 127.0.0.1:18082, which takes over half of the partitions and rebuilds
#      their open matters from the log (its log line "replayed N events in T ms");
#   4. posts to B and streams from A (alerts cross replicas over yakusoku.alerts);
#   5. kills A (SIGKILL): B owns every partition after the session timeout plus the rebuild.
# Usage: bench/cluster.sh [matters=5000] [latency samples=300]
set -euo pipefail
cd "$(dirname "$0")/.."
matters=${1:-5000}
samples=${2:-300}
scripts/services.sh start
./mvnw -B -q pre-integration-test -DskipTests
psql -h 127.0.0.1 -U yakusoku -d yakusoku -qc 'DROP SCHEMA public CASCADE; CREATE SCHEMA public;'
run=bench-$(date +%s)
workdir=$(mktemp -d)
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
export BENCH_AUTH=$(printf 'bench:%s' "$password" | base64 -w0)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; echo "logs: $workdir"' EXIT

start_replica() { # name port
  QUARKUS_PROFILE=cluster java -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$2" \
    -Dquarkus.datasource.password="$password" \
    -Dquarkus.security.users.embedded.plain-text=true \
    -Dquarkus.security.users.embedded.users.bench="$password" \
    -Dquarkus.security.users.embedded.roles.bench=ingest,rule-author,admin \
    -Dyakusoku.rules.path="$PWD/rules" -Dyakusoku.rules.watch-every=off \
    -Dmp.messaging.outgoing.published-events.topic="yakusoku.events.$run" \
    -Dmp.messaging.incoming.engine-events.topic="yakusoku.events.$run" \
    -Dmp.messaging.incoming.engine-events.group.id="yakusoku-engines-$run" \
    -Dmp.messaging.outgoing.alert-changes.topic="yakusoku.alerts.$run" \
    -Dmp.messaging.incoming.alert-stream.topic="yakusoku.alerts.$run" \
    -jar target/cluster-app/quarkus-run.jar > "$workdir/$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 90); do
    curl -fs "http://127.0.0.1:$2/q/health/ready" >/dev/null && return 0
    sleep 1
  done
  echo "replica $1 did not get ready; see $workdir/$1.log" >&2
  exit 1
}

partitions() { # port
  curl -fs "http://127.0.0.1:$1/q/health/ready" | grep -o '"partitions": *"[^"]*"' | grep -o '\[.*\]'
}

load() { # main class, args
  ./mvnw -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass="dev.yakusoku.bench.$1" \
    -Dexec.args="$2"
}

echo "== 1. ingestion, one replica, PostgreSQL + Kafka"
start_replica a 18081
load IngestLoad "http://127.0.0.1:18081 $matters 8"
sleep 5

echo "== 2. event-to-alert latency, one replica"
load AlertLatency "http://127.0.0.1:18081 $samples http://127.0.0.1:18081"

echo "== 3. replica B joins and takes over its share of the partitions"
open=$(psql -h 127.0.0.1 -U yakusoku -d yakusoku -tAc "select count(*) from matter where state = 'open'")
echo "open matters: $open"
start_replica b 18082
for _ in $(seq 1 60); do
  [ "$(partitions 18082)" != "[]" ] && break
  sleep 1
done
echo "A owns $(partitions 18081), B owns $(partitions 18082)"
grep "replayed" "$workdir/b.log" | sed 's/.*engines of/B: engines of/'

echo "== 4. latency across replicas: posted to B, streamed from A"
load AlertLatency "http://127.0.0.1:18082 $samples http://127.0.0.1:18081"

echo "== 5. A is killed; B takes over the rest"
kill -9 "${pids[0]}"
killed=$(date +%s%N)
for _ in $(seq 1 600); do
  [ "$(partitions 18082 | tr -cd ',' | wc -c)" = 11 ] && break
  sleep 0.1
done
echo "B owns every partition $(( ($(date +%s%N) - killed) / 1000000 )) ms after the kill"
grep "replayed" "$workdir/b.log" | tail -1 | sed 's/.*engines of/B: engines of/'
