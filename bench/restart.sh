#!/usr/bin/env bash
# Restart benchmark: the packaged service on a fresh H2 file is filled with open matters (each
# opened, escalated and promised, nothing due), stopped, and started again on the same file; prints
# how long the second start took until ready, and the replay's own figures from its log line.
# Usage: bench/restart.sh [open matters=100000]
set -euo pipefail
cd "$(dirname "$0")/.."
matters=${1:-100000}
./mvnw -B -q test-compile
source bench/service.sh
./mvnw -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.yakusoku.bench.RestartLoad \
  -Dexec.args="http://127.0.0.1:18080 $matters"
stop_service
started=$(date +%s%N)
READY_WITHIN=600
start_service
ready=$(date +%s%N)
echo "restart.ready_s $(awk "BEGIN {printf \"%.1f\", ($ready - $started) / 1e9}")"
grep -o 'replayed [0-9]* events in [0-9]* ms' "$workdir/service.log" | tail -1 \
  | awk '{print "restart.replayed_events " $2; print "restart.replay_ms " $5}'
