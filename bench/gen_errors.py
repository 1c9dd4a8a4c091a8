#!/usr/bin/env python3
"""Writes a WasmIR module full of errors to stdout, for the cost of diagnostics (bench/diag-speed.sh).
argv[1] is the shape, argv[2] the number of errors N (default 8000). Deterministic.

  lines        N lines, each using an unknown value (E0104)
  syntax       N lines, each a syntax error (E0002: the parser recovers at every one)
  operators    N lines, each a misspelled operator (E0103, with a suggestion)
  types        N lines, each an operand of the wrong type (verifier)
  one-line     one line of N/2 statements using 2 unknown values each (N times E0104)
  one-call     one call with N undefined operands (E0104)
"""
import sys

shape = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 8000
head = "wasmir 0.1\n\n"
if shape == "lines":
    body = "".join(f"    %v{i} = i32.add %a, %u{i}\n" for i in range(n))
    text = f"fn @f(i32) {{\n^e(%a: i32):\n{body}    trap\n}}\n"
elif shape == "syntax":
    body = "".join(f"    %v{i} = i32.const 1 2\n" for i in range(n))
    text = f"fn @f() {{\n^e:\n{body}    trap\n}}\n"
elif shape == "operators":
    body = "".join(f"    %v{i} = i32.addd %a, %a\n" for i in range(n))
    text = f"fn @f(i32) {{\n^e(%a: i32):\n{body}    trap\n}}\n"
elif shape == "types":
    body = "".join(f"    %v{i} = i64.add %a, %a\n" for i in range(n))
    text = f"fn @f(i32) {{\n^e(%a: i32):\n{body}    trap\n}}\n"
elif shape == "one-line":
    body = " ".join(f"%v{i} = i32.add %u{i}, %w{i}" for i in range(n // 2))
    text = f"fn @f() {{\n^e: {body} trap\n}}\n"
elif shape == "one-call":
    args = ", ".join(f"%u{i}" for i in range(n))
    text = f"fn @g() {{\n^e:\n    trap\n}}\n\nfn @f() {{\n^e:\n    call @g({args})\n    trap\n}}\n"
else:
    sys.exit(f"unknown shape {shape}; see the docstring")
sys.stdout.write(head + text)
