#!/usr/bin/env python3
"""relance-server as a user meets it: started from its binary on a loopback port with a
fresh database, called over HTTP.

  python3 .ci/server_checks.py SERVER_BINARY RELANCE_BINARY [--schemathesis VENV_PYTHON]
                                [--postgres URL]

Checks, in order:
0. The hostile dossiers of Docs/HOSTILE_INPUT.md (.ci/hostile_cases.py): each gets 400
   with the tool's one line as the problem's detail, or 413 beyond 8 MiB.
1. The README's flows: an assessment, an NDJSON batch, an award with an instructor's
   token, a refused unlock (403), the unlock by the DINUM.
2. Crash: a burst of award creations from 8 threads (each with its Idempotency-Key); the
   server is killed with SIGKILL in the middle, restarted on the same database; every
   acknowledged award is there once; every award there was sent; retrying each request
   with its key writes nothing twice.
3. A slow client (headers then silence) is disconnected after the idle time-out (2 s).
4. Backup: `relance-server backup COPY` while the server runs; a server on the copy has
   the awards.
5. SIGTERM: the server stops by itself (graceful shutdown) within 10 s.
6. Optionally, schemathesis against /openapi.json on every route.
7. With --postgres URL (a server where the user may create databases, as .ci/postgres
   starts): the README's flows and the crash test again on a new PostgreSQL database; then
   two server processes on one more database take concurrent commitments over one
   envelope: exactly as many 201 as the envelope holds, the others 409, and both
   processes report the same envelope, never over-committed.
Only 127.0.0.1 is called. Exits 1 at the first failure.
"""

import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

REPOSITORY = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PORT = 18_080


def fail(message):
    print("server checks FAILED: " + message, file=sys.stderr)
    sys.exit(1)


def request(method, path, body=None, headers=None, timeout=30, port=None):
    """(status, headers, body bytes) of a request to the server (on PORT unless `port`)."""
    data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
    req = urllib.request.Request("http://127.0.0.1:%d%s" % (port or PORT, path), data=data, method=method)
    for name, value in (headers or {}).items():
        req.add_header(name, value)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as answer:
            return answer.status, dict(answer.headers), answer.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def start(binary, database, log, port=None):
    process = subprocess.Popen(
        [binary, "--port", str(port or PORT), "--database", database, "--no-access-log",
         "--idle-timeout", "2", "--ledger", os.path.join(REPOSITORY, "Examples/ledgers/ftap-allocation-example.json")],
        stdout=log, stderr=log)
    for _ in range(200):
        try:
            if request("GET", "/health/ready", timeout=2, port=port)[0] == 200:
                return process
        except OSError:
            pass
        if process.poll() is not None:
            fail("the server exited at start (status %d)" % process.returncode)
        time.sleep(0.1)
    process.kill()
    fail("the server did not answer /health/ready within 20 s")


def token(binary, database, role, name):
    out = subprocess.run([binary, "token", "add", "--role", role, "--name", name, "--database", database],
                         capture_output=True, text=True, check=True)
    value = out.stdout.strip()
    if len(value) != 64:
        fail("token add printed %r" % value)
    return value


def example_award():
    with open(os.path.join(REPOSITORY, "Examples/awards/ftap-provision-two-reviews.json"), encoding="utf-8") as f:
        award = json.load(f)
    events = award.pop("events")
    return award, events


def hostile(relance):
    """Each hostile dossier: the server's detail is the tool's line (or 413 past 8 MiB)."""
    from hostile_cases import CASES
    with tempfile.TemporaryDirectory() as work:
        for name, content, expected in CASES:
            path = os.path.join(work, "case.json")
            with open(path, "wb") as f:
                f.write(content)
            tool = subprocess.run([relance, "assess", path], capture_output=True, timeout=60)
            line = tool.stderr.decode("utf-8", "replace").strip()
            if line.startswith(path + ": "):
                line = line[len(path) + 2:]
            status, headers, body = request("POST", "/v1/programmes/ftap-data-2023/assessments", content, timeout=60)
            if headers.get("Content-Type") != "application/problem+json":
                fail("hostile %s: %d %s" % (name, status, body[:200]))
            detail = json.loads(body)["detail"]
            if len(content) > 8 * 1024 * 1024:
                if status != 413:
                    fail("hostile %s: %d, 413 expected" % (name, status))
            elif status != 400 or detail != line or expected not in detail or "\n" in detail:
                fail("hostile %s: %d %r, the tool says %r" % (name, status, detail[:200], line[:200]))
    print("hostile dossiers: %d, each the tool's line or 413" % len(CASES))


def readme_flows(tokens):
    with open(os.path.join(REPOSITORY, "Examples/ftap/policy-two-tranches.json"), "rb") as f:
        dossier = f.read()
    status, headers, body = request("POST", "/v1/programmes/ftap-data-2023/assessments", dossier)
    if status != 200 or json.loads(body)["status"] != "eligible":
        fail("assessment: %d %s" % (status, body[:200]))
    lines = json.dumps(json.loads(dossier)).encode() + b"\n" + b'{"programme": "ftap-data-2023"}\n'
    status, headers, body = request("POST", "/v1/programmes/ftap-data-2023/assessments?detail=verdict", lines,
                                    {"Content-Type": "application/x-ndjson"})
    answers = [json.loads(line) for line in body.splitlines()]
    if status != 200 or [a["line"] for a in answers] != [1, 2] or answers[1]["status"] != "incomplete":
        fail("NDJSON batch: %d %s" % (status, body[:300]))
    award, events = example_award()
    auth = {"Authorization": "Bearer " + tokens["instructeur"], "Content-Type": "application/json"}
    status, headers, body = request("POST", "/v1/awards", award, auth)
    if status != 201 or headers.get("ETag") != '"1"':
        fail("award: %d %s" % (status, body[:300]))
    version = 1
    for event in events[:2]:
        status, headers, body = request("POST", "/v1/awards/FTAP-EX-02/events", event,
                                        dict(auth, **{"If-Match": '"%d"' % version}))
        if status != 201:
            fail("event %s: %d %s" % (event["type"], status, body[:300]))
        version += 1
    unlock = events[2]
    status, headers, body = request("POST", "/v1/awards/FTAP-EX-02/events", unlock,
                                    dict(auth, **{"If-Match": '"%d"' % version}))
    problem = json.loads(body)
    if status != 403 or headers.get("Content-Type") != "application/problem+json" or "dinum" not in problem["detail"]:
        fail("an instructor's unlock: %d %s" % (status, body[:300]))
    dinum = dict(auth, **{"Authorization": "Bearer " + tokens["dinum"], "If-Match": '"%d"' % version})
    status, headers, body = request("POST", "/v1/awards/FTAP-EX-02/events", unlock, dinum)
    if status != 201 or json.loads(body)["paid"] != "266666.67":
        fail("the DINUM's unlock: %d %s" % (status, body[:300]))
    print("README flows: assessment, NDJSON, award, 403 on an instructor's unlock, the DINUM's unlock: ok")


def crash(binary, database, log, tokens, process):
    award, _ = example_award()
    award["granted"] = "1.00"
    count = 400
    acknowledged = set()
    lock = threading.Lock()
    stop = threading.Event()

    def body(number):
        copy = json.loads(json.dumps(award))
        copy["dossier"]["reference"] = "CRASH-%04d" % number
        return copy

    def worker(numbers):
        auth = {"Authorization": "Bearer " + tokens["instructeur"], "Content-Type": "application/json"}
        for number in numbers:
            if stop.is_set():
                return
            try:
                status, _, _ = request("POST", "/v1/awards", body(number),
                                       dict(auth, **{"Idempotency-Key": "crash-%04d" % number}), timeout=10)
            except OSError:
                return
            if status == 201:
                with lock:
                    acknowledged.add(number)

    threads = [threading.Thread(target=worker, args=(range(k, count, 8),)) for k in range(8)]
    for thread in threads:
        thread.start()
    while len(acknowledged) < 60:
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    stop.set()
    for thread in threads:
        thread.join()
    killed_after = len(acknowledged)
    process = start(binary, database, log)
    reader = {"Authorization": "Bearer " + tokens["lecteur"]}
    present = set()
    for number in range(count):
        status, _, _ = request("GET", "/v1/awards/CRASH-%04d" % number, headers=reader)
        if status == 200:
            present.add(number)
        elif status != 404:
            fail("GET after restart: %d" % status)
    missing = acknowledged - present
    if missing:
        fail("acknowledged awards lost by the crash: %s" % sorted(missing)[:10])
    # Retrying every request with its key: an award written is answered again, never twice.
    auth = {"Authorization": "Bearer " + tokens["instructeur"], "Content-Type": "application/json"}
    for number in range(count):
        status, _, _ = request("POST", "/v1/awards", body(number), dict(auth, **{"Idempotency-Key": "crash-%04d" % number}))
        if status != 201:
            fail("retry of award %d with its key: %d" % (number, status))
    status, _, body_bytes = request("GET", "/v1/envelopes", headers=reader)
    tree = json.loads(body_bytes)
    committed = tree["commitments"]
    if committed != count + 1:
        fail("%d commitments after the retries, %d expected (each once)" % (committed, count + 1))
    print("crash: %d acknowledged before SIGKILL, all found after restart (%d present); retries wrote each once" %
          (killed_after, len(present)))
    return process


def slow_client():
    """A client that sends its headers and part of its body, then nothing: closed."""
    import socket
    connection = socket.create_connection(("127.0.0.1", PORT), timeout=15)
    connection.sendall(b"POST /v1/programmes/ftap-data-2023/assessments HTTP/1.1\r\nHost: x\r\n"
                       b"Content-Length: 1000\r\n\r\n{\"programme\"")
    start = time.time()
    try:
        while connection.recv(4096):
            pass
    except OSError:
        pass
    elapsed = time.time() - start
    connection.close()
    if elapsed > 10:
        fail("a silent client was kept %.1f s (idle time-out 2 s)" % elapsed)
    print("slow client: disconnected after %.1f s of silence" % elapsed)


def backup(binary, database, log, tokens):
    """An online copy, taken while the server runs, holds what was written."""
    copy = database + ".copie"
    subprocess.run([binary, "backup", copy, "--database", database], check=True, capture_output=True, timeout=60)
    global PORT
    served = PORT
    PORT = served + 1
    try:
        process = start(binary, copy, log)
        try:
            status, _, body = request("GET", "/v1/awards/FTAP-EX-02", headers={"Authorization": "Bearer " + tokens["lecteur"]})
            if status != 200 or json.loads(body)["reference"] != "FTAP-EX-02":
                fail("the backup does not hold the award: %d %s" % (status, body[:200]))
        finally:
            process.kill()
            process.wait()
    finally:
        PORT = served
    print("backup: an online copy holds the awards")


def sigterm(process):
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        fail("the server did not stop within 10 s of SIGTERM")
    print("SIGTERM: stopped in order (status %d)" % process.returncode)


def schemathesis(python, tokens):
    """schemathesis on every route; the token of an instructor on the protected ones."""
    # Every check but positive_data_acceptance: a dossier can match the schema and still
    # be refused by a rule the schema cannot say (a SIRET's key, a day in its month), with
    # a 400 that names the field.
    command = [python, "-m", "schemathesis.cli", "--config-file", os.path.join(REPOSITORY, ".ci/schemathesis.toml"),
               "run", "http://127.0.0.1:%d/openapi.json" % PORT, "--checks", "all",
               "--exclude-checks", "positive_data_acceptance", "--max-examples", "30",
               "--header", "Authorization: Bearer " + tokens["instructeur"]]
    result = subprocess.run(command, capture_output=True, text=True, timeout=900)
    lines = result.stdout.splitlines()
    start = next((i for i, line in enumerate(lines) if "FAILURES" in line), max(0, len(lines) - 25))
    print("\n".join(lines[start:start + 120]))
    if result.returncode != 0:
        fail("schemathesis found answers outside the contract or server errors")


def new_postgres_database(url, name):
    """The URL of a new, empty database `name` on the server of `url` (through psql)."""
    subprocess.run(["psql", url, "-q", "-c", "CREATE DATABASE " + name], check=True, capture_output=True, timeout=60)
    base, _, _ = url.rpartition("/")
    return base + "/" + name


def two_processes(binary, database, log):
    """Two servers on one PostgreSQL database; 8 concurrent awards of 500 000 € over the
    example's data envelope of 1 500 000 €, sent to both: 3 created, 5 refused."""
    second = PORT + 2
    instructeur = token(binary, database, "instructeur", "ci-concurrence")
    first_process = start(binary, database, log)
    second_process = start(binary, database, log, port=second)
    award, _ = example_award()
    award["granted"] = "500000.00"
    statuses = {}
    lock = threading.Lock()
    barrier = threading.Barrier(8)

    def send(number):
        copy = json.loads(json.dumps(award))
        copy["dossier"]["reference"] = "DEUX-%d" % number
        barrier.wait()
        status, _, _ = request("POST", "/v1/awards", copy,
                               {"Authorization": "Bearer " + instructeur, "Content-Type": "application/json"},
                               port=PORT if number % 2 else second)
        with lock:
            statuses[number] = status

    try:
        threads = [threading.Thread(target=send, args=(number,)) for number in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        created = sorted(n for n, status in statuses.items() if status == 201)
        refused = sorted(n for n, status in statuses.items() if status == 409)
        if len(created) != 3 or len(refused) != 5:
            fail("two processes: statuses %s, 3 × 201 and 5 × 409 expected" % statuses)
        for port in (PORT, second):
            _, _, body = request("GET", "/v1/envelopes", headers={"Authorization": "Bearer " + instructeur}, port=port)
            if b'"committed":"1500000.00","remaining":"0.00"' not in body:
                fail("two processes: the envelope seen on port %d is %s" % (port, body[:300]))
        sigterm(second_process)
        sigterm(first_process)
    finally:
        for process in (first_process, second_process):
            if process.poll() is None:
                process.kill()
    print("two processes on PostgreSQL: 8 concurrent commitments, 3 created (%s), 5 refused, "
          "the same envelope on both" % created)


def postgres(binary, url, folder):
    """The README's flows, the crash test and two processes, on PostgreSQL."""
    suffix = "%d_%d" % (os.getpid(), int(time.time()))
    database = new_postgres_database(url, "relance_ci_" + suffix)
    tokens = {role: token(binary, database, role, "ci-" + role) for role in ("instructeur", "dinum", "lecteur")}
    with open(os.path.join(folder, "server-postgres.log"), "wb") as log:
        process = start(binary, database, log)
        try:
            readme_flows(tokens)
            process = crash(binary, database, log, tokens, process)
            sigterm(process)
        finally:
            if process.poll() is None:
                process.kill()
        two_processes(binary, new_postgres_database(url, "relance_ci_two_" + suffix), log)


def main():
    binary = sys.argv[1]
    relance = sys.argv[2]
    python = sys.argv[sys.argv.index("--schemathesis") + 1] if "--schemathesis" in sys.argv else None
    postgres_url = sys.argv[sys.argv.index("--postgres") + 1] if "--postgres" in sys.argv else None
    folder = tempfile.mkdtemp(prefix="relance-server-ci-")
    database = os.path.join(folder, "relance.sqlite")
    tokens = {role: token(binary, database, role, "ci-" + role) for role in ("instructeur", "dinum", "lecteur")}
    with open(os.path.join(folder, "server.log"), "wb") as log:
        process = start(binary, database, log)
        try:
            hostile(relance)
            readme_flows(tokens)
            process = crash(binary, database, log, tokens, process)
            slow_client()
            backup(binary, database, log, tokens)
            if python:
                schemathesis(python, tokens)
            sigterm(process)
        finally:
            if process.poll() is None:
                process.kill()
    if postgres_url:
        print("== the same on PostgreSQL")
        postgres(binary, postgres_url, folder)
    print("server checks: ok")


if __name__ == "__main__":
    main()
