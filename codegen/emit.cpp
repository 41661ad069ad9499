//===- codegen/emit.cpp - Optimization pipeline and object emission -------===//
//
// This file implements emitObject: it runs LLVM's standard per-module
// pipeline for the optimization level (new PassBuilder; the O0 pipeline for
// -O0), inserts the prologue stack checks (after inlining, so that inlined
// bodies carry none), and writes an ELF object with the target machine
// from target.cpp.
//
//===----------------------------------------------------------------------===//
#include "codegen/codegen.h"
#include "codegen/fusemuladd.h"
#include "codegen/target.h"

#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetMachine.h"

using namespace golite;

static void optimize(llvm::Module &m, llvm::TargetMachine *tm, int level, bool fuseMulAdd) {
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PassBuilder pb(tm);
  // Go fuses multiply-adds on arm64 only (codegen/fusemuladd.cpp).
  if (fuseMulAdd)
    addMulAddFusion(pb);
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  llvm::ModulePassManager mpm;
  if (level <= 0)
    mpm = pb.buildO0DefaultPipeline(llvm::OptimizationLevel::O0);
  else
    mpm = pb.buildPerModuleDefaultPipeline(level == 1 ? llvm::OptimizationLevel::O1
                                                      : llvm::OptimizationLevel::O2);
  mpm.run(m, mam);
}

bool golite::emitObject(llvm::Module &m, const CodegenOptions &opts, const std::string &path,
                        std::string &err) {
  const TargetInfo *t = opts.target ? opts.target : lookupTarget("amd64");
  llvm::TargetMachine *tm = targetMachine(*t, opts.optLevel, err);
  if (!tm) return false;
  m.setTargetTriple(t->triple);
  m.setDataLayout(tm->createDataLayout());
  {
    std::string verr;
    llvm::raw_string_ostream os(verr);
    if (llvm::verifyModule(m, &os)) {
      err = "invalid LLVM module: " + os.str();
      return false;
    }
  }
  optimize(m, tm, opts.optLevel, t->goarch == "arm64");
  insertStackChecks(m, opts.optLevel);
  std::error_code ec;
  llvm::raw_fd_ostream out(path, ec, llvm::sys::fs::OF_None);
  if (ec) {
    err = "cannot open " + path + ": " + ec.message();
    return false;
  }
  llvm::legacy::PassManager pm;
  auto kind = opts.emitAsm ? llvm::CodeGenFileType::AssemblyFile : llvm::CodeGenFileType::ObjectFile;
  if (tm->addPassesToEmitFile(pm, out, nullptr, kind)) {
    err = "target cannot emit object files";
    return false;
  }
  pm.run(m);
  out.flush();
  return true;
}
