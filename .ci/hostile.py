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
dossier = '{"programme": "ftap-data-2023", '

CASES = [
    ("empty file", b"", "document vide"),
    ("not JSON", b"bonjour", "valeur attendue"),
    ("50 MB file", b'{"programme": "ftap-data-2023", "impactModel": "' + b"x" * 50_000_000 + b'"}', "fichier trop volumineux"),
    ("10 000 levels of nesting", b"[" * 10_000 + b"]" * 10_000, "imbrication trop profonde"),
    ("a million planned indicators (19 MB)", (dossier + '"plannedIndicators": [' + ", ".join(['"provision.reuses"'] * 1_000_000) + "]}").encode(), "fichier trop volumineux"),
    ("a million planned indicators within the size limit", (dossier + '"plannedIndicators": [' + ",".join(['"provision.reuses"'] * 400_000) + "]}").encode(), "plannedIndicators[1]: valeur répétée"),
    ("raw control character in a string", (dossier + '"reference": "A\x01B"}').encode(), "reference: JSON invalide"),
    ("escaped control character in a string", (dossier + '"reference": "A\\u0007B"}').encode(), "reference: caractère de contrôle interdit (U+0007)"),
    ("invalid UTF-8 in a string", dossier.encode() + b'"reference": "\xc3\x28"}', "chaîne qui n'est pas en UTF-8 valide"),
    ("number 1e400", (dossier + '"totalCost": 1e400}').encode(), "totalCost: montant au-delà"),
    ("total cost -0", (dossier + '"totalCost": -0}').encode(), "totalCost: le coût total doit être strictement positif"),
    ("NaN written as a bare word", (dossier + '"totalCost": NaN}').encode(), "totalCost: JSON invalide"),
    ("NaN written as a string", (dossier + '"totalCost": "NaN"}').encode(), "totalCost: montant illisible"),
    ("duplicated keys", (dossier + '"totalCost": "1.00", "totalCost": "2.00"}').encode(), "totalCost: clé en double"),
    ("date 0000-00-00", (dossier + '"filedOn": "0000-00-00"}').encode(), "filedOn: année hors de 0001 à 9999"),
    ("date 2023-02-29", (dossier + '"filedOn": "2023-02-29"}').encode(), "filedOn: ce jour n'existe pas dans ce mois"),
]

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

if markdown:
    print("| Input | Size | Answer (exit 2) | Time | Peak memory |")
    print("| --- | --- | --- | --- | --- |")
    for name, size, answer, seconds, megabytes in rows:
        shown = answer if len(answer) < 160 else answer[:150] + "…"
        print(f"| {name} | {size:,} B | `{shown}` | {seconds} s | {megabytes:.0f} MB |".replace(",", " "))
print(f"hostile: {len(CASES) - failures} passed, {failures} failed")
sys.exit(1 if failures else 0)
