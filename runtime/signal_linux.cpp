//===- runtime/signal_linux.cpp - Synchronous fault handling --------------===//
//
// This file implements the handlers for faults in compiled code: SIGSEGV,
// SIGBUS and SIGFPE.
//
// Compiled code checks for nil pointers, bounds and zero divisors
// explicitly and raises recoverable panics; a fault that still happens is
// unexpected and cannot be turned into a panic (LLVM only unwinds from
// calls, not from faulting instructions), so the handler prints Go's
// text and exits 2:
//   - a fault below 4 KiB (a nil dereference):
//       panic: runtime error: invalid memory address or nil pointer dereference
//       [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x...]
//   - a fault close to the stack pointer (the guard page of the stack):
//       runtime: goroutine stack exceeds 1000000000-byte limit
//       fatal error: stack overflow
//   - any other address:
//       unexpected fault address 0x...
//       fatal error: fault
//       [signal SIGSEGV: segmentation violation code=... addr=... pc=...]
// followed by the goroutine header and a traceback.
//
// Invariants: the handlers run on an alternate signal stack (so a stack
// overflow can be reported), allocate nothing, and never return.
//
//===----------------------------------------------------------------------===//

#include "runtime/runtime.h"

#include <csignal>
#include <sys/ucontext.h>
#include <unistd.h>

namespace golite::rt {

namespace {

alignas(16) uint8_t altStack[64 * 1024];

uintptr_t contextPC(void *uc) {
  auto *u = static_cast<ucontext_t *>(uc);
#if defined(__x86_64__)
  return uintptr_t(u->uc_mcontext.gregs[REG_RIP]);
#elif defined(__aarch64__)
  return uintptr_t(u->uc_mcontext.pc);
#else
  (void)u;
  return 0;
#endif
}

uintptr_t contextSP(void *uc) {
  auto *u = static_cast<ucontext_t *>(uc);
#if defined(__x86_64__)
  return uintptr_t(u->uc_mcontext.gregs[REG_RSP]);
#elif defined(__aarch64__)
  return uintptr_t(u->uc_mcontext.sp);
#else
  (void)u;
  return 0;
#endif
}

const char *signame(int sig) {
  switch (sig) {
  case SIGSEGV: return "SIGSEGV: segmentation violation";
  case SIGBUS: return "SIGBUS: bus error";
  case SIGFPE: return "SIGFPE: floating-point exception";
  default: return "signal";
  }
}

void printSignalLine(int sig, siginfo_t *info, uintptr_t pc) {
  printStr("[signal ");
  printStr(signame(sig));
  printStr(" code=");
  printHex(uint64_t(info->si_code));
  printStr(" addr=");
  printHex(uintptr_t(info->si_addr));
  printStr(" pc=");
  printHex(pc);
  printStr("]\n");
}

void faultHandler(int sig, siginfo_t *info, void *uc) {
  flushPrint();
  printLock();
  uintptr_t addr = uintptr_t(info->si_addr);
  uintptr_t pc = contextPC(uc), sp = contextSP(uc);
  bool nearStack = sig == SIGSEGV && addr + 256 * 1024 > sp && addr < sp + 256 * 1024;
  if (sig == SIGSEGV && nearStack && addr >= 4096) {
    printStr("runtime: goroutine stack exceeds 1000000000-byte limit\n");
    printStr("fatal error: stack overflow\n");
  } else if (sig == SIGFPE) {
    printStr("panic: runtime error: integer divide by zero\n");
    printSignalLine(sig, info, pc);
  } else if (addr < 4096) {
    printStr("panic: runtime error: invalid memory address or nil pointer dereference\n");
    printSignalLine(sig, info, pc);
  } else {
    printStr("unexpected fault address ");
    printHex(addr);
    printStr("\nfatal error: fault\n");
    printSignalLine(sig, info, pc);
  }
  printStr("\ngoroutine ");
  printInt(getg()->goid);
  printStr(" [running]:\n");
  if (!nearStack)
    traceback(0);
  printUnlock();
  flushPrint();
  _exit(2);
}

} // namespace

void installSignalHandlers() {
  stack_t ss{};
  ss.ss_sp = altStack;
  ss.ss_size = sizeof altStack;
  sigaltstack(&ss, nullptr);
  struct sigaction sa{};
  sa.sa_sigaction = faultHandler;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, nullptr);
  sigaction(SIGBUS, &sa, nullptr);
  sigaction(SIGFPE, &sa, nullptr);
}

} // namespace golite::rt
