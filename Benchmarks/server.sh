#!/usr/bin/env bash
# relance-server under load, beside the OpenFisca peer's Web API, in one run, on loopback
# (127.0.0.1 only; every loop is bounded by wrk's duration).
#
#   bash Benchmarks/server.sh [SECONDS]        (default 10 per measure)
#
# Measures, with wrk (Debian's package; installed when missing):
#   1. POST one FTAP dossier → its full report: requests/s, p50, p99 (wrk -t1 -c16);
#   2. the same, ?detail=verdict;
#   3. an NDJSON batch of 1 000 dossiers per request: dossiers/s;
#   4. ledger appends: POST /v1/awards, each a new award of 1.00 € (durable, WAL,
#      synchronous=NORMAL): appends/s;
#   4b. the same appends on PostgreSQL (a throwaway server from .ci/postgres; skipped, and
#      said, when Debian's postgresql cannot be installed);
#   5. the OpenFisca peer's Web API (../shared/peers/openfisca/web_api_app.py under gunicorn,
#      as many workers as cores): POST /calculate of one dossier, requests/s, p50, p99;
# then prints the ratio of 1 to 5. The machine is shared: read the ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
port=18090
peer_port=18091
peer=${OPENFISCA_PEER:-../shared/peers/openfisca}
venv=${OPENFISCA_VENV:-/tmp/openfisca-venv}
command -v wrk > /dev/null || { apt-get update -qq && apt-get install -y -qq wrk > /dev/null; }
if [ ! -x "$venv/bin/gunicorn" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet 'openfisca-core[web-api]==46.0.1' gunicorn
fi
swift build --package-path Server -c release --product relance-server > /dev/null
server=$(swift build --package-path Server -c release --show-bin-path)/relance-server
work=$(mktemp -d)
cleanup() {
  [ -n "${server_pid:-}" ] && kill "$server_pid" 2> /dev/null || true
  [ -n "${pg_server_pid:-}" ] && kill "$pg_server_pid" 2> /dev/null || true
  [ -n "${pg_dir:-}" ] && { bash .ci/postgres stop "$pg_dir" > /dev/null 2>&1 || true; rm -rf "$pg_dir"; }
  [ -n "${peer_pid:-}" ] && kill "$peer_pid" 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
token=$("$server" token add --role instructeur --name bench --database "$work/bench.sqlite")
"$server" --port "$port" --database "$work/bench.sqlite" --no-access-log \
  --ledger Examples/ledgers/ftap-allocation-example.json > "$work/server.log" 2>&1 &
server_pid=$!
until curl -s "http://127.0.0.1:$port/health/ready" > /dev/null; do sleep 0.2; done

lua_body() { # FILE CONTENT_TYPE [HEADER VALUE]
  python3 - "$@" << 'PY'
import json, sys
body = open(sys.argv[1], "rb").read().decode()
print('wrk.method = "POST"')
print('wrk.headers["Content-Type"] = %s' % json.dumps(sys.argv[2]))
if len(sys.argv) > 4:
    print('wrk.headers[%s] = %s' % (json.dumps(sys.argv[3]), json.dumps(sys.argv[4])))
print("wrk.body = %s" % json.dumps(body))
PY
}
report() { # NAME WRK-OUTPUT [ITEMS-PER-REQUEST]
  python3 - "$@" << 'PY'
import re, sys
name, text = sys.argv[1], open(sys.argv[2]).read()
items = int(sys.argv[3]) if len(sys.argv) > 3 else 1
rate = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
def ms(label):
    m = re.search(r"\s%s%%\s+([\d.]+)(us|ms|s)" % label, text)
    value, unit = float(m.group(1)), m.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
print("%-28s %10.0f req/s %12.0f items/s  p50 %7.2f ms  p99 %7.2f ms  non-2xx %s"
      % (name, rate, rate * items, ms("50"), ms("99"), errors.group(1) if errors else "0"))
PY
}

python3 -c 'import json,sys; print(json.dumps(json.load(open("Examples/ftap/policy-two-tranches.json"))))' > "$work/dossier.json"
lua_body "$work/dossier.json" application/json > "$work/one.lua"
wrk -t1 -c16 -d"${seconds}s" --latency -s "$work/one.lua" \
  "http://127.0.0.1:$port/v1/programmes/ftap-data-2023/assessments" > "$work/one.txt"
report "relance-server full report" "$work/one.txt"
wrk -t1 -c16 -d"${seconds}s" --latency -s "$work/one.lua" \
  "http://127.0.0.1:$port/v1/programmes/ftap-data-2023/assessments?detail=verdict" > "$work/verdict.txt"
report "relance-server verdict" "$work/verdict.txt"

python3 -c 'import sys; line=open(sys.argv[1]).read().strip(); open(sys.argv[2],"w").write((line+"\n")*1000)' \
  "$work/dossier.json" "$work/batch.jsonl"
lua_body "$work/batch.jsonl" application/x-ndjson > "$work/batch.lua"
wrk -t1 -c4 -d"${seconds}s" --latency -s "$work/batch.lua" \
  "http://127.0.0.1:$port/v1/programmes/ftap-data-2023/assessments?detail=verdict" > "$work/batch.txt"
report "relance-server NDJSON batch" "$work/batch.txt" 1000

# Ledger appends: each request a new award (the reference from a counter), 1.00 € each.
python3 - "$work/award.lua" "$token" << 'PY'
import json, sys
award = json.load(open("Examples/awards/ftap-provision-two-reviews.json"))
award.pop("events")
award["granted"] = "1.00"
text = json.dumps(award)
head, tail = text.split('"FTAP-EX-02"', 1)
open(sys.argv[1], "w").write(
    'local n = 0\n'
    'wrk.method = "POST"\n'
    'wrk.headers["Content-Type"] = "application/json"\n'
    'wrk.headers["Authorization"] = "Bearer %s"\n'
    'request = function()\n'
    '  n = n + 1\n'
    '  local body = %s .. "\\"BENCH-" .. n .. "\\"" .. %s\n'
    '  return wrk.format(nil, nil, nil, body)\n'
    'end\n' % (sys.argv[2], json.dumps(head), json.dumps(tail)))
PY
wrk -t1 -c4 -d"${seconds}s" --latency -s "$work/award.lua" "http://127.0.0.1:$port/v1/awards" > "$work/award.txt"
report "relance-server ledger appends" "$work/award.txt"

# The same appends on PostgreSQL: a second server process on a throwaway database.
pg_dir=$(mktemp -d /tmp/relance-bench-postgres.XXXXXX)
if pg_url=$(bash .ci/postgres start "$pg_dir" 2> "$work/postgres.log"); then
  pg_token=$("$server" token add --role instructeur --name bench --database "$pg_url" 2> /dev/null)
  "$server" --port "$((port + 2))" --database "$pg_url" --no-access-log \
    --ledger Examples/ledgers/ftap-allocation-example.json > "$work/pg-server.log" 2>&1 &
  pg_server_pid=$!
  until curl -s "http://127.0.0.1:$((port + 2))/health/ready" > /dev/null; do sleep 0.2; done
  sed "s/Bearer $token/Bearer $pg_token/" "$work/award.lua" > "$work/pg-award.lua"
  wrk -t1 -c4 -d"${seconds}s" --latency -s "$work/pg-award.lua" "http://127.0.0.1:$((port + 2))/v1/awards" \
    > "$work/pg-award.txt"
  report "  … on PostgreSQL" "$work/pg-award.txt"
  kill "$pg_server_pid"
  pg_server_pid=""
else
  echo "ledger appends on PostgreSQL: skipped (.ci/postgres could not start a server: $(tail -1 "$work/postgres.log"))"
fi

(cd "$peer" && "$venv/bin/python" web_api_app.py --body 3) > "$work/peer-body.json"
lua_body "$work/peer-body.json" application/json > "$work/peer.lua"
(cd "$peer" && exec "$venv/bin/gunicorn" -w "$(nproc)" -b "127.0.0.1:$peer_port" web_api_app:app) \
  > "$work/peer.log" 2>&1 &
peer_pid=$!
until curl -s -o /dev/null "http://127.0.0.1:$peer_port/spec"; do sleep 0.5; done
wrk -t1 -c4 -d"${seconds}s" --latency -s "$work/peer.lua" "http://127.0.0.1:$peer_port/calculate" > "$work/peer.txt"
report "OpenFisca Web API (gunicorn)" "$work/peer.txt"
python3 - "$work/one.txt" "$work/peer.txt" << 'PY'
import re, sys
ours, theirs = (float(re.search(r"Requests/sec:\s+([\d.]+)", open(p).read()).group(1)) for p in sys.argv[1:3])
print("ratio, one dossier with its full report: %.0f×" % (ours / theirs))
PY
