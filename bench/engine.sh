#!/usr/bin/env bash
# Engine benchmark: the same generated history through the shipped rules and through no rules.
# Usage: bench/engine.sh [matters=10000] [rounds=5]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile
./mvnw -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.yakusoku.bench.EngineBenchmark \
  -Dexec.args="${1:-10000} ${2:-5}"
