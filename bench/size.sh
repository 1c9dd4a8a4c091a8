#!/usr/bin/env bash
# Binary size: Rust programs through mir-export + wirc -O2, against stock rustc + LLVM on the same
# nightly (`-C opt-level=z -C panic=abort -C strip=symbols`, rust-lld links) followed by binaryen's
# `wasm-opt -all -Oz`; then the Cargo packages of tests/cargo (libm and three more crates.io crates).
# Both sides are stripped of custom sections (names) with wabt's wasm-strip so
# that only code and data count. Prints bytes and the ratio ours / baseline. Run via `./x bench`.
set -euo pipefail
cd "$(dirname "$0")/.."
for t in wasm-opt wasm-strip; do
  command -v $t > /dev/null || { echo "size.sh needs $t: apt-get install binaryen wabt" >&2; exit 1; }
done
tc=$(sed -n 's/^channel *= *"\(.*\)"/\1/p' crates/mir-export/rust-toolchain.toml)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%-22s %10s %10s %12s %8s\n' program wirc-O2 rustc-Oz rustc+wasm-opt ratio
tot_ours=0; tot_base=0
for f in examples/*.rs tests/rust/*.rs; do
  n=$(basename "$f" .rs)
  flags=$(sed -n 's/^\/\/! flags://p' "$f")
  target/release/mir-export "$f" -o "$tmp/$n.wir" $flags
  target/release/wirc build -O2 "$tmp/$n.wir" -o "$tmp/$n.wasm"
  wasm-strip "$tmp/$n.wasm"
  rustup run "$tc" rustc --edition 2021 --target wasm32-unknown-unknown --crate-type=cdylib \
    -C opt-level=z -C panic=abort -C strip=symbols $flags "$f" -o "$tmp/$n.llvm.wasm" 2> /dev/null
  wasm-strip "$tmp/$n.llvm.wasm"
  wasm-opt -all -Oz "$tmp/$n.llvm.wasm" -o "$tmp/$n.llvm-opt.wasm"
  ours=$(stat -c %s "$tmp/$n.wasm"); llvm=$(stat -c %s "$tmp/$n.llvm.wasm"); base=$(stat -c %s "$tmp/$n.llvm-opt.wasm")
  tot_ours=$((tot_ours + ours)); tot_base=$((tot_base + base))
  printf '%-22s %10d %10d %12d %7.2fx\n' "$n" "$ours" "$llvm" "$base" "$(python3 -c "print($ours/$base)")"
done
printf '%-22s %10d %10s %12d %7.2fx\n' total "$tot_ours" "" "$tot_base" "$(python3 -c "print($tot_ours/$tot_base)")"
# Cargo packages with crates.io dependencies (tests/cargo): ours through the documented Cargo mode,
# the baseline by cargo with `opt-level = "z"`, each then as above.
for pkg in libm-diff crates-diff; do
  n=${pkg//-/_}
  ( cd tests/cargo/$pkg &&
    RUSTC_WORKSPACE_WRAPPER="$PWD/../../../target/release/mir-export" CARGO_TARGET_DIR="$tmp/ours-$pkg" \
      rustup run "$tc" cargo build -q --release --locked --target wasm32-unknown-unknown &&
    CARGO_TARGET_DIR="$tmp/base-$pkg" CARGO_PROFILE_RELEASE_OPT_LEVEL=z CARGO_PROFILE_RELEASE_STRIP=symbols \
      CARGO_PROFILE_RELEASE_PANIC=abort rustup run "$tc" cargo build -q --release --locked --target wasm32-unknown-unknown )
  target/release/wirc build -O2 "$tmp/ours-$pkg/wasm32-unknown-unknown/release/deps/$n.wir" -o "$tmp/$n.wasm"
  wasm-strip "$tmp/$n.wasm"
  cp "$tmp/base-$pkg/wasm32-unknown-unknown/release/$n.wasm" "$tmp/$n.llvm.wasm"
  wasm-strip "$tmp/$n.llvm.wasm"
  wasm-opt -all -Oz "$tmp/$n.llvm.wasm" -o "$tmp/$n.llvm-opt.wasm"
  ours=$(stat -c %s "$tmp/$n.wasm"); llvm=$(stat -c %s "$tmp/$n.llvm.wasm"); base=$(stat -c %s "$tmp/$n.llvm-opt.wasm")
  printf '%-22s %10d %10d %12d %7.2fx\n' "$pkg" "$ours" "$llvm" "$base" "$(python3 -c "print($ours/$base)")"
done
