//===- runtime/rt0.cpp - Program entry ------------------------------------===//
//
// This file implements the process entry point of every golite program.
//
// The C library calls main(argc, argv); we
//   1. start the collector (gc::init) before anything can allocate,
//   2. record argv for os.Args (os_linux.cpp),
//   3. install the fault handlers (signal_linux.cpp),
//   4. run package initialization (__golite_init, emitted by the compiler:
//      variables, then init functions, packages in dependency order),
//   5. call main.main with a null closure context,
//   6. exit(0) without running C++ static destructors, as Go does.
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
  golite_init();
  golite_main_main(nullptr);
  _exit(0);
}
