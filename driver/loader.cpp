//===- driver/loader.cpp - Finding, parsing and checking packages ---------===//
//
// This file implements the Loader: file discovery (skipping _test.go files),
// parsing, import resolution against lib/, and per-package checking.
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

std::vector<std::string> Loader::goFilesIn(const std::string &dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (llvm::sys::fs::directory_iterator it(dir, ec), end; it != end && !ec; it.increment(ec)) {
    llvm::StringRef name = llvm::sys::path::filename(it->path());
    if (!name.ends_with(".go") || name.ends_with("_test.go") || name.starts_with(".") ||
        name.starts_with("_"))
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
  for (File *f : files) {
    if (f->name && f->name->name != "main") {
      llvm::errs() << "golite: package " << f->name->name
                   << " is not a main package (golite builds commands only)\n";
      return nullptr;
    }
  }
  return checkFiles("main", std::move(files));
}

Package *Loader::import(const std::string &path, Pos pos) {
  if (auto it = packages_.find(path); it != packages_.end())
    return it->second;
  if (inProgress_[path]) {
    diags_.error(pos, "import cycle not allowed");
    return nullptr;
  }
  llvm::SmallString<256> dir(libSrcDir_);
  llvm::sys::path::append(dir, path);
  std::vector<std::string> paths;
  if (path.empty() || path[0] == '.' || path[0] == '/' || !llvm::sys::fs::is_directory(dir) ||
      (paths = goFilesIn(std::string(dir))).empty()) {
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
