#!/usr/bin/env python3
"""Runs Go's own test programs (test/ken, test/chan, test/interface, ...)
through golite, the way Go's test/run.go runs them through gc.

Usage:
  run_ken.py [--compiler PATH|go] [--set all|no-import] [DIR...]

For every DIR/*.go the first line says what to do (Go's "execution recipe",
which ends at the first blank line; a leading `// +build` line is skipped):

  // run          build the program and run it: stdout and stderr together
                  must equal DIR/name.out if that file exists, else be empty,
                  and the exit status must be 0.
  // compile      the file must compile.
  // errorcheck   compiling must fail, and every diagnostic must match a
                  `// ERROR "regexp"` comment on its line, and every such
                  comment must be matched (Go's errorCheck rules; columns
                  are ignored, as with gc's -C).
  // build        the program must build (compile and link).
  // runoutput    build and run the program; its output is a program, which
                  is built and run like `// run`.
  // compiledir, // rundir, // errorcheckdir
                  name.dir/ holds several packages (files grouped by package
                  clause, in name order; each file alone with -s); they are
                  compiled in order (a local import "./x" names the package
                  whose first file is x.go), and the last one must fail with
                  the `// ERROR`s (errorcheckdir) or is run (rundir).

Leading recipe flags are read as test/run.go reads them (-0/-1: whether
compiling must fail, -s, -t N); any other flag is a gc flag golite has no
equivalent of, and such programs are skipped, as are other recipes and build
constraints that exclude linux/amd64. Each program is also put in a category:
`no-import` (no imports, no goroutines, no channels), `goroutines` (go
statements, channels or select) or `imports`; `--set no-import` runs only the
first.

`--compiler go` uses the Go 1.19 toolchain itself (go build / go tool
compile); that mode exists to prove the harness: every program must pass.

Prints one line per program, counts per category (and per directory when
there are several) and finally `N passed, N failed, N skipped`.
Exits 1 if any program failed.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

HOST_ARCH = {"x86_64": "amd64", "aarch64": "arm64"}.get(os.uname().machine,
                                                        os.uname().machine)


# --- reading a test program -------------------------------------------------

def strip_comments(src):
    """Removes comments and string/rune literal contents, so that keyword
    scans see only code."""
    out = []
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if src.startswith("//", i):
            j = src.find("\n", i)
            i = n if j < 0 else j
        elif src.startswith("/*", i):
            j = src.find("*/", i + 2)
            i = n if j < 0 else j + 2
            out.append(" ")
        elif c in "\"'`":
            q = c
            j = i + 1
            while j < n and src[j] != q:
                if q != "`" and src[j] == "\\":
                    j += 1
                j += 1
            out.append(q + q)
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def imports_of(src):
    """Import paths of a Go file (from the raw source, literals intact)."""
    code = re.sub(r"//[^\n]*", "", src)
    code = re.sub(r"/\*.*?\*/", " ", code, flags=re.S)
    paths = []
    for m in re.finditer(r"^import\s*\((.*?)\)", code, flags=re.M | re.S):
        paths += re.findall(r'"([^"]+)"', m.group(1))
    for m in re.finditer(r'^import\s+(?:[\w.]+\s+)?"([^"]+)"', code, flags=re.M):
        paths.append(m.group(1))
    return paths


def category_of(src):
    code = strip_comments(src)
    needs = []
    if re.search(r"\bgo\s+[\w(]", code) or re.search(r"\bchan\b", code) or \
            re.search(r"\bselect\s*\{", code) or "<-" in code:
        needs.append("goroutines")
    imps = imports_of(src)
    if imps:
        needs.append("imports:" + ",".join(imps))
    if not needs:
        return "no-import", []
    return ("goroutines" if needs[0] == "goroutines" else "imports"), needs


def build_ok(src):
    """Evaluates //go:build and // +build lines against linux/HOST_ARCH."""
    header = src.split("\npackage", 1)[0]
    tags = {"linux", "unix", HOST_ARCH, "gc"} | {"go1.%d" % i for i in range(1, 20)}
    for line in header.split("\n"):
        line = line.strip()
        if line.startswith("//go:build "):
            expr = line[len("//go:build "):]
            py = re.sub(r"[\w.]+", lambda m: str(m.group(0) in tags), expr)
            py = py.replace("&&", " and ").replace("||", " or ").replace("!", " not ")
            try:
                if not eval(py, {"__builtins__": {}}):
                    return False
            except SyntaxError:
                return False
        elif line.startswith("// +build "):
            # Space-separated options are ORed, commas AND, ! negates.
            ok = False
            for opt in line[len("// +build "):].split():
                terms = opt.split(",")
                if all((t[1:] not in tags) if t.startswith("!") else (t in tags)
                       for t in terms):
                    ok = True
            if not ok:
                return False
    return True


def recipe_of(src):
    """Returns (action, args) or (None, reason) as test/run.go decides."""
    if src.startswith("\n"):
        return None, "starts with newline"
    if "\n\n" not in src:
        return None, "no blank line ending the recipe"
    action = src.split("\n\n", 1)[0]
    first, _, rest = action.partition("\n")
    if "+build" in first:
        action = rest
    action = action.strip()
    if action.startswith("//"):
        action = action[2:]
    fields = action.split()
    if not fields:
        return None, "empty recipe"
    return fields[0], fields[1:]


# --- errorcheck (after test/run.go's errorCheck) -----------------------------

ERR_RX = re.compile(r"// (?:GC_)?ERROR (.*)")
ERR_QUOTES_RX = re.compile(r'"([^"]*)"')
LINE_RX = re.compile(r"LINE(([+-])([0-9]+))?")


def go_regex_to_python(rx):
    # The ERROR regexps are RE2; the few constructs that differ in Python.
    rx = rx.replace(r"\pL", r"[^\W\d_]").replace(r"\z", r"\Z")
    return rx


def wanted_errors(path, short):
    wants = []
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.read().split("\n")
    for i, line in enumerate(lines):
        num = i + 1
        if "////" in line or "ERRORAUTO" in line:
            continue
        m = ERR_RX.search(line)
        if not m:
            continue
        for q in ERR_QUOTES_RX.findall(m.group(1)):
            def sub(mm, num=num):
                n = num
                if mm.group(2) == "+":
                    n += int(mm.group(3))
                elif mm.group(2) == "-":
                    n -= int(mm.group(3))
                return "%s:%d" % (short, n)
            rx = LINE_RX.sub(sub, q)
            try:
                cre = re.compile(go_regex_to_python(rx))
            except re.error:
                cre = re.compile(re.escape(rx))
            wants.append((num, rx, cre, "%s:%d" % (short, num)))
    return wants


def split_output(out):
    res = []
    for line in out.split("\n"):
        line = line.rstrip("\r")
        if line.startswith("\t") and res:
            res[-1] += "\n" + line
        elif line.startswith("go tool") or line.startswith("#") or \
                line.startswith("<autogenerated>"):
            continue
        elif line.strip():
            res.append(line)
    return res


def error_check(out, *paths):
    """Go's errorCheck: every diagnostic in `out` must match a `// ERROR`
    comment on its line in one of `paths`, and every comment must be
    matched. Directories and columns are dropped first (gc's -C)."""
    shorts = [os.path.basename(p) for p in paths]
    names = "|".join(re.escape(s) for s in shorts)
    msgs = []
    for m in split_output(out):
        # "dir/x.go:12:5: msg" -> "x.go:12: msg".
        m = re.sub(r"^(?:\S*/)?(" + names + r"):(\d+):\d+:", r"\1:\2:", m)
        m = re.sub(r"(?:\S*/)?((?:" + names + r"):\d+):\d+", r"\1", m)
        if m.endswith("too many errors") and ":" not in m.split(" ")[0][:-1]:
            continue
        msgs.append(m)
    errs = []
    for path, short in zip(paths, shorts):
        for num, rx, cre, prefix in wanted_errors(path, short):
            mine = [m for m in msgs if m.startswith(prefix) and
                    (len(m) == len(prefix) or m[len(prefix)] in ": \t")]
            msgs = [m for m in msgs if m not in mine]
            if not mine:
                errs.append("%s:%d: missing error %r" % (short, num, rx))
                continue
            matched = False
            for m in mine:
                text = m.split(" ", 1)[1] if " " in m else m
                if cre.search(text):
                    matched = True
                else:
                    msgs.append(m)
            if not matched:
                errs.append("%s:%d: no match for %r in: %s" % (short, num, rx, " | ".join(mine)))
    for m in msgs:
        errs.append("unmatched error: " + m)
    return errs


# Packages golite leaves out because they are built on reflect.
NEEDS_REFLECT = {"reflect", "text/template", "html/template", "encoding/json",
                 "encoding/xml", "encoding/gob", "encoding/asn1"}


# --- running -----------------------------------------------------------------

class Runner:
    def __init__(self, a):
        self.a = a
        self.go_mode = a.compiler == "go"
        self.env = dict(os.environ)
        self.env.update({"GOENV": "off", "GOFLAGS": "", "GO111MODULE": "off",
                         "GOTRACEBACK": "single"})
        self.env.setdefault("GOCACHE", os.path.join(a.workdir, "gocache"))
        self.env.setdefault("HOME", a.workdir)

    def sh(self, argv, cwd=None, timeout=None):
        try:
            p = subprocess.run(argv, cwd=cwd, env=self.env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, timeout=timeout or self.a.timeout)
            return p.returncode, p.stdout.decode("utf-8", "backslashreplace")
        except subprocess.TimeoutExpired as e:
            out = (e.stdout or b"").decode("utf-8", "backslashreplace")
            return None, out + "\n[timed out after %ss]" % (timeout or self.a.timeout)
        except OSError as e:
            return 127, str(e)

    def build(self, src, exe, tmp):
        if self.go_mode:
            return self.sh([self.a.go, "build", "-o", exe, src], cwd=tmp)
        return self.sh([self.a.compiler, "build", "-o", exe, src], cwd=tmp)

    def compile_only(self, src, tmp, all_errors=False):
        """Compiles one file (or, for golite, one package directory) without
        linking; golite discards the result of a non-main package, as
        `go build` does."""
        if self.go_mode:
            argv = [self.a.go, "tool", "compile", "-p=p"]
            if all_errors:
                argv += ["-e", "-d=panic"]
            return self.sh(argv + ["-o", os.path.join(tmp, "a.o"), src], cwd=tmp)
        flags = self.a.errorcheck_flags.split() if all_errors else []
        return self.sh([self.a.compiler, "build"] + flags +
                       ["-o", os.path.join(tmp, "a.out"), src], cwd=tmp)

    def run_exe(self, exe, args, want_path, tmp):
        rc, out = self.sh([exe] + args, cwd=tmp)
        if rc != 0:
            return "FAIL", "exit status %s; output:\n%s" % (rc, out)
        return self.check_output(out, want_path)

    @staticmethod
    def check_output(out, want_path):
        want = ""
        if os.path.exists(want_path):
            with open(want_path, encoding="utf-8", errors="replace") as f:
                want = f.read()
        if out != want:
            return "FAIL", "output differs:\n" + diff_text(want, out)
        return "PASS", ""

    # -- directory recipes (name.dir/ next to name.go) --

    def dir_packages(self, d, single):
        """test/run.go's goDirPackages: the .go files of `d` in name order,
        grouped by package clause (each file its own package with -s)."""
        pkgs, by_name = [], {}
        for f in sorted(os.listdir(d)):
            if not f.endswith(".go"):
                continue
            with open(os.path.join(d, f), encoding="utf-8", errors="replace") as fh:
                m = re.search(r"^package (\w+)", fh.read(), flags=re.M)
            name = m.group(1) if m else "?"
            if single or name not in by_name:
                by_name[name] = (name, [])
                pkgs.append(by_name[name])
            by_name[name][1].append(f)
        return pkgs

    def compile_pkg(self, d, tmp, pkg, all_errors):
        """Compiles one package of a .dir test. Go: as run.go's
        compileInDir (`-D test -I .`, so "./x" is the package whose first
        file is x.go). golite: the package's files are copied to tmp/<x>/
        (x = its first file's stem), next to every other package of the
        test, and each package directory has a symlink per sibling, so a
        local import "./y" finds tmp/y/ (golite resolves local imports
        against the importing file's directory, like go build in GOPATH
        mode, and identifies packages by their real path). Returns
        (rc, out, stem)."""
        name, files = pkg
        stem = files[0][:-3]
        if self.go_mode:
            argv = [self.a.go, "tool", "compile", "-e", "-D", "test", "-I", "."]
            if all_errors:
                argv.append("-d=panic")
            if name == "main":
                argv.append("-p=main")
            else:
                argv += ["-o", "test/%s.a" % stem, "-p", "test/" + stem]
            rc, out = self.sh(argv + [os.path.join(d, f) for f in files], cwd=tmp)
            return rc, out, stem
        flags = self.a.errorcheck_flags.split() if all_errors else []
        out_path = os.path.join(tmp, stem + ".exe")
        rc, out = self.sh([self.a.compiler, "build"] + flags +
                          ["-o", out_path, os.path.join(tmp, stem)], cwd=tmp)
        return rc, out, stem

    def layout_dir(self, d, pkgs, tmp):
        os.makedirs(os.path.join(tmp, "test"), exist_ok=True)
        if self.go_mode:
            return
        stems = [files[0][:-3] for _, files in pkgs]
        for (_, files), stem in zip(pkgs, stems):
            pd = os.path.join(tmp, stem)
            os.makedirs(pd)
            for f in files:
                shutil.copy(os.path.join(d, f), pd)
            for other in stems:
                if other != stem:
                    os.symlink(os.path.join("..", other), os.path.join(pd, other))

    def run_dir(self, action, d, args, want_error, single, want_path, tmp):
        pkgs = self.dir_packages(d, single)
        if not pkgs:
            return "FAIL", "no Go files in " + d
        self.layout_dir(d, pkgs, tmp)
        check = action == "errorcheckdir"
        for i, pkg in enumerate(pkgs):
            rc, out, stem = self.compile_pkg(d, tmp, pkg, check)
            if rc is None:
                return "FAIL", "compilation of %s timed out" % stem
            if check and i == len(pkgs) - 1:
                if want_error and rc == 0:
                    return "FAIL", "compilation of %s succeeded unexpectedly\n%s" % (stem, out)
                if not want_error and rc != 0:
                    return "FAIL", "compile %s failed (status %s):\n%s" % (stem, rc, out)
            elif rc != 0:
                return "FAIL", "compile %s failed (status %s):\n%s" % (stem, rc, out)
            if check:
                errs = error_check(out, *[os.path.join(d, f) for f in pkg[1]])
                if errs:
                    return "FAIL", "\n".join(errs)
        if action != "rundir":
            return "PASS", ""
        stem = pkgs[-1][1][0][:-3]
        if self.go_mode:
            exe = os.path.join(tmp, "a.exe")
            rc, out = self.sh([self.a.go, "tool", "link", "-w", "-o", exe, "-L", ".",
                               stem + ".o"], cwd=tmp)
            if rc != 0:
                return "FAIL", "link failed (status %s):\n%s" % (rc, out)
        else:
            exe = os.path.join(tmp, stem + ".exe")
        return self.run_exe(exe, args, want_path, tmp)

    def run_one(self, path):
        """Returns (status, detail): status in PASS, FAIL, SKIP."""
        with open(path, encoding="utf-8", errors="replace") as f:
            src = f.read()
        action, args = recipe_of(src)
        if action is None:
            return "SKIP", args
        if not build_ok(src):
            return "SKIP", "build constraints exclude linux/" + HOST_ARCH
        if action not in ("run", "build", "compile", "errorcheck", "runoutput",
                          "compiledir", "errorcheckdir", "rundir"):
            return "SKIP", "action " + action
        # Leading flags, as test/run.go reads them: -0/-1 say whether
        # compiling must fail, -s makes each file of a .dir its own package,
        # -t N is a timeout; anything else is a gc flag golite has no
        # equivalent of.
        want_error = action in ("errorcheck", "errorcheckdir")
        single = False
        gc_flags = []
        while args and args[0].startswith("-"):
            f = args.pop(0)
            if f == "-0":
                want_error = False
            elif f == "-1":
                want_error = True
            elif f == "-s":
                single = True
            elif f == "-t" and args:
                args.pop(0)
            else:
                gc_flags.append(f)
        if gc_flags:
            return "SKIP", "needs gc flags " + " ".join(gc_flags)
        # golite is Go 1.19 without reflect (shared/DESIGN.md); packages
        # that cannot exist without it are not in its lib/.
        # A runoutput generator that needs them (chan/select5.go uses
        # text/template) is run by Go 1.19: the program under test is the
        # one it prints, which golite builds and runs.
        go_generator = False
        if not self.go_mode:
            needs = [p for p in imports_of(src) if p in NEEDS_REFLECT]
            if needs and action == "runoutput":
                go_generator = True
            elif needs:
                return "SKIP", "imports %s: golite has no reflect by design" % ", ".join(needs)
        want_path = path[:-3] + ".out"
        tmp = tempfile.mkdtemp(prefix="ken-", dir=self.a.workdir)
        try:
            if action in ("compiledir", "errorcheckdir", "rundir"):
                return self.run_dir(action, path[:-3] + ".dir", args, want_error, single,
                                    want_path, tmp)
            if action in ("run", "build", "runoutput"):
                exe = os.path.join(tmp, "prog")
                if go_generator:
                    rc, out = self.sh([self.a.go, "build", "-o", exe, path], cwd=tmp)
                else:
                    rc, out = self.build(path, exe, tmp)
                if rc != 0:
                    return "FAIL", "build failed (status %s):\n%s" % (rc, out)
                if action == "build":
                    return "PASS", ""
                if action == "run":
                    return self.run_exe(exe, args, want_path, tmp)
                # runoutput: the program prints a program; build and run that.
                rc, out = self.sh([exe] + args, cwd=tmp)
                if rc != 0:
                    return "FAIL", "generator: exit status %s; output:\n%s" % (rc, out[-2000:])
                gen = os.path.join(tmp, "tmp__.go")
                with open(gen, "w", encoding="utf-8") as f:
                    f.write(out)
                exe2 = os.path.join(tmp, "prog2")
                rc, out = self.build(gen, exe2, tmp)
                if rc != 0:
                    return "FAIL", "build of the generated program failed (status %s):\n%s" % (
                        rc, out)
                status, detail = self.run_exe(exe2, [], want_path, tmp)
                if status == "PASS" and go_generator:
                    detail = "generator run by Go 1.19"
                return status, detail
            if action == "compile":
                rc, out = self.compile_only(path, tmp)
                if rc != 0:
                    return "FAIL", "compile failed (status %s):\n%s" % (rc, out)
                return "PASS", ""
            # errorcheck
            rc, out = self.compile_only(path, tmp, all_errors=True)
            if rc is None:
                return "FAIL", "compilation timed out"
            if want_error and rc == 0:
                return "FAIL", "compilation succeeded unexpectedly\n" + out
            if not want_error and rc != 0:
                return "FAIL", "compile failed (status %s):\n%s" % (rc, out)
            errs = error_check(out, path)
            if errs:
                return "FAIL", "\n".join(errs)
            return "PASS", ""
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


def diff_text(want, got):
    import difflib
    d = difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                             "expected", "golite", n=2)
    text = "".join(d)
    return text if len(text) < 4000 else text[:4000] + "\n[... diff truncated]"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dirs", nargs="*", default=["/usr/share/go-1.19/test/ken"],
                    help="directories of Go test programs (default: Go's test/ken)")
    ap.add_argument("--compiler", default="golite",
                    help="path of the golite binary, or `go` for Go 1.19 itself")
    ap.add_argument("--go", default="/usr/lib/go-1.19/bin/go", help="the Go 1.19 go command")
    ap.add_argument("--set", choices=["all", "no-import"], default="all",
                    help="no-import: only programs without imports, goroutines or channels")
    ap.add_argument("--workdir", default=None, help="scratch directory")
    ap.add_argument("--timeout", type=int, default=60, help="seconds per command")
    ap.add_argument("--errorcheck-flags", default="-gcflags=-e",
                    help="golite flags for errorcheck programs (default: -gcflags=-e, all errors, as Go's test runner passes -e)")
    ap.add_argument("--filter", default="", help="only files whose name contains this")
    ap.add_argument("-q", "--quiet", action="store_true", help="print failures and the summary only")
    a = ap.parse_args()

    if a.workdir is None:
        a.workdir = tempfile.mkdtemp(prefix="golite-conformance-")
    os.makedirs(a.workdir, exist_ok=True)
    if a.compiler != "go" and not os.path.exists(a.compiler):
        found = shutil.which(a.compiler)
        if not found:
            print("run_ken.py: compiler %s not found" % a.compiler)
        else:
            a.compiler = found
    r = Runner(a)

    passed = failed = skipped = 0
    by_cat = {}
    for d in a.dirs:
        files = sorted(f for f in os.listdir(d) if f.endswith(".go") and a.filter in f)
        for name in files:
            path = os.path.join(d, name)
            rel = os.path.join(os.path.basename(os.path.normpath(d)), name)
            with open(path, encoding="utf-8", errors="replace") as f:
                cat, needs = category_of(f.read())
            tag = "[%s]" % ("; ".join(needs) if needs else cat)
            if a.set == "no-import" and cat != "no-import":
                status, detail = "SKIP", "not in the no-import set"
            else:
                status, detail = r.run_one(path)
            if status == "PASS":
                passed += 1
            elif status == "FAIL":
                failed += 1
            else:
                skipped += 1
            for key in ("category " + cat, "directory " + os.path.basename(os.path.normpath(d))):
                c = by_cat.setdefault(key, [0, 0, 0])
                c[{"PASS": 0, "FAIL": 1, "SKIP": 2}[status]] += 1
            if status == "FAIL" or not a.quiet:
                line = "%s: %s %s" % (status, rel, tag)
                if status == "SKIP" or (status == "PASS" and detail):
                    line += " (%s)" % detail
                print(line, flush=True)
                if status == "FAIL":
                    for dl in detail.rstrip("\n").split("\n")[:60]:
                        print("    " + dl)
    for key in sorted(by_cat):
        p, f, s = by_cat[key]
        kind, name = key.split(" ", 1)
        if kind == "directory" and len(a.dirs) < 2:
            continue
        print("%s %-10s pass %d, fail %d, skip %d" % (kind, name, p, f, s))
    print("%d passed, %d failed, %d skipped" % (passed, failed, skipped))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
