#!/usr/bin/env bash
# The services the clustered profile and its tests need, on this machine:
#   scripts/services.sh [start]   PostgreSQL on 127.0.0.1:5432 with role and database yakusoku,
#                                 and a single-node Kafka broker (KRaft) on 127.0.0.1:9092
#   scripts/services.sh stop      stops the Kafka broker this script started
#   scripts/services.sh status    says what answers
#   scripts/services.sh running   exits 0 if the Kafka broker this script starts is running
# Idempotent: whatever already runs is left alone. Kafka's jars come from Maven Central (about
# 44 MB, once) into $YAKUSOKU_SERVICES_DIR (default ~/.cache/yakusoku), with its data, log and pid.
set -euo pipefail
cd "$(dirname "$0")/.."

SERVICES_DIR="${YAKUSOKU_SERVICES_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/yakusoku}"
KAFKA_DIR="$SERVICES_DIR/kafka"
KAFKA_LIBS="$KAFKA_DIR/libs"
KAFKA_DATA="$KAFKA_DIR/data"
KAFKA_CONFIG="$KAFKA_DIR/server.properties"
KAFKA_LOG="$KAFKA_DIR/server.log"
KAFKA_PID="$KAFKA_DIR/kafka.pid"
KAFKA_HOST=127.0.0.1
KAFKA_PORT=9092
CONTROLLER_PORT=9093
# Matches the KafkaTopic manifests under k8s/: at most this many replicas consume a topic at once.
TOPIC_PARTITIONS=12
TOPICS=(yakusoku.events yakusoku.alerts yakusoku.events.dead-letter)
PG_HOST=127.0.0.1
PG_PORT=5432

log() { echo "services: $*" >&2; }

answers() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

mvn_cmd() {
  if command -v mvn >/dev/null; then echo mvn; else echo ./mvnw; fi
}

## PostgreSQL

psql_admin() {
  # Trust auth on loopback; as root, fall back to the postgres OS user over the socket.
  if psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -tAq -c 'select 1' >/dev/null 2>&1; then
    psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -tAq "$@"
  else
    su postgres -c "psql -p $PG_PORT -d postgres -v ON_ERROR_STOP=1 -tAq $(printf '%q ' "$@")"
  fi
}

start_postgres() {
  if ! answers "$PG_HOST" "$PG_PORT"; then
    log "starting PostgreSQL"
    if command -v pg_ctlcluster >/dev/null; then
      pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start
    else
      service postgresql start
    fi
    for _ in $(seq 1 30); do answers "$PG_HOST" "$PG_PORT" && break; sleep 1; done
    answers "$PG_HOST" "$PG_PORT" || { log "PostgreSQL does not answer on $PG_HOST:$PG_PORT"; exit 1; }
  fi
  if [ "$(psql_admin -c "select 1 from pg_roles where rolname = 'yakusoku'")" != 1 ]; then
    log "creating role yakusoku"
    psql_admin -c "create role yakusoku login password 'yakusoku'"
  fi
  if [ "$(psql_admin -c "select 1 from pg_database where datname = 'yakusoku'")" != 1 ]; then
    log "creating database yakusoku"
    psql_admin -c "create database yakusoku owner yakusoku"
  fi
  log "PostgreSQL answers on $PG_HOST:$PG_PORT, database yakusoku"
}

## Kafka

kafka_running() {
  [ -f "$KAFKA_PID" ] && kill -0 "$(cat "$KAFKA_PID")" 2>/dev/null
}

# Sets KAFKA_JVM to the java command line for Kafka's jars, with the broker's or the tools' logging.
kafka_jvm() {
  KAFKA_JVM=(java -Xms256m -Xmx512m -cp "$KAFKA_LIBS/*"
    -Dlog4j2.configurationFile="$KAFKA_DIR/log4j2-$1.properties")
}

kafka_java() {
  kafka_jvm "$1"
  shift
  "${KAFKA_JVM[@]}" "$@"
}

fetch_kafka() {
  if [ -f "$KAFKA_LIBS/.complete" ]; then return; fi
  log "fetching the Kafka broker's jars from Maven Central"
  mkdir -p "$KAFKA_LIBS"
  "$(mvn_cmd)" -B -q -Dstyle.color=never -f scripts/kafka/pom.xml dependency:copy-dependencies \
    -DoutputDirectory="$KAFKA_LIBS"
  touch "$KAFKA_LIBS/.complete"
}

write_logging_config() {
  cat >"$KAFKA_DIR/log4j2-$1.properties" <<EOF
rootLogger.level=$2
rootLogger.appenderRef.console.ref=CONSOLE
appender.console.type=Console
appender.console.name=CONSOLE
appender.console.target=SYSTEM_ERR
appender.console.layout.type=PatternLayout
appender.console.layout.pattern=[%d] %p %m (%c)%n
logger.clients.name=org.apache.kafka
logger.clients.level=WARN
EOF
}

write_kafka_config() {
  cat >"$KAFKA_CONFIG" <<EOF
process.roles=broker,controller
node.id=1
listeners=PLAINTEXT://$KAFKA_HOST:$KAFKA_PORT,CONTROLLER://$KAFKA_HOST:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$KAFKA_HOST:$KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
controller.quorum.bootstrap.servers=$KAFKA_HOST:$CONTROLLER_PORT
log.dirs=$KAFKA_DATA
num.partitions=$TOPIC_PARTITIONS
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
EOF
  write_logging_config broker INFO
  write_logging_config tools WARN
}

start_kafka() {
  if kafka_running; then
    log "Kafka already runs (pid $(cat "$KAFKA_PID")) on $KAFKA_HOST:$KAFKA_PORT"
    return
  fi
  if answers "$KAFKA_HOST" "$KAFKA_PORT"; then
    log "something not started here already listens on $KAFKA_HOST:$KAFKA_PORT; using it as the broker"
    return
  fi
  fetch_kafka
  mkdir -p "$KAFKA_DATA"
  write_kafka_config
  if [ ! -f "$KAFKA_DATA/meta.properties" ]; then
    log "formatting Kafka storage (KRaft, standalone controller)"
    kafka_java tools kafka.tools.StorageTool format --standalone \
      -t "$(kafka_java tools kafka.tools.StorageTool random-uuid)" -c "$KAFKA_CONFIG" >/dev/null
  fi
  log "starting Kafka on $KAFKA_HOST:$KAFKA_PORT"
  : >"$KAFKA_LOG"
  kafka_jvm broker
  # exec, so the pid written is the broker's own
  exec "${KAFKA_JVM[@]}" kafka.Kafka "$KAFKA_CONFIG" >>"$KAFKA_LOG" 2>&1 </dev/null &
  echo $! >"$KAFKA_PID"
  disown
  for _ in $(seq 1 120); do
    if grep -q 'Kafka Server started' "$KAFKA_LOG"; then break; fi
    if ! kafka_running; then
      log "Kafka exited while starting; its log:"
      tail -40 "$KAFKA_LOG" >&2
      rm -f "$KAFKA_PID"
      exit 1
    fi
    sleep 0.5
  done
  grep -q 'Kafka Server started' "$KAFKA_LOG" || { log "Kafka did not start in 60 s; see $KAFKA_LOG"; exit 1; }
  for topic in "${TOPICS[@]}"; do
    kafka_java tools org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_HOST:$KAFKA_PORT" \
      --create --if-not-exists --topic "$topic" --partitions "$TOPIC_PARTITIONS" \
      --replication-factor 1 >/dev/null
  done
  log "Kafka started (pid $(cat "$KAFKA_PID")), topics ${TOPICS[*]} with $TOPIC_PARTITIONS partitions"
}

stop_kafka() {
  if ! kafka_running; then
    log "no Kafka started here is running"
    rm -f "$KAFKA_PID"
    return
  fi
  local pid
  pid="$(cat "$KAFKA_PID")"
  log "stopping Kafka (pid $pid)"
  kill "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid"; fi
  rm -f "$KAFKA_PID"
}

status() {
  if answers "$PG_HOST" "$PG_PORT"; then log "PostgreSQL answers on $PG_HOST:$PG_PORT"; else log "PostgreSQL is down"; fi
  if kafka_running; then
    log "Kafka runs (pid $(cat "$KAFKA_PID")) on $KAFKA_HOST:$KAFKA_PORT"
  elif answers "$KAFKA_HOST" "$KAFKA_PORT"; then
    log "something not started here listens on $KAFKA_HOST:$KAFKA_PORT"
  else
    log "Kafka is down"
  fi
}

case "${1:-start}" in
  start) start_postgres; start_kafka ;;
  stop) stop_kafka ;;
  status) status ;;
  running) kafka_running ;;
  *) echo "usage: $0 [start|stop|status|running]" >&2; exit 2 ;;
esac
