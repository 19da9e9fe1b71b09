#!/usr/bin/env bash
# Start-up time and memory of Direction Cycle against a bare Camunda starter with the same webapps (performance
# issue, item 6: start at most 1.3x and RSS at most 1.2x the bare starter's), measured side by side in one run.
#
# It never changes this repository's sources. It builds the application jar in a scratch copy of the working tree
# (so a build running in the repository at the same time is not disturbed; APP_JAR=<jar> skips that and uses a jar
# already built) and the bare starter of bare-starter/ (same Spring Boot, Camunda and H2 versions; only the
# Camunda webapp and REST starters, H2 and an administrator), both offline. Both jars are copied to the scratch
# folder first, so a rebuild elsewhere cannot change them during the run. Then it starts each one RUNS times,
# alternating application and bare starter, one at a time, each on a free port with a fresh data directory, and
# measures:
#   start_s        seconds from launching `java` until Tasklist (READY_PATH) answers HTTP 200
#   rss_ready_mb   the process's VmRSS (/proc/<pid>/status) at that moment
#   rss_settled_mb VmRSS again SETTLE seconds later, with the threads, loaded classes, heap used and metaspace
#                  (jstat) at that moment
#   spring_s       "process running for" of Spring Boot's "Started ..." line (context refreshed; the application's
#                  ApplicationReadyEvent work, e.g. deploying the models and seeding, comes after it)
# then stops the process (SIGTERM, SIGKILL after 60 s). Both get the same JVM flags: JAVA_OPTS, empty by default
# like the README's `java -jar` (JVM defaults: heap up to a quarter of the RAM, G1).
#
# The application starts as the README's "Run" section starts it: the `demo` profile (demo municipalities, people
# and passwords; the administrator's demo password), its H2 file database in DIRECTIONCYCLE_DATA_DIR. The bare
# starter gets a generated administrator password (BARE_ADMIN_PASSWORD) and its H2 file in BARE_DATA_DIR.
# Every start, its log, the HTTP codes Tasklist answered with (probe.log) and its data are kept in
# $SCRATCH/<n>-<app|bare>/; every start is a line of $SCRATCH/results.csv;
# the summary (medians and the ratios application/bare against the targets) goes to stdout and $SCRATCH/summary.txt.
#
#   tools/startup-comparison/run.sh                                    # /tmp/startup-comparison, 3 starts each
#   RUNS=5 SETTLE=20 tools/startup-comparison/run.sh
#   APP_JAR=target/direction-cycle-0.1.0-SNAPSHOT.jar tools/startup-comparison/run.sh   # no application build
#   JAVA_OPTS='-Xmx1g' tools/startup-comparison/run.sh                 # the same flags for both
#
# Needs a JDK 17 (java, jstat), bash, curl, ss and awk; the Maven artifacts in ~/.m2 (it builds with -o). On a
# machine with other work on it the times move a lot: compare the two of the same run, and look at the load printed.
set -uo pipefail

REPO=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$REPO/tools/startup-comparison
SCRATCH=${SCRATCH:-/tmp/startup-comparison}
RUNS=${RUNS:-3}
SETTLE=${SETTLE:-10}
START_TIMEOUT=${START_TIMEOUT:-600}
JAVA_OPTS=${JAVA_OPTS:-}
APP_JAR=${APP_JAR:-}
READY_PATH=${READY_PATH:-/camunda/app/tasklist/default/}

case "$SCRATCH" in
  /|"$REPO"|"$REPO"/*) echo "SCRATCH must be outside the repository" >&2; exit 2 ;;
esac
if [ -n "$APP_JAR" ]; then
  APP_JAR=$(cd "$(dirname "$APP_JAR")" && pwd)/$(basename "$APP_JAR") # relative to where it was called from
  [ -f "$APP_JAR" ] || { echo "APP_JAR $APP_JAR: no such file" >&2; exit 2; }
fi

started=$(date +%s)
rm -rf "$SCRATCH"
mkdir -p "$SCRATCH/jars"
summary="$SCRATCH/summary.txt"
csv="$SCRATCH/results.csv"
say() { echo "$*" | tee -a "$summary"; }

say "Startup comparison of Direction Cycle $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?')$(
  [ -n "$(git -C "$REPO" status --porcelain --untracked-files=no 2>/dev/null)" ] && echo ' (with uncommitted changes)'
  ) on $(date -u +%Y-%m-%dT%H:%MZ)"
say "machine: $(nproc) cores, $(free -m | awk '/^Mem:/ {print $2}') MB RAM; $(java -version 2>&1 | head -1)"
say "JAVA_OPTS: '${JAVA_OPTS}'; $RUNS starts each, alternating; ready = HTTP 200 from $READY_PATH; settle ${SETTLE}s"
say "load before building:$(uptime | sed 's/.*load average://')"

# --- 1. the jars ------------------------------------------------------------------------------------------------
if [ -n "$APP_JAR" ]; then
  say "application jar: $APP_JAR (APP_JAR, not built)"
  cp "$APP_JAR" "$SCRATCH/jars/app.jar"
else
  # a scratch copy of the working tree (uncommitted changes included), without git metadata, build output,
  # data or node modules; `package` runs no bpmnlint (that is in verify)
  mkdir -p "$SCRATCH/app-src"
  tar -C "$REPO" --exclude=./.git --exclude=./target --exclude=./data --exclude=./tools/bpmnlint/node_modules \
    --exclude=./tools/startup-comparison/bare-starter/target -cf - . | tar -C "$SCRATCH/app-src" -xf -
  t0=$(date +%s)
  (cd "$SCRATCH/app-src" && ./mvnw -B -o -DskipTests package) > "$SCRATCH/build-app.log" 2>&1
  rc=$?
  jar=$(ls "$SCRATCH"/app-src/target/direction-cycle-*.jar 2>/dev/null | grep -v '\.original$' | head -1)
  say "application build (./mvnw -B -o -DskipTests package in $SCRATCH/app-src): exit $rc after $(( $(date +%s) - t0 ))s"
  [ "$rc" = 0 ] && [ -n "$jar" ] || { say "no application jar; see $SCRATCH/build-app.log"; exit 1; }
  cp "$jar" "$SCRATCH/jars/app.jar"
fi
t0=$(date +%s)
"$REPO/mvnw" -B -o -f "$HERE/bare-starter/pom.xml" package > "$SCRATCH/build-bare.log" 2>&1
rc=$?
say "bare starter build (mvnw -B -o -f tools/startup-comparison/bare-starter/pom.xml package): exit $rc after $(( $(date +%s) - t0 ))s"
[ "$rc" = 0 ] || { say "no bare starter jar; see $SCRATCH/build-bare.log"; exit 1; }
cp "$HERE/bare-starter/target/bare-starter.jar" "$SCRATCH/jars/bare.jar"

# --- 2. one start -------------------------------------------------------------------------------------------------
free_port() { # a port nobody listens on (checked again by the failed start if someone takes it meanwhile)
  local p
  while :; do
    p=$(( 20000 + RANDOM % 20000 ))
    [ -z "$(ss -Htln "sport = :$p")" ] && { echo "$p"; return; }
  done
}
rss_mb() { awk '/^VmRSS:/ {printf "%.0f", $2 / 1024}' "/proc/$1/status" 2>/dev/null; }
threads() { awk '/^Threads:/ {print $2}' "/proc/$1/status" 2>/dev/null; }
jstat_value() { # jstat -$1 of pid $2: the sum of the named columns ($3...), in MB for sizes (KB) or as counted
  local option=$1 pid=$2; shift 2
  jstat "-$option" "$pid" 2>/dev/null | awk -v cols="$*" -v option="$option" '
    NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i }
    NR == 2 { n = split(cols, c, " "); s = 0; for (j = 1; j <= n; j++) s += $(col[c[j]])
              if (option == "gc") printf "%.0f", s / 1024; else print s }'
}

echo "run,kind,port,start_s,rss_ready_mb,rss_settled_mb,threads,classes_loaded,heap_used_mb,metaspace_mb,spring_s,exit" > "$csv"
admin_password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')

start_one() { # $1 run number, $2 app|bare: starts it, measures, stops it, appends a CSV line
  local run=$1 kind=$2 port dir pid t0 t1 code start rss1 rss2 thr cls heap meta spring rc=ok
  port=$(free_port)
  dir=$SCRATCH/$run-$kind
  mkdir -p "$dir/data"
  t0=$(date +%s.%N)
  if [ "$kind" = app ]; then
    # README "Run": the demo profile; its data directory and port as the README says to change them
    (cd "$dir" && DIRECTIONCYCLE_DATA_DIR="$dir/data" exec java $JAVA_OPTS -jar "$SCRATCH/jars/app.jar" \
      --spring.profiles.active=demo --server.port="$port") > "$dir/out.log" 2>&1 &
  else
    (cd "$dir" && BARE_DATA_DIR="$dir/data" BARE_ADMIN_PASSWORD="$admin_password" exec java $JAVA_OPTS \
      -jar "$SCRATCH/jars/bare.jar" --server.port="$port") > "$dir/out.log" 2>&1 &
  fi
  pid=$!
  code=000 last=
  while kill -0 "$pid" 2>/dev/null; do
    # a generous timeout: on a busy machine the first answers take seconds, and an aborted request would only
    # be sent again (000: refused, nobody listening yet, or timed out)
    code=$(curl -s -o /dev/null -m 60 -w '%{http_code}' "http://127.0.0.1:$port$READY_PATH")
    [ "$code" != "$last" ] && { echo "$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}') s: $code" \
      >> "$dir/probe.log"; last=$code; }
    [ "$code" = 200 ] && break
    if awk -v t0="$t0" -v now="$(date +%s.%N)" -v max="$START_TIMEOUT" 'BEGIN {exit !(now - t0 > max)}'; then
      rc=timeout; break
    fi
    sleep 0.2
  done
  t1=$(date +%s.%N)
  if [ "$code" = 200 ]; then
    start=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}')
    rss1=$(rss_mb "$pid")
    sleep "$SETTLE"
    rss2=$(rss_mb "$pid"); thr=$(threads "$pid")
    cls=$(jstat_value class "$pid" Loaded)
    heap=$(jstat_value gc "$pid" S0U S1U EU OU)
    meta=$(jstat_value gc "$pid" MU CCSU)
  else
    [ "$rc" = ok ] && rc=died
    start=; rss1=; rss2=; thr=; cls=; heap=; meta=
  fi
  spring=$(grep -oE 'Started [A-Za-z]+ in [0-9.]+ seconds \(process running for [0-9.]+\)' "$dir/out.log" \
    | grep -oE '[0-9.]+\)$' | tr -d ')')
  kill -TERM "$pid" 2>/dev/null
  for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -0 "$pid" 2>/dev/null && { kill -KILL "$pid"; rc="$rc,killed"; }
  wait "$pid" 2>/dev/null
  echo "$run,$kind,$port,$start,$rss1,$rss2,$thr,$cls,$heap,$meta,$spring,$rc" >> "$csv"
  say "  start $run $kind: ${start:-?} s to Tasklist 200, RSS ${rss1:-?} MB then ${rss2:-?} MB (after ${SETTLE}s;" \
    "threads ${thr:-?}, classes ${cls:-?}, heap used ${heap:-?} MB, metaspace ${meta:-?} MB), Spring 'Started'" \
    "at ${spring:-?} s; $rc; load$(uptime | sed 's/.*load average://')"
}

# --- 3. the runs, alternating -------------------------------------------------------------------------------------
say "starts (scratch folder $SCRATCH):"
for run in $(seq 1 "$RUNS"); do
  start_one "$run" app
  start_one "$run" bare
done

# --- 4. summary ---------------------------------------------------------------------------------------------------
median() { # median of column $2 of the CSV lines of kind $1 that measured something
  awk -F, -v kind="$1" -v c="$2" 'NR > 1 && $2 == kind && $c != "" {print $c}' "$csv" | sort -g | awk '
    { v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "?"; else printf "%.2f", a / b }'; }
verdict() { awk -v r="$1" -v t="$2" 'BEGIN { if (r == "?") print "not measured"; else if (r <= t) print "met"; else print "MISSED" }'; }

say ""
say "medians over $RUNS starts each     application   bare starter   ratio   target"
for metric in "start to Tasklist 200 (s):4:1.3" "RSS at ready (MB):5:1.2" "RSS after settle (MB):6:1.2" \
              "Spring 'Started' (s):11:" "threads:7:" "classes loaded:8:" "heap used (MB):9:" "metaspace (MB):10:"; do
  IFS=: read -r name col target <<< "$metric"
  a=$(median app "$col"); b=$(median bare "$col"); r=$(ratio "$a" "$b")
  say "$(printf '  %-30s %13s %14s %7s   %s' "$name" "${a:-?}" "${b:-?}" "$r" \
    "$([ -n "$target" ] && echo "<= $target $(verdict "$r" "$target")")")"
done
say ""
say "load after the runs:$(uptime | sed 's/.*load average://')"
say "total time: $(( $(date +%s) - started ))s; every start in $csv, logs in $SCRATCH/<n>-<app|bare>/out.log"
