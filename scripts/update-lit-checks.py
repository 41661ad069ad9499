#!/usr/bin/env python3
"""Regenerates the CHECK lines of golite's lit tests from Go 1.19.

Usage: scripts/update-lit-checks.py [--go GO] test.go...

The expected output of a test is never written by hand: this script builds
the test with the reference Go toolchain, runs it, and rewrites the trailing
`// CHECK` block of the file from what Go really printed.

* Run tests (`%golite build -o %t %s ... && %run %t ... 2>&1 | FileCheck ...`;
  `%run` runs the program under qemu for an emulated GOARCH, see lit.cfg.py):
  stdout and stderr together must match completely; a program that exits
  with a status other than 0 gets `%expect-exit N`. A program that panics
  (status 2) is checked up to and including its `panic: ...` lines; the
  goroutine traceback that follows is not compared.
* Error tests (`not %golite build %s ...`): the diagnostics of
  `go tool compile -p main`, with the directory replaced by `{{.*}}`.

Extra source files of a multi-file test sit beside it as `name_part.go`
(lit skips them) and are named in the RUN line as `%S/name_part.go`;
program arguments follow `%run %t`. Standard RUN lines are rewritten to the
canonical form; anything else is left alone.
"""

import argparse
import os
import re
import shlex
import subprocess
import sys
import tempfile

RUN_FLAGS = "--match-full-lines --implicit-check-not={{.}}"
STD_RUN = re.compile(
    r"^// RUN: %golite build -o %t %s(?P<extra>(?: %S/\S+)*) && "
    r"(?:%expect-exit \d+ )?(?:%run )?%t(?P<args>.*?) 2>&1 \| FileCheck.*$")
ERR_RUN = re.compile(r"^// RUN: not %golite build %s(?P<extra>(?: %S/\S+)*) 2>&1 \| FileCheck.*$")


def escape(line):
    # FileCheck gives {{ and [[ a meaning; everything else is literal.
    out = []
    i = 0
    while i < len(line):
        two = line[i:i + 2]
        if two == "{{":
            out.append("{{\\{\\{}}")
            i += 2
        elif two == "[[":
            out.append("{{\\[\\[}}")
            i += 2
        else:
            out.append(line[i])
            i += 1
    return "".join(out)


def check_block(lines, prefix="CHECK"):
    block = []
    for i, line in enumerate(lines):
        if line.strip() == "":
            block.append("// %s-EMPTY:" % prefix)
            continue
        kind = prefix if i == 0 else prefix + "-NEXT"
        block.append("// %s: %s" % (kind, line))
    return block


def go_env():
    env = dict(os.environ)
    env.setdefault("GOCACHE", "/tmp/gocache-golite-tests")
    env["GOENV"] = "off"
    env["GOFLAGS"] = ""
    env["GO111MODULE"] = "off"
    env["GOTRACEBACK"] = "single"
    return env


def files_of(path, extra):
    d = os.path.dirname(os.path.abspath(path))
    files = [os.path.abspath(path)]
    for tok in extra.split():
        files.append(tok.replace("%S", d))
    return files


def update(path, go):
    with open(path) as f:
        text = f.read()
    lines = text.rstrip("\n").split("\n")
    body = [l for l in lines if not l.startswith("// CHECK")]
    while body and body[-1].strip() == "":
        body.pop()
    run_idx = [i for i, l in enumerate(body) if l.startswith("// RUN:")]
    if not run_idx:
        print("%s: no RUN line" % path, file=sys.stderr)
        return False
    run = body[run_idx[0]]
    env = go_env()
    with tempfile.TemporaryDirectory() as tmp:
        m = ERR_RUN.match(run)
        if m:
            files = files_of(path, m.group("extra"))
            p = subprocess.run([go, "tool", "compile", "-p", "main", "-o",
                                os.path.join(tmp, "main.o")] + files,
                               capture_output=True, text=True, env=env)
            if p.returncode == 0:
                print("%s: compiles with Go; not an error test" % path, file=sys.stderr)
                return False
            out = p.stdout + p.stderr
            got = []
            dirs = sorted({os.path.dirname(f) + "/" for f in files}, key=len, reverse=True)
            for l in out.rstrip("\n").split("\n"):
                l = escape(l)
                for d in dirs:
                    l = l.replace(escape(d), "{{.*}}")
                got.append(l)
            body[run_idx[0]] = ("// RUN: not %%golite build %%s%s 2>&1 | FileCheck %s %%s"
                                % (m.group("extra"), RUN_FLAGS))
            block = check_block(got)
        else:
            m = STD_RUN.match(run)
            if not m:
                print("%s: non-standard RUN line, left alone" % path, file=sys.stderr)
                return False
            files = files_of(path, m.group("extra"))
            exe = os.path.join(tmp, "prog")
            p = subprocess.run([go, "build", "-o", exe] + files,
                               capture_output=True, text=True, env=env)
            if p.returncode != 0:
                print("%s: Go cannot build it:\n%s" % (path, p.stdout + p.stderr), file=sys.stderr)
                return False
            args = shlex.split(m.group("args"))
            p = subprocess.run([exe] + args, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, env=env, timeout=60)
            out = p.stdout.decode("utf-8", "backslashreplace")
            rc = p.returncode
            ol = out.split("\n")
            if out.endswith("\n"):
                ol = ol[:-1]
            panic_at = None
            if rc == 2:
                for i, l in enumerate(ol):
                    if l.startswith("goroutine ") and i > 0 and ol[i - 1] == "":
                        panic_at = i - 1
                        break
            if panic_at is not None:
                kept = []
                for l in ol[:panic_at]:
                    if l.startswith("[signal "):
                        l = re.sub(r"code=\S+ addr=\S+ pc=\S+\]",
                                   "code={{.*}} addr={{.*}} pc={{.*}}]", escape(l))
                    else:
                        l = escape(l)
                    kept.append(l)
                flags = "--match-full-lines"
                block = check_block(kept)
            else:
                flags = RUN_FLAGS
                block = check_block([escape(l) for l in ol])
            ee = "%%expect-exit %d " % rc if rc != 0 else ""
            body[run_idx[0]] = ("// RUN: %%golite build -o %%t %%s%s && %s%%run %%t%s 2>&1 | FileCheck %s %%s"
                                % (m.group("extra"), ee, m.group("args"), flags))
            if not block:
                print("%s: prints nothing; a test must check some output" % path, file=sys.stderr)
                return False
    new = "\n".join(body) + "\n\n" + "\n".join(block) + "\n"
    if new != text:
        with open(path, "w") as f:
            f.write(new)
    return True


def main():
    import stat
    try:
        ok_null = stat.S_ISCHR(os.stat("/dev/null").st_mode)
    except OSError:
        ok_null = False
    if not ok_null:
        # `go tool compile -o /dev/null` on a file with errors, run as root,
        # deletes /dev/null; Go then fails in confusing ways.
        print("update-lit-checks: /dev/null is not a character device; repair it with\n"
              "  mknod -m 666 /tmp/devnull c 1 3 && mv -f /tmp/devnull /dev/null",
              file=sys.stderr)
        return 2
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--go", default="/usr/lib/go-1.19/bin/go")
    ap.add_argument("files", nargs="+")
    a = ap.parse_args()
    ok = True
    for path in a.files:
        if path.endswith("_part.go"):
            continue
        ok = update(path, a.go) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
