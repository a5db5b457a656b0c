#!/usr/bin/env bash
# Hydra's benchmark: builds Hydra, generates a site with known dead links, starts simulated hosts on loopback,
# runs Hydra (the Maven goal without a pom, and the engine alone; on the latency-bound site also both with
# -XX:TieredStopAtLevel=1, and the bare JDK client replaying the engine's requests) and, when asked, the peers, and
# prints one table. Needs only a JDK 17 and Maven; the peers are installed when asked (--peers).
#
#   src/bench/run.sh [--pages 2000]           latency-bound site: 30% of links on 20 hosts at 50 ms
#   src/bench/run.sh --local [20000]          a site without external links: pages/s, links/s, CPU use
#   src/bench/run.sh --repeat [--pages N]     first vs second check with the result cache
#   src/bench/run.sh --recheck [20000]        the local site checked 3 times with one cache directory: cold, unchanged,
#                                             one page given a new dead link (the page cache)
#   src/bench/run.sh --maven-overhead         mvn verify on a 10-page project, goal skipped vs running
#   src/bench/run.sh --javadoc                a real Javadoc (jackson-databind's -javadoc.jar from Maven Central, 1,339
#                                             pages), external links skipped; with --peers also linkinator 7.6.1
#   src/bench/run.sh --markdown [5000]        a tree of Markdown files (-Dhydra.files=**/*.md), 15% of links on the
#                                             20 hosts; with --peers also markdown-link-check 3.15.0 and linkinator
#                                             7.6.1 --markdown
# Options: --peers (also linkinator 7.6.1 via npm, LinkChecker via apt-get, and hydra.py when HYDRA_PY names a
#          copy of it), --peer-limit 900 (seconds a peer may run before it is stopped; its row then says so and
#          has no verdicts: linkinator needs hours for 10,000 pages), --seed 7, --links 40,
#          --latency 50, --hang 0, --jfr (the Hydra rows record a JFR profile, target/bench/<row>.jfr, summarised by
#          JfrSummary into target/bench/<row>.jfr.txt; profiling slows them: compare such rows only with each other), --strict N (farm host N answers 429 above 4 requests at once; none by default,
#          as in the linkfarm's own defaults: such a host bounds a run by its own tolerance, not by the 8 connections). Logs, reports and farm counters of every run stay in target/bench/.
# Ports: hosts 127.0.1.1-20:28080, farm counters 127.0.0.1:28079, static copy of the site 127.0.0.1:28090
# (override with HOST_PORT, CONTROL_PORT, SITE_PORT). HYDRA_JAVA_OPTS (such as -Xmx400m) goes to Hydra's JVMs:
# the engine's java and, as MAVEN_OPTS, Maven's.
set -euo pipefail
cd "$(dirname "$0")/../.."

C1_ONLY=-XX:TieredStopAtLevel=1
MODE=latency PAGES=2000 LOCAL_PAGES=20000 MD_FILES=5000 PEERS=0 JFR=0 PEER_LIMIT=900 SEED=7 LINKS=40 LATENCY=50 HANG=0 STRICT= MAX_CONNECTIONS=8
HOST_PORT=${HOST_PORT:-28080} CONTROL_PORT=${CONTROL_PORT:-28079} SITE_PORT=${SITE_PORT:-28090}
while [ $# -gt 0 ]; do
  case "$1" in
    --pages) PAGES=$2; shift ;;
    --local) MODE=local; if [[ ${2:-} =~ ^[0-9]+$ ]]; then LOCAL_PAGES=$2; shift; fi ;;
    --javadoc) MODE=javadoc ;;
    --jfr) JFR=1 ;;
    --markdown) MODE=markdown; if [[ ${2:-} =~ ^[0-9]+$ ]]; then MD_FILES=$2; shift; fi ;;
    --repeat) MODE=repeat ;;
    --recheck) MODE=recheck; if [[ ${2:-} =~ ^[0-9]+$ ]]; then LOCAL_PAGES=$2; shift; fi ;;
    --maven-overhead) MODE=overhead ;;
    --peers) PEERS=1 ;;
    --peer-limit) PEER_LIMIT=$2; shift ;;
    --seed) SEED=$2; shift ;;
    --links) LINKS=$2; shift ;;
    --latency) LATENCY=$2; shift ;;
    --hang) HANG=$2; shift ;;
    --strict) STRICT=$2; shift ;;
    -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

B=target/bench
REPO=${MAVEN_LOCAL_REPO:-$HOME/.m2/repository}
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
JSOUP_VERSION=$(awk '/<artifactId>jsoup<\/artifactId>/ { getline; gsub(/.*<version>|<\/version>.*/, ""); print; exit }' pom.xml)
JSOUP=$REPO/org/jsoup/jsoup/$JSOUP_VERSION/jsoup-$JSOUP_VERSION.jar
JACKSON_VERSION=$(awk '/<artifactId>jackson-databind<\/artifactId>/ { getline; gsub(/.*<version>|<\/version>.*/, ""); print; exit }' pom.xml)
JACKSON=$REPO/com/fasterxml/jackson/core
# Hydra's runtime dependencies (jackson-annotations is versioned major.minor since 2.20)
LIBS=$JSOUP:$JACKSON/jackson-databind/$JACKSON_VERSION/jackson-databind-$JACKSON_VERSION.jar
LIBS=$LIBS:$JACKSON/jackson-core/$JACKSON_VERSION/jackson-core-$JACKSON_VERSION.jar
LIBS=$LIBS:$JACKSON/jackson-annotations/${JACKSON_VERSION%.*}/jackson-annotations-${JACKSON_VERSION%.*}.jar
# and the Markdown parser, for the files Hydra checks (commonmark and its GFM extensions, autolink's own library)
COMMONMARK_VERSION=$(sed -n 's:.*<commonmark.version>\(.*\)</commonmark.version>.*:\1:p' pom.xml | head -1)
for artifact in commonmark commonmark-ext-gfm-tables commonmark-ext-autolink; do
  LIBS=$LIBS:$REPO/org/commonmark/$artifact/$COMMONMARK_VERSION/$artifact-$COMMONMARK_VERSION.jar
done
AUTOLINK_VERSION=$(sed -n 's:.*<autolink.version>\(.*\)</autolink.version>.*:\1:p' \
  "$REPO/org/commonmark/commonmark-ext-autolink/$COMMONMARK_VERSION/commonmark-ext-autolink-$COMMONMARK_VERSION.pom" 2>/dev/null | head -1)
LIBS=$LIBS:$REPO/org/nibor/autolink/autolink/$AUTOLINK_VERSION/autolink-$AUTOLINK_VERSION.jar
ROWS=$B/rows.tsv
FARM_PID=

log() { echo "bench: $*" >&2; }

cleanup() {
  if [ -n "$FARM_PID" ]; then kill "$FARM_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT

build() {
  log "building Hydra (mvn package, tests skipped)"
  mvn -B -q -o package -DskipTests -Dinvoker.skip=true >/dev/null 2>&1 \
    || mvn -B -q package -DskipTests -Dinvoker.skip=true
  rm -rf "$B" && mkdir -p "$B/classes" "$B/out"
  javac -d "$B/classes" -cp "target/classes:$LIBS" src/bench/java/dev/hydra/bench/*.java
  # a private local repository with this build of the plugin, all else copied from the user's repository,
  # so that the benchmark never installs into ~/.m2
  local dir=$B/m2/dev/hydra/hydra-maven-plugin/$VERSION
  mkdir -p "$dir"
  cp "target/hydra-maven-plugin-$VERSION.jar" "$dir/" && cp pom.xml "$dir/hydra-maven-plugin-$VERSION.pom"
  cat > "$B/settings.xml" <<EOF
<settings><mirrors><mirror><id>user-repository</id><mirrorOf>*</mirrorOf><url>file://$REPO</url></mirror></mirrors></settings>
EOF
}

java_bench() { java -cp "$B/classes:target/classes:$LIBS" "$@"; }

generate() { # DIR PAGES EXTERNAL
  log "generating $2 pages in $1 (external fraction $3)"
  java_bench dev.hydra.bench.SiteGenerator "$1" --pages "$2" --links "$LINKS" --external "$3" --seed "$SEED" \
    --port "$HOST_PORT" --hang "$HANG" >&2
}

http_get() { # PORT PATH: a GET with bash alone (no curl on a bare machine)
  exec 3<>"/dev/tcp/127.0.0.1/$1"
  printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$2" >&3
  sed '1,/^\r$/d' <&3
  exec 3<&-
}

start_farm() { # SITE
  cleanup
  # java itself, not the java_bench function: $! must be the farm's own process for the kill at exit
  java -cp "$B/classes:target/classes:$LIBS" dev.hydra.bench.Farm --port "$HOST_PORT" --control "$CONTROL_PORT" --site "$1" --site-port "$SITE_PORT" \
    --latency "$LATENCY" --strict "$STRICT" >"$B/farm.log" 2>&1 &
  FARM_PID=$!
  for _ in $(seq 50); do
    if http_get "$CONTROL_PORT" /stats >/dev/null 2>&1; then return; fi
    sleep 0.2
  done
  log "the farm did not start:"; cat "$B/farm.log" >&2; exit 1
}

# measure NAME TRUTH REPORT COMMAND...: runs COMMAND under /usr/bin/time with fresh farm counters, adds a row
# (TRUTH and REPORT "-" for a run that reports no verdicts). With LIMIT set (seconds), COMMAND and its children are
# stopped at that time, and the row is named as stopped, without verdicts.
measure() {
  local name=$1 truth=$2 report=$3; shift 3
  local slug=${name//[^a-zA-Z0-9]/_} status=0
  http_get "$CONTROL_PORT" /reset >/dev/null
  [ "$report" = - ] || rm -f "$report"
  log "running $name"
  if [ -n "${LIMIT:-}" ]; then set -- timeout "$LIMIT" "$@"; fi # timeout signals the command's whole process group
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%e %M %U %S" -o "$B/$slug.time" "$@" >"$B/$slug.log" 2>&1 || status=$?
  else
    local start end
    start=$(date +%s.%N)
    "$@" >"$B/$slug.log" 2>&1 || status=$?
    end=$(date +%s.%N)
    echo "$(echo "$end - $start" | awk '{print $1 - $3}') - - -" >"$B/$slug.time"
  fi
  if [ "$status" = 124 ] && [ -n "${LIMIT:-}" ]; then
    log "$name stopped after its limit of $LIMIT s (--peer-limit)"
    # /usr/bin/time saw timeout's own memory and CPU, not those of the stopped checker
    echo "$(cut -d' ' -f1 "$B/$slug.time") - - -" >"$B/$slug.time"
    name="$name, stopped" report=-
  elif [ "$status" != 0 ]; then
    log "$name exited with $status (see $B/$slug.log)"
  fi
  sleep 0.3 # answers still on their way (a checker that gave up on a slow host) settle before counting
  http_get "$CONTROL_PORT" /stats >"$B/$slug.stats.json"
  http_get "$CONTROL_PORT" /trace >"$B/$slug.trace.tsv"
  local check=() # a run that times its own work writes the seconds into $B/$slug.check (ParseFloor)
  if [ -s "$B/$slug.check" ]; then check=(--check "$(cat "$B/$slug.check")"); fi
  if [ -s "$report" ]; then
    java_bench dev.hydra.bench.Measure row "$ROWS" "$name" "$B/$slug.time" "$B/$slug.stats.json" "$truth" "$report" \
      --latency "$LATENCY" --max-connections "$MAX_CONNECTIONS" "${check[@]}"
  else
    if [ "$report" != - ]; then log "$name wrote no report ($report)"; fi
    java_bench dev.hydra.bench.Measure row "$ROWS" "$name" "$B/$slug.time" "$B/$slug.stats.json" \
      --latency "$LATENCY" --max-connections "$MAX_CONNECTIONS" "${check[@]}"
  fi
  if [ -f "$B/$slug.jfr" ]; then
    java_bench dev.hydra.bench.JfrSummary "$B/$slug.jfr" >"$B/$slug.jfr.txt" 2>&1 || true
    log "$name: profile in $B/$slug.jfr, summary in $B/$slug.jfr.txt"
  fi
}

# jfr_opts NAME: the JVM option that records a profile of the row NAME (with --jfr), else nothing
jfr_opts() {
  if [ "$JFR" = 1 ]; then echo "-XX:StartFlightRecording=settings=profile,filename=$PWD/$B/${1//[^a-zA-Z0-9]/_}.jfr"; fi
}

# floor SITE: jsoup's own parse of every page of SITE on all cores, in a fresh JVM (one row) and in a warm one (another)
floor() {
  local fresh="jsoup parse, fresh JVM" warm="jsoup parse, warm JVM"
  local slug=${fresh//[^a-zA-Z0-9]/_}
  java_bench dev.hydra.bench.ParseFloor "$1" --rounds 1 >/dev/null 2>&1 || true # the page cache holds the site, as for Hydra
  measure "$fresh" - - java -cp "$B/classes:$LIBS" dev.hydra.bench.ParseFloor "$1" --rounds 6 --out "$B/floor.txt" \
    --fresh-out "$B/$slug.check"
  echo "- - - -" >"$B/floor-warm.time"
  java_bench dev.hydra.bench.Measure row "$ROWS" "$warm" "$B/floor-warm.time" "$B/$slug.stats.json" \
    --check "$(cut -d' ' -f2 "$B/floor.txt")"
}

# link_floor SITE: the plainest checker of SITE with jsoup (LinkFloor), in a fresh JVM: the parse with lines, every
# link and anchor kept, every unique link judged; the work every check does and no more, beside the parse alone
link_floor() {
  local name="jsoup checker, plain"
  local slug=${name//[^a-zA-Z0-9]/_}
  measure "$name" - - java -cp "$B/classes:$LIBS" dev.hydra.bench.LinkFloor "$1" --out "$B/link-floor.txt" \
    --check-out "$B/$slug.check"
  log "$name: $(cat "$B/link-floor.txt" 2>/dev/null) (seconds parsed_s judged_s pages links occurrences broken)"
}

# the simulated hosts all live on loopback, which Hydra skips as private addresses unless asked to check them
HOSTS_ARE_LOOPBACK=-Dhydra.checkPrivateAddresses=true

hydra_engine() { # NAME SITE OUT [EngineRun options]
  local name=$1 site=$2 out=$3; shift 3
  measure "$name" "${TRUTH:-$site.truth.json}" "$out/report.json" \
    java ${HYDRA_JAVA_OPTS:-} $(jfr_opts "$name") -cp "target/classes:$LIBS:$B/classes" dev.hydra.bench.EngineRun --directory "$site" --out "$out" "$@"
}

# the goal without a pom: run in a folder that has none, or Maven would build Hydra's own project around it (its
# model read, its POM's URLs checked as well)
hydra_plugin() { # NAME SITE OUT [-D options]
  local name=$1 site=$2 out=$3 here=$PWD; shift 3
  mkdir -p "$B/no-pom"
  measure "$name" "${TRUTH:-$site.truth.json}" "$out/report.json" \
    bash -c 'cd "$1" && shift && exec "$@"' _ "$B/no-pom" \
    env MAVEN_OPTS="${HYDRA_JAVA_OPTS:-${MAVEN_OPTS:-}} $(jfr_opts "$name")" mvn -B -nsu -s "$here/$B/settings.xml" -Dmaven.repo.local="$here/$B/m2" "dev.hydra:hydra-maven-plugin:$VERSION:check" \
    -Dhydra.directory="$(absolute "$site")" -Dhydra.outputDirectory="$(absolute "$out")" -Dhydra.failOnError=false "$HOSTS_ARE_LOOPBACK" "$@"
}

absolute() { case "$1" in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }

warm_plugin() { # the first run copies Maven's own plugins and Hydra's dependencies into the private repository
  generate "$B/warm" 3 0
  mvn -B -q -nsu -s "$B/settings.xml" -Dmaven.repo.local="$B/m2" "dev.hydra:hydra-maven-plugin:$VERSION:check" \
    -Dhydra.directory="$B/warm" -Dhydra.outputDirectory="$B/out/warm" -Dhydra.failOnError=false -Dhydra.cache=false \
    >"$B/warm.log" 2>&1 || { log "the plugin does not run without a pom:"; tail -30 "$B/warm.log" >&2; exit 1; }
}

warm_farm() { # the simulated hosts run in a JVM too: its JIT warms up on a small crawl, not in the first measured row
  log "warming up the simulated hosts (a 300-page crawl, not measured)"
  java_bench dev.hydra.bench.SiteGenerator "$B/warm-farm" --pages 300 --links "$LINKS" --external 0.3 --seed "$SEED" \
    --port "$HOST_PORT" --hang 0 >/dev/null
  java ${HYDRA_JAVA_OPTS:-} -cp "target/classes:$LIBS:$B/classes" dev.hydra.bench.EngineRun --directory "$B/warm-farm" \
    --out "$B/out/warm-farm" >"$B/warm-farm.log" 2>&1 || { log "the warm-up crawl failed:"; tail -20 "$B/warm-farm.log" >&2; }
}

peers() { # SITE PAGES
  local site=$1 url="http://127.0.0.1:$SITE_PORT/" LIMIT=$PEER_LIMIT
  if [ -n "${HYDRA_PY:-}" ] && [ -f "$HYDRA_PY" ]; then
    # the Python original is not a package of any registry reached here: HYDRA_PY names a local copy of its hydra.py
    measure "hydra.py (Python, 50 threads)" "$site.truth.json" "$B/out/hydra-py.dead.txt" \
      bash -c "python3 '$HYDRA_PY' '$url' >'$B/out/hydra-py.yaml'; \
               sed -n 's/^  url: *//p' '$B/out/hydra-py.yaml' | sort -u >'$B/out/hydra-py.dead.txt'"
  else
    log "the Python original hydra.py is no package of any registry reached here: set HYDRA_PY to a copy of its hydra.py to run it"
  fi
  local linkinator=$B/../bench-peers/node_modules/.bin/linkinator
  if [ ! -x "$linkinator" ]; then
    log "installing linkinator 7.6.1 with npm into target/bench-peers"
    npm install --silent --no-audit --no-fund --prefix "$B/../bench-peers" linkinator@7.6.1 >&2 || true
  fi
  if [ -x "$linkinator" ]; then
    measure "linkinator 7.6.1" "$site.truth.json" "$B/out/linkinator.dead.txt" \
      bash -c "'$linkinator' '$url' --recurse --concurrency 100 --retry --retry-errors --check-fragments --timeout 10000 --format json >'$B/out/linkinator.json'; \
               node -e 'const r=JSON.parse(require(\"fs\").readFileSync(process.argv[1])); \
                 for (const l of r.links) if (l.state===\"BROKEN\") console.log(l.url)' '$B/out/linkinator.json' \
                 | sort -u >'$B/out/linkinator.dead.txt'"
  else
    log "linkinator is not available (needs Node 20 and npm): skipped"
  fi
  if [ "$2" -gt 500 ] && [ -z "${LINKCHECKER_ALL:-}" ]; then
    log "LinkChecker skipped above 500 pages (about 1 s a page; LINKCHECKER_ALL=1 runs it anyway)"
    return
  fi
  if ! command -v linkchecker >/dev/null; then
    log "installing LinkChecker with apt-get"
    local sudo=; [ "$(id -u)" = 0 ] || sudo=sudo
    { $sudo apt-get install -y -q linkchecker || { $sudo apt-get update -q && $sudo apt-get install -y -q linkchecker; }; } >&2 || true
  fi
  if command -v linkchecker >/dev/null; then
    measure "LinkChecker" "$site.truth.json" "$B/out/linkchecker.dead.txt" \
      bash -c "linkchecker --check-extern --no-status --no-warnings -t 10 --timeout 10 -o csv '$url' >'$B/out/linkchecker.csv'; \
               awk -F';' '\$7==\"False\" {print \$8}' '$B/out/linkchecker.csv' | sort -u >'$B/out/linkchecker.dead.txt'"
  else
    log "LinkChecker is not available (apt-get install linkchecker): skipped"
  fi
}

# The Javadoc mode: a large library's -javadoc.jar from Maven Central, fetched once with the dependency plugin into
# a private repository beside the peers (target/bench-peers/m2: never ~/.m2), unpacked anew into target/bench/javadoc
JAVADOC=${JAVADOC:-com.fasterxml.jackson.core:jackson-databind:2.21.3}
fetch_javadoc() {
  local repo=$B/../bench-peers/m2 dir=$B/../bench-peers/javadoc
  local jar; jar=$dir/$(echo "$JAVADOC" | cut -d: -f2)-$(echo "$JAVADOC" | cut -d: -f3)-javadoc.jar
  if [ ! -f "$jar" ]; then
    log "fetching $JAVADOC's Javadoc with the dependency plugin into $repo"
    mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy -Dartifact="$JAVADOC:jar:javadoc" \
      -DoutputDirectory="$dir" -Dmaven.repo.local="$repo" >&2
  fi
  jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
  rm -rf "$B/javadoc" && mkdir -p "$B/javadoc"
  (cd "$B/javadoc" && jar xf "$jar")
  rm -rf "$B/javadoc/META-INF"
  (cd "$B/javadoc" && pwd)
}

javadoc_peer() { # DIR: linkinator on the farm's static copy of the same folder, its external links skipped as Hydra's are
  local url="http://127.0.0.1:$SITE_PORT/" LIMIT=$PEER_LIMIT linkinator=$B/../bench-peers/node_modules/.bin/linkinator
  if [ ! -x "$linkinator" ]; then
    log "installing linkinator 7.6.1 with npm into target/bench-peers"
    npm install --silent --no-audit --no-fund --prefix "$B/../bench-peers" linkinator@7.6.1 >&2 || true
  fi
  [ -x "$linkinator" ] || { log "linkinator is not available (needs Node 20 and npm): skipped"; return; }
  measure "linkinator 7.6.1" - - \
    bash -c "'$linkinator' '$url' --recurse --concurrency 100 --retry --retry-errors --check-fragments --timeout 10000 \
               --skip '^(?!http://127\\.0\\.0\\.1:$SITE_PORT/)' --format json >'$B/out/linkinator.json'"
  node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1])); const b=r.links.filter(l=>l.state==="BROKEN");
    console.error("bench: linkinator: " + r.links.length + " links, " + b.length + " broken")' "$B/out/linkinator.json" || true
}

# The Markdown mode: a tree of .md files checked where it lies, as a repository's docs are
md_peers() { # TREE
  local tree=$1 LIMIT=$PEER_LIMIT bin=$B/../bench-peers/node_modules/.bin
  if [ ! -x "$bin/markdown-link-check" ] || [ ! -x "$bin/linkinator" ]; then
    log "installing markdown-link-check 3.15.0 and linkinator 7.6.1 with npm into target/bench-peers"
    npm install --silent --no-audit --no-fund --prefix "$B/../bench-peers" markdown-link-check@3.15.0 linkinator@7.6.1 >&2 || true
  fi
  bin=$(cd "$bin" 2>/dev/null && pwd) || { log "markdown-link-check and linkinator are not available (needs npm): skipped"; return; }
  local out; out=$(cd "$B/out" && pwd)
  if [ -x "$bin/markdown-link-check" ]; then
    # its README's way for a folder: one run over the tree (it reads the files one after the other, 2 links at a
    # time); '/' is the tree's top, through the replacement its README gives for that; a 429 is retried
    cat >"$out/mlc.json" <<'JSON'
{"replacementPatterns": [{"pattern": "^/", "replacement": "{{BASEURL}}/"}], "timeout": "10s", "retryOn429": true}
JSON
    # the quiet output names each file with dead links, then lists them as written: resolved here against the file
    measure "markdown-link-check 3.15.0" "$tree.truth.json" "$out/mlc.dead.txt" \
      bash -c 'cd "$1" && "$2/markdown-link-check" -q -c "$3/mlc.json" . >"$3/mlc.log" 2>&1; \
        node "$4" mlc "$3/mlc.log" >"$3/mlc.dead.txt"' _ "$tree" "$bin" "$out" "$PWD/src/bench/md-peers.js"
  fi
  if [ -x "$bin/linkinator" ]; then
    # its README's way for Markdown: a glob of the files, served from the folder it runs in (no --server-root:
    # 7.6.1 drops the first folder of every path when it is '.'); folders answer with a listing, as on GitHub
    measure "linkinator 7.6.1 --markdown" "$tree.truth.json" "$out/linkinator-md.dead.txt" \
      bash -c 'cd "$1" && "$2/linkinator" "**/*.md" --markdown --recurse --directory-listing --check-fragments \
          --concurrency 100 --retry --retry-errors --timeout 10000 --format json >"$3/linkinator-md.json"; \
        node "$4" linkinator "$3/linkinator-md.json" >"$3/linkinator-md.dead.txt"' _ "$tree" "$bin" "$out" "$PWD/src/bench/md-peers.js"
  fi
}

build
: >"$ROWS"
case "$MODE" in
  latency)
    generate "$B/site" "$PAGES" 0.3
    start_farm "$B/site"
    warm_plugin
    warm_farm
    hydra_engine "hydra engine" "$B/site" "$B/out/engine"
    # the floor under the engine's network side: its own requests, replayed by the bare JDK client
    measure "JDK client replaying them" - - \
      java ${HYDRA_JAVA_OPTS:-} -cp "$B/classes" dev.hydra.bench.ClientReplay "$B/hydra_engine.trace.tsv" \
      --max-connections "$MAX_CONNECTIONS" --port "$HOST_PORT"
    # the same requests through Hydra's own HTTP layers (JdkFetcher behind ThrottledFetcher), with no crawl around them
    measure "Hydra's fetcher replaying them" - - \
      java ${HYDRA_JAVA_OPTS:-} -cp "target/classes:$LIBS:$B/classes" dev.hydra.bench.FetcherReplay "$B/hydra_engine.trace.tsv" \
      --max-connections "$MAX_CONNECTIONS" --port "$HOST_PORT"
    hydra_plugin "hydra:check (mvn, no pom)" "$B/site" "$B/out/plugin" -Dhydra.cache=false
    # the JVM option the README offers for check-only builds: no C2 compiler, whose warm-up is much of a short run's CPU
    HYDRA_JAVA_OPTS="${HYDRA_JAVA_OPTS:-} $C1_ONLY" hydra_engine "hydra engine, C1 only" "$B/site" "$B/out/engine-c1"
    HYDRA_JAVA_OPTS="${HYDRA_JAVA_OPTS:-} $C1_ONLY" hydra_plugin "hydra:check, C1 only" "$B/site" "$B/out/plugin-c1" -Dhydra.cache=false
    if [ "$PEERS" = 1 ]; then peers "$B/site" "$PAGES"; fi
    echo; echo "latency-bound site: $PAGES pages, $LINKS links a page, 30% external on 20 hosts at $LATENCY ms (seed $SEED)"
    java_bench dev.hydra.bench.Measure table "$ROWS" --latency "$LATENCY" --max-connections "$MAX_CONNECTIONS"
    ;;
  local)
    generate "$B/site" "$LOCAL_PAGES" 0
    start_farm "$B/site"
    warm_plugin
    floor "$B/site"
    link_floor "$B/site"
    hydra_engine "hydra engine" "$B/site" "$B/out/engine"
    hydra_plugin "hydra:check (mvn, no pom)" "$B/site" "$B/out/plugin" -Dhydra.cache=false
    if [ "$PEERS" = 1 ]; then peers "$B/site" "$LOCAL_PAGES"; fi
    echo; echo "local site: $LOCAL_PAGES pages, $LINKS links a page, no external links (seed $SEED)"
    java_bench dev.hydra.bench.Measure table "$ROWS" --local
    ;;
  javadoc)
    JD=$(fetch_javadoc)
    start_farm "$JD"
    warm_plugin
    floor "$JD"
    link_floor "$JD"
    TRUTH=- hydra_engine "hydra engine" "$JD" "$B/out/engine" --skip-external
    TRUTH=- hydra_plugin "hydra:check (mvn, no pom)" "$JD" "$B/out/plugin" -Dhydra.cache=false -Dhydra.skipExternal=true
    if [ "$PEERS" = 1 ]; then javadoc_peer "$JD"; fi
    echo; echo "Javadoc: $JAVADOC ($(find "$JD" -name '*.html' | wc -l) pages), external links skipped"
    java_bench dev.hydra.bench.Measure table "$ROWS" --local
    ;;
  markdown)
    log "generating a tree of $MD_FILES Markdown files in $B/md"
    java_bench dev.hydra.bench.MarkdownGenerator "$B/md" --files "$MD_FILES" --seed "$SEED" --port "$HOST_PORT" >&2
    start_farm "$B/md"
    warm_plugin
    warm_farm
    TREE=$(cd "$B/md" && pwd) OUT=$(cd "$B/out" && pwd)
    hydra_measure_files() { # NAME OUT COMMAND...: a Hydra run whose report is OUT/report.json
      local name=$1 dir=$2; shift 2
      measure "$name" "$TREE.truth.json" "$dir/report.json" "$@"
    }
    hydra_measure_files "hydra engine --files" "$OUT/md-engine" \
      java ${HYDRA_JAVA_OPTS:-} -cp "target/classes:$LIBS:$B/classes" dev.hydra.bench.EngineRun --files "$TREE" --out "$OUT/md-engine"
    # the goal without a pom, run in the tree's folder: its top is the root of links
    hydra_measure_files "hydra:check -Dhydra.files (mvn, no pom)" "$OUT/md-plugin" \
      bash -c 'cd "$1" && shift && exec "$@"' _ "$TREE" \
      env MAVEN_OPTS="${HYDRA_JAVA_OPTS:-${MAVEN_OPTS:-}}" mvn -B -nsu -s "$PWD/$B/settings.xml" -Dmaven.repo.local="$PWD/$B/m2" \
      "dev.hydra:hydra-maven-plugin:$VERSION:check" "-Dhydra.files=**/*.md" -Dhydra.outputDirectory="$OUT/md-plugin" \
      -Dhydra.failOnError=false -Dhydra.cache=false "$HOSTS_ARE_LOOPBACK"
    if [ "$PEERS" = 1 ]; then md_peers "$TREE"; fi
    echo; echo "Markdown tree: $MD_FILES files, 16 links a file, 15% external on 20 hosts at $LATENCY ms (seed $SEED)"
    java_bench dev.hydra.bench.Measure table "$ROWS" --latency "$LATENCY" --max-connections "$MAX_CONNECTIONS"
    ;;
  repeat)
    generate "$B/site" "$PAGES" 0.3
    start_farm "$B/site"
    warm_plugin
    warm_farm
    rm -rf "$B/cache-engine" "$B/cache-plugin"
    hydra_engine "hydra engine, 1st" "$B/site" "$B/out/engine1" --cache "$B/cache-engine"
    hydra_engine "hydra engine, 2nd (cache)" "$B/site" "$B/out/engine2" --cache "$B/cache-engine"
    hydra_engine "hydra engine, no external" "$B/site" "$B/out/engine0" --skip-external
    hydra_plugin "hydra:check, 1st" "$B/site" "$B/out/plugin1" -Dhydra.cacheDirectory="$PWD/$B/cache-plugin"
    hydra_plugin "hydra:check, 2nd (cache)" "$B/site" "$B/out/plugin2" -Dhydra.cacheDirectory="$PWD/$B/cache-plugin"
    echo; echo "repeat check with the result cache: $PAGES pages, 30% external on 20 hosts at $LATENCY ms (seed $SEED)"
    java_bench dev.hydra.bench.Measure table "$ROWS" --latency "$LATENCY" --max-connections "$MAX_CONNECTIONS"
    echo "(the 2nd runs still fetch the broken external links: broken results are never cached;"
    echo " 'no external' is the floor: the internal checks alone)"
    ;;
  recheck)
    # the engine alone, three times with one cache directory; no farm: the site has no external links, and the
    # checks' own durationMillis are what is compared
    generate "$B/site" "$LOCAL_PAGES" 0
    CACHE=$B/cache-recheck CHANGED=$B/site/p/00/00001.html
    rm -rf "$CACHE"
    recheck_run() { # NAME OUT
      log "running $1 (load: $(uptime | sed 's/.*load average: //'))"
      /usr/bin/time -f "%e %M %U %S" -o "$2.time" \
        java ${HYDRA_JAVA_OPTS:-} $(jfr_opts "$1") -cp "target/classes:$LIBS:$B/classes" dev.hydra.bench.EngineRun \
        --directory "$B/site" --out "$2" --cache "$CACHE" >"$2.log" 2>&1 || { log "$1 failed:"; tail -20 "$2.log" >&2; exit 1; }
      if [ "$JFR" = 1 ]; then java_bench dev.hydra.bench.JfrSummary "$B/${1//[^a-zA-Z0-9]/_}.jfr" >"$2.jfr.txt" 2>&1 || true; fi
    }
    recheck_run "hydra engine, cold" "$B/out/recheck1"
    recheck_run "hydra engine, unchanged" "$B/out/recheck2"
    # one page gets a new dead link, on the line of its last link: no other link's line moves
    sed -i 's|</body>|<a href="recheck-new-dead.html">new</a></body>|' "$CHANGED"
    recheck_run "hydra engine, one page changed" "$B/out/recheck3"
    log "load after the checks: $(uptime)"
    echo; echo "local site: $LOCAL_PAGES pages, $LINKS links a page, checked 3 times with one cache directory (seed $SEED)"
    java_bench dev.hydra.bench.Recheck "$B/out/recheck1/report.json" "$B/out/recheck2/report.json" \
      "$B/out/recheck3/report.json" /p/00/recheck-new-dead.html
    # CPU time of each whole JVM (start, check, report): on a machine others load, a steadier measure than the clock
    for run in 1 2 3; do read -r wall rss user sys <"$B/out/recheck$run.time"; echo "$run $wall $rss $user $sys"; done |
      awk '{ cpu = $4 + $5; if (NR == 1) first = cpu
             printf "run %d: wall %.1f s, CPU %.1f s (%.3f of the cold run'"'"'s), peak RSS %d MB\n", $1, $2, cpu, cpu / first, $3 / 1024 }'
    ;;
  overhead)
    P=$B/overhead
    generate "$P/site" 10 0
    start_farm "$P/site"
    warm_plugin
    cat >"$P/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>overhead</artifactId><version>1</version><packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>dev.hydra</groupId><artifactId>hydra-maven-plugin</artifactId><version>$VERSION</version>
    <configuration><directory>\${project.basedir}/site</directory><failOnError>false</failOnError><useCache>false</useCache></configuration>
    <executions><execution><goals><goal>check</goal></goals></execution></executions>
  </plugin></plugins></build>
</project>
EOF
    MVN=(mvn -B -q -nsu -s "$B/settings.xml" -Dmaven.repo.local="$B/m2" -f "$P/pom.xml" verify)
    "${MVN[@]}" >/dev/null 2>&1 || true # warm-up
    for i in 1 2 3; do
      rm -rf "$P/target"
      measure "mvn verify, hydra.skip #$i" "$P/site.truth.json" "$P/target/hydra/report.json" "${MVN[@]}" -Dhydra.skip=true
      rm -rf "$P/target"
      measure "mvn verify, check runs #$i" "$P/site.truth.json" "$P/target/hydra/report.json" "${MVN[@]}"
    done
    echo; echo "Maven overhead: mvn verify on a 10-page project (pom packaging, no external links)"
    java_bench dev.hydra.bench.Measure table "$ROWS" --local
    ;;
esac
