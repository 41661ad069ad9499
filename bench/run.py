#!/usr/bin/python3
"""Builds golite's concurrency benchmarks with golite, Go 1.19 and gccgo,
runs them alternately and prints a table of times, ratios and peak RSS.

Each benchmark is a standalone `package main` in bench/<name>/main.go that
prints one result line (to standard error, with println); the script checks
that the three builds print the same line. Runs are round-robin: every
repetition runs every benchmark once with each compiler, so a change in the
machine's load hits all three alike. Times are medians over the
repetitions, both wall clock and CPU time (user + system, from the
rusage that wait4 returns, by the helper rusage_run.c); peak RSS is the
median ru_maxrss.

Derived measurements:
  blocked    memory per blocked goroutine = (peak RSS with N goroutines -
             peak RSS with 0) / N
  cpu2       GOMAXPROCS=1 wall time / GOMAXPROCS=2 wall time (the issue
             asks for >= 1.8 with golite)

Usage: bench/run.py [--reps N] [--filter REGEX] [--golite PATH]
                    [--compilers LIST] [--quick] [--boost] [--keep DIR]
See bench/README.md.
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
GO = "/usr/lib/go-1.19/bin/go"

# name, arguments, quick arguments (for --quick: a smoke test)
BENCHMARKS = [
    ("spawn", ["1000000"], ["50000"]),
    ("pingpong", ["2000000"], ["100000"]),
    ("sieve", ["2500"], ["300"]),
    ("fanin", ["500000"], ["20000"]),
    ("chanmutex", ["250000"], ["10000"]),
    ("blocked", ["100000"], ["10000"]),
    ("cpu2", ["400000000"], ["20000000"]),
    ("deeprec", ["1000000"], ["100000"]),
    ("fmtheavy", ["200000"], ["5000"]),
    ("strmap", ["400000"], ["10000"]),
]
# gccgo's goroutines take ~11 KB each and 100,000 of them take a minute to
# create here: it runs `blocked` with fewer (the per-goroutine figure is
# the same, memory grows linearly).
GCCGO_BLOCKED_N = "20000"

COMPILERS = ["golite", "go", "gccgo"]


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def build(compiler, src, out, golite):
    env = dict(os.environ)
    if compiler == "golite":
        cmd = [golite, "build", "-O2", "-o", out, src]
    elif compiler == "go":
        env.setdefault("GOCACHE", os.path.join(tempfile.gettempdir(), "gocache-bench"))
        env["GOFLAGS"] = "-mod=mod"
        env["GO111MODULE"] = "off"
        cmd = [GO, "build", "-o", out, src]
    else:
        cmd = ["gccgo", "-O2", "-o", out, src]
    r = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if r.returncode != 0:
        log(f"build failed: {' '.join(cmd)}\n{r.stdout}{r.stderr}")
        return False
    return True


RUNNER = None  # the rusage_run helper, built into the work directory


def build_runner(workdir):
    """Compiles rusage_run.c (see there why Python does not fork the
    benchmarks itself)."""
    global RUNNER
    out = os.path.join(workdir, "rusage_run")
    for cc in ("cc", "clang-19", "gcc"):
        if shutil.which(cc):
            r = subprocess.run([cc, "-O2", "-o", out, os.path.join(HERE, "rusage_run.c")],
                               capture_output=True, text=True)
            if r.returncode == 0:
                RUNNER = out
                return
            log(r.stderr)
    sys.exit("cannot compile bench/rusage_run.c")


def run(exe, args, env_extra=None, nice=None):
    """Runs exe; returns (wall s, cpu s, maxrss KB, output). With nice, in
    a session of its own with that autogroup nice value (rusage_run.c)."""
    env = dict(os.environ)
    if env_extra:
        env.update(env_extra)
    with tempfile.TemporaryFile() as out, tempfile.NamedTemporaryFile("r") as stats:
        pre = [RUNNER] + (["-n", str(nice)] if nice is not None else [])
        r = subprocess.run(pre + [stats.name, exe] + args, stdout=out, stderr=subprocess.STDOUT, env=env)
        out.seek(0)
        text = out.read().decode(errors="replace").strip()
        fields = stats.read().split()
    if r.returncode != 0 or len(fields) != 5:
        raise RuntimeError(f"rusage_run failed for {exe}:\n{text}")
    wall, utime, stime = (float(x) for x in fields[:3])
    maxrss, code = int(fields[3]), int(fields[4])
    if code != 0:
        raise RuntimeError(f"{exe} {' '.join(args)} exited {code}:\n{text}")
    return wall, utime + stime, maxrss, text


def fmt_t(v):
    return "-" if v is None else f"{v:.3f}"


def fmt_r(a, b):
    return "-" if a is None or b is None or b == 0 else f"{a / b:.2f}"


def fmt_kb(v):
    if v is None:
        return "-"
    return f"{v / 1024:.1f}M" if v >= 10240 else f"{int(v)}K"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reps", type=int, default=5, help="repetitions (median), default 5")
    ap.add_argument("--filter", default="", help="regex on benchmark names")
    ap.add_argument("--golite", default=os.path.join(REPO, "build", "bin", "golite"),
                    help="the golite compiler (default: build/bin/golite of the repository)")
    ap.add_argument("--compilers", default=",".join(COMPILERS),
                    help="comma-separated subset of golite,go,gccgo")
    ap.add_argument("--quick", action="store_true", help="small sizes (a smoke test)")
    ap.add_argument("--boost", action="store_true",
                    help="run cpu2 (only) in a session of its own with autogroup nice -20, so that "
                         "it gets both CPUs of a machine shared with other sessions (needs root)")
    ap.add_argument("--keep", metavar="DIR", help="build into DIR and keep the executables")
    opts = ap.parse_args()

    compilers = [c for c in opts.compilers.split(",") if c]
    for c in compilers:
        if c not in COMPILERS:
            ap.error(f"unknown compiler {c}")
    if "gccgo" in compilers and not shutil.which("gccgo"):
        log("gccgo not found (apt-get install gccgo): skipping it")
        compilers.remove("gccgo")
    if "golite" in compilers and not os.access(opts.golite, os.X_OK):
        ap.error(f"golite not found at {opts.golite} (use --golite)")

    benches = [b for b in BENCHMARKS if re.search(opts.filter, b[0])]
    if not benches:
        ap.error("no benchmark matches --filter")

    workdir = opts.keep or tempfile.mkdtemp(prefix="golite-bench-")
    os.makedirs(workdir, exist_ok=True)
    build_runner(workdir)
    exes = {}
    for name, _, _ in benches:
        src = os.path.join(HERE, name, "main.go")
        for c in compilers:
            out = os.path.join(workdir, f"{name}.{c}")
            log(f"build {name} with {c}")
            if build(c, src, out, opts.golite):
                exes[name, c] = out

    # Every run: key -> list of (wall, cpu, rss).
    results = {}
    outputs = {}

    def record(key, exe, args, env=None, nice=None):
        wall, cpu, rss, text = run(exe, args, env, nice)
        results.setdefault(key, []).append((wall, cpu, rss))
        outputs.setdefault(key, text)

    load0 = os.getloadavg()
    t_start = time.time()
    for rep in range(opts.reps):
        log(f"repetition {rep + 1}/{opts.reps} (load {os.getloadavg()[0]:.1f})")
        for name, args, qargs in benches:
            a = qargs if opts.quick else args
            for c in compilers:
                exe = exes.get((name, c))
                if not exe:
                    continue
                if name == "blocked":
                    n = a if c != "gccgo" or opts.quick else [GCCGO_BLOCKED_N]
                    record((name, c, "N"), exe, n)
                    record((name, c, "0"), exe, ["0"])
                elif name == "cpu2":
                    nice = -20 if opts.boost else None
                    record((name, c, "P2"), exe, a, {"GOMAXPROCS": "2"}, nice)
                    record((name, c, "P1"), exe, a, {"GOMAXPROCS": "1"}, nice)
                else:
                    record((name, c, ""), exe, a)
    elapsed = time.time() - t_start
    load1 = os.getloadavg()

    def med(key, i):
        v = results.get(key)
        return statistics.median(x[i] for x in v) if v else None

    # Outputs must agree with Go's (or with the first compiler's).
    ok = True
    for key, text in outputs.items():
        name, c, variant = key
        ref_c = "go" if (name, "go", variant) in outputs else compilers[0]
        ref = outputs.get((name, ref_c, variant))
        if name == "blocked" and c == "gccgo" and variant == "N":
            continue  # run with another N
        if ref is not None and text != ref:
            ok = False
            log(f"OUTPUT MISMATCH {name}/{c}/{variant}: {text!r} vs {ref_c}: {ref!r}")

    def key_main(name, c):
        return (name, c, {"blocked": "N", "cpu2": "P2"}.get(name, ""))

    has = lambda c: c in compilers
    print(f"# {time.strftime('%Y-%m-%d %H:%M %Z')}, {os.cpu_count()} CPUs, "
          f"{opts.reps} repetitions, load average {load0[0]:.1f} before, {load1[0]:.1f} after, "
          f"{elapsed:.0f} s")
    print("# medians; wall = elapsed seconds, cpu = user+system seconds; ratios golite/other")
    print("# (cpu2 at GOMAXPROCS=2; blocked with N goroutines, see below)")
    hdr = ["benchmark",
           "golite wall", "Go wall", "gccgo wall", "/Go", "/gccgo",
           "golite cpu", "Go cpu", "gccgo cpu", "/Go", "/gccgo",
           "RSS golite", "RSS Go", "RSS gccgo"]
    rows = []
    for name, _, _ in benches:
        k = {c: key_main(name, c) for c in COMPILERS}
        w = {c: med(k[c], 0) for c in COMPILERS}
        u = {c: med(k[c], 1) for c in COMPILERS}
        r = {c: med(k[c], 2) for c in COMPILERS}
        rows.append([name,
                     fmt_t(w["golite"]), fmt_t(w["go"]), fmt_t(w["gccgo"]),
                     fmt_r(w["golite"], w["go"]), fmt_r(w["golite"], w["gccgo"]),
                     fmt_t(u["golite"]), fmt_t(u["go"]), fmt_t(u["gccgo"]),
                     fmt_r(u["golite"], u["go"]), fmt_r(u["golite"], u["gccgo"]),
                     fmt_kb(r["golite"]), fmt_kb(r["go"]), fmt_kb(r["gccgo"])])
    print_table(hdr, rows)

    if any(b[0] == "blocked" for b in benches):
        print()
        print("memory per blocked goroutine (peak RSS(N) - peak RSS(0)) / N:")
        for c in compilers:
            rn, r0 = med(("blocked", c, "N"), 2), med(("blocked", c, "0"), 2)
            if rn is None or r0 is None:
                continue
            args = [b for b in benches if b[0] == "blocked"][0]
            n = int((args[2] if opts.quick else (args[1] if c != "gccgo" else [GCCGO_BLOCKED_N]))[0])
            print(f"  {c:7s} {(rn - r0) * 1024 / n:8.0f} bytes  (N={n}: {fmt_kb(rn)}, N=0: {fmt_kb(r0)})")
    if any(b[0] == "cpu2" for b in benches):
        print()
        print("cpu2 speedup, wall time GOMAXPROCS=1 / GOMAXPROCS=2 (target >= 1.8)"
              + (", autogroup nice -20 (--boost):" if opts.boost else ":"))
        for c in compilers:
            p1, p2 = med(("cpu2", c, "P1"), 0), med(("cpu2", c, "P2"), 0)
            if p1 is None or p2 is None:
                continue
            print(f"  {c:7s} {p1 / p2:5.2f}  (P=1 {p1:.3f} s, P=2 {p2:.3f} s)")
    if not ok:
        print("\nWARNING: outputs differ between compilers (see standard error)")
    if not opts.keep:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0 if ok else 1


def print_table(hdr, rows):
    widths = [max(len(str(x)) for x in col) for col in zip(hdr, *rows)]
    line = lambda cells: "| " + " | ".join(
        str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(cells, widths))) + " |"
    print(line(hdr))
    print("|" + "|".join(("-" * (w + 1) + ":") if i else ("-" * (w + 2)) for i, w in enumerate(widths)) + "|")
    for r in rows:
        print(line(r))


if __name__ == "__main__":
    sys.exit(main())
