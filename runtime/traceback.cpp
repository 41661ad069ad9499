//===- runtime/traceback.cpp - Best-effort stack listing ------------------===//
//
// This file implements the traceback printed after "goroutine 1
// [running]:" by unrecovered panics and fatal errors.
//
// Go prints "function(args)\n\tfile:line +0xoff" per frame. We print
//     main.f(...)
//     	/abs/path/main.go:12 +0x1c
// with the function, file and line from the run-time symbol table
// (symtab.cpp: the program's own DWARF), a frame of its own for each call
// LLVM inlined (without the +0xoff, as Go prints inlined frames). Should
// the table not know a pc, the name comes from the executable's ELF symbol
// table (from /proc/self/exe mapped by selfExe in symtab.cpp: no dladdr in static
// programs) and the position prints as ?:0. Frames of the runtime itself
// (C++ and "runtime." symbols) are skipped, as Go skips runtime frames
// below the panic, and the listing stops after main.main.
//
// Invariants: no allocation from the GC heap or malloc (mmap only), so it
// is usable from fatal errors and signal handlers; any failure just ends
// the listing.
//
//===----------------------------------------------------------------------===//

#include "runtime/runtime.h"
#include "runtime/symtab.h"

#include <elf.h>
#include <unwind.h>

namespace golite::rt {

namespace {

struct SymTab {
  const Elf64_Sym *syms = nullptr;
  size_t nsyms = 0;
  const char *strtab = nullptr;
  bool loaded = false;
};

SymTab symtab;

void loadSymtab() {
  if (symtab.loaded)
    return;
  symtab.loaded = true;
  size_t size = 0;
  const uint8_t *base = selfExe(&size);
  if (!base)
    return;
  auto *eh = reinterpret_cast<const Elf64_Ehdr *>(base);
  auto *sh = reinterpret_cast<const Elf64_Shdr *>(base + eh->e_shoff);
  for (unsigned i = 0; i < eh->e_shnum; i++) {
    if (sh[i].sh_type != SHT_SYMTAB || sh[i].sh_link >= eh->e_shnum)
      continue;
    symtab.syms = reinterpret_cast<const Elf64_Sym *>(base + sh[i].sh_offset);
    symtab.nsyms = sh[i].sh_size / sizeof(Elf64_Sym);
    symtab.strtab = reinterpret_cast<const char *>(base + sh[sh[i].sh_link].sh_offset);
    return;
  }
}

const char *lookupSymbol(uintptr_t pc, uintptr_t *off) {
  const Elf64_Sym *best = nullptr;
  for (size_t i = 0; i < symtab.nsyms; i++) {
    const Elf64_Sym &s = symtab.syms[i];
    if (ELF64_ST_TYPE(s.st_info) != STT_FUNC || s.st_value == 0)
      continue;
    if (pc >= s.st_value && pc < s.st_value + (s.st_size ? s.st_size : 1)) {
      best = &s;
      break;
    }
  }
  if (!best)
    return nullptr;
  *off = pc - best->st_value;
  return symtab.strtab + best->st_name;
}

/// Prints the frames at pc (a return address unless `exact`), inlined
/// ones first; off is pc's offset in its function. Returns false if pc is
/// not in a Go function of the program; *isMain tells whether the
/// outermost frame is main.main.
bool printFrames(uintptr_t pc, bool exact, uintptr_t off, bool *isMain) {
  Frame fr[16];
  int n = symtabTryReady() ? pcFrames(exact ? pc : pc - 1, fr, 16) : 0;
  if (n == 0)
    return false;
  Frame &outer = fr[n - 1];
  if (outer.nameLen >= 8 && memcmp(outer.name, "runtime.", 8) == 0) {
    *isMain = false;
    return true; // a runtime frame: listed by nobody
  }
  for (int i = 0; i < n; i++) {
    printGoString(GoString{reinterpret_cast<const uint8_t *>(fr[i].name), fr[i].nameLen});
    printStr("(...)\n\t");
    if (fr[i].fileLen)
      printGoString(GoString{reinterpret_cast<const uint8_t *>(fr[i].file), fr[i].fileLen});
    else
      printStr("?");
    printStr(":");
    printInt(fr[i].line);
    if (i == n - 1) {
      printStr(" +");
      printHex(off);
    }
    printStr("\n");
  }
  *isMain = outer.nameLen == 9 && memcmp(outer.name, "main.main", 9) == 0;
  return true;
}

struct WalkState {
  int skip;
  int printed;
  bool done;
};

bool isGoSymbol(const char *name) {
  // Go symbols look like "pkg.Name" or "pkg.(*T).M"; C++ ones are mangled
  // (_Z...) or plain C names without dots.
  if (name[0] == '_' || !strchr(name, '.'))
    return false;
  if (strncmp(name, "runtime.", 8) == 0)
    return false;
  return true;
}

_Unwind_Reason_Code walkFrame(_Unwind_Context *ctx, void *arg) {
  auto *ws = static_cast<WalkState *>(arg);
  if (ws->done)
    return _URC_END_OF_STACK;
  if (ws->skip > 0) {
    ws->skip--;
    return _URC_NO_REASON;
  }
  int before = 0;
  uintptr_t pc = _Unwind_GetIPInfo(ctx, &before);
  if (!pc)
    return _URC_END_OF_STACK;
  if (!before)
    pc--; // a return address: look up the call
  uintptr_t off = 0;
  const char *name = lookupSymbol(pc, &off);
  bool isMain = false;
  if (printFrames(pc, true, off + (before ? 0 : 1), &isMain)) {
    ws->printed++;
    if (isMain || ws->printed >= 100)
      ws->done = true;
    return _URC_NO_REASON;
  }
  if (!name || !isGoSymbol(name))
    return _URC_NO_REASON;
  printStr(name);
  printStr("(...)\n\t?:0 +");
  printHex(off + (before ? 0 : 1));
  printStr("\n");
  ws->printed++;
  if (strcmp(name, "main.main") == 0 || ws->printed >= 100)
    ws->done = true;
  return _URC_NO_REASON;
}

} // namespace

void traceback(int skip) {
  loadSymtab();
  WalkState ws{skip, 0, false};
  _Unwind_Backtrace(walkFrame, &ws);
}

} // namespace golite::rt

namespace golite::rt {

// Added for the scheduler (deadlock reports): lists the frames of a
// goroutine that is not running, by walking its frame-pointer chain from
// the context saved by golite_swapctx (compiled code and the runtime keep
// frame pointers). Stops outside [lo, hi), after main.main, or after 100
// frames. No allocation.
void tracebackFrames(uintptr_t pc, uintptr_t fp, uintptr_t lo, uintptr_t hi) {
  loadSymtab();
  int printed = 0;
  for (int depth = 0; depth < 1000 && pc; depth++) {
    uintptr_t off = 0;
    const char *name = lookupSymbol(pc - 1, &off);
    bool isMain = false;
    if (printFrames(pc, false, off + 1, &isMain)) {
      if (isMain || ++printed >= 100)
        return;
    } else if (name && isGoSymbol(name)) {
      printStr(name);
      printStr("(...)\n\t?:0 +");
      printHex(off + 1);
      printStr("\n");
      if (strcmp(name, "main.main") == 0 || ++printed >= 100)
        return;
    }
    if (fp < lo || fp + 16 > hi || (fp & 7) != 0)
      return;
    uintptr_t next = reinterpret_cast<uintptr_t *>(fp)[0];
    pc = reinterpret_cast<uintptr_t *>(fp)[1];
    if (next <= fp)
      return;
    fp = next;
  }
}

} // namespace golite::rt
