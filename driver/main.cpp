//===- driver/main.cpp - The golite command --------------------------------===//
//
// This file implements golite's subcommands: build, run, check, dump-ast,
// env, version and help. The pipeline is
//   Loader (parse + check every package) -> for each package not in the
//   build cache: codegen::generatePackageModule -> emitObject (cache.h) ->
//   linkProgram (main's object + the packages' objects + the runtime),
// each phase handing the next one data structure (see docs/architecture.md).
// -emit-llvm and -c use the whole-program module (generateModule).
//
//===----------------------------------------------------------------------===//
#include "codegen/codegen.h"
#include "codegen/target.h"
#include "driver/cache.h"
#include "driver/link.h"
#include "driver/loader.h"
#include "driver/options.h"
#include "frontend/parser.h"

#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>

using namespace golite;
using namespace golite::driver;

namespace {

constexpr const char *kVersion = "0.1.0";

std::string defaultOutput(const Options &o) {
  // go build names the binary after the first file (x.go -> x) or the
  // directory.
  llvm::StringRef first = o.inputs.empty() ? "main" : llvm::StringRef(o.inputs[0]);
  if (first.ends_with(".go"))
    return llvm::sys::path::stem(first).str();
  llvm::SmallString<256> abs(first);
  llvm::sys::fs::make_absolute(abs);
  llvm::sys::path::remove_dots(abs, true);
  std::string base = llvm::sys::path::filename(abs).str();
  return base.empty() ? "main" : base;
}

/// The GOARCH golite itself runs on.
std::string hostGoarch() {
#if defined(__aarch64__)
  return "arm64";
#else
  return "amd64";
#endif
}

const TargetInfo *targetFromEnv() {
  const char *arch = std::getenv("GOARCH");
  std::string goarch = arch && *arch ? arch : hostGoarch();
  const TargetInfo *t = lookupTarget(goarch);
  if (!t)
    llvm::errs() << "golite: unsupported GOARCH " << goarch << "\n";
  return t;
}

/// Everything the frontend phases share for one compilation.
struct Frontend {
  FileSet fset;
  Diagnostics diags{fset};
  AstContext actx;
  TypeContext tctx;
};

int cmdDumpAst(const Options &o, const std::string &root) {
  Frontend fe;
  Loader loader(root + "/src", fe.fset, fe.diags, fe.actx, fe.tctx);
  std::vector<File *> files = loader.parseOnly(o.inputs);
  std::string out;
  for (File *f : files)
    dumpAst(f, fe.fset, out);
  llvm::outs() << out;
  if (fe.diags.hasErrors()) {
    fe.diags.flush();
    return 1;
  }
  return 0;
}

/// -emit-llvm and -c: the whole program as one module (every package's
/// code, as a single object that links with the runtime alone).
int emitWholeProgram(const Options &o, Frontend &fe, Loader &loader, const CodegenOptions &cg,
                     const std::string &out) {
  llvm::LLVMContext llctx;
  std::unique_ptr<llvm::Module> mod = generateModule(llctx, fe.tctx, loader.ordered(), cg);
  if (!mod)
    return 1;
  if (o.emitLLVM) {
    std::error_code ec;
    llvm::raw_fd_ostream os(out == "-" ? "-" : out, ec);
    if (ec) {
      llvm::errs() << "golite: " << out << ": " << ec.message() << "\n";
      return 1;
    }
    // Unoptimized, with the stack checks an object would get.
    insertStackChecks(*mod, cg.optLevel);
    mod->print(os, nullptr);
    return 0;
  }
  std::string err;
  if (!emitObject(*mod, cg, out, err)) {
    llvm::errs() << "golite: " << err << "\n";
    return 1;
  }
  return 0;
}

/// Compiles one package (`own`) to an object file at `path`.
bool compilePackage(Frontend &fe, Loader &loader, Package *own, const CodegenOptions &cg,
                    const std::string &path) {
  llvm::LLVMContext llctx; // one per package: its memory goes with it
  std::unique_ptr<llvm::Module> mod =
      generatePackageModule(llctx, fe.tctx, loader.ordered(), own, cg);
  if (!mod)
    return false;
  std::string err;
  if (!emitObject(*mod, cg, path, err)) {
    llvm::errs() << "golite: " << err << "\n";
    return false;
  }
  return true;
}

/// Separate compilation: each imported package is taken from the build
/// cache or compiled into it (always with -a), main is compiled to a
/// temporary object. `objects` gets main's object first; `temps` the files
/// to remove after linking. With -x, one line per package on stderr:
///   # cached <import path> <key prefix>     taken from the cache
///   # compile <import path> <key prefix>    compiled (and stored)
///   # compile main                          the main package (never cached)
bool buildObjects(const Options &o, Frontend &fe, Loader &loader, Package *mainPkg,
                  const CodegenOptions &cg, std::vector<std::string> &objects,
                  std::vector<std::string> &temps) {
  auto tempObject = [&](const std::string &stem, std::string &path) {
    llvm::SmallString<128> p;
    if (auto ec = llvm::sys::fs::createTemporaryFile(stem, "o", p)) {
      llvm::errs() << "golite: temporary file: " << ec.message() << "\n";
      return false;
    }
    path = std::string(p);
    temps.push_back(path);
    return true;
  };
  std::string mainObj;
  if (!tempObject("golite-main", mainObj))
    return false;
  objects.push_back(mainObj);

  BuildCache cache(defaultCacheDir());
  if (o.verbose && !cache.enabled())
    llvm::errs() << "# build cache off (GOLITE_CACHE=off, or no GOLITE_CACHE, "
                    "XDG_CACHE_HOME or HOME)\n";
  std::string extra = "gc=" + o.gc;
  for (const std::string &w : o.gcflags)
    extra += " " + w;
  // Environment variables codegen reads (codegen/stackcheck.cpp).
  for (const char *var : {"GOLITE_STACKCHECK"})
    if (const char *v = std::getenv(var))
      extra += std::string(" ") + var + "=" + v;
  KeyMaker keys(cg, extra);
  bool warned = false;
  for (Package *p : loader.ordered()) {
    if (p == mainPkg)
      continue;
    std::string key = keys.packageKey(p);
    std::string path;
    if (!o.rebuildAll && cache.lookup(key, path)) {
      if (o.verbose)
        llvm::errs() << "# cached " << p->path << " " << key.substr(0, 16) << "\n";
      objects.push_back(path);
      continue;
    }
    if (o.verbose)
      llvm::errs() << "# compile " << p->path << " " << key.substr(0, 16) << "\n";
    std::string tmp, err;
    if (cache.enabled() && cache.reserve(key, tmp, err)) {
      if (!compilePackage(fe, loader, p, cg, tmp)) {
        llvm::sys::fs::remove(tmp);
        return false;
      }
      if (!cache.commit(key, tmp, path, err)) {
        llvm::errs() << "golite: " << err << "\n";
        return false;
      }
    } else {
      if (cache.enabled() && !warned && o.verbose)
        llvm::errs() << "# build cache not writable: " << err << "\n";
      warned = true;
      if (!tempObject("golite-pkg", path) || !compilePackage(fe, loader, p, cg, path))
        return false;
    }
    objects.push_back(path);
  }
  if (o.verbose)
    llvm::errs() << "# compile " << mainPkg->path << "\n";
  return compilePackage(fe, loader, mainPkg, cg, mainObj);
}

/// build, run and check share the front half.
int compile(const Options &o, const std::string &root, std::string &binary, bool checkOnly) {
  const TargetInfo *target = targetFromEnv();
  if (!target)
    return 1;
  Frontend fe;
  Loader loader(root + "/src", fe.fset, fe.diags, fe.actx, fe.tctx);
  loader.setGoarch(target->goarch);
  Package *mainPkg = loader.loadMain(o.inputs);
  if (fe.diags.hasErrors()) {
    fe.diags.flush(o.allErrors ? 0 : 10);
    return 1;
  }
  if (!mainPkg)
    return 1;
  if (checkOnly)
    return 0;

  CodegenOptions cg;
  cg.target = target;
  cg.optLevel = o.optLevel;
  cg.noInline = o.noInline;
  cg.stackCheck = !o.noStackCheck && cg.stackCheck;
  cg.emitAsm = o.emitAsm;
  cg.fset = &fe.fset;

  std::string out = o.output.empty() ? defaultOutput(o) : o.output;
  if (o.emitLLVM || o.keepObject || o.emitAsm)
    return emitWholeProgram(o, fe, loader, cg, out);

  // A package other than main: go build compiles it and discards the
  // result; go run refuses it.
  bool isCommand = mainPkg->name == "main";
  if (!isCommand && o.command == "run") {
    llvm::errs() << "package " << mainPkg->path << " is not a main package\n";
    return 1;
  }
  std::vector<std::string> objects, temps;
  bool ok = buildObjects(o, fe, loader, mainPkg, cg, objects, temps);
  if (ok && isCommand)
    ok = linkProgram(*target, root, objects, out, o.gc, o.verbose);
  for (const std::string &t : temps)
    llvm::sys::fs::remove(t);
  if (!ok)
    return 1;
  if (isCommand)
    binary = out;
  return 0;
}

/// golite env [VAR...]: like go env, the settings golite uses.
int cmdEnv(const Options &o, const std::string &root) {
  const TargetInfo *t = targetFromEnv();
  std::vector<std::pair<std::string, std::string>> vars = {
      {"GOARCH", t ? t->goarch : ""},
      {"GOLITE_CACHE", defaultCacheDir()},
      {"GOLITE_ROOT", root},
      {"GOOS", "linux"},
  };
  if (o.inputs.empty()) {
    for (auto &[k, v] : vars)
      llvm::outs() << k << "=\"" << v << "\"\n";
    return 0;
  }
  for (const std::string &want : o.inputs) {
    std::string value;
    for (auto &[k, v] : vars)
      if (k == want)
        value = v;
    llvm::outs() << value << "\n";
  }
  return 0;
}

int cmdRun(Options o, const std::string &root) {
  llvm::SmallString<128> tmp;
  if (auto ec = llvm::sys::fs::createUniqueDirectory("golite-run", tmp)) {
    llvm::errs() << "golite: temporary directory: " << ec.message() << "\n";
    return 1;
  }
  llvm::SmallString<128> exe(tmp);
  llvm::sys::path::append(exe, defaultOutput(o));
  o.output = std::string(exe);
  std::string binary;
  int rc = compile(o, root, binary, false);
  if (rc == 0) {
    std::vector<llvm::StringRef> args = {binary};
    std::string prog = binary;
    // A binary for another architecture runs under qemu-user when it is
    // installed (go run uses a go_linux_<arch>_exec wrapper the same way).
    if (const TargetInfo *t = targetFromEnv(); t && t->goarch != hostGoarch()) {
      std::string qemu = t->goarch == "arm64" ? "qemu-aarch64" : "qemu-x86_64";
      if (auto path = llvm::sys::findProgramByName(qemu)) {
        prog = *path;
        args.insert(args.begin(), qemu);
      }
    }
    for (const std::string &a : o.programArgs)
      args.push_back(a);
    std::string err;
    rc = llvm::sys::ExecuteAndWait(prog, args, std::nullopt, {}, 0, 0, &err);
    if (rc < 0) {
      llvm::errs() << "golite: " << err << "\n";
      rc = 1;
    } else if (rc != 0) {
      // Like `go run`.
      llvm::errs() << "exit status " << rc << "\n";
      rc = 1;
    }
  }
  llvm::sys::fs::remove(exe);
  llvm::sys::fs::remove(tmp);
  return rc;
}

} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  Options o;
  int rc;
  if (!parseCommandLine(argc, argv, o, &rc))
    return rc;
  const std::string root = libRoot(argv[0]);
  if (o.command == "help") {
    printHelp(o.inputs.empty() ? "" : o.inputs[0]);
    return 0;
  }
  if (o.command == "version") {
    const TargetInfo *t = targetFromEnv();
    if (!t)
      return 1;
    llvm::outs() << "golite version " << kVersion << " (LLVM " << LLVM_VERSION_STRING
                 << ") linux/" << t->goarch << "\n";
    return 0;
  }
  if (o.command == "dump-ast")
    return cmdDumpAst(o, root);
  if (o.command == "env")
    return cmdEnv(o, root);
  if (o.command == "run")
    return cmdRun(o, root);
  std::string binary;
  return compile(o, root, binary, o.command == "check");
}
