#!/bin/bash
# boehm-gc.sh: Boehm GC for a cross target, built from Debian's own source
# package of the libgc-dev the host uses (same version, same configuration
# as debian/rules), as a static libgc.a. golite's runtime links it for
# GOARCH=arm64, where Debian's binary libgc would need multiarch `:arm64`
# packages (which make `qemu-aarch64 -L` hang, and which we do not want).
#
#   boehm-gc.sh fetch DIR
#       Downloads and unpacks Debian's libgc source into DIR/libgc-<ver>
#       (needs deb-src in APT's sources: scripts/setup.sh enables it).
#       Prints the unpacked directory. Does nothing if already unpacked.
#   boehm-gc.sh build SRCDIR TRIPLE OUT.a [WORKDIR]
#       Configures SRCDIR out of tree (in WORKDIR, default next to OUT.a)
#       with clang-19 --target=TRIPLE and lld, builds it and copies
#       .libs/libgc.a to OUT.a.
#
# CMake (runtime/CMakeLists.txt) runs `fetch` at configure time and `build`
# as a build step of golite_rt_arm64.
set -euo pipefail

cmd=${1:-}
case "$cmd" in
fetch)
  dir=$2
  mkdir -p "$dir"
  # The version of the host's libgc-dev, so both targets run the same GC.
  ver=$(dpkg-query -W -f='${Version}' libgc-dev 2>/dev/null || true)
  upstream=${ver#*:}
  upstream=${upstream%-*}
  if [ -n "$upstream" ] && [ -f "$dir/libgc-$upstream/configure" ]; then
    echo "$dir/libgc-$upstream"
    exit 0
  fi
  spec=libgc
  if [ -n "$ver" ]; then spec="libgc=$ver"; fi
  (cd "$dir" && apt-get source --download-only "$spec") >&2 || {
    echo "boehm-gc.sh: 'apt-get source libgc' failed: enable deb-src lines" \
         "in APT's sources (scripts/setup.sh does) and run apt-get update" >&2
    exit 1
  }
  dsc=$(ls -t "$dir"/libgc_*.dsc | head -1)
  # dpkg-source verifies checksums; the signature check needs no keyring
  # here because apt already authenticated the download.
  (cd "$dir" && dpkg-source --no-check -x "$(basename "$dsc")") >&2
  src=$(ls -d "$dir"/libgc-*/ | head -1)
  echo "${src%/}"
  ;;
build)
  src=$(cd "$2" && pwd)
  triple=$3
  mkdir -p "$(dirname "$4")"
  out=$(cd "$(dirname "$4")" && pwd)/$(basename "$4")
  work=${5:-$(dirname "$out")/libgc-build-$triple}
  rm -rf "$work"
  mkdir -p "$work"
  cd "$work"
  # debian/rules: COMMON_CONFIG minus docs and C++ (golite calls the C API
  # only), static only. Threads (posix), parallel marking and thread-local
  # allocation are configure's defaults on Linux, as in Debian's build.
  "$src/configure" \
    --host="$triple" --build="$(uname -m)-pc-linux-gnu" \
    CC="clang-19 --target=$triple" \
    CFLAGS="-O2 -g -fno-pic" \
    LDFLAGS="-fuse-ld=lld -pthread" \
    AR=llvm-ar-19 RANLIB=llvm-ranlib-19 \
    --disable-dependency-tracking --with-libatomic-ops=none \
    --enable-static --disable-shared --disable-docs >configure.log 2>&1 || {
      tail -30 configure.log >&2
      exit 1
    }
  make -j"${JOBS:-2}" libgc.la >make.log 2>&1 || {
    tail -30 make.log >&2
    exit 1
  }
  cp .libs/libgc.a "$out"
  ;;
*)
  echo "usage: boehm-gc.sh fetch DIR | build SRCDIR TRIPLE OUT.a [WORKDIR]" >&2
  exit 2
  ;;
esac
