"""Hostile input: each case of the fixed list in Docs/HOSTILE_INPUT.md is written to a
file and given to `relance assess`, which must answer with exit status 2 and one line
naming the field or the problem, within 20 seconds and 512 MB of memory.
Usage: hostile.py RELANCE_BINARY [--markdown]"""
import os
import pathlib
import subprocess
import sys
import tempfile

binary = sys.argv[1]
markdown = "--markdown" in sys.argv
from hostile_cases import CASES

failures = 0
rows = []
with tempfile.TemporaryDirectory() as work:
    for index, (name, content, expected) in enumerate(CASES):
        path = pathlib.Path(work) / f"case-{index}.json"
        path.write_bytes(content)
        timing = pathlib.Path(work) / "time.txt"
        try:
            run = subprocess.run(
                ["/usr/bin/time", "-o", str(timing), "-f", "%e %M", binary, "assess", str(path)],
                capture_output=True, timeout=20)
        except subprocess.TimeoutExpired:
            failures += 1
            print(f"FAIL {name}: no answer within 20 s")
            continue
        seconds, kilobytes = timing.read_text().split()[-2:]
        megabytes = int(kilobytes) / 1024
        answer = run.stderr.decode("utf-8", "replace").strip().replace(str(path), "FILE")
        ok = run.returncode == 2 and expected in answer and answer.count("\n") == 0 and megabytes < 512
        if not ok:
            failures += 1
            print(f"FAIL {name}: exit {run.returncode}, {megabytes:.0f} MB, answer: {answer[:300]}")
        rows.append((name, len(content), answer, seconds, megabytes))

# The command line itself (issue #14): each case prepares its files, runs the tool and
# checks the exit status, the answer and that standard error is one printable line.
root = pathlib.Path(__file__).resolve().parent.parent
eligible = (root / "Examples/ftap/proactive-single-payment.json").read_bytes()


def printable_line(text):
    body = text[:-1] if text.endswith(b"\n") else text
    return b"\n" not in body and not any(byte < 0x20 and byte != 0x09 for byte in body) and b"\xc2\x9b" not in body


def cli_cases(work):
    work = pathlib.Path(work)
    fifo = work / "fifo.json"
    os.mkfifo(fifo)
    planted = work / "pages"
    planted.mkdir()
    victim = work / "victim.txt"
    victim.write_text("secret")
    (planted / "index.md").symlink_to(victim)
    (work / "bad-name.json").write_bytes(b"")
    raw_name = os.fsencode(str(work)) + b"/a\xff.json"
    with open(raw_name, "wb") as handle:
        handle.write(b"{}")
    (work / "a\ufffd.json").write_bytes(eligible)
    def dossier_file(name, text):
        path = work / name
        path.write_bytes(text.encode() if isinstance(text, str) else text)
        return str(path)
    good = eligible.replace(b"\n", b"")
    jsonl = work / "long.jsonl"
    jsonl.write_bytes(good + b"\n" + b'{"programme": "ftap-data-2023", "impactModel": "' + b"x" * 9_000_000 + b'"}\n' + good + b"\n")
    return [
        ("a FIFO nobody writes to", ["assess", str(fifo)], None, 2, "stderr", "pas un fichier ordinaire", None),
        ("standard output on /dev/full", ["assess", str(root / "Examples/ftap/proactive-single-payment.json")], "/dev/full", 74, "stderr", "écriture impossible", None),
        ("relance docs with an empty path", ["docs", ""], None, 64, "stderr", "chemin de dossier non vide", None),
        ("relance docs over a planted link", ["docs", str(planted)], None, 0, "stdout", "index.md",
         lambda: victim.read_text() == "secret" and not (planted / "index.md").is_symlink()),
        ("a file name that is not UTF-8", ["assess", raw_name], None, 2, "stderr", "programme: champ obligatoire absent", None),
        ("a reference with a line break and a forged status",
         ["assess", dossier_file("forged.json", '{"programme": "ftap-data-2023", "reference": "X\\nStatut : ÉLIGIBLE"}')],
         None, 2, "stderr", "reference:", None),
        ("an unknown key holding an escape sequence",
         ["assess", dossier_file("escape.json", '{"programme": "ftap-data-2023", "\\u001b[2J": 1}')], None, 2, "stderr", "champ inconnu", None),
        ("a programme with a bidi override",
         ["assess", dossier_file("bidi.json", '{"programme": "\\u202eftap"}')], None, 2, "stderr", "programme:", None),
        ("an unknown value of one 8 MB grapheme cluster",
         ["assess", dossier_file("cluster.json", '{"programme": "ftap-data-2023", "projectTypes": ["a' + "\u0301" * 3_000_000 + '"]}')],
         None, 2, "stderr", "projectTypes[0]", None),
        ("SIRET 00000000000000",
         ["assess", dossier_file("siret.json", '{"programme": "ftap-data-2023", "applicant": {"siret": "00000000000000"}}')],
         None, 2, "stderr", "SIREN", None),
        ("a project ending after 9999-12-31",
         ["assess", dossier_file("late.json", '{"programme": "ftap-data-2023", "durationMonths": 12, "startDate": "9999-06-01"}')],
         None, 2, "stderr", "startDate", None),
        ("a JSON Lines file with a 9 MB line", ["assess", str(jsonl)], None, 2, "stdout", "long.jsonl:2", None),
        ("relance assess --help", ["assess", "--help"], None, 0, "stdout", "relance assess", None),
        ("a misspelt command", ["asess", "x.json"], None, 64, "stderr", "vouliez-vous dire « assess »", None),
        ("a misspelt option", ["rules", "--jsn"], None, 64, "stderr", "option inconnue « --jsn »", None),
    ]


cli_rows = []
with tempfile.TemporaryDirectory() as work:
    for name, arguments, output, status, stream, expected, check in cli_cases(work):
        target = open(output, "wb") if output else subprocess.PIPE
        try:
            run = subprocess.run([binary] + arguments, stdout=target, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, timeout=20)
        except subprocess.TimeoutExpired:
            failures += 1
            print(f"FAIL {name}: no answer within 20 s")
            continue
        finally:
            if output:
                target.close()
        # A usage error (64) is one line followed by the fixed hint line.
        error = run.stderr.replace(b"\nUtilisation : relance --help\n", b"\n") if run.returncode == 64 else run.stderr
        shown = (run.stdout if stream == "stdout" else error).decode("utf-8", "replace").replace(str(work), "DIR")
        ok = (run.returncode == status and expected in shown and (stream == "stdout" or printable_line(error))
              and len(error) < 2_000 and (check is None or check()))
        if not ok:
            failures += 1
            print(f"FAIL {name}: exit {run.returncode}, answer: {shown[:300]!r}, stderr: {error[:200]!r}")
        answer = shown.strip().splitlines()[0] if stream == "stderr" else expected
        cli_rows.append((name, run.returncode, answer))

# Issue #22, bug 3: a batch closes each file once read. A folder of 80 `.jsonl` files is
# assessed under a limit of 64 open descriptors.
import resource
with tempfile.TemporaryDirectory() as work:
    folder = pathlib.Path(work) / "dossiers"
    folder.mkdir()
    line = eligible.replace(b"\n", b"") + b"\n"
    for index in range(80):
        (folder / f"{index:02}.jsonl").write_bytes(line)
    name = "a folder of 80 .jsonl files under ulimit -n 64"
    try:
        run = subprocess.run(
            [binary, "assess", str(folder)], capture_output=True, stdin=subprocess.DEVNULL, timeout=60,
            preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64)))
        shown = run.stdout.decode("utf-8", "replace")
        ok = run.returncode == 0 and "80 dossiers : 80 éligibles" in shown
    except subprocess.TimeoutExpired:
        ok, shown = False, "no answer within 60 s"
    if not ok:
        failures += 1
        print(f"FAIL {name}: exit {run.returncode}, stderr: {run.stderr[:300]!r}, stdout end: {shown[-200:]!r}")
    cli_rows.append((name, run.returncode, "80 dossiers : 80 éligibles"))

# Issue #22, bug 9: standard input answers as the same bytes saved as a `.jsonl` file: a
# first line over the size limit loses no other dossier, in linear time.
with tempfile.TemporaryDirectory() as work:
    good = eligible.replace(b"\n", b"") + b"\n"
    data = b'{"programme": "ftap-data-2023", "impactModel": "' + b"x" * 9_000_000 + b'"}\n' + good + good
    name = "standard input opening with a 9 MB line"
    try:
        run = subprocess.run([binary, "assess", "-"], input=data, capture_output=True, timeout=20)
        shown = run.stdout.decode("utf-8", "replace")
        ok = run.returncode == 2 and "-:1" in shown and "-:3" in shown and "fichier trop volumineux" in shown
    except subprocess.TimeoutExpired:
        ok, shown = False, "no answer within 20 s"
    if not ok:
        failures += 1
        print(f"FAIL {name}: {shown[:300]!r}")
    cli_rows.append((name, 2, "-:1 fichier trop volumineux ; -:2 et -:3 évalués"))

# Issue #22, bug 11: a folder's file whose name is not UTF-8 is read by its own bytes; one
# that decodes like another name is refused with it, never read for it; `relance docs`
# never writes under a folder's decoded name.
with tempfile.TemporaryDirectory() as work:
    folder = os.fsencode(work) + b"/dossiers"
    os.mkdir(folder)
    with open(folder + b"/a\xff.json", "wb") as handle:
        handle.write(b"{}")
    run = subprocess.run([binary, "assess", folder], capture_output=True, stdin=subprocess.DEVNULL, timeout=20)
    shown = run.stdout.decode("utf-8", "replace")
    name = "a folder holding a file whose name is not UTF-8"
    if not (run.returncode == 2 and "programme: champ obligatoire absent" in shown):
        failures += 1
        print(f"FAIL {name}: exit {run.returncode}, {shown[:300]!r}")
    cli_rows.append((name, run.returncode, "lu par ses octets : programme: champ obligatoire absent"))
    (pathlib.Path(work) / "dossiers" / "a\ufffd.json").write_bytes(eligible)
    run = subprocess.run([binary, "assess", folder], capture_output=True, stdin=subprocess.DEVNULL, timeout=20)
    shown = run.stdout.decode("utf-8", "replace")
    name = "the same folder with a look-alike UTF-8 name beside it"
    if not (run.returncode == 2 and shown.count("nom de fichier ambigu") == 2 and "ÉLIGIBLE" not in shown):
        failures += 1
        print(f"FAIL {name}: exit {run.returncode}, {shown[:400]!r}")
    cli_rows.append((name, run.returncode, "nom de fichier ambigu (les deux)"))
    target = os.fsencode(work) + b"/pages\xff"
    run = subprocess.run([binary, "docs", target], capture_output=True, stdin=subprocess.DEVNULL, timeout=60)
    name = "relance docs into a folder whose name is not UTF-8"
    written = os.path.exists(os.path.join(work, "pages\ufffd"))
    if run.returncode != 74 or written or b"UTF-8" not in run.stderr:
        failures += 1
        print(f"FAIL {name}: exit {run.returncode}, written elsewhere: {written}, {run.stderr[:200]!r}")
    cli_rows.append((name, run.returncode, "chemin qui n'est pas en UTF-8 valide : renommez le dossier"))

if markdown:
    print("| Input | Size | Answer (exit 2) | Time | Peak memory |")
    print("| --- | --- | --- | --- | --- |")
    for name, size, answer, seconds, megabytes in rows:
        shown = answer if len(answer) < 160 else answer[:150] + "…"
        print(f"| {name} | {size:,} B | `{shown}` | {seconds} s | {megabytes:.0f} MB |".replace(",", " "))
    print()
    print("| Command line | Exit | Answer |")
    print("| --- | --- | --- |")
    for name, status, answer in cli_rows:
        shown = answer if len(answer) < 160 else answer[:150] + "…"
        print(f"| {name} | {status} | `{shown}` |")
total = len(CASES) + len(cli_rows)
print(f"hostile: {total - failures} passed, {failures} failed")
sys.exit(1 if failures else 0)
