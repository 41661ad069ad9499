//===- driver/options.cpp - The golite command line -----------------------===//
//
// This file implements golite's flag table and the help texts.
//
//===----------------------------------------------------------------------===//
#include "driver/options.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <functional>

namespace golite::driver {
namespace {

struct Flag {
  const char *name;  // without the leading '-'
  bool takesValue;   // "-o x" or "-o=x"
  const char *help;
  std::function<bool(Options &, llvm::StringRef)> apply;
};

bool applyGcflags(Options &o, llvm::StringRef v) {
  // Go accepts "pattern=flags"; golite compiles everything it builds with
  // the same flags, so the pattern ("all", a package path) is accepted and
  // ignored.
  size_t eq = v.find('=');
  if (eq != llvm::StringRef::npos && !v.starts_with("-"))
    v = v.substr(eq + 1);
  llvm::SmallVector<llvm::StringRef, 8> words;
  v.split(words, ' ', -1, false);
  for (llvm::StringRef w : words) {
    o.gcflags.push_back(w.str());
    if (w == "-N")
      o.noOpt = true;
    else if (w == "-l")
      o.noInline = true;
    else if (w == "-m")
      o.escapeDiag++;
    else if (w == "-e")
      o.allErrors = true;
    else if (w == "-nostackcheck") // hidden: measures the stack checks' cost
      o.noStackCheck = true;
    else if (w == "-m=2" || w == "-m -m")
      o.escapeDiag = 2;
    else {
      llvm::errs() << "golite: unsupported -gcflags flag " << w << "\n";
      return false;
    }
  }
  return true;
}

const std::vector<Flag> &buildFlags() {
  static const std::vector<Flag> flags = {
      {"o", true, "write the output to this file",
       [](Options &o, llvm::StringRef v) { o.output = v.str(); return true; }},
      {"O0", false, "no optimization",
       [](Options &o, llvm::StringRef) { o.optLevel = 0; return true; }},
      {"O1", false, "light optimization (default)",
       [](Options &o, llvm::StringRef) { o.optLevel = 1; return true; }},
      {"O2", false, "full optimization (LLVM's O2 pipeline)",
       [](Options &o, llvm::StringRef) { o.optLevel = 2; return true; }},
      {"emit-llvm", false, "write LLVM IR instead of a binary",
       [](Options &o, llvm::StringRef) { o.emitLLVM = true; return true; }},
      {"S", false, "write assembly instead of a binary",
       [](Options &o, llvm::StringRef) { o.emitAsm = true; return true; }},
      {"c", false, "write the object file only",
       [](Options &o, llvm::StringRef) { o.keepObject = true; return true; }},
      {"x", false,
       "print the commands run, and one line per package: \"# cached <path> <key>\"\n"
       "\tif the build cache had it, \"# compile <path> <key>\" if it was compiled",
       [](Options &o, llvm::StringRef) { o.verbose = true; return true; }},
      {"a", false, "rebuild every package instead of taking it from the build cache",
       [](Options &o, llvm::StringRef) { o.rebuildAll = true; return true; }},
      {"gcflags", true, "compiler flags, like go: -N -l -m -e (optionally all=...)",
       applyGcflags},
      {"gc", true, "garbage collector backend: boehm",
       [](Options &o, llvm::StringRef v) {
         if (v != "boehm") {
           llvm::errs() << "golite: unknown -gc backend " << v << "\n";
           return false;
         }
         o.gc = v.str();
         return true;
       }},
  };
  return flags;
}

} // namespace

void printHelp(const std::string &topic) {
  auto &os = llvm::outs();
  if (topic == "build" || topic == "run") {
    os << "usage: golite " << topic
       << (topic == "build" ? " [-o output] [flags] [files.go | dir]\n"
                            : " [flags] files.go|dir [arguments...]\n")
       << "\nFlags:\n";
    for (const Flag &f : buildFlags())
      os << "  -" << f.name << (f.takesValue ? " value" : "") << "\n\t" << f.help << "\n";
    return;
  }
  os << "golite is an ahead-of-time compiler for Go, built on LLVM.\n\n"
        "Usage:\n\n\tgolite <command> [arguments]\n\n"
        "The commands are:\n\n"
        "\tbuild       compile Go files to a static native binary\n"
        "\trun         compile and run a Go program\n"
        "\tcheck       parse and type-check, reporting errors only\n"
        "\tdump-ast    print the syntax tree of Go files\n"
        "\tenv         print golite's environment (env [VAR] prints one value)\n"
        "\tversion     print golite's version\n"
        "\thelp        this text; 'golite help build' for the flags\n\n"
        "Environment: GOARCH=amd64|arm64 selects the target. GOLITE_CACHE is the\n"
        "build cache of compiled packages (default $XDG_CACHE_HOME/golite, else\n"
        "$HOME/.cache/golite; \"off\" disables it); build -a ignores it.\n";
}

bool parseCommandLine(int argc, char **argv, Options &opts, int *exitCode) {
  *exitCode = 2;
  if (argc < 2) {
    printHelp("");
    return false;
  }
  opts.command = argv[1];
  static const char *commands[] = {"build", "run", "check", "dump-ast", "env", "version", "help"};
  bool known = false;
  for (const char *c : commands)
    known |= opts.command == c;
  if (opts.command == "-h" || opts.command == "--help" || opts.command == "-help") {
    opts.command = "help";
    known = true;
  }
  if (!known) {
    llvm::errs() << "golite " << opts.command << ": unknown command\n"
                 << "Run 'golite help' for usage.\n";
    return false;
  }
  if (opts.command == "help" || opts.command == "env") {
    for (int i = 2; i < argc && (opts.command == "env" || i == 2); i++)
      opts.inputs.push_back(argv[i]);
    *exitCode = 0;
    return true;
  }
  int i = 2;
  for (; i < argc; i++) {
    llvm::StringRef a = argv[i];
    if (!a.starts_with("-") || a == "-")
      break;
    if (a == "--") {
      i++;
      break;
    }
    llvm::StringRef body = a.drop_front(a.starts_with("--") ? 2 : 1);
    llvm::StringRef name = body, value;
    bool hasValue = false;
    if (size_t eq = body.find('='); eq != llvm::StringRef::npos) {
      name = body.substr(0, eq);
      value = body.substr(eq + 1);
      hasValue = true;
    }
    const Flag *flag = nullptr;
    for (const Flag &f : buildFlags())
      if (name == f.name)
        flag = &f;
    if (!flag) {
      llvm::errs() << "flag provided but not defined: -" << name << "\n"
                   << "usage: golite " << opts.command << " [flags] [files.go | dir]\n";
      return false;
    }
    if (flag->takesValue && !hasValue) {
      if (i + 1 >= argc) {
        llvm::errs() << "flag needs an argument: -" << name << "\n";
        return false;
      }
      value = argv[++i];
    } else if (!flag->takesValue && hasValue) {
      llvm::errs() << "invalid value \"" << value << "\" for flag -" << name << "\n";
      return false;
    }
    if (!flag->apply(opts, value))
      return false;
  }
  // Inputs: for run, the .go files (or one directory) up to the first
  // argument that is neither; the rest go to the program.
  for (; i < argc; i++) {
    llvm::StringRef a = argv[i];
    bool isGo = a.ends_with(".go");
    if (opts.command == "run" && !opts.inputs.empty() && !isGo)
      break;
    if (opts.command == "run" && !opts.inputs.empty() &&
        !llvm::StringRef(opts.inputs.back()).ends_with(".go"))
      break;
    opts.inputs.push_back(a.str());
  }
  for (; i < argc; i++)
    opts.programArgs.push_back(argv[i]);
  if (opts.noOpt)
    opts.optLevel = 0;
  if (opts.inputs.empty() && opts.command != "version") {
    if (opts.command == "run") {
      llvm::errs() << "golite run: no go files listed\n";
      return false;
    }
    opts.inputs.push_back(".");
  }
  *exitCode = 0;
  return true;
}

} // namespace golite::driver
