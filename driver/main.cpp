//===- driver/main.cpp - The golite command --------------------------------===//
//
// This file implements golite's subcommands: build, run, check, dump-ast,
// version and help. The pipeline is
//   Loader (parse + check every package) -> codegen::generateModule ->
//   emitObject -> linkProgram,
// each phase handing the next one data structure (see docs/architecture.md).
//
//===----------------------------------------------------------------------===//
#include "codegen/codegen.h"
#include "codegen/target.h"
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

const TargetInfo *targetFromEnv() {
  const char *arch = std::getenv("GOARCH");
  std::string goarch = arch && *arch ? arch : "amd64";
  const TargetInfo *t = lookupTarget(goarch);
  if (!t)
    llvm::errs() << "golite: unsupported GOARCH " << goarch << " (amd64, arm64)\n";
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

/// build, run and check share the front half.
int compile(const Options &o, const std::string &root, std::string &binary, bool checkOnly) {
  const TargetInfo *target = targetFromEnv();
  if (!target)
    return 2;
  Frontend fe;
  Loader loader(root + "/src", fe.fset, fe.diags, fe.actx, fe.tctx);
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
  cg.fset = &fe.fset;
  llvm::LLVMContext llctx;
  std::unique_ptr<llvm::Module> mod = generateModule(llctx, fe.tctx, loader.ordered(), cg);
  if (!mod)
    return 1;

  std::string out = o.output.empty() ? defaultOutput(o) : o.output;
  if (o.emitLLVM) {
    std::error_code ec;
    llvm::raw_fd_ostream os(out == "-" ? "-" : out, ec);
    if (ec) {
      llvm::errs() << "golite: " << out << ": " << ec.message() << "\n";
      return 1;
    }
    mod->print(os, nullptr);
    return 0;
  }
  std::string err;
  if (o.keepObject) {
    if (!emitObject(*mod, cg, out, err)) {
      llvm::errs() << "golite: " << err << "\n";
      return 1;
    }
    return 0;
  }
  llvm::SmallString<128> obj;
  if (auto ec = llvm::sys::fs::createTemporaryFile("golite", "o", obj)) {
    llvm::errs() << "golite: temporary file: " << ec.message() << "\n";
    return 1;
  }
  bool ok = emitObject(*mod, cg, std::string(obj), err);
  if (!ok)
    llvm::errs() << "golite: " << err << "\n";
  else
    ok = linkProgram(*target, root, std::string(obj), out, o.gc, o.verbose);
  llvm::sys::fs::remove(obj);
  if (!ok)
    return 1;
  binary = out;
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
    for (const std::string &a : o.programArgs)
      args.push_back(a);
    std::string err;
    rc = llvm::sys::ExecuteAndWait(binary, args, std::nullopt, {}, 0, 0, &err);
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
    llvm::outs() << "golite version " << kVersion << " (LLVM " << LLVM_VERSION_STRING
                 << ") linux/" << (t ? t->goarch : "?") << "\n";
    return 0;
  }
  if (o.command == "dump-ast")
    return cmdDumpAst(o, root);
  if (o.command == "run")
    return cmdRun(o, root);
  std::string binary;
  return compile(o, root, binary, o.command == "check");
}
