//===- runtime/symtab.h - Program counters to functions and lines ---------===//
//
// The run-time symbol table (runtime/symtab.cpp): Go function, file and
// line of a pc, with the frames LLVM inlined, read from the program's own
// DWARF; and the stack walk behind runtime.Callers.
//
//===----------------------------------------------------------------------===//
#ifndef GOLITE_RUNTIME_SYMTAB_H
#define GOLITE_RUNTIME_SYMTAB_H

#include "runtime/abi.h"

#include <cstdint>

namespace golite::rt {

/// One logical frame: strings point into the mapped executable or
/// mmap'ed tables and live as long as the program.
struct Frame {
  uintptr_t pc = 0;
  const char *name = "";
  int64_t nameLen = 0;
  const char *file = "";
  int64_t fileLen = 0;
  int64_t line = 0;
  uintptr_t entry = 0; // of the outermost (physical) function
  bool inlined = false;
};

/// lib/runtime's frameRecord (symtab.go), filled by runtime.lookupPC.
struct FrameRecord {
  uintptr_t pc;
  uintptr_t entry;
  abi::GoString function;
  abi::GoString file;
  int64_t line;
  bool inlined;
};

/// The program's own ELF file (/proc/self/exe), mapped read-only once and
/// shared by the DWARF tables and the traceback's symbol lookup; null if it
/// cannot be read or is not ELF64 (header and section table checked).
const uint8_t *selfExe(size_t *size);

/// Builds the tables on first use (thread-safe; mmap only).
bool symtabReady();
/// The same, but false instead of waiting when another thread is building
/// them (tracebacks of fatal errors must not wait).
bool symtabTryReady();

/// The logical frames at pc (inside an instruction: a return address
/// minus one), innermost first; returns how many, 0 if pc is not Go code
/// or the tables are not built yet.
int pcFrames(uintptr_t pc, Frame *out, int max);

/// Whether pc is in __morestack (the frame above it is a function that
/// grew the stack in its prologue and runs again on the new segment).
bool isMorestackPC(uintptr_t pc);

/// runtime.Callers' walk: one pc per logical Go frame, frame 0 being the
/// innermost Go frame on the stack (the Go function that called into the
/// runtime).
int64_t callers(int64_t skip, uintptr_t *buf, int64_t max);

/// The frame a pc from callers() stands for (retaddr: pc is a return
/// address, look up pc-1), or the innermost frame at an arbitrary pc.
bool lookupPC(uintptr_t pc, bool retaddr, Frame *fr);

} // namespace golite::rt

#endif
