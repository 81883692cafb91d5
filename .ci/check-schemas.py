"""Validates every example dossier against the JSON Schema of its programme, and checks
that every broken dossier is refused. Usage: check-schemas.py SCHEMA_DIR REPO_ROOT"""
import json
import pathlib
import sys

from jsonschema import Draft202012Validator, FormatChecker

schemas = pathlib.Path(sys.argv[1])
root = pathlib.Path(sys.argv[2])
validators = {
    path.stem: Draft202012Validator(json.loads(path.read_text()), format_checker=FormatChecker())
    for path in schemas.glob("*.json")
}
for validator in validators.values():
    Draft202012Validator.check_schema(validator.schema)

failures = 0
good = sorted((root / "Examples" / "relance").glob("*.json")) + sorted((root / "Examples" / "ftap").glob("*.json"))
for path in good:
    dossier = json.loads(path.read_text())
    errors = list(validators[dossier["programme"]].iter_errors(dossier))
    if errors:
        failures += 1
        print(f"FAIL {path.relative_to(root)}: {errors[0].message}")
broken = sorted((root / "Examples" / "broken").glob("*.json"))
for path in broken:
    dossier = json.loads(path.read_text())
    candidates = [validators[dossier["programme"]]] if dossier.get("programme") in validators else validators.values()
    if any(validator.is_valid(dossier) for validator in candidates):
        failures += 1
        print(f"FAIL {path.relative_to(root)} is accepted by its schema")
passed = len(good) + len(broken) - failures
print(f"schemas: {passed} passed, {failures} failed")
sys.exit(1 if failures else 0)
