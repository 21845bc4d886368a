#!/usr/bin/env bash
# Snapshot a commit's tree and write `extract --corpus DIR --json` for corpus/ and every
# tests/fixtures/*/ set, one file per set: `scripts/extract-golden.sh COMMIT OUTDIR`.
# Two runs' OUTDIRs compared with `diff -r` show whether a change moved any extraction output
# (performance work must leave them byte-identical). The fixtures are read from the snapshot.
set -euo pipefail
commit=$1 out=$2
repo=$(git rev-parse --show-toplevel)
snap=$(mktemp -d /tmp/golden-snap.XXXXXX)
git -C "$repo" archive "$commit" | tar -x -C "$snap"
ln -s "$repo/node_modules" "$snap/node_modules"
mkdir -p "$out"
cd "$snap"
for dir in corpus tests/fixtures/*/; do
  name=$(basename "$dir")
  nice -n 10 node --import tsx src/adapters/cli/main.ts extract --corpus "$dir" --json >"$out/$name.json" 2>"$out/$name.err" || echo "exit $? on $dir" >>"$out/$name.err"
done
rm -rf "$snap"
