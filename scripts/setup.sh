#!/bin/bash
# setup.sh: installs the Debian packages golite needs (only those missing),
# then configures and builds golite into ./build (or $BUILD_DIR).
#
#   bash scripts/setup.sh            # packages + configure + build
#   SETUP_NO_BUILD=1 bash scripts/setup.sh   # packages only
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build}
JOBS=${JOBS:-2}

# A root shell that ran `go tool compile -o /dev/null` on a file with errors
# has replaced /dev/null with a regular file; nothing works until it is back.
if [ "$(id -u)" -eq 0 ] && [ ! -c /dev/null ]; then
  mknod -m 666 /dev/null.golite c 1 3 && mv -f /dev/null.golite /dev/null
fi

# Everything the build and the tests use, by Debian package name:
#   compiler toolchain   cmake ninja-build clang-19 lld-19 llvm-19-dev
#                        libclang-rt-19-dev liblld-19-dev (golite links
#                        in-process through lld's library)
#   frontend constants   libgmp-dev libmpfr-dev
#   runtime              libgc-dev (Boehm GC, the baseline collector)
#   tests                llvm-19-tools (lit, FileCheck, not, count),
#                        libgtest-dev, python3, python3-psutil (lit --timeout)
#   debug-info tests     gdb
#   reference compiler   golang-1.19-go golang-1.19-src (the test oracle and
#                        Go's own test programs)
#   GOARCH=arm64         libc6-dev-arm64-cross libstdc++-12-dev-arm64-cross
#                        (cross sysroot), qemu-user (runs the arm64 tests),
#                        dpkg-dev make (build Boehm GC for arm64 from
#                        Debian's libgc source package: scripts/boehm-gc.sh).
#                        Never `:arm64` multiarch packages: they make
#                        `qemu-aarch64 -L` hang.
PKGS=(cmake ninja-build clang-19 lld-19 liblld-19-dev llvm-19-dev llvm-19-tools
      libclang-rt-19-dev libgc-dev libgmp-dev libmpfr-dev
      golang-1.19-go golang-1.19-src libgtest-dev python3 python3-psutil
      libc6-dev-arm64-cross libstdc++-12-dev-arm64-cross qemu-user
      dpkg-dev make gdb)

missing=()
for p in "${PKGS[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
    --no-install-recommends "${missing[@]}" >/dev/null
fi

# Boehm GC for arm64 is built from Debian's source package (`apt-get source
# libgc`, run by CMake): APT needs deb-src entries for the same suites.
if ! apt-get source --simulate libgc >/dev/null 2>&1; then
  echo "setup: enabling deb-src (for apt-get source libgc)"
  SUDO=
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; fi
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    # deb822: the same entries with Types: deb-src.
    sed -e 's/^Types:.*/Types: deb-src/' /etc/apt/sources.list.d/debian.sources |
      $SUDO tee /etc/apt/sources.list.d/golite-deb-src.sources >/dev/null
  else
    grep -h '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
      sed 's/^deb /deb-src /' |
      $SUDO tee /etc/apt/sources.list.d/golite-deb-src.list >/dev/null
  fi
  $SUDO apt-get update -qq
fi

if [ -n "${SETUP_NO_BUILD:-}" ]; then
  exit 0
fi

echo "setup: configuring $BUILD_DIR"
cmake -G Ninja -S "$ROOT" -B "$BUILD_DIR" \
  -DCMAKE_CXX_COMPILER=clang++-19 -DCMAKE_C_COMPILER=clang-19 \
  -DLLVM_DIR=/usr/lib/llvm-19/lib/cmake/llvm \
  -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld \
  -DCMAKE_SHARED_LINKER_FLAGS=-fuse-ld=lld >/dev/null
echo "setup: building (ninja -j$JOBS)"
cmake --build "$BUILD_DIR" -j "$JOBS"
