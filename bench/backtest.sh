#!/usr/bin/env bash
# Backtest benchmark: packages the service, starts it on a fresh H2 file on 127.0.0.1:18080, stores
# a generated history of about 10 events a matter, backtests the shipped rules over all of it and
# prints events replayed per second; then stops the service.
# Usage: bench/backtest.sh [matters=11000]
set -euo pipefail
cd "$(dirname "$0")/.."
matters=${1:-11000}
./mvnw -B -q package -DskipTests
workdir=$(mktemp -d)
java -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=18080 \
  -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$workdir/yakusoku;DB_CLOSE_ON_EXIT=FALSE" \
  -Dyakusoku.rules.path="$PWD/rules" \
  -jar target/quarkus-app/quarkus-run.jar > "$workdir/service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null; rm -rf "$workdir"' EXIT
for _ in $(seq 1 60); do
  curl -fs http://127.0.0.1:18080/q/health/ready >/dev/null && break
  sleep 1
done
./mvnw -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.yakusoku.bench.BacktestLoad \
  -Dexec.args="http://127.0.0.1:18080 $matters"
