/* rusage_run: runs a command and reports its wall time and resource usage.
 *
 *   rusage_run [-n NICE] OUTFILE command [args...]
 *
 * writes "wall_seconds user_seconds system_seconds maxrss_kb exit_status"
 * to OUTFILE. With -n, the command runs in a new session whose scheduler
 * autogroup gets nice value NICE (/proc/self/autogroup): on a machine
 * whose CPUs are shared with other sessions, -n -20 gives the command
 * nearly all of them, which is what a parallel speedup measurement needs
 * (the kernel shares CPU time fairly between sessions, not threads). bench/run.py uses it instead of forking the benchmark from
 * Python directly: a process's ru_maxrss keeps the high-water mark of the
 * address space it had before execve, and a child forked (or vforked) from
 * Python starts with the interpreter's ~10 MB. This helper is small, so the
 * grandchild it forks starts near 1 MB and its ru_maxrss (from wait4) is
 * the benchmark's own peak RSS. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
  const char *nice = NULL;
  if (argc > 2 && strcmp(argv[1], "-n") == 0) {
    nice = argv[2];
    argv += 2;
    argc -= 2;
  }
  if (argc < 3) {
    fprintf(stderr, "usage: rusage_run [-n NICE] OUTFILE command [args...]\n");
    return 2;
  }
  if (nice) {
    FILE *ag;
    if (setsid() < 0 || !(ag = fopen("/proc/self/autogroup", "w")) ||
        fprintf(ag, "%s\n", nice) < 0 || fclose(ag) != 0) {
      perror("rusage_run: autogroup nice");
      return 2;
    }
  }
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    return 2;
  }
  if (pid == 0) {
    execvp(argv[2], argv + 2);
    perror("execvp");
    _exit(127);
  }
  int status;
  struct rusage ru;
  if (wait4(pid, &status, 0, &ru) < 0) {
    perror("wait4");
    return 2;
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  FILE *f = fopen(argv[1], "w");
  if (!f) {
    perror(argv[1]);
    return 2;
  }
  fprintf(f, "%.6f %.6f %.6f %ld %d\n",
          (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9,
          ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6,
          ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6, ru.ru_maxrss, code);
  fclose(f);
  return 0;
}
