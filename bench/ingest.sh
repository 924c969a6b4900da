#!/usr/bin/env bash
# REST ingestion benchmark: packages the service, starts it on a fresh H2 file on 127.0.0.1:18080,
# posts a generated history batched and single, prints events/s, and stops the service.
# Usage: bench/ingest.sh [matters=5000] [client threads=8]
set -euo pipefail
cd "$(dirname "$0")/.."
matters=${1:-5000}
threads=${2:-8}
source bench/service.sh
./mvnw -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.yakusoku.bench.IngestLoad \
  -Dexec.args="http://127.0.0.1:18080 $matters $threads"
