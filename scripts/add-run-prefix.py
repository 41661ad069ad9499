#!/usr/bin/env python3
"""add-run-prefix.py: puts lit's `%run` before every program a RUN line runs.

Run tests execute the program they built (`%t`, `%t.dir`, ...). For
GOARCH=arm64 the lit suite runs them under qemu-aarch64: the `%run`
substitution is empty on the native target and `qemu-aarch64` when
`--param goarch=arm64` (see test/lit/lit.cfg.py). This script rewrites

    // RUN: %golite build -o %t %s && %t 2>&1 | FileCheck %s
    // RUN: %golite build -o %t %s && %expect-exit 2 %t 2>&1 | FileCheck %s
    // RUN: env GOMAXPROCS=2 %t 2>&1 | FileCheck %s

into the same lines with `%run %t`. A word is a program when it starts with
`%t` and stands in command position: first in a command (after `&&`, `||`,
`|`, `;` or the start of the line), possibly after `env VAR=value...`,
`not`, `%expect-exit N` or `timeout N`. Idempotent.

    scripts/add-run-prefix.py [--check] FILE_OR_DIR...

With --check, changes nothing and exits 1 if some file needs the rewrite
(lists them).
"""
import os
import re
import sys

RUN_RE = re.compile(r"^(?P<lead>.*?\bRUN:)(?P<cmd>.*)$")
SEP_RE = re.compile(r"(&&|\|\||\||;)")


def rewrite_command(cmd):
    parts = SEP_RE.split(cmd)
    out = []
    for i, part in enumerate(parts):
        if i % 2 == 1:  # a separator
            out.append(part)
            continue
        words = re.split(r"(\s+)", part)
        # words alternates [text, space, text, ...]; find the command word.
        idx = [j for j, w in enumerate(words) if w and not w.isspace()]
        k = 0
        while k < len(idx):
            w = words[idx[k]]
            if w == "env" or w == "not" or re.match(r"^[A-Za-z_][A-Za-z0-9_]*=", w):
                k += 1
                continue
            if w in ("%expect-exit", "timeout") and k + 1 < len(idx):
                k += 2
                continue
            break
        if k < len(idx):
            j = idx[k]
            w = words[j]
            prev = words[idx[k - 1]] if k > 0 else ""
            if re.match(r"^%t(\.[A-Za-z0-9_]+)?$", w) and prev != "%run":
                words[j] = "%run " + w
        out.append("".join(words))
    return "".join(out)


def rewrite_text(text):
    lines = text.split("\n")
    for n, line in enumerate(lines):
        m = RUN_RE.match(line)
        if m:
            lines[n] = m.group("lead") + rewrite_command(m.group("cmd"))
    return "\n".join(lines)


def files(paths):
    for p in paths:
        if os.path.isdir(p):
            for d, _, fs in os.walk(p):
                for f in sorted(fs):
                    if f.endswith((".go", ".test")):
                        yield os.path.join(d, f)
        else:
            yield p


def main(argv):
    check = "--check" in argv
    paths = [a for a in argv if a != "--check"]
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    changed = []
    for f in files(paths):
        with open(f, encoding="utf-8") as fh:
            old = fh.read()
        new = rewrite_text(old)
        if new != old:
            changed.append(f)
            if not check:
                with open(f, "w", encoding="utf-8") as fh:
                    fh.write(new)
    for f in changed:
        print(("needs %run: " if check else "rewrote: ") + f)
    return 1 if (check and changed) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
