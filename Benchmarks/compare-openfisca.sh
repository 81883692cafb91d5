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
if [ "$mode" = end-to-end ]; then
  for round in $(seq 1 "$rounds"); do
    (cd "$peer" && "$venv/bin/python" bench_e2e.py 1000) | grep '^openfisca-web-api ' | sed "s/^/round=$round /" >> "$log"
    "$bench" end-to-end 100000 | sed "s/^/round=$round /" >> "$log"
    "$bench" end-to-end-verdict 300000 | sed "s/^/round=$round /" >> "$log"
  done
  python3 - "$log" <<'PY'
import re, statistics, sys
rounds = {}
for line in open(sys.argv[1]):
    round_ = int(re.search(r"round=(\d+)", line).group(1))
    entry = rounds.setdefault(round_, {})
    if "openfisca-web-api" in line:
        entry["openfisca"] = float(re.search(r"per_second=(\d+)", line).group(1))
    else:
        fields = line.split()
        entry[fields[1]] = float(fields[4])
full, verdict = [], []
print("round  openfisca-web-api/s  end-to-end/s  end-to-end-verdict/s  full÷openfisca  verdict÷openfisca")
for round_, entry in sorted(rounds.items()):
    f = entry["end-to-end"] / entry["openfisca"]
    v = entry["end-to-end-verdict"] / entry["openfisca"]
    full.append(f)
    verdict.append(v)
    print(f"{round_:5d}  {entry['openfisca']:19.0f}  {entry['end-to-end']:12.0f}  {entry['end-to-end-verdict']:20.0f}"
          f"  {f:14.1f}  {v:17.1f}")
print(f"median ratios: end to end, full report {statistics.median(full):.1f}x, verdict {statistics.median(verdict):.1f}x")
PY
  exit 0
fi
for round in $(seq 1 "$rounds"); do
  (cd "$peer" && "$venv/bin/python" bench.py 1000000) | grep '^openfisca ' | sed "s/^/round=$round /" >> "$log"
  "$bench" full-assessment 20000000 | sed "s/^/round=$round /" >> "$log"
  "$bench" verdict-only 20000000 | sed "s/^/round=$round /" >> "$log"
done
python3 - "$log" <<'PY'
import re, statistics, sys
rounds = {}
for line in open(sys.argv[1]):
    round_ = int(re.search(r"round=(\d+)", line).group(1))
    entry = rounds.setdefault(round_, {})
    if " openfisca " in line:
        entry["openfisca"] = float(re.search(r"per_second=(\d+)", line).group(1))
    else:
        fields = line.split()
        entry[fields[1]] = float(fields[4])
full, verdict = [], []
print("round  openfisca/s  full-assessment/s  verdict/s  full÷openfisca  verdict÷openfisca")
for round_, entry in sorted(rounds.items()):
    f = entry["full-assessment"] / entry["openfisca"]
    v = entry["verdict-only"] / entry["openfisca"]
    full.append(f)
    verdict.append(v)
    print(f"{round_:5d}  {entry['openfisca']:11.0f}  {entry['full-assessment']:17.0f}  {entry['verdict-only']:9.0f}"
          f"  {f:14.2f}  {v:17.2f}")
print(f"median ratios: full assessment {statistics.median(full):.2f}x (target >= 1), "
      f"verdict {statistics.median(verdict):.2f}x (target >= 5)")
PY
