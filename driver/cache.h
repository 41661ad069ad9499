//===- driver/cache.h - The package build cache -----------------*- C++ -*-===//
//
// golite compiles each imported package (lib/) to its own object file and
// keeps it in a build cache, as `go build` does, so that building a
// program does not recompile its imports each time. An object is found by
// a key: a hash of everything that decides its contents (golite's build
// ID, the target, the codegen flags, the package's import path, the names
// and contents of its files, and the keys of its direct imports, so that a
// change in a package invalidates every package above it). The main
// package is never cached. See docs/architecture.md, "Build cache".
//
//===----------------------------------------------------------------------===//
#pragma once

#include "codegen/codegen.h"
#include "frontend/types.h"

#include <map>
#include <string>

namespace golite::driver {

/// golite's own identity: a hash of the compiler's sources (frontend,
/// lowering, codegen, driver, and the runtime ABI headers) computed when
/// golite is built, plus the LLVM version.
std::string buildID();

/// The cache directory: $GOLITE_CACHE, else $XDG_CACHE_HOME/golite, else
/// $HOME/.cache/golite. Empty if none can be located or GOLITE_CACHE=off.
std::string defaultCacheDir();

/// Computes cache keys. `config` describes the build (target, flags);
/// packageKey() must be called for imports before their importers (the
/// Loader's order does that).
class KeyMaker {
public:
  KeyMaker(const CodegenOptions &cg, const std::string &extra);
  /// The hex key of `p`.
  std::string packageKey(const Package *p);

private:
  std::string config_;
  std::map<const Package *, std::string> keys_;
};

/// A directory of objects named by key: <dir>/<key[0:2]>/<key>.o. Objects
/// are written to a temporary file in the same directory and renamed into
/// place, so concurrent builds never see a partial object.
class BuildCache {
public:
  /// `dir` empty: a disabled cache (every lookup misses, nothing is kept).
  explicit BuildCache(std::string dir) : dir_(std::move(dir)) {}
  bool enabled() const { return !dir_.empty(); }
  const std::string &dir() const { return dir_; }
  /// The object for `key` if the cache holds it.
  bool lookup(const std::string &key, std::string &path) const;
  /// A fresh temporary path in the cache for `key`'s object, to be
  /// committed or removed. False (with `err`) if the cache cannot be
  /// written.
  bool reserve(const std::string &key, std::string &tmp, std::string &err);
  /// Renames `tmp` into place; `path` is the final name.
  bool commit(const std::string &key, const std::string &tmp, std::string &path,
              std::string &err);

private:
  std::string objectPath(const std::string &key) const;
  std::string dir_;
};

} // namespace golite::driver
