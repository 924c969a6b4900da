#!/usr/bin/env bash
# Backtest benchmark: packages the service, starts it on a fresh H2 file on 127.0.0.1:18080, stores
# a generated history of about 10 events a matter, backtests the shipped rules over all of it and
# prints events replayed per second; then stops the service.
# Usage: bench/backtest.sh [matters=11000]
set -euo pipefail
cd "$(dirname "$0")/.."
matters=${1:-11000}
source bench/service.sh
./mvnw -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.yakusoku.bench.BacktestLoad \
  -Dexec.args="http://127.0.0.1:18080 $matters"
