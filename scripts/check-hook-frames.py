#!/usr/bin/env python3
"""Checks the stack frames of the runtime functions that Go code calls.

    check-hook-frames.py [--limit BYTES] [--stamp FILE] SU_FILE...

Compiled Go code calls the runtime's entry points (runtime.*) and the lib
hooks (os.*, time.*, sync.*, ...: body-less lib functions) on the
goroutine's own stack, with only the red zone below stackguard0 (1 KiB,
runtime/stack.cpp: stackRedZone) for the callee and everything it calls
without switching stacks (docs/runtime-hacking.md). The runtime is
compiled with -fstack-usage; this script reads the .su files and fails when
such a function (its symbol is `pkg.name`, from the __asm__ labels) has a
static frame above BYTES (default 512) or a dynamic one (alloca, VLA).

A PATH_MAX buffer in the os hooks once overflowed goroutines' 2 KiB first
segments; this catches that kind of change at build time.
"""

import argparse
import os
import re
import sys

GO_SYMBOL = re.compile(r"^[A-Za-z0-9_]+(/[A-Za-z0-9_]+)*\.[A-Za-z_][A-Za-z0-9_.]*$")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=512)
    ap.add_argument("--stamp", help="file to touch when the check passes")
    ap.add_argument("su", nargs="+")
    opts = ap.parse_args()
    bad = []
    checked = 0
    for path in opts.su:
        if not os.path.exists(path):
            continue  # clang writes no .su for a file without functions
        with open(path) as f:
            for line in f:
                fields = line.rstrip("\n").split("\t")
                if len(fields) != 3:
                    continue
                where, size, kind = fields
                # file:line:col:name (the name may hold no colon: a symbol)
                loc, _, name = where.rpartition(":")
                if not GO_SYMBOL.match(name):
                    continue
                checked += 1
                if int(size) > opts.limit or "dynamic" in kind:
                    bad.append(f"{loc}: {name}: {size}-byte frame ({kind}), limit {opts.limit}")
    if bad:
        print("runtime functions called on goroutine stacks have frames too big for the red zone "
              "(docs/runtime-hacking.md: move big buffers to the heap or switch stacks):",
              file=sys.stderr)
        for b in bad:
            print("  " + b, file=sys.stderr)
        return 1
    if checked == 0:
        print("check-hook-frames: no Go-callable functions found in the .su files", file=sys.stderr)
        return 1
    if opts.stamp:
        with open(opts.stamp, "w") as f:
            f.write(f"{checked} functions, limit {opts.limit}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
