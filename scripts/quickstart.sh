#!/bin/bash
# quickstart.sh: sets up and builds golite, then compiles and runs
# examples/hello.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
BUILD_DIR=${BUILD_DIR:-$(pwd)/build}
"$BUILD_DIR/bin/golite" build -o "$BUILD_DIR/hello" examples/hello/hello.go
echo "quickstart: running $BUILD_DIR/hello"
"$BUILD_DIR/hello"
