#!/usr/bin/env bash
# Prints raw and gzip -9 sizes of the given files and their total, against
# the budget in the README ("Size").
set -euo pipefail
total_raw=0; total_gz=0
printf '  %-34s %10s %10s\n' file raw gzip-9
for f in "$@"; do
  raw=$(stat -c%s "$f"); gz=$(gzip -9c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '  %-34s %10d %10d\n' "$f" "$raw" "$gz"
done
printf '  %-34s %10d %10d   (budget 204800 = 200 KiB, goal 122880 = 120 KiB)\n' total "$total_raw" "$total_gz"
