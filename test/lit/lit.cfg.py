# -*- Python -*-
# lit configuration for golite's run and error tests.
#
# Every test is a Go source file whose `// RUN:` lines build it with golite
# and check the result with FileCheck. See docs/testing.md.
#
# `--param compiler=go` runs the same suite with Go 1.19 standing in for
# golite (through go-as-golite.sh): this is how the expected outputs are
# proven to be Go's own.

import os
import platform

import lit.formats
import lit.util

config.name = "golite"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".go", ".test"]
config.excludes = ["Inputs", "lit.cfg.py", "lit.site.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
# `name_part.go` files are the extra files of a multi-file test: its main file
# names them in its RUN line as `%S/name_part.go`, and they are not tests.
for _dir, _subdirs, _files in os.walk(config.test_source_root):
    config.excludes += [f for f in _files if f.endswith("_part.go")]
if not getattr(config, "test_exec_root", None):
    config.test_exec_root = os.path.join(config.test_source_root, "Output")

lit_dir = config.test_source_root
compiler = lit_config.params.get("compiler", "golite")
# ctest runs `lit` and `lit-oracle` at the same time: each configuration
# gets its own output tree, or their %t files would collide.
if compiler == "go":
    config.test_exec_root = config.test_exec_root.rstrip(os.sep) + "-oracle"

# Target: `--param goarch=arm64` builds every program for linux/arm64
# (GOARCH in the environment of %golite, or of Go as the oracle) and runs it
# under qemu-aarch64. RUN lines run the programs they build as `%run %t`:
# `%run` is empty for the native target and `qemu-aarch64` for an emulated
# one (scripts/add-run-prefix.py adds it to RUN lines). Features:
# `goarch-<arch>` for the target, `qemu` when its programs run emulated; a
# test that cannot run under emulation says `// UNSUPPORTED: qemu` and why.
_host = {"x86_64": "amd64", "amd64": "amd64", "aarch64": "arm64",
         "arm64": "arm64"}.get(platform.machine().lower(), "")
goarch = lit_config.params.get("goarch", _host or "amd64")
if goarch not in ("amd64", "arm64"):
    lit_config.fatal("unsupported goarch %r (amd64, arm64)" % goarch)
config.environment["GOARCH"] = goarch
config.available_features.add("goarch-" + goarch)
run_prefix = ""
if goarch != _host:
    _qemu = {"amd64": "qemu-x86_64", "arm64": "qemu-aarch64"}[goarch]
    run_prefix = lit.util.which(_qemu)
    if not run_prefix:
        lit_config.fatal("goarch=%s needs %s (Debian package qemu-user)"
                         % (goarch, _qemu))
    config.available_features.add("qemu")
    # Safety net for RUN lines that still run a program as a bare `%t`:
    # a word `%t`/`%t.x` in command position (line start, after lit's
    # `%dbg(RUN: at line N)` marker, or after `&&`,
    # `||`, `|`, `;`, possibly after `env VAR=...`, `not`, `%expect-exit N`)
    # gets the `%run` prefix. Config substitutions apply before lit's own
    # `%t`, and in order: this one comes first.
    config.substitutions.insert(0, (
        r"(^(?:%dbg\([^)]*\))?|&&|\|\||\||;)(\s*(?:env(?:\s+[A-Za-z_]\w*=\S*)*\s+)?(?:not\s+)?"
        r"(?:%expect-exit\s+\d+\s+)?)(%t(?:\.\w+)?)(?=\s|$)",
        r"\1\2%run \3"))
    # Each target gets its own output tree, like the oracle.
    config.test_exec_root = config.test_exec_root.rstrip(os.sep) + "-" + goarch
config.substitutions.append(("%run", run_prefix))
# First, so that `%go` (below) does not take the prefix of `%goarch`.
config.substitutions.insert(0, ("%goarch", goarch))
# FileCheck prefix of the target's own lines in tests whose output differs
# by architecture (`--check-prefixes=CHECK,%archprefix`: AMD64 or ARM64;
# scripts/update-arch-checks.py writes them from Go's output on each).
config.substitutions.insert(0, ("%archprefix", goarch.upper()))
# What cross builds can do here: `cross-arm64` when the build tree has the
# arm64 runtime and Boehm GC, `qemu-aarch64` when qemu-user is installed.
_obj = getattr(config, "golite_obj_root", "")
if _obj and all(os.path.exists(os.path.join(_obj, "lib", "golite", "arm64", f))
                for f in ("libgolite_rt.a", "libgc.a")):
    config.available_features.add("cross-arm64")
if lit.util.which("qemu-aarch64"):
    config.available_features.add("qemu-aarch64")

# Environment: lit starts from a clean one. Go (the oracle) needs a cache
# directory and must not read the user's go env.
gocache = os.path.join(config.test_exec_root, "gocache")
config.environment["GOCACHE"] = gocache
config.environment["GOPATH"] = os.path.join(config.test_exec_root, "gopath")
config.environment["GOENV"] = "off"
config.environment["GOFLAGS"] = ""
config.environment["GO111MODULE"] = "off"
config.environment["HOME"] = config.test_exec_root
config.environment["GOLITE_REFERENCE_GO"] = config.reference_go
# golite's package build cache (driver/cache.h) lives in the output tree, so
# that the suite never reads or fills ~/.cache. Objects are keyed by
# golite's build ID, so a rebuilt golite does not reuse stale ones.
config.environment["GOLITE_CACHE"] = os.path.join(config.test_exec_root, "golite-cache")
# A panicking Go program prints a traceback of the crashing goroutine only.
config.environment["GOTRACEBACK"] = "single"
# The stack checks' switch (codegen/stackcheck.cpp), for measurements.
if "GOLITE_STACKCHECK" in os.environ:
    config.environment["GOLITE_STACKCHECK"] = os.environ["GOLITE_STACKCHECK"]

if compiler == "go":
    golite = "bash " + os.path.join(lit_dir, "go-as-golite.sh")
    config.available_features.add("oracle-go")
else:
    # `--param golite=PATH` tests another golite binary than the build's.
    golite = lit_config.params.get("golite", config.golite_binary)
    config.available_features.add("golite")

config.substitutions.append(("%golite", golite))
# The golite installation's lib/golite folder (runtime libraries and the
# lib/ sources), for tests that build against a modified copy of it.
golite_bin = lit_config.params.get("golite", config.golite_binary)
# (Before %golite, which would otherwise replace its prefix.)
config.substitutions.insert(0,
    ("%golite_root", os.path.join(os.path.dirname(os.path.dirname(golite_bin)), "lib", "golite")))
config.substitutions.append(("%go", config.reference_go))
config.substitutions.append(
    ("%expect-exit", "bash " + os.path.join(lit_dir, "expect-exit.sh")))
config.substitutions.append(
    ("%examples", os.path.join(config.golite_src_root, "examples")))

# FileCheck, not and count from LLVM 19.
llvm_tools = getattr(config, "llvm_tools_dir", "/usr/lib/llvm-19/bin")
path = [llvm_tools, os.path.dirname(config.reference_go),
        config.environment.get("PATH", os.environ.get("PATH", ""))]
config.environment["PATH"] = os.pathsep.join(p for p in path if p)

# gdb, for the debug-information tests (test/lit/debug).
import shutil
if shutil.which("gdb"):
    config.available_features.add("gdb")

# Host architecture features.
machine = platform.machine().lower()
if machine in ("x86_64", "amd64"):
    config.available_features.add("amd64")
elif machine in ("aarch64", "arm64"):
    config.available_features.add("arm64")
