#!/usr/bin/env python3
"""Scaling of wirc on big functions (issue 10): each shape of bench/gen_shapes.py at three sizes,
compiled with `wirc build -O0` and `-O2 --time-passes` (best of 3 runs, per stage). Prints, per stage (parse, verify, each
pass, emit, validate), the time and peak memory at each size and the growth exponent between the
two largest sizes (log(t2/t1) / log(n2/n1): 1.0 is linear, 2.0 quadratic). Stages under 20 ms
get no exponent: timer noise dominates there. Also the total wall time and peak RSS of the whole
process (GNU time) at the largest size. Run via `./x bench` or `python3 bench/scaling.py [wirc]`.
"""
import math
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WIRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target/release/wirc")
SHAPES = [
    ("chain", [10_000, 30_000, 100_000]),
    ("diamonds", [10_000, 30_000, 100_000]),
    ("loops", [1_000, 3_000, 10_000]),
    ("values", [10_000, 100_000, 1_000_000]),
    ("live", [3_000, 10_000, 30_000]),
]
STAGE = re.compile(r"time:\s+([0-9.]+) ms\s+peak\s+([0-9.]+) MiB\s+(\S+)")


def run(path, level, tries=3):
    """Best of `tries` runs: stages {name: (ms, MiB)}, wall seconds, max RSS in MiB."""
    runs = [run_once(path, level) for _ in range(tries)]
    # Each stage's best time over the runs (its noise is independent of the other stages'), the
    # peak memory of that run; the best wall time and its RSS.
    stages = {}
    for name in runs[0][0]:
        stages[name] = min((r[0][name] for r in runs if name in r[0]), key=lambda t: t[0])
    best = min(runs, key=lambda r: r[1])
    return stages, best[1], best[2]


def run_once(path, level):
    """Stages {name: (ms, MiB)}, wall seconds and max RSS in MiB of one `wirc build`."""
    t0 = time.perf_counter()
    p = subprocess.run(
        ["/usr/bin/time", "-f", "%M", WIRC, "build", f"-O{level}", "--time-passes", path, "-o", os.devnull],
        capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit(f"wirc failed on {path} -O{level}:\n{p.stderr[-2000:]}")
    stages = {m.group(3): (float(m.group(1)), float(m.group(2))) for m in STAGE.finditer(p.stderr)}
    rss = int(p.stderr.strip().splitlines()[-1]) / 1024
    return stages, wall, rss


def exponent(a, b, n1, n2):
    if a < 20 or b <= 0:
        return "  -  "
    return f"{math.log(b / a) / math.log(n2 / n1):5.2f}"


def main():
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for shape, sizes in SHAPES:
            for level in (0, 2):
                results = []
                for n in sizes:
                    path = os.path.join(tmp, f"{shape}-{n}.wir")
                    if not os.path.exists(path):
                        with open(path, "w") as f:
                            subprocess.run([sys.executable, os.path.join(ROOT, "bench/gen_shapes.py"), shape, str(n)],
                                           stdout=f, check=True)
                    results.append(run(path, level))
                print(f"\n{shape} -O{level}: sizes {', '.join(f'{n:,}' for n in sizes)}")
                print(f"  {'stage':<18}" + "".join(f"{'ms @' + format(n, ','):>16}{'MiB':>8}" for n in sizes) + "   exp")
                names = list(results[-1][0].keys())
                for name in names:
                    row = [r[0].get(name, (0.0, 0.0)) for r in results]
                    e = exponent(row[1][0], row[2][0], sizes[1], sizes[2])
                    if e.strip() != "-":
                        worst = max(worst, float(e))
                    print(f"  {name:<18}" + "".join(f"{ms:16.1f}{mib:8.1f}" for ms, mib in row) + f"  {e}")
                walls = [r[1] for r in results]
                e = exponent(walls[1] * 1e3, walls[2] * 1e3, sizes[1], sizes[2])
                print(f"  {'total (process)':<18}" + "".join(f"{w * 1e3:16.1f}{r[2]:8.1f}" for w, r in zip(walls, results))
                      + f"  {e}")
    print(f"\nlargest stage growth exponent: {worst:.2f} (target: at most 1.3)")


if __name__ == "__main__":
    main()
