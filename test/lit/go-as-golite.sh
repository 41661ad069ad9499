#!/bin/bash
# go-as-golite.sh: the `golite` command line implemented with Go 1.19, so that
# the lit suite can be run against the reference (`lit --param compiler=go`).
#   build [-o out] [-O0|-O1|-O2] files.go|dir  compile errors are printed
#                                              exactly as gc prints them
#   run files.go... [args]
go=${GOLITE_REFERENCE_GO:-/usr/lib/go-1.19/bin/go}
cmd=$1
shift
out=
files=()
case "$cmd" in
  build)
    while [ $# -gt 0 ]; do
      case "$1" in
        -o) out=$2; shift 2 ;;
        -O0|-O1|-O2) shift ;;
        *)
          if [ -d "$1" ]; then
            for f in "$1"/*.go; do
              case "$f" in *_test.go) ;; *) files+=("$f") ;; esac
            done
          else
            files+=("$1")
          fi
          shift ;;
      esac
    done
    [ -n "$out" ] || out=$(basename "${files[0]}" .go)
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    # gc's own diagnostics (no "# command-line-arguments" header, paths as
    # given on the command line), then the real build.
    "$go" tool compile -p main -o "$tmp/main.o" "${files[@]}" || exit 1
    "$go" build -o "$out" "${files[@]}" || exit 1
    ;;
  check)
    # Type-check only: gc's diagnostics, no binary.
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    "$go" tool compile -p main -o "$tmp/main.o" "$@" || exit 1
    ;;
  run)
    while [ $# -gt 0 ] && [[ "$1" == *.go ]]; do files+=("$1"); shift; done
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    "$go" tool compile -p main -o "$tmp/main.o" "${files[@]}" || exit 1
    "$go" build -o "$tmp/prog" "${files[@]}" || exit 1
    "$tmp/prog" "$@"
    exit $?
    ;;
  *)
    echo "go-as-golite.sh: unsupported command $cmd" >&2
    exit 2
    ;;
esac
