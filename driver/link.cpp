//===- driver/link.cpp - Linking golite programs --------------------------===//
//
// This file implements static linking through clang++-19 and lld, and the
// helper that runs subprocesses.
//
//===----------------------------------------------------------------------===//
#include "driver/link.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>

namespace golite::driver {

std::string libRoot(const char *argv0) {
  // GOLITE_ROOT replaces the installation's folder (tests use a copy of
  // lib/ to see that a change in it is picked up).
  if (const char *r = std::getenv("GOLITE_ROOT"); r && *r)
    return r;
  std::string exe = llvm::sys::fs::getMainExecutable(argv0, (void *)&libRoot);
  llvm::SmallString<256> dir(llvm::sys::path::parent_path(exe));
  llvm::sys::path::append(dir, "..", "lib", "golite");
  llvm::SmallString<256> real;
  if (!llvm::sys::fs::real_path(dir, real))
    return std::string(real);
  return std::string(dir);
}

int runProgram(const std::vector<std::string> &argv, bool verbose) {
  if (verbose) {
    for (size_t i = 0; i < argv.size(); i++)
      llvm::errs() << (i ? " " : "") << argv[i];
    llvm::errs() << "\n";
  }
  auto prog = llvm::sys::findProgramByName(argv[0]);
  if (!prog) {
    llvm::errs() << "golite: cannot find " << argv[0] << "\n";
    return -1;
  }
  std::vector<llvm::StringRef> args(argv.begin(), argv.end());
  std::string err;
  int rc = llvm::sys::ExecuteAndWait(*prog, args, std::nullopt, {}, 0, 0, &err);
  if (rc < 0)
    llvm::errs() << "golite: " << argv[0] << ": " << err << "\n";
  return rc;
}

bool linkProgram(const TargetInfo &t, const std::string &root,
                 const std::vector<std::string> &objects, const std::string &output,
                 const std::string &gc, bool verbose) {
  llvm::SmallString<256> rt(root);
  llvm::sys::path::append(rt, t.goarch, "libgolite_rt.a");
  if (!llvm::sys::fs::exists(rt)) {
    llvm::errs() << "golite: runtime for " << t.goarch << " not found at " << rt << "\n";
    return false;
  }
  std::vector<std::string> argv = {"clang++-19", "--target=" + t.triple, "-static",
                                   "-fuse-ld=lld", "-o", output};
  argv.insert(argv.end(), objects.begin(), objects.end());
  argv.push_back(std::string(rt));
  // The GC backend. Boehm for amd64 is Debian's libgc-dev (-lgc); for arm64
  // it is built from Debian's source package next to the runtime
  // (scripts/boehm-gc.sh, run by runtime/CMakeLists.txt), as there is no
  // arm64 libgc.a without multiarch packages.
  llvm::SmallString<256> localGc(root);
  llvm::sys::path::append(localGc, t.goarch, "libgc.a");
  if (llvm::sys::fs::exists(localGc)) {
    argv.push_back(std::string(localGc));
  } else if (t.goarch == "amd64") {
    argv.push_back("-lgc");
  } else {
    llvm::errs() << "golite: Boehm GC for " << t.goarch << " not found at " << localGc
                 << " (scripts/setup.sh enables deb-src so that the build makes it)\n";
    return false;
  }
  argv.push_back("-lpthread");
  if (runProgram(argv, verbose) != 0) {
    llvm::errs() << "golite: linking " << output << " failed\n";
    return false;
  }
  return true;
}

} // namespace golite::driver
