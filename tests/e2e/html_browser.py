#!/usr/bin/env python3
"""The HTML report in a real browser: `claimcheck check --format html -o`,
loaded by headless Chromium from a file:// URL. The DOM the browser built
must hold the highlighted spans with the right values, documents and links;
a screenshot is saved next to the page. Skips (77) without chromium
(Debian: apt-get install chromium).

Usage: html_browser.py BIN ARTICLES_DIR WORK_DIR"""
import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile

from e2e_support import expect, failures


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def chromium(browser, *args):
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--no-first-run", "--disable-dev-shm-usage", f"--user-data-dir={profile}", *args],
            capture_output=True, timeout=180)


class Dom(html.parser.HTMLParser):
    """The elements the browser serialized, with their attributes and text."""

    def __init__(self):
        super().__init__()
        self.elements = []  # [tag, attrs, text]
        self.open = []

    def handle_starttag(self, tag, attrs):
        el = [tag, dict(attrs), ""]
        self.elements.append(el)
        if tag not in ("meta", "br", "img", "link", "input", "hr"):
            self.open.append(el)

    def handle_endtag(self, tag):
        while self.open:
            if self.open.pop()[0] == tag:
                break

    def handle_data(self, data):
        for el in self.open:
            el[2] += data


def main():
    binary, articles, work = sys.argv[1:4]
    browser = find_chromium()
    if not browser:
        print("skip: no chromium on PATH (apt-get install chromium)")
        return 77
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    page = os.path.abspath(os.path.join(work, "report.html"))
    p = subprocess.run([binary, "check", "--format", "html", "-o", page, articles],
                       capture_output=True, timeout=120)
    expect(p.returncode == 1, f"the batch has a discrepancy (exit {p.returncode})")
    report = json.loads(subprocess.run([binary, "check", "--format", "json", "--show-agreements",
                                        articles], capture_output=True, timeout=120).stdout)

    d = chromium(browser, "--dump-dom", "file://" + page)
    if d.returncode != 0 or b"<html" not in d.stdout:
        print(d.stderr.decode(errors="replace")[-2000:])
        expect(False, f"chromium loaded the page (exit {d.returncode})")
        return 1
    with open(os.path.join(work, "dom.html"), "wb") as f:
        f.write(d.stdout)
    dom = Dom()
    dom.feed(d.stdout.decode("utf-8"))
    marks = [(a, t) for tag, a, t in dom.elements if tag == "mark"]
    by_id = {a.get("id"): (a, t) for tag, a, t in dom.elements if a.get("id")}

    values = [v for disc in report["discrepancies"] for v in disc["values"]]
    expect(len(marks) == len(values), f"{len(marks)} marks for {len(values)} conflicting values")
    for k, disc in enumerate(report["discrepancies"], 1):
        for i, v in enumerate(disc["values"]):
            mark_id = f"m{k}-{i}"
            attrs, text = by_id.get(mark_id, ({}, ""))
            expect(attrs.get("data-value") == v["text"] and text.startswith(v["text"]),
                   f"{mark_id} holds {v['text']!r} (got {attrs.get('data-value')!r}, {text!r})")
            expect(attrs.get("data-doc") == v["doc"], f"{mark_id} is in {v['doc']}")
            want = "consensus" if v["agrees_with_consensus"] else "outlier"
            expect(attrs.get("class") == want, f"{mark_id} is marked {want}")
            section = [a for tag, a, t in dom.elements
                       if tag == "section" and a.get("data-doc") == v["doc"]]
            expect(bool(section), f"{v['doc']} has its text section")
            for other in attrs.get("data-related", "").split():
                expect(other in by_id, f"{mark_id} links to {other}, which exists")
            links = [a.get("href") for tag, a, t in dom.elements if tag == "a" and
                     a.get("href") == f"#{mark_id}"]
            expect(bool(links), f"the summary links to {mark_id}")
    agree = [(a, t) for tag, a, t in dom.elements if tag == "span" and a.get("class") == "agree"]
    stated = sum(len(a["values"]) for a in report.get("agreement_list", []))
    expect(len(agree) == stated, f"{len(agree)} greyed agreeing spans of {stated}")
    expect(all(a.get("data-value") == t for a, t in agree), "greyed spans carry their values")
    expect(not any(tag == "script" for tag, a, t in dom.elements), "no script")
    expect(not any("src" in a or (tag == "link" and "href" in a) for tag, a, t in dom.elements),
           "nothing fetched (no src, no link href)")
    outliers = [t for tag, a, t in dom.elements if tag == "b" and a.get("class") == "outliers"]
    expect(outliers and "03_bay-live.txt" in outliers[0], f"summary names the outlier: {outliers}")

    shot = os.path.join(work, "report.png")
    s = chromium(browser, "--hide-scrollbars", "--window-size=1200,1600", f"--screenshot={shot}",
                 "file://" + page)
    ok = s.returncode == 0 and os.path.exists(shot) and os.path.getsize(shot) > 10000
    if ok:
        with open(shot, "rb") as f:
            ok = f.read(8) == b"\x89PNG\r\n\x1a\n"
    expect(ok, f"screenshot saved at {shot}")
    return 1 if failures else 0


if __name__ == "__main__":
    rc = main()
    print(f"{len(failures)} failure(s)")
    sys.exit(rc)
