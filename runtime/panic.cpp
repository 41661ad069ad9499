//===- runtime/panic.cpp - Defer, panic and recover -----------------------===//
//
// This file implements defer, panic and recover on top of the platform
// unwinder (libgcc's _Unwind_*, the Itanium C++ ABI's base layer).
//
// The scheme, as compiled code sees it:
//   - A function with defers owns a frame token (the address of a local
//     slot, unique per activation). Each `defer` statement calls
//     deferproc(token, closure). Every normal return calls
//     deferreturn(token), which runs and pops the defers of that token.
//   - Every call in such a function is an LLVM `invoke` whose landing pad
//     (cleanup, personality __gcc_personality_v0) calls
//     deferlp(token, exception). true means "a recovered panic is unwinding
//     to this very frame": the function runs deferreturn(token) and returns
//     its named results normally. false means `resume`.
//   - recover() calls gorecover(llvm.frameaddress(1)): the frame address
//     of the caller of the function that calls recover.
//   - `defer f(args)` is compiled as a thunk closure that calls f; such
//     defers are registered with deferprocThunk instead of deferproc.
//
// The runtime side:
//   - gopanic pushes a Panic record on G and runs the deferred calls from
//     the top of G's defer stack, one at a time, through runDeferred, a
//     non-inlined function that records its own frame address in the panic
//     (Panic::argp) before calling the closure. A function can therefore
//     recover iff it is the deferred function: gorecover succeeds iff the
//     innermost panic is not recovered yet and argp equals the caller's
//     frame (plain defers: the closure itself calls recover) or the
//     caller's caller's (thunk defers: the function the thunk called calls
//     recover). This is Go's rule ("recover must be called directly by a
//     deferred function"), with frame addresses in place of Go's argument
//     pointers. A function that its prologue moved to a new segment has
//     __morestack and its own first activation between it and its caller:
//     callerFrame looks through them.
//   - When a deferred call returns and its panic is recovered, gopanic
//     unlinks the panic (and panics it aborted) from G and starts a forced
//     unwind (_Unwind_ForcedUnwind) whose stop function never stops. Every
//     Go frame with defers on the way gets its landing pad run; deferlp
//     answers true only for the frame that deferred the recovering call.
//     Frames in between have no defers left: the panic already ran them.
//   - A panic raised inside a deferred call run by an earlier panic finds
//     that defer still on the stack, marked started: it marks the earlier
//     panic aborted and drops the defer, exactly as Go does. Unrecovered,
//     the chain prints as "panic: A [recovered]\n\tpanic: B".
//   - If no deferred call recovers, gopanic prints the chain (error values
//     through Error(), Stringers through String(), as Go's preprintpanics),
//     "[signal ...]" for faults, a goroutine header and a traceback, and
//     exits with status 2.
//
// Invariants:
//   - Defer records live in the GC heap and are reachable from G (a
//     persistent, scanned record: sched.h), so deferred closures stay
//     alive. Each goroutine has its own defer and panic lists. Panic records live in
//     gopanic's frame and are unlinked before that frame is unwound.
//   - runDeferred and the functions compiled code calls recover from must
//     keep frame pointers (-fno-omit-frame-pointer; "frame-pointer"="all"),
//     and neither the call in runDeferred nor the call in a defer thunk may
//     become a tail call (a thunk's `call f; ret` turned into `jmp f` would
//     make f's caller runDeferred, and the frame comparison would miss).
//   - Every call that can panic in a function with defers, including calls
//     of runtime.panic* and gopanic themselves, must be an invoke: a frame
//     without a landing pad for the call is skipped by the unwinder, and if
//     it is the recovering frame the process dies with "fatal error:
//     recovered panic: no frame with the recovering defer on the stack".
//
//===----------------------------------------------------------------------===//

#include "gc/gc.h"
#include "runtime/runtime.h"

#include <cstdlib>
#include <unistd.h>
#include <unwind.h>

namespace golite::rt {

namespace {

/// Our exception object: the unwinder's header plus the recovery target.
struct GoException {
  _Unwind_Exception hdr;
  void *frame; // frame token of the function that recovers
};

constexpr uint64_t goExceptionClass = 0x474F4C4954450000ULL; // "GOLITE\0\0"

void deleteException(_Unwind_Reason_Code, _Unwind_Exception *e) {
  free(reinterpret_cast<GoException *>(e));
}

_Unwind_Reason_Code unwindStop(int, _Unwind_Action actions, _Unwind_Exception_Class,
                               _Unwind_Exception *, _Unwind_Context *, void *) {
  if (actions & _UA_END_OF_STACK)
    fatal("recovered panic: no frame with the recovering defer on the stack");
  return _URC_NO_REASON;
}

/// Unwinds the stack to the Go frame with token `frame`, whose landing pad
/// sees deferlp(frame, exc) == true and returns normally.
[[noreturn]] void unwindTo(void *frame) {
  auto *e = static_cast<GoException *>(calloc(1, sizeof(GoException)));
  if (!e)
    fatal("out of memory starting recovery");
  e->hdr.exception_class = goExceptionClass;
  e->hdr.exception_cleanup = deleteException;
  e->frame = frame;
  _Unwind_ForcedUnwind(&e->hdr, unwindStop, nullptr);
  fatal("recovered panic: unwinding failed");
}

const abi::TypeDesc deferRecordType = {
    sizeof(Defer), sizeof(Defer), 0, 0, 8, 8, abi::KindStruct, nullptr,
    "runtime._defer", "runtime", nullptr, nullptr, 0, nullptr, 0, nullptr, 0};

/// The frame of the caller of a function whose caller's frame address is
/// fa, looking through __morestack: a function whose prologue check moved
/// it to a new segment (its frame is too big for what is left, or a
/// preemption poison arrived late) runs again there, called by
/// __morestack, which was called by the function's first activation,
/// stopped in its prologue, which was called by the real caller. The
/// segment records __morestack's frame (stack.cpp: StackSeg::msframe).
void *callerFrame(G *gp, void *fa) {
  for (StackSeg *s = gp->stackseg; s && s->prev; s = s->prev)
    if (s->msframe == uintptr_t(fa))
      return *static_cast<void **>(*static_cast<void **>(fa));
  return fa;
}

} // namespace

/// Its frame address is the one recover() must present: see the file
/// comment.
[[gnu::noinline]] void runDeferred(Panic *p, abi::Closure *fn) {
  p->argp = __builtin_frame_address(0);
  reinterpret_cast<void (*)(void *)>(fn->fn)(fn);
  // Not a tail call: the frame must exist while fn runs. Clearing argp also
  // keeps a later recover from matching a stale frame.
  __atomic_store_n(&p->argp, nullptr, __ATOMIC_RELAXED);
}

namespace {
/// Runs gp's next deferred call on behalf of p (a panic or a Goexit) and
/// pops it; returns it, or null when no defer is left. Defers started by an
/// earlier panic (or by deferreturn) that is now being run past are
/// dropped, and that earlier panic is marked aborted: it will not continue.
Defer *runNextDefer(G *gp, Panic *p) {
  for (;;) {
    Defer *d = gp->defers;
    if (!d)
      return nullptr;
    if (d->started) {
      if (d->panic)
        d->panic->aborted = true;
      d->panic = nullptr;
      gp->defers = d->link;
      continue;
    }
    d->started = true;
    d->panic = p;
    p->thunk = d->thunk;
    runDeferred(p, d->fn);
    if (gp->defers != d)
      fatal("bad defer entry in panic");
    d->panic = nullptr;
    d->fn = nullptr;
    gp->defers = d->link;
    return d;
  }
}

} // namespace


namespace {

/// Go's preprintpanics + printpanics: text[] holds Error()/String() results.
void printPanics(Panic *p) {
  if (p->link) {
    printPanics(p->link);
    if (!p->link->goexit)
      printStr("\t");
  }
  if (p->goexit)
    return;
  printStr("panic: ");
  Eface v = p->arg;
  void *fn = nullptr;
  if (v.type) {
    fn = findStringMethod(v.type, "Error");
    if (!fn)
      fn = findStringMethod(v.type, "String");
  }
  if (fn) {
    GoString s = reinterpret_cast<GoString (*)(void *, void *)>(fn)(nullptr, v.data);
    printGoString(s);
  } else {
    printAny(v);
  }
  if (p->recovered)
    printStr(" [recovered]");
  printStr("\n");
}

[[noreturn]] void fatalPanic(G *gp) {
  printLock();
  printPanics(gp->panics);
  if (gp->sig != 0) {
    printStr("[signal ");
    printStr(gp->sig == 11 ? "SIGSEGV: segmentation violation"
                           : gp->sig == 7 ? "SIGBUS: bus error" : "SIGFPE: floating-point exception");
    printStr(" code=");
    printHex(gp->sigcode0);
    printStr(" addr=");
    printHex(gp->sigcode1);
    printStr(" pc=");
    printHex(gp->sigpc);
    printStr("]\n");
  }
  printStr("\ngoroutine ");
  printInt(gp->goid);
  printStr(" [running]:\n");
  traceback(2);
  printUnlock();
  flushPrint();
  _exit(2);
}

} // namespace

/// runtime.Goexit: runs every deferred call of the goroutine, as a panic
/// would but with recover() returning nil, then ends the goroutine. A
/// panic raised by one of those calls aborts the Goexit; if that panic is
/// recovered, gopanic comes back here and the exit resumes.
[[noreturn]] void goexitRunDefersAndExit(G *gp) {
  Panic p{};
  p.goexit = true;
  p.link = gp->panics;
  gp->panics = &p;
  while (runNextDefer(gp, &p)) {
  }
  gp->panics = p.link;
  goexitFinal(gp);
}

} // namespace golite::rt

using namespace golite;
using namespace golite::rt;

namespace {
[[noreturn]] void gopanicDeep(void *type, void *data);
}

extern "C" {

void rt_deferproc(void *frame, void *closure) {
  G *gp = getg();
  auto *d = static_cast<Defer *>(gc::alloc(sizeof(Defer), &deferRecordType));
  d->frame = frame;
  d->fn = static_cast<abi::Closure *>(closure);
  d->link = gp->defers;
  gp->defers = d;
}

void rt_deferprocThunk(void *frame, void *closure) {
  rt_deferproc(frame, closure);
  getg()->defers->thunk = true;
}

void rt_deferreturn(void *frame) {
  G *gp = getg();
  for (;;) {
    Defer *d = gp->defers;
    if (!d || d->frame != frame)
      return;
    // Pop before calling, like Go: a deferred call that panics is not run
    // a second time by that panic.
    gp->defers = d->link;
    abi::Closure *fn = d->fn;
    d->fn = nullptr;
    reinterpret_cast<void (*)(void *)>(fn->fn)(fn);
  }
}

bool rt_deferlp(void *frame, void *exc) {
  auto *e = static_cast<_Unwind_Exception *>(exc);
  if (!e || e->exception_class != goExceptionClass)
    return false;
  auto *ge = reinterpret_cast<GoException *>(e);
  if (ge->frame != frame)
    return false;
  free(ge);
  return true;
}

Eface rt_gorecover(void *fa1) {
  G *gp = getg();
  Panic *p = gp->panics;
  if (p && !p->goexit && !p->recovered && p->argp) {
    void *fa = callerFrame(gp, fa1);
    if (p->thunk)
      fa = callerFrame(gp, *static_cast<void **>(fa));
    if (fa == p->argp) {
      p->recovered = true;
      return p->arg;
    }
  }
  return Eface{nullptr, nullptr};
}

void rt_unwindResume(void *exc) {
  // Landing pads of Go frames run at those frames' depth, where only the
  // red zone is left; the unwinder's contexts need more.
  withStack(deepStackBytes, [&] { _Unwind_Resume(static_cast<_Unwind_Exception *>(exc)); });
  __builtin_unreachable();
}

void rt_gopanic(void *type, void *data) {
  // Deferred calls, the unwinder and the panic report need more stack
  // than compiled code leaves to the runtime (stackRedZone): run on a
  // fresh segment when short (docs/stacks.md).
  withStack(deepStackBytes, [&] { gopanicDeep(type, data); });
  __builtin_unreachable();
}

} // extern "C"

namespace {
[[noreturn]] void gopanicDeep(void *type, void *data) {
  G *gp = getg();
  Panic p{};
  p.arg = Eface{static_cast<const TypeDesc *>(type), data};
  p.link = gp->panics;
  gp->panics = &p;

  while (Defer *d = runNextDefer(gp, &p)) {
    if (p.recovered) {
      gp->panics = p.link;
      // Aborted panics were run past by this one: they are over too. If
      // one of them was a Goexit, the goroutine resumes exiting (Go's
      // recovery: "the Goexit continues") instead of returning normally.
      bool goexit = false;
      while (gp->panics && gp->panics->aborted) {
        goexit |= gp->panics->goexit;
        gp->panics = gp->panics->link;
      }
      if (!gp->panics)
        gp->sig = 0;
      if (goexit)
        goexitRunDefersAndExit(gp);
      unwindTo(d->frame);
    }
  }
  fatalPanic(gp);
}
} // namespace
