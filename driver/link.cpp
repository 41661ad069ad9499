//===- driver/link.cpp - Linking golite programs --------------------------===//
//
// This file implements static linking through clang++-19 and lld, and the
// helper that runs subprocesses.
//
// clang++'s driver only works out the ld.lld command line (start files,
// library directories, the C++ and C libraries); starting it costs a
// process with all of libLLVM and libclang loaded, about a fifth of a warm
// build of hello world. So the command line clang++ would run is asked for
// once per target (`clang++ -###`), with one placeholder argument where
// golite's inputs go, and kept in the build cache; later links run ld.lld
// directly with the placeholder replaced: in golite's own process, through
// lld's library (liblld-19-dev), when golite was built with it, which
// saves starting ld.lld (a process loading all of libLLVM: ~0.07 s of a
// 0.4 s warm build of hello world). The file's name carries the
// target and the clang++ executable's size and modification time, so a
// changed toolchain is asked again; without a cache, clang++ links as
// before.
//
//===----------------------------------------------------------------------===//
#include "driver/link.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

#include "driver/cache.h"

#include "llvm/Support/MemoryBuffer.h"

#include <cstdlib>
#include <fstream>
#include <unistd.h>

#ifdef GOLITE_HAVE_LLD
#include "lld/Common/Driver.h"
LLD_HAS_DRIVER(elf)
#endif

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

/// Prints a command line for -x, followed by `note`.
static void printCommand(const std::vector<std::string> &argv, const char *note) {
  for (size_t i = 0; i < argv.size(); i++)
    llvm::errs() << (i ? " " : "") << argv[i];
  llvm::errs() << note << "\n";
}

int runProgram(const std::vector<std::string> &argv, bool verbose) {
  if (verbose) printCommand(argv, "");
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

namespace {

// The inputs' placeholder must name an existing file (clang checks), and
// must not start with '@' (a response file).
const char *const kInputsPlaceholder = "golite-inputs.o";
const char *const kOutputPlaceholder = "golite-output";

/// Splits one line of `clang -###` output: double-quoted arguments with
/// backslash escapes.
std::vector<std::string> splitQuoted(llvm::StringRef line) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < line.size()) {
    if (line[i] != '"') {
      ++i;
      continue;
    }
    std::string arg;
    for (++i; i < line.size() && line[i] != '"'; ++i) {
      if (line[i] == '\\' && i + 1 < line.size()) ++i;
      arg += line[i];
    }
    ++i;
    out.push_back(arg);
  }
  return out;
}

/// The ld.lld command line clang++ runs for `inputs` (as one placeholder),
/// from the cache or from `clang++ -###`; empty if it cannot be had.
std::vector<std::string> linkerCommand(const TargetInfo &t, bool verbose) {
  auto clang = llvm::sys::findProgramByName("clang++-19");
  if (!clang) return {};
  llvm::sys::fs::file_status st;
  if (llvm::sys::fs::status(*clang, st)) return {};
  std::string dir = defaultCacheDir();
  if (dir.empty()) return {};
  std::string name;
  llvm::raw_string_ostream os(name);
  os << "link-" << t.triple << "-" << st.getSize() << "-"
     << st.getLastModificationTime().time_since_epoch().count() << ".txt";
  llvm::SmallString<256> path(dir);
  llvm::sys::path::append(path, name);
  std::vector<std::string> cmd;
  if (auto buf = llvm::MemoryBuffer::getFile(path)) {
    llvm::SmallVector<llvm::StringRef, 64> lines;
    (*buf)->getBuffer().split(lines, '\n', -1, false);
    for (llvm::StringRef l : lines) cmd.push_back(l.str());
    if (!cmd.empty() && llvm::is_contained(cmd, kInputsPlaceholder)) return cmd;
    cmd.clear();
  }
  // Ask the driver, from a scratch directory holding the placeholder.
  llvm::SmallString<128> scratch;
  if (llvm::sys::fs::createUniqueDirectory("golite-link", scratch)) return {};
  llvm::SmallString<128> outFile(scratch), inFile(scratch);
  llvm::sys::path::append(outFile, "out.txt");
  llvm::sys::path::append(inFile, kInputsPlaceholder);
  { std::ofstream touch{std::string(inFile)}; }
  std::string triple = "--target=" + t.triple;
  std::vector<llvm::StringRef> args = {"clang++-19", triple, "-static", "-fuse-ld=lld",
                                       "-###", "-o", kOutputPlaceholder, inFile};
  std::optional<llvm::StringRef> redirects[] = {std::nullopt, std::nullopt,
                                                llvm::StringRef(outFile)};
  int rc = llvm::sys::ExecuteAndWait(*clang, args, std::nullopt, redirects);
  auto buf = llvm::MemoryBuffer::getFile(outFile);
  llvm::sys::fs::remove_directories(scratch);
  if (rc != 0 || !buf) return {};
  llvm::SmallVector<llvm::StringRef, 16> lines;
  (*buf)->getBuffer().split(lines, '\n');
  for (llvm::StringRef l : lines)
    if (l.contains("ld.lld\"")) cmd = splitQuoted(l);
  for (auto &a : cmd)
    if (a == inFile) a = kInputsPlaceholder;
  if (cmd.empty() || !llvm::is_contained(cmd, kInputsPlaceholder) ||
      !llvm::is_contained(cmd, kOutputPlaceholder))
    return {};
  // Keep it for the next builds (written to a temporary file and renamed,
  // as concurrent builds may race here).
  llvm::SmallString<256> tmp(path);
  tmp += ".tmp" + std::to_string(::getpid());
  {
    std::ofstream f(std::string(tmp), std::ios::binary);
    for (auto &a : cmd) f << a << "\n";
    if (!f) return cmd;
  }
  if (llvm::sys::fs::rename(tmp, path)) llvm::sys::fs::remove(tmp);
  if (verbose) llvm::errs() << "# linker command from clang++-19 -###, kept in " << path << "\n";
  return cmd;
}

#ifdef GOLITE_HAVE_LLD
/// Runs ld.lld's command line with lld's ELF driver in this process (the
/// process is about to exit: lld's global state is used once).
int linkInProcess(const std::vector<std::string> &argv, bool verbose) {
  if (verbose) printCommand(argv, "  # in-process");
  std::vector<const char *> args;
  for (const std::string &a : argv) args.push_back(a.c_str());
  lld::Result r = lld::lldMain(args, llvm::outs(), llvm::errs(), {{lld::Gnu, &lld::elf::link}});
  return r.retCode;
}
#endif

} // namespace

bool linkProgram(const TargetInfo &t, const std::string &root,
                 const std::vector<std::string> &objects, const std::string &output,
                 const std::string &gc, bool verbose) {
  llvm::SmallString<256> rt(root);
  llvm::sys::path::append(rt, t.goarch, "libgolite_rt.a");
  if (!llvm::sys::fs::exists(rt)) {
    llvm::errs() << "golite: runtime for " << t.goarch << " not found at " << rt << "\n";
    return false;
  }
  std::vector<std::string> inputs(objects.begin(), objects.end());
  inputs.push_back(std::string(rt));
  // The GC backend. Boehm for amd64 is Debian's libgc-dev (-lgc); for arm64
  // it is built from Debian's source package next to the runtime
  // (scripts/boehm-gc.sh, run by runtime/CMakeLists.txt), as there is no
  // arm64 libgc.a without multiarch packages.
  llvm::SmallString<256> localGc(root);
  llvm::sys::path::append(localGc, t.goarch, "libgc.a");
  if (llvm::sys::fs::exists(localGc)) {
    inputs.push_back(std::string(localGc));
  } else if (t.goarch == "amd64") {
    inputs.push_back("-lgc");
  } else {
    llvm::errs() << "golite: Boehm GC for " << t.goarch << " not found at " << localGc
                 << " (scripts/setup.sh enables deb-src so that the build makes it)\n";
    return false;
  }
  inputs.push_back("-lpthread");
  std::vector<std::string> argv;
  std::vector<std::string> ld = linkerCommand(t, verbose);
  if (!ld.empty()) {
    for (auto &a : ld) {
      if (a == kInputsPlaceholder)
        argv.insert(argv.end(), inputs.begin(), inputs.end());
      else if (a == kOutputPlaceholder)
        argv.push_back(output);
      else
        argv.push_back(a);
    }
  } else {
    argv = {"clang++-19", "--target=" + t.triple, "-static", "-fuse-ld=lld", "-o", output};
    argv.insert(argv.end(), inputs.begin(), inputs.end());
  }
  int rc;
#ifdef GOLITE_HAVE_LLD
  if (llvm::sys::path::filename(argv[0]).starts_with("ld.lld"))
    rc = linkInProcess(argv, verbose);
  else
#endif
    rc = runProgram(argv, verbose);
  if (rc != 0) {
    llvm::errs() << "golite: linking " << output << " failed\n";
    return false;
  }
  return true;
}

} // namespace golite::driver
