#!/usr/bin/env bash
# Paired full re-index builds of two trees (snapshots with node_modules linked), alternating
# A B, B A, …: `scripts/build-pair.sh TREE_A TREE_B PAIRS [CORPUS]`. Each build starts from an
# empty index directory and prints bench/scaleChild.ts's JSON line (wall ms, every thread's CPU
# ms, stages, peak RSS) after the tree's name and the load average. Compare the CPU column: on a
# shared machine the wall time mostly measures waiting for a core.
set -euo pipefail
a=$1 b=$2 pairs=$3 corpus=${4:-/tmp/sc/corpus/corpus}
run() {
  local tree=$1 index
  index=$(mktemp -d /tmp/build-pair-index.XXXXXX)
  echo -n "$(basename "$tree") load=$(cut -d' ' -f1 /proc/loadavg) "
  (cd "$tree" && nice -n 5 node --import tsx bench/scaleChild.ts build "$corpus" "$index" 2>/dev/null | tail -1)
  rm -rf "$index"
}
for ((p = 0; p < pairs; p++)); do
  if ((p % 2 == 0)); then run "$a"; run "$b"; else run "$b"; run "$a"; fi
done
