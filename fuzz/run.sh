#!/usr/bin/env bash
# Usage: fuzz/run.sh SECONDS [TARGET...]
#
# Builds the fuzz targets (cargo-fuzz on the stable toolchain: no sanitizer,
# optimised, debug assertions and overflow checks on) and runs each TARGET
# (default: all of them, one after the other) for SECONDS under libFuzzer.
# The corpus grows in fuzz/corpus/TARGET, seeded from fuzz/seeds/TARGET and
# the project's examples; crashes are written to fuzz/artifacts/TARGET/.
# Exits non-zero if any target crashed (a panic, an abort, a timeout of one
# input past 20 s, more than 2 GiB of memory). Set FUZZ_NICE to run the
# fuzzers at a lower priority (e.g. FUZZ_NICE=19), FUZZ_SEED to fix
# libFuzzer's random seed (CI: a failure there can be run again here).
set -euo pipefail

if [[ $# -lt 1 || ! $1 =~ ^[0-9]+$ ]]; then
  echo "usage: fuzz/run.sh SECONDS [TARGET...]" >&2
  exit 2
fi
seconds=$1
shift
cd "$(dirname "$0")"
root=$(cd .. && pwd)
targets=("$@")
if ((${#targets[@]} == 0)); then
  targets=(sparql readers extract)
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "installing cargo-fuzz" >&2
  cargo install cargo-fuzz --locked
fi

# Stable Rust has no sanitizers: `-s none`. The same flags every time, or
# cargo builds everything again.
cargo fuzz build -s none --release --debug-assertions --codegen-units 16 >&2
triple=$(rustc -vV | sed -n 's/^host: //p')
bin=target/$triple/release

seed() {
  local target=$1 corpus=corpus/$1 f
  mkdir -p "$corpus" "artifacts/$target"
  cp -n seeds/"$target"/* "$corpus"/ 2>/dev/null || true
  case $target in
    sparql)
      # The first byte of an input chooses the request (see fuzz_targets/sparql.rs).
      for f in "$root"/examples/queries/*.rq; do
        for flag in @ Z +; do
          [[ -e $corpus/example-$flag-$(basename "$f") ]] ||
            { printf '%s' "$flag"; cat "$f"; } >"$corpus/example-$flag-$(basename "$f")"
        done
      done
      ;;
    readers | extract)
      cp -n "$root"/examples/articles/* "$corpus"/ 2>/dev/null || true
      ;;
  esac
}

failed=()
for target in "${targets[@]}"; do
  if [[ ! -x $bin/$target ]]; then
    echo "no fuzz target $target (built: $(ls "$bin" | tr '\n' ' '))" >&2
    exit 2
  fi
  seed "$target"
  # libFuzzer also writes slow-unit-* files (an input over 10 s): not crashes.
  crashes() { find "artifacts/$1" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | wc -l; }
  before=$(crashes "$target")
  echo "fuzzing $target for $seconds s" >&2
  status=0
  nice -n "${FUZZ_NICE:-0}" "$bin/$target" "corpus/$target" \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 ${FUZZ_SEED:+-seed="$FUZZ_SEED"} \
    -artifact_prefix="artifacts/$target/" -print_final_stats=1 \
    >"artifacts/$target.log" 2>&1 || status=$?
  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done )|#[0-9]+ +DONE' "artifacts/$target.log" >&2 || true
  after=$(crashes "$target")
  if ((status != 0 || after > before)); then
    echo "fuzz target $target CRASHED (exit $status); the log is fuzz/artifacts/$target.log:" >&2
    grep -E -A30 '^(==[0-9]+==|thread .* panicked|.*ERROR: libFuzzer)' "artifacts/$target.log" | head -60 >&2 || true
    failed+=("$target")
  fi
done

if ((${#failed[@]} > 0)); then
  echo "fuzzing found crashes in: ${failed[*]}" >&2
  exit 1
fi
echo "fuzzing: ${targets[*]} ran $seconds s each, no crash" >&2
