//===- runtime/rt0.cpp - Program entry ------------------------------------===//
//
// This file implements the process entry point of every golite program.
//
// The C library calls main(argc, argv); we
//   1. start the collector (gc::init) before anything can allocate,
//   2. record argv for os.Args (os_linux.cpp),
//   3. install the fault handlers (signal_linux.cpp),
//   4. start the scheduler and run, on the main goroutine (goid 1, a
//      goroutine stack of its own, like Go's runtime.main):
//      package initialization (__golite_init, emitted by the compiler:
//      variables, then init functions, packages in dependency order),
//      then main.main with a null closure context, then exit(0) without
//      running C++ static destructors, as Go does -- whatever other
//      goroutines are doing.
// The main thread itself only waits (runMain): Ms run the goroutines.
//
// An unrecovered panic never returns here: it exits 2 from gopanic.
//
// This file is the only one the unit tests leave out (they bring their own
// main).
//
//===----------------------------------------------------------------------===//

#include "gc/gc.h"
#include "runtime/runtime.h"

#include <unistd.h>

namespace golite::rt {
void saveArgs(int argc, char **argv);
void installSignalHandlers();
} // namespace golite::rt

int main(int argc, char **argv) {
  using namespace golite;
  gc::init();
  rt::saveArgs(argc, argv);
  rt::installSignalHandlers();
  rt::runMain(
      [](void *) {
        golite_init();
        golite_main_main(nullptr);
        rt::flushPrint();
        _exit(0);
      },
      nullptr);
  _exit(0);
}
