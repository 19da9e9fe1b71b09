#!/usr/bin/env bash
# Trial build of Direction Cycle against Operaton, the community continuation of Camunda 7 (ADR 0010).
#
# It never changes this repository. It copies the working tree to a scratch folder, switches the copy from
# Camunda 7.24 CE to Operaton with sed (dependencies, Java packages and types, Spring properties, webapp
# paths), builds it and runs the unit and process tests (`./mvnw -B -Dbpmnlint.skip test`), then a few
# integration tests (TRIAL_ITS). Everything it did and found goes to $TRIAL_DIR.log/ (summary.txt at the end).
# It takes about 5 to 10 minutes on two cores.
#
#   tools/operaton-trial/run.sh                        # /tmp/operaton-trial, Operaton 1.0.3, three ITs
#   OPERATON_VERSION=1.0.4 tools/operaton-trial/run.sh
#   TRIAL_ITS=ModelWiringIT,CycleStartIT tools/operaton-trial/run.sh   # also these ITs (failsafe)
#   TRIAL_ITS= tools/operaton-trial/run.sh             # unit and process tests only
#
# Artifacts the Maven registry does not serve are handled as the summary says: the JUnit 5 extension is taken
# from operaton-engine's `junit5` classifier jar, and a missing assertion library or Spin JSON data format is
# left out (test classes that need the assertions are removed from the copy and listed). Re-run it when
# Operaton publishes a new release: the steps are the same, the findings may not be.
set -uo pipefail

REPO=$(cd "$(dirname "$0")/../.." && pwd)
TRIAL_DIR=${TRIAL_DIR:-/tmp/operaton-trial}
LOG_DIR=${TRIAL_DIR}.log
OPERATON_VERSION=${OPERATON_VERSION:-1.0.3}
TRIAL_ITS=${TRIAL_ITS-ModelWiringIT,CycleStartIT,SituationInputIT}

case "$TRIAL_DIR" in
  /|"$REPO"|"$REPO"/*) echo "TRIAL_DIR must be outside the repository" >&2; exit 2 ;;
esac

started=$(date +%s)
rm -rf "$TRIAL_DIR" "$LOG_DIR"
mkdir -p "$LOG_DIR"
summary="$LOG_DIR/summary.txt"
say() { echo "$*" | tee -a "$summary"; }
elapsed() { echo $(( $(date +%s) - started ))s; }

say "Operaton trial of $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?') on $(date -u +%Y-%m-%dT%H:%MZ)"
say "Operaton version: $OPERATON_VERSION; scratch copy: $TRIAL_DIR"

# --- 1. scratch copy, without git metadata, build output, data or node modules ------------------------------
cp -a "$REPO" "$TRIAL_DIR"
rm -rf "$TRIAL_DIR/.git" "$TRIAL_DIR/target" "$TRIAL_DIR/data" "$TRIAL_DIR/tools/bpmnlint/node_modules"
cd "$TRIAL_DIR" || exit 2

# --- 2. Maven: Camunda BOM and artifacts -> Operaton's (same artifact names with operaton- instead of camunda-)
sed -i \
  -e "s#<camunda.version>[^<]*</camunda.version>#<operaton.version>${OPERATON_VERSION}</operaton.version>#" \
  -e 's#\${camunda.version}#${operaton.version}#g' \
  -e 's#<groupId>org\.camunda\.\(bpm\|spin\|commons\|connect\)#<groupId>org.operaton.\1#g' \
  -e 's#<artifactId>camunda-#<artifactId>operaton-#g' \
  pom.xml

# --- 3. Java: packages, types and methods named after Camunda, property keys, group and URL names ---------------
# Package and type mapping as published by Operaton (migrate-from-camunda-recipe): org.camunda.{bpm,spin,commons,
# connect} -> org.operaton.*; public types and model-API methods with "Camunda" in their name -> "Operaton"
# (CamundaTaskListener, getCamundaFormRef, camundaAsyncBefore, isCamundaAdmin, Groups.CAMUNDA_ADMIN, ...).
# The administrators' group is called operaton-admin; the webapps live under /operaton and webjars/operaton.
# `camunda:` BPMN and DMN attributes are left alone: Operaton's parser still reads the Camunda namespace.
java_and_resources=$(grep -rlI --exclude-dir=node_modules -e 'camunda' -e 'Camunda' -e 'CAMUNDA' src || true)
# shellcheck disable=SC2086
sed -i \
  -e 's/org\.camunda\.\(bpm\|spin\|commons\|connect\)\b/org.operaton.\1/g' \
  -e 's#org/camunda/\(bpm\|spin\|commons\|connect\)/#org/operaton/\1/#g' \
  -e 's/\.instance\.camunda\./.instance.operaton./g' \
  -e 's/\b\(get\|set\|is\)Camunda\([A-Z]\)/\1Operaton\2/g' \
  -e 's/\bCamunda\([A-Z][A-Za-z]*\)\b/Operaton\1/g' \
  -e 's/\bcamunda\([A-Z][A-Za-z]*\)(/operaton\1(/g' \
  -e 's/\bCAMUNDA_ADMIN\b/OPERATON_ADMIN/g' \
  -e 's/camunda-admin/operaton-admin/g' \
  -e 's/\bcamunda\.bpm\./operaton.bpm./g' \
  -e 's#webjars/camunda#webjars/operaton#g' \
  -e "s#/camunda\\([/\"'*]\\)#/operaton\\1#g" \
  -e 's/^camunda:/operaton:/' \
  $java_and_resources
# API differences the trial ran into (each one a compile error otherwise):
# - Operaton's AbstractAppPluginRootResource.subResource takes the resource only; Camunda 7.24 added an unused
#   engineName argument.
sed -i 's/subResource(\(new [A-Za-z]*([a-zA-Z]*)\), engineName)/subResource(\1)/' \
  src/main/java/se/directioncycle/dashboard/DashboardRootResource.java
# files and folders named after Camunda's packages or webjar
mv src/main/resources/META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin \
   src/main/resources/META-INF/services/org.operaton.bpm.cockpit.plugin.spi.CockpitPlugin
mv src/main/resources/META-INF/resources/webjars/camunda src/main/resources/META-INF/resources/webjars/operaton
grep -rn --include=*.java 'camunda' src | grep -v '^[^:]*:[0-9]*:\s*\(\*\|//\|/\*\)' \
  | grep -v 'camunda.org/schema' > "$LOG_DIR/camunda-left-in-code.txt"
say "renamed in $(echo "$java_and_resources" | wc -w) files; lines of Java code (not comments) still naming camunda: $(
  wc -l < "$LOG_DIR/camunda-left-in-code.txt") (camunda-left-in-code.txt)"

# --- 4. which Operaton artifacts the registry serves ----------------------------------------------------------
# -U: ask the registry again rather than trust a failure cached in ~/.m2
./mvnw -B -U -Dbpmnlint.skip dependency:resolve > "$LOG_DIR/1-resolve.log" 2>&1
missing=$( { grep -oE 'Could not find artifact [^ ]+' "$LOG_DIR/1-resolve.log" | awk '{print $4}'
             grep -oE '^\[ERROR\] dependency: [^ ]+' "$LOG_DIR/1-resolve.log" | awk '{print $3}'; } | grep : | sort -u)
say "artifacts not served: $(echo ${missing:-none})"
drop_dependency() { # removes the <dependency> block naming artifactId $1 from pom.xml
  sed -i "/<dependency>/{:a;N;/<\/dependency>/!ba;/<artifactId>$1<\/artifactId>/d}" pom.xml
}
for artifact in $missing; do
  case "$artifact" in
    *:operaton-bpm-junit5:*)
      # the same ProcessEngineExtension ships in the engine's junit5 classifier jar
      sed -i 's#<artifactId>operaton-bpm-junit5</artifactId>#<artifactId>operaton-engine</artifactId>\n      <classifier>junit5</classifier>#' pom.xml
      # and DmnEngineExtension in operaton-engine-dmn's, in org.operaton.bpm.dmn.engine.test (no .junit5)
      sed -i '0,/<artifactId>spring-boot-starter-test<\/artifactId>/s##<artifactId>spring-boot-starter-test</artifactId>\n      <scope>test</scope>\n    </dependency>\n    <dependency>\n      <groupId>org.operaton.bpm.dmn</groupId>\n      <artifactId>operaton-engine-dmn</artifactId>\n      <version>${operaton.version}</version>\n      <classifier>junit5</classifier>#' pom.xml
      grep -rl 'org.operaton.bpm.dmn.engine.test.junit5' src/test | xargs -r sed -i 's/org\.operaton\.bpm\.dmn\.engine\.test\.junit5\./org.operaton.bpm.dmn.engine.test./'
      say "  operaton-bpm-junit5 -> operaton-engine:junit5 (ProcessEngineExtension) and operaton-engine-dmn:junit5 (DmnEngineExtension)" ;;
    *:operaton-bpm-assert:*)
      drop_dependency operaton-bpm-assert
      users=$(grep -rl 'org.operaton.bpm.engine.test.assertions' src/test || true)
      # and what needs them (one level: the shared process-test base class)
      for f in $users; do
        c=$(basename "$f" .java)
        users="$users $(grep -rlw "$c" src/test || true)"
      done
      users=$(echo "$users" | tr ' ' '\n' | sort -u)
      tests=0; for f in $users; do tests=$(( tests + $(grep -c '@Test\b' "$f") )); done
      say "  operaton-bpm-assert left out; removed $(echo "$users" | wc -w) test classes ($tests @Test methods):"
      for f in $users; do say "    $f"; rm -f "$f"; done ;;
    *:operaton-spin-dataformat-json-jackson:*)
      drop_dependency operaton-spin-dataformat-json-jackson
      say "  operaton-spin-dataformat-json-jackson left out: no JSON data format for Spin (Json variables fail at run time)" ;;
    *)
      say "  $artifact: no workaround known, the build will stop at dependency resolution" ;;
  esac
done

# --- 5. compile and run the unit and process tests -----------------------------------------------------------
t0=$(date +%s)
./mvnw -B -Dbpmnlint.skip test > "$LOG_DIR/2-test.log" 2>&1
rc=$?
say "./mvnw -B -Dbpmnlint.skip test: exit $rc after $(( $(date +%s) - t0 ))s"
if grep -q 'COMPILATION ERROR' "$LOG_DIR/2-test.log"; then
  say "compilation failed:"
  grep -E '^\[ERROR\] /' "$LOG_DIR/2-test.log" | sed "s#$TRIAL_DIR/##" | head -40 | tee -a "$summary"
fi
count_reports() { # sums tests, failures, errors and skipped over surefire/failsafe XML reports in $1
  cat "$1"/TEST-*.xml 2>/dev/null | grep -o '<testsuite [^>]*>' | awk '
    { for (i = 1; i <= NF; i++) { split($i, kv, "="); gsub(/"/, "", kv[2]); if (kv[1] ~ /^(tests|failures|errors|skipped)$/) s[kv[1]] += kv[2] } }
    END { printf "tests %d, failures %d, errors %d, skipped %d, passed %d\n", s["tests"], s["failures"], s["errors"], s["skipped"], s["tests"] - s["failures"] - s["errors"] - s["skipped"] }'
}
if ls target/surefire-reports/TEST-*.xml > /dev/null 2>&1; then
  say "unit and process tests: $(count_reports target/surefire-reports)"
  grep -lE '<(failure|error)' target/surefire-reports/TEST-*.xml 2>/dev/null | while read -r r; do
    say "  failing: $(basename "$r" .xml | sed 's/^TEST-//') $(grep -cE '<(failure|error)' "$r")x: $(
      grep -oE '<(failure|error) [^>]*message="[^"]{0,160}' "$r" | head -1 | sed 's/.*message="//')"
  done
fi

# --- 6. optionally a few integration tests (the whole application on a random port) ----------------------------
if [ -n "$TRIAL_ITS" ] && ! grep -q 'COMPILATION ERROR' "$LOG_DIR/2-test.log"; then
  t0=$(date +%s)
  ./mvnw -B -Dbpmnlint.skip verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test="$TRIAL_ITS" \
    > "$LOG_DIR/3-it.log" 2>&1
  say "integration tests $TRIAL_ITS: exit $? after $(( $(date +%s) - t0 ))s"
  if ls target/failsafe-reports/TEST-*.xml > /dev/null 2>&1; then
    say "  $(count_reports target/failsafe-reports)"
    grep -lE '<(failure|error)' target/failsafe-reports/TEST-*.xml 2>/dev/null | while read -r r; do
      say "  failing: $(basename "$r" .xml | sed 's/^TEST-//') $(grep -cE '<(failure|error)' "$r")x: $(
        grep -oE '<(failure|error) [^>]*message="[^"]{0,160}' "$r" | head -1 | sed 's/.*message="//')"
    done
  fi
fi

say "total time: $(elapsed); logs in $LOG_DIR"
