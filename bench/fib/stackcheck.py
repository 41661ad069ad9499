#!/usr/bin/env python3
"""Measures the cost of golite's prologue stack checks and loop polls.

    stackcheck.py [--golite PATH] [--reps N] [--boost] [--filter REGEX]

Builds bench/fib (fib(40)), cpu2, sieve, strmap and fmtheavy twice with golite
(`build -O2` with and without the hidden `-gcflags=all=-nostackcheck`: the
standard library too), then runs the two
builds of each benchmark alternately N times (default 7) through
bench/rusage_run.c, with --boost in a session of its own at autogroup nice
-20 (needs root; other sessions then get little of the CPUs). Prints the
median and the minimum CPU time (user + system) and wall time of each
build and the overhead of the checks in percent. cpu2, strmap and fmtheavy run with
GOMAXPROCS=1 (one thread: CPU time without a second core's noise).
Results go to docs/stacks.md ("Cost of the check").
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(HERE)
REPO = os.path.dirname(BENCH)

# name, arguments, extra environment
PROGRAMS = [
    ("fib", ["40"], {}),
    ("cpu2", ["400000000"], {"GOMAXPROCS": "1"}),
    ("sieve", ["2500"], {}),
    ("strmap", ["400000"], {"GOMAXPROCS": "1"}),
    ("fmtheavy", ["200000"], {"GOMAXPROCS": "1"}),
]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--golite", default=os.path.join(REPO, "build", "bin", "golite"))
    ap.add_argument("--reps", type=int, default=7)
    ap.add_argument("--boost", action="store_true", help="autogroup nice -20 (root)")
    ap.add_argument("--filter", default="")
    ap.add_argument("--keep", metavar="DIR")
    opts = ap.parse_args()
    work = opts.keep or tempfile.mkdtemp(prefix="golite-stackcheck-")
    os.makedirs(work, exist_ok=True)
    runner = os.path.join(work, "rusage_run")
    subprocess.run(["cc", "-O2", "-o", runner, os.path.join(BENCH, "rusage_run.c")], check=True)
    progs = [p for p in PROGRAMS if re.search(opts.filter, p[0])]
    exes = {}
    for name, _, _ in progs:
        src = os.path.join(BENCH, name, "main.go")
        for mode, flags in (("on", []), ("off", ["-gcflags=all=-nostackcheck"])):
            out = os.path.join(work, f"{name}.{mode}")
            subprocess.run([opts.golite, "build", "-O2"] + flags + ["-o", out, src], check=True)
            exes[name, mode] = out
    res = {}
    load0 = os.getloadavg()
    for rep in range(opts.reps):
        print(f"rep {rep + 1}/{opts.reps} load {os.getloadavg()[0]:.1f}", file=sys.stderr)
        for name, args, env in progs:
            # Alternate which build runs first, so that a load trend hits both.
            order = ("on", "off") if rep % 2 == 0 else ("off", "on")
            for mode in order:
                e = dict(os.environ, **env)
                with tempfile.NamedTemporaryFile("r") as st:
                    pre = [runner] + (["-n", "-20"] if opts.boost else [])
                    r = subprocess.run(pre + [st.name, exes[name, mode]] + args, env=e,
                                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
                    f = st.read().split()
                if r.returncode != 0 or len(f) != 5 or f[4] != "0":
                    sys.exit(f"{name}.{mode} failed: {r.stdout}")
                res.setdefault((name, mode), []).append((float(f[0]), float(f[1]) + float(f[2])))
    load1 = os.getloadavg()
    print(f"load average before {load0[0]:.1f}/{load0[1]:.1f}/{load0[2]:.1f}, "
          f"after {load1[0]:.1f}/{load1[1]:.1f}/{load1[2]:.1f}; {opts.reps} reps"
          + (", boosted (autogroup nice -20)" if opts.boost else ""))
    print("| benchmark | cpu on (med / min) | cpu off (med / min) | overhead med | overhead min | wall on / off (med) |")
    print("|---|---|---|---|---|---|")
    for name, _, _ in progs:
        on, off = res[name, "on"], res[name, "off"]
        con = [c for _, c in on]
        coff = [c for _, c in off]
        mon, moff = statistics.median(con), statistics.median(coff)
        print(f"| {name} | {mon:.3f} / {min(con):.3f} s | {moff:.3f} / {min(coff):.3f} s | "
              f"{100 * (mon / moff - 1):+.1f}% | {100 * (min(con) / min(coff) - 1):+.1f}% | "
              f"{statistics.median([w for w, _ in on]):.3f} / {statistics.median([w for w, _ in off]):.3f} s |")


if __name__ == "__main__":
    main()
