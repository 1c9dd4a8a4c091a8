#!/usr/bin/env python3
"""Cost of the ownership checker (issue 8, spec §13.7) on big functions: each shape of
bench/gen_ownership.py at 10,000, 20,000 and 40,000 blocks, with ownership and without it (the --plain
twin: same CFG and instruction count, no kinds), side by side. Prints the `verify` stage of
`wirc build -O0 --time-passes` (best of 5 runs) for both, the checker's share (the difference),
the ratio, and the growth exponent of the checker's share between the two largest sizes
(log(t2/t1) / log(2): 1.0 is linear; the smaller sizes fit the caches better, which inflates
exponents measured from them). Run via `./x bench` or `python3 bench/ownership.py [wirc]`.
"""
import math
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WIRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target/release/wirc")
GEN = os.path.join(ROOT, "bench/gen_ownership.py")
SHAPES = ["diamonds", "values", "loops", "borrows"]
SIZES = [10_000, 20_000, 40_000]
VERIFY = re.compile(r"time:\s+([0-9.]+) ms\s+peak\s+[0-9.]+ MiB\s+verify$", re.M)


def verify_ms(path, tries=5):
    best = math.inf
    for _ in range(tries):
        p = subprocess.run([WIRC, "build", "-O0", "--time-passes", path, "-o", os.devnull],
                           capture_output=True, text=True)
        if p.returncode != 0:
            sys.exit(f"wirc failed on {path}:\n{p.stderr[-2000:]}")
        m = VERIFY.search(p.stderr)
        best = min(best, float(m.group(1)))
    return best


def blocks(path):
    with open(path) as f:
        return sum(1 for line in f if line.startswith("^"))


def main():
    print(f"{'shape':<10} {'blocks':>7} {'owned ms':>9} {'plain ms':>9} {'checker ms':>11} {'ratio':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for shape in SHAPES:
            share = []
            for n in SIZES:
                times = []
                for plain in (False, True):
                    path = os.path.join(tmp, f"{shape}-{n}-{plain}.wir")
                    args = ["python3", GEN, shape, str(n)] + (["--plain"] if plain else [])
                    with open(path, "w") as f:
                        subprocess.run(args, stdout=f, check=True)
                    times.append(verify_ms(path))
                owned, base = times
                share.append(max(owned - base, 1e-3))
                nb = blocks(os.path.join(tmp, f"{shape}-{n}-False.wir"))
                print(f"{shape:<10} {nb:>7} {owned:>9.2f} {base:>9.2f} {owned - base:>11.2f} {owned / base:>6.2f}")
            if min(share[-2:]) >= 2.0:
                print(f"{'':<10} growth of the checker's share, 20k -> 40k: n^{math.log(share[2] / share[1], 2):.2f}")
            else:
                print(f"{'':<10} checker's share under 2 ms: below timer noise, no exponent")


main()
