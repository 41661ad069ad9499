//===- codegen/runtime_decls.cpp - Runtime entry points -------------------===//
//
// This file implements the declarations of the runtime functions listed in
// runtime/runtime.def (the single compiler-runtime contract) and the helper
// that calls them. Type codes map to LLVM as the .def file documents: B is
// i1 zeroext, STR/EFACE results are two-word structs, RT_NORETURN functions
// are noreturn and cold.
//
//===----------------------------------------------------------------------===//
#include "codegen/cg.h"

#include "llvm/ADT/StringRef.h"

using namespace golite;
using namespace golite::cg;

namespace {
struct RtDecl {
  const char *name;
  const char *ret;
  const char *params;
  bool noreturn;
};

const RtDecl kRuntime[] = {
#define RT_FUNC(name, ret, ...) {#name, #ret, #__VA_ARGS__, false},
#define RT_NORETURN(name, ...) {#name, "V", #__VA_ARGS__, true},
#include "runtime/runtime.def"
};
} // namespace

static llvm::Type *codeType(CodeGen &cg, llvm::StringRef code) {
  code = code.trim();
  if (code == "V") return cg.b.getVoidTy();
  if (code == "B") return cg.b.getInt1Ty();
  if (code == "I") return cg.b.getInt64Ty();
  if (code == "I32") return cg.b.getInt32Ty();
  if (code == "F64") return cg.b.getDoubleTy();
  if (code == "P") return cg.ptrTy();
  if (code == "STR") return cg.stringTy();
  if (code == "EFACE") return cg.ifaceTy();
  llvm_unreachable("unknown runtime.def type code");
}

llvm::Function *CodeGen::rt(const std::string &name) {
  std::string sym = "runtime." + name;
  if (auto *f = M->getFunction(sym)) return f;
  for (const RtDecl &d : kRuntime) {
    if (name != d.name) continue;
    llvm::SmallVector<llvm::StringRef, 8> parts;
    llvm::StringRef(d.params).split(parts, ',', -1, false);
    std::vector<llvm::Type *> params;
    for (auto p : parts)
      if (!p.trim().empty()) params.push_back(codeType(*this, p));
    llvm::Type *ret = codeType(*this, d.ret);
    auto *fty = llvm::FunctionType::get(ret, params, false);
    auto *f = llvm::Function::Create(fty, llvm::GlobalValue::ExternalLinkage, sym, M);
    for (unsigned i = 0; i < params.size(); ++i)
      if (params[i]->isIntegerTy(1)) f->addParamAttr(i, llvm::Attribute::ZExt);
    if (ret->isIntegerTy(1)) f->addRetAttr(llvm::Attribute::ZExt);
    if (d.noreturn) {
      f->setDoesNotReturn();
      f->addFnAttr(llvm::Attribute::Cold);
      f->addFnAttr(llvm::Attribute::NoInline);
    }
    return f;
  }
  llvm::report_fatal_error(llvm::Twine("runtime function not in runtime.def: ") + name);
}

llvm::Value *CodeGen::rtcall(const std::string &name, llvm::ArrayRef<llvm::Value *> args) {
  llvm::Function *f = rt(name);
  llvm::Value *r = callValue(f->getFunctionType(), f, args);
  if (f->doesNotReturn()) {
    if (auto *ci = llvm::dyn_cast<llvm::CallBase>(r)) ci->setDoesNotReturn();
    if (!terminated()) {
      b.CreateUnreachable();
      b.SetInsertPoint(newBlock("dead"));
    }
  }
  return r;
}
