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
  *)
    echo "usage: ./build.sh setup | build | serve | test | bench" >&2
    exit 2
    ;;
esac
