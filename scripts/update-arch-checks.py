#!/usr/bin/env python3
"""Regenerates the CHECK lines of a run test whose output differs by GOARCH.

Usage: scripts/update-arch-checks.py [--go GO] test.go...

Like update-lit-checks.py, but the test is run with Go 1.19 for linux/amd64
and for linux/arm64 (under qemu-aarch64), and the two outputs are merged:
lines both print are `CHECK` lines, the lines that differ become an
`AMD64` line and an `ARM64` line (if the two outputs do not have the same
number of lines, each architecture gets its whole output under its own
prefix). The RUN line selects the prefixes with lit's `%archprefix`
(lit.cfg.py):

  // RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck \\
  //        --check-prefixes=CHECK,%archprefix --match-full-lines \\
  //        --implicit-check-not={{.}} %s

Used for the math tests: Go's arm64 compiler fuses multiply-adds, its amd64
one does not, and some amd64 math functions are assembly with their own
results (docs/numeric.md). Programs must exit with status 0.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

RUN = ("// RUN: %golite build -o %t %s && %run %t 2>&1 | FileCheck "
       "--check-prefixes=CHECK,%archprefix --match-full-lines --implicit-check-not={{.}} %s")
PREFIXES = ("CHECK", "AMD64", "ARM64")
CHECK_LINE = re.compile(r"^// (%s)(-NEXT|-EMPTY)?:" % "|".join(PREFIXES))


def escape(line):
    # FileCheck gives {{ and [[ a meaning; everything else is literal.
    return line.replace("{{", "{{\\{\\{}}").replace("[[", "{{\\[\\[}}")


def line_for(prefix, text, first):
    if text.strip() == "":
        return "// %s: {{^$}}" % prefix if first else "// %s-EMPTY:" % prefix
    return "// %s%s: %s" % (prefix, "" if first else "-NEXT", escape(text))


def merge(amd, arm):
    block = []
    if len(amd) != len(arm):
        for prefix, out in (("AMD64", amd), ("ARM64", arm)):
            block += [line_for(prefix, l, i == 0) for i, l in enumerate(out)]
        return block
    for i, (a, b) in enumerate(zip(amd, arm)):
        if a == b:
            block.append(line_for("CHECK", a, i == 0))
        else:
            block.append(line_for("AMD64", a, i == 0))
            block.append(line_for("ARM64", b, i == 0))
    return block


def run_go(go, path, goarch, tmp):
    env = dict(os.environ)
    env.setdefault("GOCACHE", "/tmp/gocache-golite-tests")
    env.update(GOENV="off", GOFLAGS="", GO111MODULE="off", GOTRACEBACK="single",
               GOARCH=goarch, GOOS="linux")
    exe = os.path.join(tmp, "prog-" + goarch)
    p = subprocess.run([go, "build", "-o", exe, path], capture_output=True, text=True, env=env)
    if p.returncode != 0:
        sys.exit("%s: Go cannot build it for %s:\n%s" % (path, goarch, p.stdout + p.stderr))
    cmd = [exe]
    host = {"x86_64": "amd64", "aarch64": "arm64"}.get(os.uname().machine, "")
    if goarch != host:
        qemu = shutil.which({"amd64": "qemu-x86_64", "arm64": "qemu-aarch64"}[goarch])
        if not qemu:
            sys.exit("running %s programs needs qemu-user" % goarch)
        cmd = [qemu, exe]
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
                       timeout=300)
    if p.returncode != 0:
        sys.exit("%s: exits with status %d on %s" % (path, p.returncode, goarch))
    out = p.stdout.decode("utf-8", "backslashreplace").split("\n")
    if out and out[-1] == "":
        out.pop()
    return out


def update(path, go):
    with open(path) as f:
        text = f.read()
    body = [l for l in text.rstrip("\n").split("\n") if not CHECK_LINE.match(l)]
    while body and body[-1].strip() == "":
        body.pop()
    runs = [i for i, l in enumerate(body) if l.startswith("// RUN:")]
    if not runs:
        sys.exit("%s: no RUN line" % path)
    body[runs[0]] = RUN
    with tempfile.TemporaryDirectory() as tmp:
        block = merge(run_go(go, path, "amd64", tmp), run_go(go, path, "arm64", tmp))
    if not block:
        sys.exit("%s: prints nothing" % path)
    new = "\n".join(body) + "\n\n" + "\n".join(block) + "\n"
    if new != text:
        with open(path, "w") as f:
            f.write(new)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--go", default="/usr/lib/go-1.19/bin/go")
    ap.add_argument("files", nargs="+")
    a = ap.parse_args()
    for path in a.files:
        update(path, a.go)
    return 0


if __name__ == "__main__":
    sys.exit(main())
