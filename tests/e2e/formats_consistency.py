#!/usr/bin/env python3
"""Every format says what the JSON report (interchange.md §3) says: the same
outliers at the same positions in SARIF, GitHub annotations and rdjsonl, a
JUnit case per fact (failing for discrepancies), a Markdown section and table
row per value, an HTML mark per value.

Usage: formats_consistency.py BIN WORK_DIR INPUT..."""
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

from e2e_support import expect, failures


def check(binary, fmt, inputs, *extra):
    p = subprocess.run([binary, "check", "--format", fmt, *extra, *inputs], capture_output=True,
                       timeout=120)
    expect(p.returncode in (0, 1), f"{fmt}: exit {p.returncode} {p.stderr.decode()[:200]}")
    return p.stdout.decode("utf-8")


def main():
    binary, work, *inputs = sys.argv[1:]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    report = json.loads(check(binary, "json", inputs, "--show-agreements"))
    discs = report["discrepancies"]
    outliers = [(k, v) for k, d in enumerate(discs) for v in d["values"]
                if not v["agrees_with_consensus"]]
    values = [v for d in discs for v in d["values"]]
    print(f"report: {len(discs)} discrepancies, {len(outliers)} outlier values, "
          f"{report['agreements']} agreements")
    expect(len(discs) > 0, "the inputs hold discrepancies to compare")

    # SARIF: a result per outlier, same order, rule by kind, level by severity.
    sarif = json.loads(check(binary, "sarif", inputs))
    results = sarif["runs"][0]["results"]
    expect(len(results) == len(outliers), f"sarif: {len(results)} results for {len(outliers)}")
    kinds = {"money": "money-conflict", "percent": "percent-conflict", "date": "date-conflict",
             "number": "count-conflict", "duration": "duration-conflict"}
    for r, (k, v) in zip(results, outliers):
        d = discs[k]
        rule = "self-contradiction" if d["self_contradiction"] else kinds[d["key"]["kind"]]
        region = r["locations"][0]["physicalLocation"]["region"]
        expect(r["ruleId"] == rule and r["level"] == d["severity"] and
               region["byteOffset"] == v["start"] and region["byteLength"] == v["end"] - v["start"]
               and region["startLine"] == v["line"] and r["properties"]["doc"] == v["doc"]
               and region["snippet"]["text"] == v["text"],
               f"sarif: {rule} {v['text']} at {v['doc']}:{v['line']}")
        expect(len(r["relatedLocations"]) == len(d["values"]) - 1,
               "sarif: every other value is a related location")

    # GitHub annotations and rdjsonl: one per outlier, at its line.
    gh = [line for line in check(binary, "github", inputs).splitlines()
          if line.startswith(("::error ", "::warning ")) and "input rejected" not in line]
    expect(len(gh) == len(outliers), f"github: {len(gh)} annotations")
    for line, (k, v) in zip(gh, outliers):
        m = re.match(r"::(error|warning) file=([^,]*),line=(\d+),col=(\d+),", line)
        expect(bool(m) and m.group(1) == discs[k]["severity"] and int(m.group(3)) == v["line"]
               and m.group(2).endswith(v["doc"]) and v["text"] in line,
               f"github: {v['text']} at {v['doc']}:{v['line']}")
    rd = [json.loads(line) for line in check(binary, "rdjsonl", inputs).splitlines()]
    expect(len(rd) == len(outliers), f"rdjsonl: {len(rd)} diagnostics")
    for diag, (k, v) in zip(rd, outliers):
        start = diag["location"]["range"]["start"]
        expect(start == {"line": v["line"], "column": v["column"]} and
               diag["severity"] == discs[k]["severity"].upper() and
               diag["location"]["path"].endswith(v["doc"]),
               f"rdjsonl: {v['text']} at {v['doc']}:{v['line']}:{v['column']}")

    # JUnit: a failing case per discrepancy, a passing one per agreement.
    suite = ET.fromstring(check(binary, "junit", inputs))
    cases = suite.findall(".//testcase")
    failed = [c for c in cases if c.find("failure") is not None]
    passed = [c for c in cases if c.find("failure") is None and c.find("skipped") is None]
    expect(len(failed) == len(discs), f"junit: {len(failed)} failing cases")
    expect(len(passed) == report["agreements"], f"junit: {len(passed)} passing cases")
    expect(int(suite.get("failures")) == len(discs), "junit: failures attribute")
    for c, d in zip(failed, discs):
        body = c.find("failure").text
        expect(all(v["text"] in body and v["quote"] in body for v in d["values"]),
               f"junit: {c.get('name')} lists its values and quotes")

    # Markdown: a section per discrepancy, a row per value.
    md = check(binary, "markdown", inputs)
    expect(len(re.findall(r"^### \d+\. ", md, re.M)) == len(discs), "markdown: sections")
    rows = re.findall(r"^\| [✓✗] \| `([^`]*)` \| .* \| (\d+):(\d+) \|", md, re.M)
    expect([(t.replace("\\|", "|"), int(a), int(b)) for t, a, b in rows] ==
           [(v["text"], v["line"], v["column"]) for v in values], f"markdown: {len(rows)} rows")

    # HTML: a mark per value with its text.
    page = check(binary, "html", inputs)
    marks = re.findall(r'<mark id="m\d+-\d+" class="(\w+)" data-value="([^"]*)"', page)
    expect(len(marks) == len(values), f"html: {len(marks)} marks")
    expect([c for c, _ in marks] ==
           ["consensus" if v["agrees_with_consensus"] else "outlier" for v in values],
           "html: marks are consensus or outlier as in the report")


if __name__ == "__main__":
    main()
    print(f"{len(failures)} failure(s)")
    sys.exit(1 if failures else 0)
