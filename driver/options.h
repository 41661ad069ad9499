//===- driver/options.h - The golite command line --------------*- C++ -*-===//
//
// A small table-driven parser for golite's Go-style flags ("-o out",
// "-O2", "-gcflags=-N -l", "-gcflags all=-N"). Each subcommand lists the
// flags it accepts; anything else is a usage error (exit 2, like go).
//
//===----------------------------------------------------------------------===//
#pragma once

#include <string>
#include <vector>

namespace golite::driver {

struct Options {
  std::string command;          // build, run, check, dump-ast, env, version, help
  std::string output;           // -o
  int optLevel = 1;             // -O0/-O1/-O2
  bool emitLLVM = false;        // -emit-llvm: write IR instead of a binary
  bool emitAsm = false;         // -S: write assembly
  bool keepObject = false;      // -c: stop after the object file
  bool verbose = false;         // -x: print the commands run
  bool rebuildAll = false;      // -a: rebuild every package (ignore the cache)
  std::vector<std::string> gcflags; // words of -gcflags (after "all=")
  bool noOpt = false;           // -gcflags=-N
  bool noInline = false;        // -gcflags=-l
  int escapeDiag = 0;           // -gcflags=-m (count of -m)
  bool allErrors = false;       // -gcflags=-e: no limit of 10 errors
  bool noStackCheck = false;    // -gcflags=-nostackcheck (hidden: measurement)
  std::string gc = "boehm";     // -gc=boehm
  std::vector<std::string> inputs; // .go files or one directory
  std::vector<std::string> programArgs; // run: arguments for the program
};

/// Parses argv; on error prints a message to stderr and returns false with
/// *exitCode set.
bool parseCommandLine(int argc, char **argv, Options &opts, int *exitCode);
void printHelp(const std::string &topic);

} // namespace golite::driver
