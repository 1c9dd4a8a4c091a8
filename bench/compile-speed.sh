#!/usr/bin/env bash
# Compile speed: lines of .wir per second for `wirc check`, `wirc build -O0` and `-O2` on a large
# generated module, and, side by side, wabt's `wat2wasm` on the wat of the same module as a
# baseline (a mature C++ text-to-binary assembler doing less work: no verification, no
# structuring). Prints best-of-5 wall-clock times and ratios. Run via `./x bench`.
set -euo pipefail
cd "$(dirname "$0")/.."
wirc=target/release/wirc
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 bench/gen_large.py "${1:-2000}" > "$tmp/large.wir"
lines=$(wc -l < "$tmp/large.wir")
best() { # best wall time in seconds of 5 runs of "$@"
  local b=999999
  for _ in 1 2 3 4 5; do
    local s e; s=$(date +%s.%N); "$@" > /dev/null; e=$(date +%s.%N)
    b=$(python3 -c "print(min($b, $e - $s))")
  done
  echo "$b"
}
report() { python3 -c "l=$lines; t=$2; print(f'{\"$1\":<22} {t*1000:9.1f} ms  {l/t:12,.0f} lines/s')"; }
echo "input: $lines lines of .wir ($(du -h "$tmp/large.wir" | cut -f1))"
t_check=$(best $wirc check "$tmp/large.wir"); report "wirc check" "$t_check"
t_o0=$(best $wirc build -O0 "$tmp/large.wir" -o "$tmp/o0.wasm"); report "wirc build -O0" "$t_o0"
t_o2=$(best $wirc build -O2 "$tmp/large.wir" -o "$tmp/o2.wasm"); report "wirc build -O2" "$t_o2"
echo "output: -O0 $(stat -c %s "$tmp/o0.wasm") bytes, -O2 $(stat -c %s "$tmp/o2.wasm") bytes"
if command -v wat2wasm > /dev/null; then
  $wirc build -O0 --emit wat "$tmp/large.wir" -o "$tmp/large.wat"
  t_w=$(best wat2wasm "$tmp/large.wat" -o "$tmp/w.wasm")
  report "wat2wasm (baseline)" "$t_w"
  python3 -c "print(f'ratio wirc -O0 / wat2wasm: {$t_o0/$t_w:.2f}x  (wat has $(wc -l < "$tmp/large.wat") lines)')"
else
  echo "(install wabt for the wat2wasm baseline: apt-get install wabt)"
fi
