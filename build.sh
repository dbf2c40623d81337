#!/usr/bin/env bash
# The one entry point: ./build.sh setup | build | serve | test | demo | bench | docs | fuzz | package
# Each command installs what it needs first and skips what is already there.
#   setup  Rust wasm target, wasm-bindgen CLI, npm dev tools, and the three browser engines the
#          tests run in, all Debian's: Chromium, Firefox ESR (+ geckodriver from cargo) and
#          WebKitGTK's MiniBrowser (+ WebKitWebDriver, under Xvfb)
#   build  the CLI (release) and the browser widget: www/ is then ready for any static host
#          (pre-rendering the embed pages uses Chromium, which it installs like `setup`)
#   serve  build, then serve www/ on http://127.0.0.1:PORT/ until interrupted
#   test   Rust tests (wasm ones in Chromium and Firefox), build, then the browser tests: all of
#          tests/browser/ in Chromium, then tests/browser/engines/ in Firefox and in WebKit
#   demo   the CLI on the Los Angeles example, in English and Spanish
#   bench  core throughput (criterion), then the widget in Chromium: bytes, time to headline,
#          Lighthouse, edit latency, memory (BENCH_LOADS, BENCH_EDITS, BENCH_LIGHTHOUSE_RUNS)
#   docs   rewrite the examples in docs/contract.md from the CLI
#   fuzz   cargo-fuzz the scenario reader, the number parser and the answer checker: ./build.sh fuzz 60
#   package  build, then the npm package: target/npm/arrest-breakdown-VERSION.tgz (npm pack of
#          target/npm/arrest-breakdown/, staged from www/ and npm/ by scripts/package.mjs)
set -euo pipefail
cd "$(dirname "$0")"

# Must match the `wasm-bindgen = "=…"` pin in Cargo.toml: the CLI and the crate share a format.
WASM_BINDGEN_VERSION=0.2.130
WASM_TARGET=wasm32-unknown-unknown
CHROMIUM=/usr/bin/chromium
GECKODRIVER_VERSION=0.37.1
export PATH="$HOME/.cargo/bin:$PATH"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { echo "build.sh: $*" >&2; exit 1; }

need_rust() {
  command -v cargo >/dev/null 2>&1 || die "cargo is not installed: install Rust with rustup first (https://rustup.rs)."
}

setup_wasm() {
  need_rust
  if command -v rustup >/dev/null 2>&1; then
    if ! cargo clippy --version >/dev/null 2>&1; then
      log "Adding clippy (./build.sh test runs it)"
      rustup component add clippy
    fi
    if ! rustup target list --installed | grep -qx "$WASM_TARGET"; then
      log "Adding the $WASM_TARGET Rust target"
      rustup target add "$WASM_TARGET"
    fi
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    log "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  fi
}

# npm ci wipes node_modules, so it runs only when package-lock.json changed since the last run.
setup_npm() {
  command -v npm >/dev/null 2>&1 || die "node and npm are needed (Node 20 or later)."
  local stamp=node_modules/.build-sh-lock-hash want
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    log "Installing npm dev tools (binaryen, esbuild, playwright-core, axe-core)"
    npm ci --no-audit --no-fund
    echo "$want" > "$stamp"
  fi
}

# Lighthouse, for the bench and the audit test (tests/browser/lighthouse.test.mjs), in its own
# package (scripts/lighthouse): the dev tools' install stays small. Installed, like those, only when its lock
# changed since the last run.
setup_lighthouse() {
  local dir=scripts/lighthouse stamp=scripts/lighthouse/node_modules/.build-sh-lock-hash want
  want=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    log "Installing Lighthouse for the bench (scripts/lighthouse)"
    npm ci --prefix "$dir" --no-audit --no-fund
    echo "$want" > "$stamp"
  fi
}

# The browser tests drive Debian's browsers: no browser download from anywhere else. Chromium
# (Playwright and chromedriver), Firefox ESR (geckodriver, built by cargo: Debian has none) and
# WebKitGTK's MiniBrowser (WebKitWebDriver; no headless mode, so Xvfb). Only what is missing is
# installed, with one apt-get update for all of it.
setup_browser() {
  local full=() bare=()
  [ -x "$CHROMIUM" ] || full+=(chromium)
  [ -x /usr/bin/chromedriver ] || full+=(chromium-driver)
  [ -x /usr/bin/firefox-esr ] || full+=(firefox-esr)
  [ -x /usr/bin/WebKitWebDriver ] || bare+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null 2>&1 || bare+=(xvfb)
  command -v xauth >/dev/null 2>&1 || bare+=(xauth)
  if [ "${#full[@]}" -gt 0 ] || [ "${#bare[@]}" -gt 0 ]; then
    log "Installing from Debian: ${full[*]} ${bare[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update
    [ "${#full[@]}" -eq 0 ] || $sudo apt-get install -y "${full[@]}"
    # WebKit's driver pulls in only what MiniBrowser needs; its recommends are a desktop's.
    [ "${#bare[@]}" -eq 0 ] || $sudo apt-get install -y --no-install-recommends "${bare[@]}"
  fi
  if ! command -v geckodriver >/dev/null 2>&1; then
    need_rust
    log "Installing geckodriver $GECKODRIVER_VERSION (cargo, about two minutes, once)"
    cargo install --locked geckodriver --version "$GECKODRIVER_VERSION"
  fi
}

cmd_setup() {
  need_rust
  log "Rust toolchain: $(cargo --version)"
  setup_wasm
  setup_npm
  setup_browser
}

build_cli() {
  log "Building the command-line program (release)"
  cargo build --release --bin arrest-breakdown
}

# wasm → wasm-bindgen (ES module for the browser, no bundler) → wasm-opt for size, in place.
build_wasm() {
  log "Building the core for the browser (wasm, release)"
  cargo build --lib --profile wasm --target "$WASM_TARGET" --no-default-features
  rm -rf www/pkg
  wasm-bindgen "target/$WASM_TARGET/wasm/arrest_breakdown.wasm" \
    --target web --no-typescript --out-dir www/pkg
  node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers \
    www/pkg/arrest_breakdown_bg.wasm -o www/pkg/arrest_breakdown_bg.wasm
  log "www/pkg/arrest_breakdown_bg.wasm: $(wc -c < www/pkg/arrest_breakdown_bg.wasm) bytes, $(gzip -9 -c www/pkg/arrest_breakdown_bg.wasm | wc -c) gzipped"
  # The tools' core: the same, with the teacher's and the reporter's tools (feature `tools`:
  # exercises and the answer checker, the lesson's steps, pasted rows, the element's embed
  # code), for the pages and panels that use them only (www/lib/tools.js loads it when one opens).
  log "Building the tools' core (exercises, lesson, paste), loaded only when a tool is opened"
  cargo build --lib --profile wasm --target "$WASM_TARGET" --no-default-features --features tools
  rm -rf www/pkg-tools www/pkg-classroom
  wasm-bindgen "target/$WASM_TARGET/wasm/arrest_breakdown.wasm" \
    --target web --no-typescript --out-dir www/pkg-tools
  node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers \
    www/pkg-tools/arrest_breakdown_bg.wasm -o www/pkg-tools/arrest_breakdown_bg.wasm
  log "www/pkg-tools/arrest_breakdown_bg.wasm: $(gzip -9 -c www/pkg-tools/arrest_breakdown_bg.wasm | wc -c) bytes gzipped"
}

# One minified module per page and minified CSS, in www/build/ (scripts/bundle.mjs, esbuild).
build_bundles() {
  log "Bundling the widget (esbuild)"
  node scripts/bundle.mjs
}

# The default preset's sentences and table, from the CLI, written into the demo page; and one
# embed page per preset and language with the widget already laid out (rendered in Chromium).
build_prerender() {
  log "Pre-rendering the default preset into www/index.html"
  python3 scripts/prerender.py target/release/arrest-breakdown www/index.html
  log "Pre-rendering an embed page per preset and language into www/embed/"
  node scripts/prerender-embeds.mjs
}

# The browser widget, in order: the core as wasm, the bundles around it, the pre-rendered pages
# (made from the bundles).
build_site() {
  build_wasm
  build_bundles
  build_prerender
}

cmd_build() {
  need_rust
  setup_wasm
  setup_npm
  setup_browser
  build_cli
  build_site
}

# Port 8000 when it is free, else any free port the system offers.
free_port() {
  python3 - "${1:-8000}" <<'PY'
import socket, sys
s = socket.socket()
try:
    s.bind(("127.0.0.1", int(sys.argv[1])))
except OSError:
    s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
}

cmd_serve() {
  cmd_build
  local port
  port=$(free_port "${PORT:-8000}")
  log "Serving www/ at http://127.0.0.1:$port/ (Ctrl-C to stop)"
  echo "http://127.0.0.1:$port/"
  exec python3 -m http.server --bind 127.0.0.1 --directory www "$port"
}

cmd_demo() {
  need_rust
  build_cli
  local cli=target/release/arrest-breakdown
  log "Los Angeles example (examples/los-angeles.json), English"
  "$cli" examples/los-angeles.json --format working
  echo
  log "Los Angeles example, Spanish"
  "$cli" examples/los-angeles.json --lang es --format sentences
}

cmd_test() {
  cmd_setup
  setup_lighthouse # for tests/browser/lighthouse.test.mjs
  log "Rust tests: unit, integration, property and CLI"
  cargo test --all-features
  log "Clippy (warnings are errors; no unwrap, expect, panic or unchecked indexing outside tests) and rustdoc"
  cargo clippy --all-targets --all-features -- -D warnings
  RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --all-features
  log "wasm boundary tests in headless Chromium and Firefox (wasm-bindgen-test; options in webdriver.json)"
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner CHROMEDRIVER=/usr/bin/chromedriver \
    cargo test --target "$WASM_TARGET" --no-default-features --test wasm
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner GECKODRIVER="$(command -v geckodriver)" \
    cargo test --target "$WASM_TARGET" --no-default-features --test wasm
  log "the tools' wasm boundary (exercises, lesson, paste) in headless Chromium"
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner CHROMEDRIVER=/usr/bin/chromedriver \
    cargo test --target "$WASM_TARGET" --no-default-features --features tools --test wasm_tools
  build_cli
  build_site
  test_browsers
}

# The browser tests, one file at a time (the machine may be shared): every file in Chromium, then
# the engine-sensitive ones (tests/browser/engines/, WebDriver through selenium-webdriver) in
# Firefox and in WebKit. Each engine's time is logged. A stuck browser ends at the timeout.
test_browsers() {
  local start times=() failed=()
  local run=(node --test --test-concurrency=1 --test-reporter=spec)
  start=$SECONDS
  log "Browser tests in Chromium: all of tests/browser/ (engines/ through chromedriver)"
  ENGINE=chromium timeout --kill-after=30 1800 "${run[@]}" tests/browser/ || failed+=(chromium)
  times+=("chromium $((SECONDS - start))s")
  start=$SECONDS
  log "Browser tests in Firefox ESR: tests/browser/engines/"
  ENGINE=firefox timeout --kill-after=30 900 "${run[@]}" tests/browser/engines/ || failed+=(firefox)
  times+=("firefox $((SECONDS - start))s")
  start=$SECONDS
  log "Browser tests in WebKit (MiniBrowser under Xvfb): tests/browser/engines/"
  ENGINE=webkit timeout --kill-after=30 900 xvfb-run -a -s "-screen 0 1280x1024x24" "${run[@]}" tests/browser/engines/ || failed+=(webkit)
  times+=("webkit $((SECONDS - start))s")
  log "Browser test times: ${times[*]}"
  [ "${#failed[@]}" -eq 0 ] || die "browser tests failed in: ${failed[*]}"
}

# docs/contract.md = docs/contract.md.head + the worked examples, run through the CLI, so the
# examples are always what the program does (tests/docs.rs checks they are current).
cmd_docs() {
  need_rust
  build_cli
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
    echo
    echo "## An example with approximate figures"
    echo
    echo "A bound and a share as input (the scenario's first stage in www/presets/los-angeles-2020.json):"
    echo
    echo '```json'
    echo '{"stages": [{"total": "more than 300", "subgroups": [{"label": "people with declined detainers", "count": "nearly 30 percent"}]}]}'
    echo '```'
    echo
    echo "The result:"
    echo
    echo '```json'
    echo '{"stages": [{"total": "more than 300", "subgroups": [{"label": "people with declined detainers", "count": "nearly 30 percent"}]}]}' | "$cli" -
    echo '```'
    echo
    echo "## An example of exercises"
    echo
    echo "The Los Angeles figures' exercises (\`arrest-breakdown examples/los-angeles.json --format exercises\`):"
    echo
    echo '```text'
    "$cli" examples/los-angeles.json --format exercises
    echo '```'
  } > "$out.tmp" 2>/dev/null
  mv "$out.tmp" "$out"
  log "Wrote $out"
}

# Coverage-guided fuzzing of the scenario reader, the number parser and the exercises' answer
# checker with cargo-fuzz
# (libFuzzer). Runs on the stable toolchain with --sanitizer none: the core is safe Rust, so
# what fuzzing looks for is panics and broken invariants, which the targets assert.
cmd_fuzz() {
  need_rust
  local seconds="${1:-60}"
  if ! cargo fuzz --version >/dev/null 2>&1; then
    log "Installing cargo-fuzz"
    cargo install cargo-fuzz
  fi
  local half=$(( (seconds + 2) / 3 ))
  mkdir -p fuzz/corpus/scenario fuzz/corpus/count fuzz/corpus/answer
  cp tests/scenarios/*.json fuzz/corpus/scenario/
  printf '%s' "5,232" > fuzz/corpus/count/grouped
  printf '%s' "1,4 millones" > fuzz/corpus/count/spanish-scale
  printf '%s' "1.4 million" > fuzz/corpus/count/english-scale
  printf '%s' "about 33 percent" > fuzz/corpus/answer/hedged
  printf '%s' "alrededor de una de cada 15" > fuzz/corpus/answer/one-in
  printf '%s' "-3,6 puntos porcentuales" > fuzz/corpus/answer/points
  for target in scenario count answer; do
    log "Fuzzing $target for ${half}s"
    (cd fuzz && cargo fuzz run --fuzz-dir . --sanitizer none "$target" "corpus/$target" -- -max_total_time="$half")
  done
}

# Figures with their targets beside them: the core's throughput (criterion), then what the
# widget costs a reader in Chromium (scripts/bench-browser.mjs). Compare ratios from one run.
cmd_bench() {
  cmd_setup
  setup_lighthouse
  build_cli
  build_site
  log "Core throughput (criterion): full calculation with sentences in both languages"
  cargo bench --bench core -- --noplot 2>&1 | grep -E '^scenario/|time:|thrpt:'
  log "The widget in Chromium: bytes, time to headline, Lighthouse, edit latency, memory"
  CHROME_PATH="$CHROMIUM" node scripts/bench-browser.mjs
}

# The npm package (npm/README.md): the element bundled into build/, the wasm, the stylesheet, the
# presets and the type declarations, packed with `npm pack`. Its version must be Cargo.toml's.
cmd_package() {
  cmd_build
  log "Packing the npm package (scripts/package.mjs)"
  node scripts/package.mjs
}

case "${1:-}" in
  setup) cmd_setup ;;
  build) cmd_build ;;
  serve) cmd_serve ;;
  test) cmd_test ;;
  demo) cmd_demo ;;
  bench) cmd_bench ;;
  docs) cmd_docs ;;
  fuzz) cmd_fuzz "${2:-60}" ;;
  package) cmd_package ;;
  *)
    echo "usage: ./build.sh setup | build | serve | test | demo | bench | docs | fuzz [SECONDS] | package" >&2
    exit 2
    ;;
esac
