#!/usr/bin/env bash
# Runs the fuzz targets for RUNS executions each (-runs), up to JOBS targets at a time, each
# target one process (the same as libFuzzer's -jobs=1, whose child process would log elsewhere),
# and prints per target: executions, exec/s, seconds, CPU seconds, executions per CPU second
# (the figure that does not depend on how busy the machine is) and findings.
# Extra libFuzzer flags: FUZZ_FLAGS="-entropic=0 ..." fuzz/run.sh ...
#
#   fuzz/run.sh [-j JOBS] [-t SECONDS] [-b BUILD_DIR] RUNS [TARGET...]   (RUNS 0: no limit)
#
# TARGET: parsers recognize diff markup validate (default: all of fuzz/max_len.txt). -t stops a
# target after SECONDS even if it has not done RUNS. The targets are built by
# scripts/test-sanitize.sh (default BUILD_DIR build-sanitize). Each target starts from its seed
# corpus (fuzz/corpus/<target>, only read) and what earlier runs found (BUILD_DIR/fuzz/run/<target>);
# logs and any crash-*/leak-*/timeout-* input go to BUILD_DIR/fuzz/run/. Exit status 1 when a
# target found something.
set -uo pipefail
cd "$(dirname "$0")/.."
jobs=2
seconds=0
build=build-sanitize
while getopts "j:t:b:" opt; do
  case $opt in
  j) jobs=$OPTARG ;;
  t) seconds=$OPTARG ;;
  b) build=$OPTARG ;;
  *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))
runs=${1:?usage: fuzz/run.sh [-j JOBS] [-t SECONDS] [-b BUILD_DIR] RUNS [TARGET...]}
[ "$runs" -eq 0 ] && runs=-1
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(cut -d' ' -f1 fuzz/max_len.txt)
out=$build/fuzz/run
mkdir -p "$out"

run_one() {
  local t=$1 bin=$build/fuzz/fuzz_$1
  [ -x "$bin" ] || { echo "fuzz/run.sh: $bin not built (scripts/test-sanitize.sh builds it)" >&2; return 1; }
  mkdir -p "$out/$t" "$out/$t-artifacts"
  local maxlen limit=()
  maxlen=$(awk -v t="$t" '$1 == t { print $2 }' fuzz/max_len.txt)
  [ "$seconds" -gt 0 ] && limit=(-max_total_time="$seconds")
  # CPU seconds (user + system) of the target, written by bash's `time`.
  local TIMEFORMAT='%3U %3S'
  {
    time "$bin" -runs="$runs" "${limit[@]}" -max_len="$maxlen" -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="$out/$t-artifacts/" ${FUZZ_FLAGS:-} "$out/$t" \
      "fuzz/corpus/$t" >"$out/$t.log" 2>&1
    echo $? >"$out/$t.rc"
  } 2>"$out/$t.cpu"
}
export -f run_one
export build out runs seconds FUZZ_FLAGS
printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} bash -c 'run_one "$@"' _ {}

status=0
total=0
printf '%-10s %12s %8s %8s %8s %9s %8s\n' target executions exec/s seconds cpu-s exec/cpu-s findings
for t in "${targets[@]}"; do
  log=$out/$t.log
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  time=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
  cpu=$(awk '{ printf "%.1f", $1 + $2 }' "$out/$t.cpu" 2>/dev/null)
  percpu=$(awk -v e="${execs:-0}" -v c="${cpu:-0}" 'BEGIN { if (c > 0) printf "%d", e / c; else print "?" }')
  findings=$(find "$out/$t-artifacts" -type f | wc -l)
  rc=$(cat "$out/$t.rc" 2>/dev/null || echo 1)
  [ "$rc" -ne 0 ] && [ "$findings" -eq 0 ] && findings="rc=$rc"
  if [ "$rc" -ne 0 ] || [ "$findings" != 0 ]; then status=1; fi
  printf '%-10s %12s %8s %8s %8s %9s %8s\n' "$t" "${execs:-?}" "${rate:-?}" "${time:-?}" \
    "${cpu:-?}" "$percpu" "$findings"
  total=$((total + ${execs:-0}))
done
printf '%-10s %12s\n' total "$total"
[ $status -eq 0 ] || echo "findings: see $out/*-artifacts and $out/<target>.log" >&2
exit $status
