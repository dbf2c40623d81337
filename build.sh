#!/usr/bin/env bash
# The one entry point: ./build.sh setup | build | serve | test | bench
# Each command installs what it needs first and skips what is already there.
set -euo pipefail
cd "$(dirname "$0")"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

need_rust() {
  if ! command -v cargo >/dev/null 2>&1; then
    echo "cargo is not installed: install Rust with rustup first (https://rustup.rs)." >&2
    exit 1
  fi
}

cmd_setup() {
  need_rust
  log "Rust toolchain: $(cargo --version)"
}

cmd_build() {
  cmd_setup
  log "Building the command-line program (release)"
  cargo build --release --bin arrest-breakdown
}

cmd_serve() {
  cmd_build
  local cli=target/release/arrest-breakdown
  log "Los Angeles example (examples/los-angeles.json), English"
  "$cli" examples/los-angeles.json --format working
  echo
  log "Los Angeles example, Spanish"
  "$cli" examples/los-angeles.json --lang es --format sentences
}

cmd_test() {
  cmd_setup
  log "Rust tests: unit, integration, property and CLI"
  cargo test --all-features
}

# docs/contract.md = docs/contract.md.head + the worked examples, run through the CLI, so the
# examples are always what the program does (tests/docs.rs checks they are current).
cmd_docs() {
  cmd_build
  local cli=target/release/arrest-breakdown out=docs/contract.md
  {
    cat docs/contract.md.head
    echo "## A complete example"
    echo
    echo "The Los Angeles figures (examples/los-angeles.json):"
    echo
    echo '```json'
    cat examples/los-angeles.json
    echo '```'
    echo
    echo "The result, in English (\`arrest-breakdown examples/los-angeles.json\`):"
    echo
    echo '```json'
    "$cli" examples/los-angeles.json
    echo '```'
    echo
    echo "## An example of errors"
    echo
    echo '```json'
    echo '{"lang": "es", "stages": [{"total": "5,5", "breakdown": {"criminal_history": "6.000"}}]}'
    echo '```'
    echo
    echo '```json'
    echo '{"lang": "es", "stages": [{"total": "5,5", "breakdown": {"criminal_history": "6.000"}}]}' | "$cli" - || true
    echo '```'
  } > "$out.tmp" 2>/dev/null
  mv "$out.tmp" "$out"
  log "Wrote $out"
}

# Coverage-guided fuzzing of the scenario reader and the number parser with cargo-fuzz
# (libFuzzer). Runs on the stable toolchain with --sanitizer none: the core is safe Rust, so
# what fuzzing looks for is panics and broken invariants, which the targets assert.
cmd_fuzz() {
  need_rust
  local seconds="${1:-60}"
  if ! cargo fuzz --version >/dev/null 2>&1; then
    log "Installing cargo-fuzz"
    cargo install cargo-fuzz
  fi
  local half=$(( (seconds + 1) / 2 ))
  mkdir -p fuzz/corpus/scenario fuzz/corpus/count
  cp tests/scenarios/*.json fuzz/corpus/scenario/
  printf '%s' "5,232" > fuzz/corpus/count/grouped
  printf '%s' "1,4 millones" > fuzz/corpus/count/spanish-scale
  printf '%s' "1.4 million" > fuzz/corpus/count/english-scale
  for target in scenario count; do
    log "Fuzzing $target for ${half}s"
    (cd fuzz && cargo fuzz run --fuzz-dir . --sanitizer none "$target" "corpus/$target" -- -max_total_time="$half")
  done
}

cmd_bench() {
  cmd_setup
  log "Core throughput (criterion): full calculation with sentences in both languages"
  cargo bench --bench core -- --noplot
}

case "${1:-}" in
  setup) cmd_setup ;;
  build) cmd_build ;;
  serve) cmd_serve ;;
  test) cmd_test ;;
  bench) cmd_bench ;;
  docs) cmd_docs ;;
  fuzz) cmd_fuzz "${2:-60}" ;;
  *)
    echo "usage: ./build.sh setup | build | serve | test | bench | docs | fuzz [SECONDS]" >&2
    exit 2
    ;;
esac
