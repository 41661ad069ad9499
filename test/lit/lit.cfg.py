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
# A panicking Go program prints a traceback of the crashing goroutine only.
config.environment["GOTRACEBACK"] = "single"

if compiler == "go":
    golite = "bash " + os.path.join(lit_dir, "go-as-golite.sh")
    config.available_features.add("oracle-go")
else:
    # `--param golite=PATH` tests another golite binary than the build's.
    golite = lit_config.params.get("golite", config.golite_binary)
    config.available_features.add("golite")

config.substitutions.append(("%golite", golite))
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

# Host architecture features.
machine = platform.machine().lower()
if machine in ("x86_64", "amd64"):
    config.available_features.add("amd64")
elif machine in ("aarch64", "arm64"):
    config.available_features.add("arm64")
