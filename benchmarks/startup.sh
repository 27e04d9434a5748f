#!/usr/bin/env bash
# Start-up time of the installed `session` command against plain `java -version` on the same
# machine, side by side in one run (issue #15's target: `session validate` on a small session
# within 3x `java -version`). Runs the distribution's bin/session, not the repository launcher.
#
#   benchmarks/startup.sh                     # builds the distribution if missing, 30 runs each
#   RUNS=10 OUT_MD=/tmp/s.md benchmarks/startup.sh
#   BASELINE_JAR=/path/to/older-session-cli-all.jar benchmarks/startup.sh   # adds that jar as a row
#
# Uses hyperfine (Debian: apt-get install hyperfine) when installed, else a loop of its own; both
# report mean wall time, and hyperfine the user and system CPU too. The class-data sharing
# archive is made first (by a first run) in a throwaway cache folder, as a user's first command does.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
RUNS="${RUNS:-30}"
OUT_MD="${OUT_MD:-$here/results/startup.md}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

version=$(cd "$repo" && sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -n 1)
archive="$repo/session-cli/target/session-cli-$version.tar.gz"
if [ ! -f "$archive" ]; then
  echo "building $archive"
  (cd "$repo" && ./mvnw -B -q -pl session-cli -am package -DskipTests)
fi
tar -xzf "$archive" -C "$work"
session="$work/session-cli-$version/bin/session"
small="$repo/examples/minimal/minimal.session"
export XDG_CACHE_HOME="$work/cache"

# The first run starts the background training run that makes the archive; wait for it.
"$session" validate "$small" >/dev/null
for _ in $(seq 120); do
  ls "$XDG_CACHE_HOME"/appsim-session/*.jsa >/dev/null 2>&1 && break
  sleep 1
done
ls "$XDG_CACHE_HOME"/appsim-session/*.jsa >/dev/null 2>&1 || { echo "startup: no CDS archive was made" >&2; exit 1; }

names=("java -version" "session validate (CDS archive)" "session validate, SESSION_CDS=off"
  "java -jar session-cli.jar validate")
commands=("java -version" "$session validate $small" "env SESSION_CDS=off $session validate $small"
  "java -jar $work/session-cli-$version/lib/session-cli.jar validate $small")
if [ -n "${BASELINE_JAR-}" ]; then
  names+=("java -jar $(basename "$BASELINE_JAR") validate (baseline)")
  commands+=("java -jar $BASELINE_JAR validate $small")
fi

means=()
if command -v hyperfine >/dev/null 2>&1; then
  hyperfine -N -w 3 -r "$RUNS" --export-json "$work/h.json" "${commands[@]}" >&2
  mapfile -t rows < <(python3 - "$work/h.json" <<'EOF'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print("%.1f %.1f %.1f %.1f" % (r["mean"] * 1000, r["stddev"] * 1000, r["user"] * 1000, r["system"] * 1000))
EOF
  )
  tool="hyperfine $(hyperfine --version | cut -d' ' -f2), $RUNS runs after 3 warm-up runs"
else
  rows=()
  for c in "${commands[@]}"; do
    start=$(date +%s%N)
    for _ in $(seq "$RUNS"); do $c >/dev/null 2>&1; done
    rows+=("$(awk -v ns=$(( $(date +%s%N) - start )) -v n="$RUNS" 'BEGIN { printf "%.1f - - -", ns / n / 1e6 }')")
  done
  tool="a shell loop, $RUNS runs (install hyperfine for CPU times and deviations)"
fi

base=$(echo "${rows[0]}" | cut -d' ' -f1)
{
  echo "# Start-up time"
  echo
  echo "\`benchmarks/startup.sh\` on $(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)," \
    "$(java -version 2>&1 | head -n 1), $tool. The small session is \`examples/minimal/minimal.session\`."
  echo
  echo "| command | mean wall time | ± | user CPU | system CPU | vs \`java -version\` |"
  echo "|---|---:|---:|---:|---:|---:|"
  for i in "${!names[@]}"; do
    read -r mean dev user sys <<<"${rows[$i]}"
    ratio=$(awk -v a="$mean" -v b="$base" 'BEGIN { printf "%.1fx", a / b }')
    echo "| ${names[$i]} | $mean ms | $dev | $user ms | $sys ms | $ratio |"
  done
} > "$OUT_MD"
cat "$OUT_MD"
