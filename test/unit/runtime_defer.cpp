//===- test/unit/runtime_defer.cpp - Defer, panic, recover end to end -----===//
//
// Runs runtime_defer_prog (runtime_defer.ll: hand-compiled Go following the
// scheme of runtime.def, statically linked like a golite program) and
// checks its output and exit status.
//
//===----------------------------------------------------------------------===//

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <sys/wait.h>

namespace {
std::string runProgram(const char *cmd, int *status) {
  FILE *p = popen(cmd, "r");
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0)
    out.append(buf, n);
  *status = pclose(p);
  return out;
}
} // namespace

TEST(RuntimeDefer, RecoverThunkAndFinalPanic) {
  int status;
  std::string out = runProgram(GOLITE_RT_DEFER_PROG " 2>&1", &status);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 2);
  std::string want = "recovered: boom\n"
                     "42\n"
                     "h recovers: thunk\n"
                     "after k\n"
                     "recovered: runtime error: index out of range [5] with length 3\n"
                     "static itab reused: true\n";
  EXPECT_EQ(out.substr(0, want.size()), want);
  std::string rest = out.substr(want.size());
  EXPECT_EQ(rest.substr(0, rest.find("goroutine")), "panic: final\n\n") << out;
  EXPECT_NE(rest.find("goroutine 1 [running]:\nmain.main("), std::string::npos) << out;
}
