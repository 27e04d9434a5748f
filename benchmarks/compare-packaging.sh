#!/usr/bin/env bash
# Packaging comparison of DESIGN.md section 8, side by side in one run on the same tree:
# Info-ZIP `zip -r -6`, Python zipfile level 6, `cp -r`, 7-Zip's multi-threaded zip
# (`7zz a -tzip -mx5 -mmt2`, when installed), our RoomPackager with 1 and 2 threads, a re-package
# after a one-line session edit (over the previous room, which is its base), and unpacking the room
# with `unzip -q` and with our Room.unpack. Reports wall time and peak RSS (GNU time -v) and writes
# benchmarks/results/packaging.md.
#
#   benchmarks/compare-packaging.sh            # 180 MiB media + 120 MiB text, 3 rounds
#   RUNS=1 MEDIA_MIB=18 TEXT_MIB=12 benchmarks/compare-packaging.sh   # a quick smoke run
#   CACHE=warm benchmarks/compare-packaging.sh  # page cache warm instead of dropped
#
# Every timed command is `<tool> && sync`, so each pays for getting its output to disk (our
# packager fsyncs its archive itself; the others would otherwise finish with dirty pages).
# The tree is generated once, deterministically (seeded), into benchmarks/data/ (git-ignored).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
RUNS="${RUNS:-3}"
MEDIA_MIB="${MEDIA_MIB:-180}"
TEXT_MIB="${TEXT_MIB:-120}"
SEED="${SEED:-20261125}"
OUT_MD="${OUT_MD:-$here/results/packaging.md}"
data="$here/data"
tree="$data/tree-${MEDIA_MIB}-${TEXT_MIB}-${SEED}"
out="$data/out"
jar="$here/target/benchmarks.jar"
# The JVM options of the installed `session` launcher (bin/session), so RSS is what users get.
JVM_OPTS="${JVM_OPTS:--Xmx256m -Xms16m}"

die() { echo "compare-packaging: $*" >&2; exit 1; }
for tool in zip python3 java awk; do command -v "$tool" >/dev/null || die "$tool is not installed"; done
if [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && apt-get install -y -qq time >/dev/null
  fi
  [ -x /usr/bin/time ] || die "GNU time (/usr/bin/time) is not installed: apt-get install time"
fi

if [ ! -f "$jar" ]; then
  echo "building $jar"
  (cd "$repo" && ./mvnw -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests)
fi

if [ ! -f "$tree/.complete" ]; then
  echo "generating $tree (${MEDIA_MIB} MiB media, ${TEXT_MIB} MiB text, seed $SEED)"
  rm -rf "$tree"
  java -cp "$jar" dev.appsim.session.benchmarks.AssetTree "$tree" "$MEDIA_MIB" "$TEXT_MIB" "$SEED" >/dev/null
  touch "$tree/.complete"
fi
session="$tree/living-room.session"
tree_bytes=$(find "$tree" -type f ! -name .complete -printf '%s\n' | awk '{s+=$1} END {print s}')
tree_files=$(find "$tree" -type f ! -name .complete | wc -l)

can_drop=no
if [ "${CACHE:-}" != warm ] && [ "$(id -u)" = 0 ] && (sync; echo 3 > /proc/sys/vm/drop_caches) 2>/dev/null; then
  can_drop=yes
fi
if [ "$can_drop" = yes ]; then
  cache_note="cold: \`sync; echo 3 > /proc/sys/vm/drop_caches\` before every timed command (the jar and the tree are read from disk each time)"
else
  cache_note="warm: the tree was read once, untimed, before the runs (page cache could not be dropped, or CACHE=warm)"
  find "$tree" -type f -exec cat {} + >/dev/null
  java -cp "$jar" dev.appsim.session.benchmarks.PackageMain "$session" "$out/warmup.room" --threads 1 >/dev/null 2>&1 || true
fi

pyzip='import os, sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
    for folder, dirs, files in os.walk(src):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(folder, name)
            z.write(path, os.path.relpath(path, os.path.dirname(src)))'

# Like the installed launcher, which keeps a CDS archive of the library's classes once its first
# command has trained it: one untimed training run (package, re-package, unpack) archives the
# classes the timed JVMs load. CDS=off times them without it (each JVM then parses, verifies and
# links the library's classes again: about 0.4 s of CPU per command on 2026-12-02).
cds=""
if [ "${CDS:-on}" != off ]; then
  jsa="$data/classes-$(cksum < "$jar" | cut -d' ' -f1).jsa"
  if [ ! -f "$jsa" ]; then
    rm -rf "$out/training"
    java $JVM_OPTS -XX:ArchiveClassesAtExit="$jsa" -cp "$jar" dev.appsim.session.benchmarks.TrainingRun \
      "$session" "$out/training" >/dev/null 2>&1 || { rm -f "$jsa"; echo "CDS training failed: timing without an archive"; }
    rm -rf "$out/training"
  fi
  [ -f "$jsa" ] && cds="-XX:SharedArchiveFile=$jsa"
fi
JVM_OPTS="$JVM_OPTS${cds:+ $cds}"
main="java $JVM_OPTS -cp '$jar' dev.appsim.session.benchmarks"
names=("zip -r -6" "Python zipfile, level 6" "cp -r")
cmds=(
  "cd '$data' && zip -q -r -6 '$out/tree.zip' '$(basename "$tree")'"
  "python3 -c '$pyzip' '$tree' '$out/tree-py.zip'"
  "cp -r '$tree' '$out/copy'"
)
outputs=("$out/tree.zip" "$out/tree-py.zip" "$out/copy")
setups=("" "" "")
if command -v 7zz >/dev/null; then
  names+=("7-Zip zip, -mx5 -mmt2")
  cmds+=("cd '$data' && 7zz a -bd -bso0 -tzip -mx5 -mmt2 '$out/tree-7z.zip' '$(basename "$tree")'")
  outputs+=("$out/tree-7z.zip")
  setups+=("")
fi
# The smallest heap row: 32 MiB, above the write path's documented bound of about 13 MiB at 2
# threads (README "Memory"; before that bound was cut from about 40 MiB, one -Xmx32m round of
# three ran out of heap on 2026-12-02 and this row ran at -Xmx64m).
# The level rows show the speed-for-size trade of `session package --level` (default 5; level 6
# is zip's). The copy of the previous room is the floor of any re-package: a new room of the same
# size, written and synced, with nothing read from the tree.
names+=("RoomPackager, 1 thread" "RoomPackager, 2 threads" "RoomPackager, 2 threads, -Xmx32m"
  "RoomPackager, 2 threads, --level 6" "RoomPackager, 2 threads, --level 4" "RoomPackager, 2 threads, --level 1"
  "re-package after a session edit, 2 threads" "cp of the previous room (re-package floor)" "unzip -q (of the 2-thread room)" "Room.unpack, 2 threads")
cmds+=(
  "$main.PackageMain '$session' '$out/tree-1.room' --threads 1"
  "$main.PackageMain '$session' '$out/tree-2.room' --threads 2"
  "java -Xmx32m $cds -cp '$jar' dev.appsim.session.benchmarks.PackageMain '$session' '$out/tree-2-small.room' --threads 2"
  "$main.PackageMain '$session' '$out/tree-2-level6.room' --threads 2 --level 6"
  "$main.PackageMain '$session' '$out/tree-2-level4.room' --threads 2 --level 4"
  "$main.PackageMain '$session' '$out/tree-2-level1.room' --threads 2 --level 1"
  "$main.PackageMain '$session' '$out/repack.room' --threads 2 --edit 'Living room, light moved'"
  "cp '$out/tree-2.room' '$out/copied.room'"
  "unzip -q '$out/tree-2.room' -d '$out/unzipped'"
  "$main.UnpackMain '$out/tree-2.room' '$out/unpacked'"
)
outputs+=("$out/tree-1.room" "$out/tree-2.room" "$out/tree-2-small.room" "$out/tree-2-level6.room"
  "$out/tree-2-level4.room" "$out/tree-2-level1.room" "$out/repack.room" "$out/copied.room" "$out/unzipped"
  "$out/unpacked")
# Untimed, before the command: the re-package starts from the previous full room.
setups+=("" "" "" "" "" "" "cp '$out/tree-2.room' '$out/repack.room'" "" "" "")
index_of() { local k; for k in "${!names[@]}"; do [ "${names[$k]}" = "$1" ] && echo "$k" && return; done; die "no row $1"; }
full_index=$(index_of "RoomPackager, 2 threads")
unzip_index=$(index_of "unzip -q (of the 2-thread room)")

mkdir -p "$out" "$(dirname "$OUT_MD")"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
results="$out/times.tsv"
: > "$results"
: > "$out/runs.txt"
for run in $(seq 1 "$RUNS"); do
  for i in "${!cmds[@]}"; do
    rm -rf "${outputs[$i]}" "$out/warmup.room"
    if [ -n "${setups[$i]}" ]; then bash -c "${setups[$i]}"; fi
    sync
    if [ "$can_drop" = yes ]; then echo 3 > /proc/sys/vm/drop_caches; fi
    log="$out/time-$i-$run.txt"
    /usr/bin/time -v -o "$log" bash -c "${cmds[$i]} >/dev/null && sync"
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(k=1;k<=n;k++) s=s*60+p[k]; print s}' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
    cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$log")
    size=$(du -sb "${outputs[$i]}" | cut -f1)
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$i" "$run" "$wall" "$rss" "$size" "$cpu" >> "$results"
    printf 'run %s  %-34s %7.2f s  %7.2f s CPU  %7.1f MiB RSS  load %s\n' "$run" "${names[$i]}" "$wall" "$cpu" \
      "$(awk -v r="$rss" 'BEGIN {print r/1024}')" "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$out/runs.txt"
  done
done
python3 -c "import zipfile, sys; [zipfile.ZipFile(p).testzip() for p in sys.argv[1:]]" "$out/tree-1.room" "$out/tree-2.room" \
  "$out/tree-2-level6.room" "$out/tree-2-level4.room" "$out/tree-2-level1.room"
cmp -s "$out/tree-1.room" "$out/tree-2.room" && cmp -s "$out/tree-1.room" "$out/tree-2-small.room" \
  && same="byte-identical" || same="DIFFERENT"
# The re-packaged room against a full package of the same edit, without a base.
java $JVM_OPTS -cp "$jar" dev.appsim.session.benchmarks.PackageMain "$session" "$out/repack-full.room" --threads 2 \
  --edit 'Living room, light moved' >/dev/null
cmp -s "$out/repack.room" "$out/repack-full.room" && repack_same="byte-identical" || repack_same="DIFFERENT"
diff -r -q "$out/unzipped" "$out/unpacked" >/dev/null 2>&1 && unpack_same="the same files" || unpack_same="DIFFERENT files"
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

{
  echo "# Packaging comparison"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- machine: $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM, $(uname -sr)"
  echo "- java: $(java -version 2>&1 | head -1); $(zip -v | sed -n 2p | sed 's/^ *//'); $(python3 --version)"
  echo "- tree: $tree_files files, $(awk -v b="$tree_bytes" 'BEGIN {printf "%.1f MiB", b/1048576}') (${MEDIA_MIB} MiB random media as .png/.glb, ${TEXT_MIB} MiB numeric OBJ text, small .gltf/.mtl/session; seed $SEED), generated by \`AssetTree\`"
  echo "- page cache: $cache_note"
  echo "- each command timed as \`/usr/bin/time -v bash -c '<command> && sync'\`; $RUNS round(s), tools interleaved; wall time is the median (min-max), peak RSS the largest"
  echo "- command: \`RUNS=$RUNS MEDIA_MIB=$MEDIA_MIB TEXT_MIB=$TEXT_MIB benchmarks/compare-packaging.sh\`"
  echo "- the three rooms (1 thread, 2 threads, 2 threads with -Xmx32m) are $same; the re-packaged room and a full package of the same edit are $repack_same; \`unzip -q\` and \`Room.unpack\` wrote $unpack_same"
  echo "- our JVM options: \`$JVM_OPTS\` (the launcher's${cds:+, with the CDS archive of the library's classes that an untimed TrainingRun made, as the launcher's first command trains one}), except the -Xmx32m row; re-package = \`PackageMain --edit\` (the session renamed in memory, a one-line edit) over a copy of the 2-thread room, its base"
  echo "- load average (1, 5, 15 min) before: $load_before, after: $load_after (other processes on the machine compete for its $(nproc) cores; compare the minimum and the CPU time where the spread is wide)"
  echo
  echo "Ratios: packaging rows against \`zip -r -6\` (our default deflate level 5 unless the row says \`--level\`; zip and Python at 6), the re-package and the copy of its base against the full 2-thread package, \`Room.unpack\` against \`unzip -q\`."
  echo
  echo "| tool | wall time (s), median (min-max) | median ratio | min ratio | CPU user+sys (s), median | peak RSS (MiB) | output (MiB) |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  for i in "${!cmds[@]}"; do
    ref=0
    case "${names[$i]}" in
      re-package*|cp\ of*) ref=$full_index ;;
      unzip*|Room.unpack*) ref=$unzip_index ;;
    esac
    zip_med=$(awk -F'\t' -v r="$ref" '$1 == r {print $3}' "$results" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    zip_min=$(awk -F'\t' -v r="$ref" '$1 == r {print $3}' "$results" | sort -n | head -1)
    cpu_med=$(awk -F'\t' -v i="$i" '$1 == i {print $6}' "$results" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    awk -F'\t' -v i="$i" '$1 == i {print $3 "\t" $4 "\t" $5}' "$results" | sort -n | awk -F'\t' \
      -v name="${names[$i]}" -v zipmed="$zip_med" -v zipmin="$zip_min" -v cpu="$cpu_med" '
      {w[NR]=$1; if ($2 > rss) rss=$2; size=$3}
      END {med=w[int((NR+1)/2)]; printf "| %s | %.2f (%.2f-%.2f) | %.2fx | %.2fx | %.2f | %.0f | %.1f |\n",
           name, med, w[1], w[NR], med/zipmed, w[1]/zipmin, cpu, rss/1024, size/1048576}'
  done
  echo
  echo "Commands (\`\$tree\` = the generated folder, \`\$jar\` = benchmarks/target/benchmarks.jar):"
  echo
  echo '```'
  echo "zip -q -r -6 tree.zip \$tree"
  echo "python3 -c '<zipfile.ZipFile(dst, \"w\", ZIP_DEFLATED, compresslevel=6), every file, sorted>' \$tree tree-py.zip"
  echo "cp -r \$tree copy"
  echo "7zz a -bd -bso0 -tzip -mx5 -mmt2 tree-7z.zip \$tree"
  echo "java $JVM_OPTS -cp \$jar dev.appsim.session.benchmarks.PackageMain \$tree/living-room.session tree-1.room --threads 1"
  echo "java $JVM_OPTS -cp \$jar dev.appsim.session.benchmarks.PackageMain \$tree/living-room.session tree-2.room --threads 2"
  echo "java -Xmx32m $cds -cp \$jar dev.appsim.session.benchmarks.PackageMain \$tree/living-room.session tree-2-small.room --threads 2"
  echo "java $JVM_OPTS -cp \$jar dev.appsim.session.benchmarks.PackageMain \$tree/living-room.session tree-2-level6.room --threads 2 --level 6"
  echo "java $JVM_OPTS -cp \$jar dev.appsim.session.benchmarks.PackageMain \$tree/living-room.session tree-2-level4.room --threads 2 --level 4"
  echo "java $JVM_OPTS -cp \$jar dev.appsim.session.benchmarks.PackageMain \$tree/living-room.session tree-2-level1.room --threads 2 --level 1"
  echo "cp tree-2.room repack.room   # untimed"
  echo "java $JVM_OPTS -cp \$jar dev.appsim.session.benchmarks.PackageMain \$tree/living-room.session repack.room --threads 2 --edit 'Living room, light moved'"
  echo "cp tree-2.room copied.room"
  echo "unzip -q tree-2.room -d unzipped"
  echo "java $JVM_OPTS -cp \$jar dev.appsim.session.benchmarks.UnpackMain tree-2.room unpacked"
  echo '```'
  echo
  echo "Per run (tools interleaved in this order each round; load = 1-minute load average after the command):"
  echo
  echo '```'
  cat "$out/runs.txt"
  echo '```'
} > "$OUT_MD"
cat "$OUT_MD"
rm -rf "$out"
