#!/bin/bash
# parallel-build.sh N OUTDIR GOLITE FILES...: runs N `GOLITE build` at once
# (sharing the cache named by $GOLITE_CACHE), writing OUTDIR/p1 .. OUTDIR/pN;
# fails if any of them fails.
n=$1 out=$2 golite=$3
shift 3
pids=()
for i in $(seq 1 "$n"); do
  "$golite" build -o "$out/p$i" "$@" &
  pids+=($!)
done
rc=0
for p in "${pids[@]}"; do
  wait "$p" || rc=1
done
exit $rc
