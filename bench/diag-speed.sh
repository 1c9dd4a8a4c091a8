#!/usr/bin/env bash
# Cost of diagnostics: `wirc check` on files with N errors (default 8000) of several shapes, among
# them N errors on one line (bench/gen_errors.py). Rendering is capped at 100 diagnostics and long
# lines are cut around the spans, so time and output size must stay flat as N grows: compare
# `bash bench/diag-speed.sh 8000` with `... 32000`. Prints best-of-5 wall-clock times and the bytes
# written to stderr. Run via `./x bench`.
set -euo pipefail
cd "$(dirname "$0")/.."
wirc=target/release/wirc
n=${1:-8000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
best() { # best wall time in seconds of 5 runs of "$@" (which fail: these files have errors)
  local b=999999
  for _ in 1 2 3 4 5; do
    local s e; s=$(date +%s.%N); "$@" > /dev/null 2>&1 || true; e=$(date +%s.%N)
    b=$(python3 -c "print(min($b, $e - $s))")
  done
  echo "$b"
}
printf '%-12s %10s %10s %12s\n' shape "file" "check" "stderr"
for shape in lines syntax operators types one-line one-call; do
  python3 bench/gen_errors.py "$shape" "$n" > "$tmp/$shape.wir"
  t=$(best $wirc check "$tmp/$shape.wir")
  out=$($wirc check "$tmp/$shape.wir" 2>&1 | wc -c || true)
  python3 -c "print(f'{\"$shape\":<12} {$(stat -c %s "$tmp/$shape.wir")/1024:8.0f} KiB {$t*1000:7.1f} ms {$out/1024:8.1f} KiB')"
done
