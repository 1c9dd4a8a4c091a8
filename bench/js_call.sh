#!/usr/bin/env bash
# The cost of one JS -> wasm call with a `wasm::ExternRef` argument against a plain `i32` call,
# side by side in one Node.js run (issue 8): tests/cargo/externref built in the documented Cargo
# mode, compiled by wirc -O2, then `tests/node/externref.mjs --bench N` (best of 5 rounds of N
# calls each, interleaved). Prints ns per call for both and their ratio.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-2000000}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
channel="$(sed -n 's/^channel *= *"\(.*\)"/\1/p' "$root/crates/mir-export/rust-toolchain.toml")"
(cd "$root/tests/cargo/externref" &&
  RUSTC_WORKSPACE_WRAPPER="$root/target/release/mir-export" CARGO_TARGET_DIR="$tmp/target" \
    rustup run "$channel" cargo build --release --locked --target wasm32-unknown-unknown -q)
"$root/target/release/wirc" build -O2 "$tmp/target/wasm32-unknown-unknown/release/deps/externref_demo.wir" -o "$tmp/m.wasm"
node "$root/tests/node/externref.mjs" "$tmp/m.wasm" --bench "$n"
