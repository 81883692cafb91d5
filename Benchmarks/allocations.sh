#!/usr/bin/env bash
# Heap allocations per operation of a benchmark case, counted by valgrind: the case runs at
# two operation counts and the difference of the totals is divided by the difference of
# the counts, so the setup's allocations cancel out.
# Usage: Benchmarks/allocations.sh [CASE ...]   (default: full-assessment verdict-only)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product relance-bench > /dev/null
binary=$(swift build -c release --show-bin-path)/relance-bench
allocations() {
  valgrind --tool=memcheck --trace-children=no "$binary" "$1" "$2" 2>&1 >/dev/null |
    sed -nE 's/.*total heap usage: ([0-9,]+) allocs.*/\1/p' | tr -d ,
}
for name in "${@:-full-assessment verdict-only}"; do
  for case_name in $name; do
    low=$(allocations "$case_name" 1000)
    high=$(allocations "$case_name" 3000)
    echo "$case_name allocs_per_op $(python3 -c "print(round(($high - $low) / 2000, 2))")"
  done
done
