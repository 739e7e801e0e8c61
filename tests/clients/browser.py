#!/usr/bin/env python3
"""Drives newsgraph's page in headless Chromium through WebDriver (Debian's
chromium and chromium-driver, via selenium): type part of a name, open the
entity, see a fact with its evidence sentence and its community, check that
markup from an article shows as text, see the most influential entities,
connect two entities and see the paths with their evidence (also from an
entity's page), drop an article into the server's watched folder and see the
open entity's page show it, run an example query and see rows. Saves
screenshots.
Usage: browser.py URL OUTDIR INBOX"""

import base64
import os
import sys
import tempfile

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait


def find_binary(*names):
    for name in names:
        for folder in ("/usr/bin", "/usr/lib/chromium", "/usr/local/bin"):
            path = os.path.join(folder, name)
            if os.path.exists(path):
                return path
    sys.exit(f"none of {names} found: run .ci/setup (it installs chromium and chromium-driver)")


def check(what, condition, detail=""):
    if not condition:
        print(f"FAIL {what}: {detail}", flush=True)
        sys.exit(1)
    print(f"ok   {what}", flush=True)


def main():
    url, outdir, inbox = sys.argv[1], sys.argv[2], sys.argv[3]
    profile = tempfile.mkdtemp(prefix="newsgraph-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = find_binary("chromium", "chromium-browser")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--window-size=1280,1000"):
        options.add_argument(flag)
    service = Service(executable_path=find_binary("chromedriver"))
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(30)
    # A suggestion list redrawn while it is read is read again (a busy machine redraws it mid-read).
    wait = WebDriverWait(driver, 15, ignored_exceptions=[StaleElementReferenceException])
    try:
        driver.get(url)
        search = wait.until(EC.element_to_be_clickable((By.ID, "search")))
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#stats .stat"))
        check("home page shows the store's counts", True)

        # Keyboard: "/" focuses the search box; type part of a name.
        driver.find_element(By.TAG_NAME, "body").send_keys("/")
        check("/ focuses the search box", driver.switch_to.active_element == search)
        search.send_keys("priya nat")
        wait.until(lambda d: any("Priya Natarajan" in li.text
                                 for li in d.find_elements(By.CSS_SELECTOR, "#suggestions li")))
        check("typing part of a name suggests the entity", True)
        search.send_keys(Keys.ENTER)
        wait.until(EC.text_to_be_present_in_element((By.ID, "entity-title"), "Priya Natarajan"))
        check("Enter opens the entity", "#/entity/" in driver.current_url, driver.current_url)
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#facts .sentence"))
        facts = driver.find_element(By.ID, "facts").text
        check("a fact with its job title and evidence sentence",
              "worksFor" in facts and "Corvel Research" in facts and "analyst" in facts
              and "Priya Natarajan, an analyst at Corvel Research, said" in facts, facts)
        check("the article it came from", "Azure model catalog" in facts, facts)
        check("the neighbourhood picture", len(driver.find_elements(By.CSS_SELECTOR, "#neighbourhood svg circle")) >= 2)

        # Markup in an article is text: open the entity whose evidence holds <script>.
        search.send_keys("maya oka")
        wait.until(lambda d: any("Maya Okafor" in li.text for li in d.find_elements(By.CSS_SELECTOR, "#suggestions li")))
        search.send_keys(Keys.ENTER)
        wait.until(EC.text_to_be_present_in_element((By.ID, "entity-title"), "Maya Okafor"))
        wait.until(lambda d: "<script>" in d.find_element(By.ID, "facts").text)
        facts = driver.find_element(By.ID, "facts")
        check("<script> from an article shows as text", "<script>window.__xss = 1</script>" in facts.text, facts.text)
        check("...and creates no element", not facts.find_elements(By.TAG_NAME, "script")
              and not driver.find_elements(By.CSS_SELECTOR, "#facts b, #quotes img"))
        quotes = driver.find_element(By.ID, "quotes").text
        check("a quote with markup shows as text", "<img src=x onerror=window.__xss=2>" in quotes, quotes)
        check("no script ran", driver.execute_script("return window.__xss === undefined"))

        # A new article that mentions the open entity, dropped into the watched
        # folder: the page reads the entity again by itself.
        with open(os.path.join(inbox, "corvid-board.txt"), "w", encoding="utf-8") as f:
            f.write("Corvid Labs adds a board seat\n3 March 2025\n\n"
                    "Maya Okafor, the chief executive of Corvid Labs, said the company had added a board seat.\n")
        WebDriverWait(driver, 40).until(
            lambda d: "Corvid Labs adds a board seat" in d.find_element(By.ID, "articles").text)
        check("an open entity's page shows a new article that mentions it", True)

        # A busier entity for the picture.
        search.send_keys("kestrion sys")
        wait.until(lambda d: any("Kestrion Systems" in li.text for li in d.find_elements(By.CSS_SELECTOR, "#suggestions li")))
        search.send_keys(Keys.ENTER)
        wait.until(EC.text_to_be_present_in_element((By.ID, "entity-title"), "Kestrion Systems"))
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#neighbourhood svg circle")) >= 4)
        wait.until(lambda d: "Community" in d.find_element(By.ID, "community").text)
        community = driver.find_element(By.ID, "community").text
        members = driver.find_element(By.CSS_SELECTOR, "#community .community-members").text
        check("the entity's community with its other members",
              community.startswith("Community ") and "Groq" in members and "Kestrion" not in members, community)
        # From the entity to the connect view: its name (not its IRI) in the From box.
        driver.find_element(By.PARTIAL_LINK_TEXT, "to another entity").click()
        wait.until(lambda d: d.find_element(By.ID, "connect-from").get_attribute("value") == "Kestrion Systems")
        check("the connect link puts the entity's name in the From box", True)
        driver.back()
        wait.until(EC.text_to_be_present_in_element((By.ID, "entity-title"), "Kestrion Systems"))
        wait.until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#neighbourhood svg circle")) >= 4)
        driver.set_window_size(1280, 2000)
        driver.save_screenshot(os.path.join(outdir, "entity.png"))
        # A small JPEG of the same, for the README.
        shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "jpeg", "quality": 55, "clip": {"x": 0, "y": 0, "width": 1280, "height": 1900, "scale": 0.6}})
        with open(os.path.join(outdir, "entity.jpg"), "wb") as f:
            f.write(base64.b64decode(shot["data"]))
        driver.set_window_size(1280, 1000)

        # Home: the most influential entities of each class.
        driver.find_element(By.ID, "nav-explore").click()
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#influential li"))
        influential = driver.find_element(By.ID, "influential").text
        check("the most influential entities of each class", "Tessaline" in influential and "Person" in influential, influential)

        # Connect: two names, the shortest paths drawn, each hop with its evidence.
        driver.find_element(By.ID, "nav-connect").click()
        box = wait.until(EC.element_to_be_clickable((By.ID, "connect-from")))
        box.clear()
        box.send_keys("Marcus J. Thorvald")
        driver.find_element(By.ID, "connect-to").clear()
        driver.find_element(By.ID, "connect-to").send_keys("hélène castagnier")
        driver.find_element(By.ID, "connect-run").click()
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#connect-paths .hop .sentence"))
        status = driver.find_element(By.ID, "connect-status").text
        check("the connect view counts the shortest paths", "shortest path" in status, status)
        hops = driver.find_elements(By.CSS_SELECTOR, "#connect-paths .path:first-child .hop")
        text = driver.find_element(By.ID, "connect-paths").text
        check("each hop with its relation, evidence sentence and article",
              len(hops) >= 2 and "Marcus J. Thorvald" in text and "Hélène Castagnier" in text
              and "worksFor" in text and "Marcus J. Thorvald, CEO of Kestrion Systems" in text
              and "inference accelerator" in text, text)
        circles = driver.find_elements(By.CSS_SELECTOR, "#connect-paths .path:first-child svg circle")
        check("the path is drawn", len(circles) >= 3, f"{len(circles)} circles")
        check("the link can be shared", "#/connect/" in driver.current_url, driver.current_url)
        driver.save_screenshot(os.path.join(outdir, "connect.png"))

        # SPARQL: an example query one click away, rows in the table.
        driver.find_element(By.ID, "nav-sparql").click()
        button = wait.until(lambda d: next((b for b in d.find_elements(By.CSS_SELECTOR, "#examples button")
                                            if b.text.startswith("People and their employers")), None))
        button.click()
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#results-table tbody tr"))
        rows = driver.find_elements(By.CSS_SELECTOR, "#results-table tbody tr")
        table = driver.find_element(By.ID, "results-table").text
        check("the example query shows rows", len(rows) >= 3 and "Priya Natarajan" in table, table)
        status = driver.find_element(By.ID, "status").text
        check("the status counts them", f"{len(rows)} rows" in status, status)
        # Ctrl+Enter runs what is in the editor; a malformed query shows the parser's message.
        editor = driver.find_element(By.ID, "sparql-text")
        editor.clear()
        editor.send_keys("SELECT ?x WHERE { ?x")
        editor.send_keys(Keys.CONTROL, Keys.ENTER)
        wait.until(EC.text_to_be_present_in_element((By.ID, "status"), "400"))
        check("a malformed query shows the parser's message",
              "malformed SPARQL query" in driver.find_element(By.ID, "status").text)
        button.click()
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#results-table tbody tr"))
        driver.save_screenshot(os.path.join(outdir, "sparql.png"))
        # The malformed query's 400 is logged as a network error on purpose; scripts must not fail.
        severe = [e for e in driver.get_log("browser")
                  if e.get("level") == "SEVERE" and e.get("source") != "network"]
        check("no script errors in the browser console", not severe, severe)
        print("all browser checks passed", flush=True)
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
