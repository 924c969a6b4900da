# Sourced by the benchmarks: packages the service and starts it on a fresh H2 file on
# 127.0.0.1:18080 with the shipped rules and a user "bench" of its own (a fresh password each
# run, handed to the load generators as BENCH_AUTH), waits until it is ready, and stops it on exit.
# stop_service and start_service stop it and start it again on the same file (bench/restart.sh).
./mvnw -B -q package -DskipTests
workdir=$(mktemp -d)
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
export BENCH_AUTH=$(printf 'bench:%s' "$password" | base64 -w0)
service=

start_service() {
  java ${BENCH_SERVICE_OPTS:-} -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=18080 \
    -Dquarkus.security.users.embedded.plain-text=true \
    -Dquarkus.security.users.embedded.users.bench="$password" \
    -Dquarkus.security.users.embedded.roles.bench=ingest,rule-author,admin \
    -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$workdir/yakusoku;DB_CLOSE_ON_EXIT=FALSE" \
    -Dyakusoku.rules.path="$PWD/rules" \
    -jar target/quarkus-app/quarkus-run.jar >> "$workdir/service.log" 2>&1 &
  service=$!
  for _ in $(seq 1 $((${READY_WITHIN:-60} * 5))); do
    curl -fs http://127.0.0.1:18080/q/health/ready >/dev/null && return 0
    sleep 0.2
  done
  echo "the service was not ready within ${READY_WITHIN:-60} s; its log:" >&2
  tail -20 "$workdir/service.log" >&2
  return 1
}

stop_service() {
  kill "$service" 2>/dev/null || true
  wait "$service" 2>/dev/null || true
}

trap 'stop_service; rm -rf "$workdir"' EXIT
start_service
