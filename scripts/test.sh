#!/bin/bash
# test.sh: sets up and builds golite, then runs every test with ctest:
#   lit              test/lit (run tests, error tests, examples) with golite
#   lit-oracle       the same suite with Go 1.19 in golite's place
#   conformance-ken, conformance-chan, conformance-interface
#                    all of Go 1.19's test/ken, test/chan and test/interface through golite
#   unit tests       GoogleTest (test/unit)
# The lit and conformance summaries are repeated at the end, followed by
# ctest's own summary line, which stays the last line of the output.
set -uo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-$(pwd)/build}
JOBS=${JOBS:-2}

if ! bash scripts/setup.sh; then
  echo "test.sh: setup or build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

log=$(mktemp)
(cd "$BUILD_DIR" && ctest --output-on-failure -j "$JOBS" "$@") 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

last=$BUILD_DIR/Testing/Temporary/LastTest.log
if [ -f "$last" ]; then
  echo
  echo "=== summaries"
  awk '/^[0-9]+\/[0-9]+ Test: /{name=$3; next}
       /^Total Discovered Tests:/{p=1; print "[" name "] " $0; next}
       p && /^  [A-Z]/{print "[" name "] " $0; next}
       {p=0}
       /^category /{print "[" name "] " $0}
       /^[0-9]+ passed, [0-9]+ failed/{print "[" name "] " $0}' "$last"
  echo
fi
# ctest's closing lines last.
grep -E '^[0-9]+% tests passed|^Total Test time' "$log" | tail -2
rm -f "$log"
exit "$status"
