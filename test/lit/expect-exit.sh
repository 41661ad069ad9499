#!/bin/bash
# expect-exit.sh N cmd args...: runs cmd, passing its output through, and
# succeeds only if cmd exited with status exactly N. Used by tests of
# programs that panic (status 2) or call os.Exit.
# Usage in a RUN line:  %expect-exit 2 %t 2>&1 | FileCheck %s
want=$1
shift
"$@"
got=$?
if [ "$got" -ne "$want" ]; then
  echo "expect-exit: '$*' exited with status $got, want $want" >&2
  exit 1
fi
exit 0
