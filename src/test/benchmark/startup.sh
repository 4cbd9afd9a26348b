#!/usr/bin/env bash
# Benchmark of the start-up to "Started" with the embedded PostgreSQL (binaries extracted, data folder
# kept), for each way of launching the portal: the jar as it ships, the same jar extracted, extracted
# with a class-data-sharing archive, and ./mvnw spring-boot:run. Needs the jar built
# (./mvnw -DskipTests package). Usage: startup.sh [runs per launch, default 5]
set -euo pipefail
cd "$(dirname "$0")/../../.."
RUNS=${1:-5}
JAR=$(ls target/myopenip-*.jar | head -1)
APP=target/startup-benchmark
DATA="$APP/data"
LOG="$APP/run.log"
rm -rf "$APP"
mkdir -p "$APP"

export MYOPENIP_EMBEDDED_DB_DATA_DIR="$(pwd)/$DATA"

started() { # runs the command until "Started", then stops it (its whole process group); prints the
            # two figures Boot logs: seconds since SpringApplication.run, seconds since the JVM started
  setsid "$@" > "$LOG" 2>&1 &
  local pid=$!
  for _ in $(seq 1 1200); do grep -qs "Started MyOpenIpApplication" "$LOG" && break; sleep 0.05; done
  kill -- -"$pid"; wait "$pid" 2>/dev/null || true
  sleep 1
  grep -o "Started MyOpenIpApplication in [0-9.]* seconds (process running for [0-9.]*)" "$LOG" \
    | sed -E 's/.* in ([0-9.]+) seconds \(process running for ([0-9.]+)\)/\1 \2/'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

measure() { # name, command...: RUNS runs, then the median of each figure
  local name=$1; shift
  local figures=()
  for _ in $(seq 1 "$RUNS"); do figures+=("$(started "$@")"); done
  printf '%-32s Started in %5s s, process running for %5s s (medians of %s runs; Started in:%s)\n' "$name" \
    "$(printf '%s\n' "${figures[@]}" | cut -d' ' -f1 | median)" \
    "$(printf '%s\n' "${figures[@]}" | cut -d' ' -f2 | median)" "$RUNS" \
    "$(printf ' %s' "${figures[@]%% *}")"
}

started java -jar "$JAR" > /dev/null # creates the database and its schema once

java -Djarmode=tools -jar "$JAR" extract --destination "$APP/extracted" > /dev/null
EXTRACTED="$APP/extracted/$(basename "$JAR")"
# Training run: the JVM writes the archive of every class it loaded when the context exits once built.
java -XX:ArchiveClassesAtExit="$APP/app.jsa" -Dspring.context.exit=onRefresh -jar "$EXTRACTED" \
  > "$APP/training.log" 2>&1

measure "java -jar (the jar as it ships)" java -jar "$JAR"
measure "extracted" java -jar "$EXTRACTED"
measure "extracted + CDS archive" java -XX:SharedArchiveFile="$APP/app.jsa" -jar "$EXTRACTED"
measure "./mvnw spring-boot:run" ./mvnw -q spring-boot:run -Dspring-boot.run.profiles=default
