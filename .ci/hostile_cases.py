"""The fixed list of hostile dossiers of Docs/HOSTILE_INPUT.md: (name, bytes, what the
one-line answer must hold). Read by hostile.py (the tool) and server_checks.py (the
server, which must give the same line)."""

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
