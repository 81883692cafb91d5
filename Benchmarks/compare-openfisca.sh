#!/usr/bin/env bash
# Speed against the OpenFisca peer, in one run, interleaved round by round so that both
# see the same machine load. Prints each round and the median of the ratios.
#
#   bash Benchmarks/compare-openfisca.sh [ROUNDS]                 (default 5)
#     the rules: relance-bench full-assessment and verdict-only (one core, release build)
#     against the peer's vectorised batch (../shared/peers/openfisca/bench.py)
#   bash Benchmarks/compare-openfisca.sh --end-to-end [ROUNDS]    (default 3)
#     one dossier at a time, JSON in and JSON out: relance-bench end-to-end (full French
#     report) and end-to-end-verdict against the peer's Web API path (bench_e2e.py: one
#     POST /calculate per dossier through the Flask app `openfisca serve` builds)
#
# Needs the peer's virtual environment (its README): OPENFISCA_VENV, by default
# /tmp/openfisca-venv, with openfisca-core[web-api] 46.0.1; the script creates it when
# missing. The machine is shared and noisy: read the ratios, not the absolute figures.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=rules
if [ "${1:-}" = "--end-to-end" ]; then
  mode=end-to-end
  shift
fi
rounds=${1:-$([ "$mode" = rules ] && echo 5 || echo 3)}
peer=${OPENFISCA_PEER:-../shared/peers/openfisca}
venv=${OPENFISCA_VENV:-/tmp/openfisca-venv}
[ -f "$peer/bench.py" ] || { echo "compare-openfisca: no peer at $peer (set OPENFISCA_PEER)" >&2; exit 2; }
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import openfisca_core, openfisca_web_api" 2>/dev/null; then
  echo "compare-openfisca: installing openfisca-core[web-api] 46.0.1 into $venv" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet 'openfisca-core[web-api]==46.0.1'
fi
swift build -c release --product relance-bench > /dev/null
bench=$(swift build -c release --show-bin-path)/relance-bench
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# The rounds of $log side by side: the peer's line (its first word), two relance-bench
# cases, and the median of each ratio.
summary() { # PEER-MARKER CASE-A CASE-B LABEL-A LABEL-B
  python3 - "$log" "$@" << 'PY'
import re, statistics, sys
log, marker, case_a, case_b, label_a, label_b = sys.argv[1:7]
rounds = {}
for line in open(log):
    round_ = int(re.search(r"round=(\d+)", line).group(1))
    entry = rounds.setdefault(round_, {})
    fields = line.split()
    if fields[1] == marker:
        entry["peer"] = float(re.search(r"per_second=(\d+)", line).group(1))
    else:
        entry[fields[1]] = float(fields[4])
ratios_a, ratios_b = [], []
print("round  %s/s  %s/s  %s/s  %s÷peer  %s÷peer" % (marker, case_a, case_b, case_a, case_b))
for round_, entry in sorted(rounds.items()):
    a, b = entry[case_a] / entry["peer"], entry[case_b] / entry["peer"]
    ratios_a.append(a)
    ratios_b.append(b)
    print("%5d  %12.0f  %12.0f  %12.0f  %8.2f  %8.2f" % (round_, entry["peer"], entry[case_a], entry[case_b], a, b))
print("median ratios: %s %.2fx, %s %.2fx" % (label_a, statistics.median(ratios_a), label_b, statistics.median(ratios_b)))
PY
}
if [ "$mode" = end-to-end ]; then
  for round in $(seq 1 "$rounds"); do
    (cd "$peer" && "$venv/bin/python" bench_e2e.py 1000) | grep '^openfisca-web-api ' | sed "s/^/round=$round /" >> "$log"
    "$bench" end-to-end 100000 | sed "s/^/round=$round /" >> "$log"
    "$bench" end-to-end-verdict 300000 | sed "s/^/round=$round /" >> "$log"
  done
  summary openfisca-web-api end-to-end end-to-end-verdict "end to end, full report" "verdict"
  exit 0
fi
for round in $(seq 1 "$rounds"); do
  (cd "$peer" && "$venv/bin/python" bench.py 1000000) | grep '^openfisca ' | sed "s/^/round=$round /" >> "$log"
  "$bench" full-assessment 20000000 | sed "s/^/round=$round /" >> "$log"
  "$bench" verdict-only 20000000 | sed "s/^/round=$round /" >> "$log"
done
summary openfisca full-assessment verdict-only "full assessment" "verdict"
