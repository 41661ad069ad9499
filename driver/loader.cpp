//===- driver/loader.cpp - Finding, parsing and checking packages ---------===//
//
// This file implements the Loader: file discovery (skipping _test.go files),
// parsing, import resolution against lib/ (and local "./x" imports), and
// per-package checking.
//
//===----------------------------------------------------------------------===//
#include "driver/loader.h"

#include "frontend/parser.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>

namespace golite::driver {

// go/build's goodOSArchFile: a file name x_GOOS.go, x_GOARCH.go or
// x_GOOS_GOARCH.go (before any _test suffix) restricts the file to that
// target. The known names are Go 1.19's (go/build/syslist.go); golite
// targets linux only.
bool Loader::goodOSArchFile(llvm::StringRef name) const {
  static const char *const knownOS[] = {
      "aix",   "android", "darwin",  "dragonfly", "freebsd", "hurd",    "illumos", "ios",
      "js",    "linux",   "nacl",    "netbsd",    "openbsd", "plan9",   "solaris", "windows",
      "zos"};
  static const char *const knownArch[] = {
      "386",     "amd64",    "amd64p32", "arm",     "armbe",  "arm64",   "arm64be", "loong64",
      "mips",    "mipsle",   "mips64",   "mips64le", "mips64p32", "mips64p32le", "ppc",
      "ppc64",   "ppc64le",  "riscv",    "riscv64", "s390",   "s390x",   "sparc",   "sparc64",
      "wasm"};
  auto isOS = [&](llvm::StringRef s) {
    return std::find(std::begin(knownOS), std::end(knownOS), s) != std::end(knownOS);
  };
  auto isArch = [&](llvm::StringRef s) {
    return std::find(std::begin(knownArch), std::end(knownArch), s) != std::end(knownArch);
  };
  llvm::StringRef stem = name.drop_back(3); // ".go"
  llvm::SmallVector<llvm::StringRef, 4> parts;
  stem.split(parts, '_');
  // The first element is the base name, never a constraint (a file named
  // linux.go is not restricted).
  if (parts.size() >= 3 && isOS(parts[parts.size() - 2]) && isArch(parts.back()))
    return parts[parts.size() - 2] == "linux" && parts.back() == goarch_;
  if (parts.size() >= 2 && isOS(parts.back()))
    return parts.back() == "linux";
  if (parts.size() >= 2 && isArch(parts.back()))
    return parts.back() == goarch_;
  return true;
}

std::vector<std::string> Loader::goFilesIn(const std::string &dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (llvm::sys::fs::directory_iterator it(dir, ec), end; it != end && !ec; it.increment(ec)) {
    llvm::StringRef name = llvm::sys::path::filename(it->path());
    if (!name.ends_with(".go") || name.ends_with("_test.go") || name.starts_with(".") ||
        name.starts_with("_") || !goodOSArchFile(name))
      continue;
    files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

bool Loader::readFiles(const std::vector<std::string> &paths, std::vector<File *> &out) {
  for (const std::string &p : paths) {
    auto buf = llvm::MemoryBuffer::getFile(p, /*IsText=*/false, /*RequiresNullTerminator=*/false);
    if (!buf) {
      llvm::errs() << "golite: open " << p << ": " << buf.getError().message() << "\n";
      return false;
    }
    // Go reports positions relative to the name it was given ("./x.go" and
    // "x.go" both print as given).
    SourceFile *src = fset_.addFile(p, (*buf)->getBuffer().str());
    out.push_back(parseFile(actx_, src, diags_));
  }
  return true;
}

std::vector<File *> Loader::parseOnly(const std::vector<std::string> &inputs) {
  std::vector<File *> files;
  std::vector<std::string> paths;
  for (const std::string &in : inputs) {
    if (llvm::sys::fs::is_directory(in)) {
      auto more = goFilesIn(in);
      paths.insert(paths.end(), more.begin(), more.end());
    } else {
      paths.push_back(in);
    }
  }
  readFiles(paths, files);
  return files;
}

Package *Loader::checkFiles(const std::string &path, std::vector<File *> files) {
  if (diags_.hasErrors())
    return nullptr;
  std::string name = files.empty() || !files[0]->name ? "main" : files[0]->name->name;
  for (File *f : files) {
    if (f->name && f->name->name != name) {
      diags_.error(f->name->pos(), "package " + f->name->name + "; expected package " + name);
      return nullptr;
    }
  }
  auto *pkg = tctx_.make<Package>(path, name);
  pkg->files = std::move(files);
  pkg->allowExternal = path != "main";
  packages_[path] = pkg;
  if (!checkPackage(tctx_, pkg, diags_, *this))
    return nullptr;
  ordered_.push_back(pkg);
  return pkg;
}

Package *Loader::loadMain(const std::vector<std::string> &inputs) {
  std::vector<std::string> paths;
  for (const std::string &in : inputs) {
    if (llvm::sys::fs::is_directory(in)) {
      if (inputs.size() > 1) {
        llvm::errs() << "golite: cannot mix a directory with other inputs\n";
        return nullptr;
      }
      paths = goFilesIn(in);
      if (paths.empty()) {
        llvm::errs() << "golite: no Go files in " << in << "\n";
        return nullptr;
      }
    } else if (!llvm::StringRef(in).ends_with(".go")) {
      llvm::errs() << "golite: " << in << ": not a .go file or directory\n";
      return nullptr;
    } else {
      paths.push_back(in);
    }
  }
  std::vector<File *> files;
  if (!readFiles(paths, files) || diags_.hasErrors())
    return nullptr;
  // A package other than main is checked and compiled but not linked, as
  // `go build` does with a non-main package (checkFiles reports files that
  // disagree on the package name).
  std::string name = files.empty() || !files[0]->name ? "main" : files[0]->name->name;
  return checkFiles(name == "main" ? "main" : "command-line-arguments", std::move(files));
}

/// A local import ("./x", "../x") names the directory relative to the
/// importing file's own directory, as go build does in GOPATH mode. The
/// package's path is "_" followed by the directory's real path (go uses the
/// cleaned absolute path), so that two spellings of one directory, e.g.
/// through symbolic links, are one package.
std::string Loader::localImportDir(const std::string &path, Pos pos) const {
  llvm::SmallString<256> dir;
  if (const SourceFile *f = fset_.file(pos))
    dir = llvm::sys::path::parent_path(f->name());
  if (dir.empty())
    dir = ".";
  llvm::sys::path::append(dir, path);
  llvm::SmallString<256> real;
  if (llvm::sys::fs::real_path(dir, real))
    return "";
  return std::string(real);
}

Package *Loader::import(const std::string &importPath, Pos pos) {
  bool local = importPath == "." || importPath == ".." ||
               llvm::StringRef(importPath).starts_with("./") ||
               llvm::StringRef(importPath).starts_with("../");
  llvm::SmallString<256> dir;
  std::string path = importPath;
  if (local) {
    dir = localImportDir(importPath, pos);
    if (dir.empty()) {
      diags_.error(pos, "cannot find package \"" + importPath + "\"");
      return nullptr;
    }
    path = "_" + std::string(dir);
  } else {
    dir = libSrcDir_;
    llvm::sys::path::append(dir, path);
  }
  if (auto it = packages_.find(path); it != packages_.end())
    return it->second;
  if (inProgress_[path]) {
    diags_.error(pos, "import cycle not allowed");
    return nullptr;
  }
  std::vector<std::string> paths;
  if (path.empty() || (!local && (path[0] == '.' || path[0] == '/')) ||
      !llvm::sys::fs::is_directory(dir) || (paths = goFilesIn(std::string(dir))).empty()) {
    if (local)
      diags_.error(pos, "no Go files in " + std::string(dir));
    else
      diags_.error(pos, "package " + path + " is not in std (golite's lib/ does not provide it)");
    return nullptr;
  }
  inProgress_[path] = true;
  std::vector<File *> files;
  Package *pkg = nullptr;
  if (readFiles(paths, files))
    pkg = checkFiles(path, std::move(files));
  inProgress_[path] = false;
  return pkg;
}

} // namespace golite::driver
