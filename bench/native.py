#!/usr/bin/env python3
"""The Cranelift backend (wasmir-native, issue 9) against the wasm path, side by side in one run:
for a generated 10,000-line module (bench/gen_large.py) and the largest Rust programs of the test
corpus (tests/rust/sorting.rs and strings.rs through mir-export, and the crates.io package
tests/cargo/crates-diff when its .wir exists: `cargo test --release -p wirc --test crates_diff`
leaves it under target/tmp), at -O2:
- compile time: .wir (verified) to native code through Cranelift (optimizer + wasmir-native)
  versus .wir to wasm through wirc plus wasmtime's own compilation of that wasm (wasmtime
  compiles functions in parallel; wasmir-native on one thread);
- run time of one export per module, per call (best of 9 rounds of many calls on one instance).
Prints the times and the ratios native / wasm. Run via `./x bench` or `python3 bench/native.py`.
Needs `cargo build --release -p wirc --example native_bench` (./x bench builds it) and, for the
Rust programs, target/release/mir-export (`./x build`; `MIR_EXPORT` overrides).
"""
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
BENCH = os.path.join(TARGET, "release/examples/native_bench")
MIR_EXPORT = os.environ.get("MIR_EXPORT", os.path.join(TARGET, "release/mir-export"))
CRATES_DIFF = os.path.join(TARGET, "tmp/crates-diff/wasm32-unknown-unknown/release/deps/crates_diff.wir")


def measure(path, runs, invoke):
    p = subprocess.run([BENCH, path, "-O2", "--runs", str(runs), "--invoke"] + invoke,
                       capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"native_bench failed on {path}:\n{p.stderr[-3000:]}")
    return {k: v for k, v in (line.split(" ", 1) for line in p.stdout.splitlines())}


def main():
    if not os.path.exists(BENCH):
        sys.exit(f"{BENCH} is missing: cargo build --release -p wirc --example native_bench")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        gen = os.path.join(tmp, "generated.wir")
        with open(gen, "w") as f:
            subprocess.run(["python3", os.path.join(ROOT, "bench/gen_large.py"), "204"], stdout=f, check=True)
        rows.append(("generated (gen_large 204)", gen, 20, ["f203", "100000", "3"]))
        if os.path.exists(MIR_EXPORT):
            for name, invoke in [("sorting", ["sort_structs", "1000", "64"]), ("strings", ["find_ops", "10", "97"])]:
                out = os.path.join(tmp, f"{name}.wir")
                src = os.path.join(ROOT, f"tests/rust/{name}.rs")
                subprocess.run([MIR_EXPORT, src, "-o", out], check=True, capture_output=True)
                rows.append((f"tests/rust/{name}.rs", out, 2000, invoke))
        else:
            print(f"({MIR_EXPORT} missing: the Rust programs are left out; ./x build makes it)")
        if os.path.exists(CRATES_DIFF):
            rows.append(("crates-diff (xxhash, ryu, ...)", CRATES_DIFF, 2000, ["xx3_64", "12345", "4000"]))
        else:
            print("(crates_diff.wir missing: cargo test --release -p wirc --test crates_diff makes it)")
        print(f"{'module':<32} {'lines':>7} | {'wirc->wasm':>10} {'wasmtime':>9} {'sum':>8} | "
              f"{'opt':>6} {'cranelift':>9} {'sum':>8} | {'ratio':>5} | {'wasm us':>9} {'native us':>9} {'ratio':>5}")
        for label, path, runs, invoke in rows:
            r = measure(path, runs, invoke)
            w1, w2 = float(r["wirc_to_wasm_ms"]), float(r["wasmtime_compile_ms"])
            n1, n2 = float(r["opt_ms"]), float(r["native_compile_ms"])
            wr, nr = float(r["wasm_run_us"]), float(r["native_run_us"])
            print(f"{label:<32} {int(r['lines']):>7} | {w1:>10.1f} {w2:>9.1f} {w1 + w2:>8.1f} | "
                  f"{n1:>6.1f} {n2:>9.1f} {n1 + n2:>8.1f} | {(n1 + n2) / (w1 + w2):>5.2f} | "
                  f"{wr:>9.2f} {nr:>9.2f} {nr / wr:>5.2f}")
            print(f"{'':<32} call: {' '.join(invoke)} -> {r['result']} ({runs} calls per round)")
    print("times in ms (compile, best of 3) and us per call (best of 9 rounds); ratio = native / wasm")


main()
