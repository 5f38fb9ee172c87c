#!/usr/bin/env bash
# Prints raw and gzip -9 sizes of the files a page loads for the lens, and the
# total; the budget is in the README ("Size").
set -euo pipefail
total_raw=0; total_gz=0
printf '%-32s %10s %10s\n' file raw gzip-9
for f in "$@"; do
  raw=$(stat -c%s "$f"); gz=$(gzip -9c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-32s %10d %10d\n' "$f" "$raw" "$gz"
done
js_gz=$(cat $(printf '%s\n' "$@" | grep '\.js$') | gzip -9c | wc -c)
printf '%-32s %10d %10d\n' "total (files gzipped one by one)" "$total_raw" "$total_gz"
printf '%-32s %10s %10d\n' "JS as one gzip stream" "" "$js_gz"
printf 'budget: 204800 bytes gzip -9 in total (goal 122880)\n'
