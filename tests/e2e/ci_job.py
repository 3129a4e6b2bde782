#!/usr/bin/env python3
"""A CI job on a batch of articles, as an editorial pipeline runs it: the
binary on a directory, SARIF written with -o, the job's fate decided by the
exit code (0 clean, 1 a discrepancy at or above --fail-on, 2 usage error).
Checks the exit codes, the SARIF's content against the articles' own bytes,
and that fingerprints survive unrelated edits.

Usage: ci_job.py BIN ARTICLES_DIR WORK_DIR"""
import json
import os
import shutil
import subprocess
import sys

from e2e_support import expect, failures, run


def sarif_of(binary, articles, out, *extra):
    p = run(binary, "check", "--format", "sarif", "-o", out, *extra, articles)
    with open(out, encoding="utf-8") as f:
        return p.returncode, json.load(f)


def main():
    binary, articles, work = sys.argv[1:4]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    sarif_path = os.path.join(work, "claimcheck.sarif")

    # The job: fail on errors (the default).
    code, log = sarif_of(binary, articles, sarif_path)
    expect(code == 1, f"a batch with a contradiction fails the job (exit {code})")
    expect(run(binary, "check", "--fail-on", "never", articles).returncode == 0,
           "--fail-on never passes the job")
    expect(run(binary, "check", "--fail-on", "warning", articles).returncode == 1,
           "--fail-on warning fails it too")
    expect(run(binary, "check", os.path.join(articles, "01_riverside-gazette.txt"),
               os.path.join(articles, "02_coastal-wire.txt")).returncode == 0,
           "the two agreeing articles alone pass")
    expect(run(binary, "check", "--format", "sarif", os.path.join(work, "missing")).returncode == 2,
           "a missing input is a usage error (exit 2)")
    expect(run(binary, "check", "--format", "yaml", articles).returncode == 2,
           "an unknown format is a usage error (exit 2)")

    run_ = log["runs"][0]
    driver = run_["tool"]["driver"]
    version = run(binary, "--version").stdout.decode().strip()
    expect(driver["name"] == "claimcheck" and driver["version"] == version,
           f"driver claimcheck {driver.get('version')} (binary says {version})")
    results = run_["results"]
    expect(len(results) == 1, f"one result: the live blog's outlier ({len(results)})")
    if not results:
        return
    r = results[0]
    expect(r["ruleId"] == "self-contradiction", f"rule {r['ruleId']}")
    expect(r["level"] == "error", "level error")
    expect("$5,200,000" in r["message"]["text"] and "$4,500,000" in r["message"]["text"],
           "the message names both values")
    loc = r["locations"][0]["physicalLocation"]
    uri = loc["artifactLocation"]["uri"]
    expect(uri.endswith("03_bay-live.txt"), f"uri {uri}")
    region = loc["region"]
    with open(os.path.join(articles, "03_bay-live.txt"), "rb") as f:
        data = f.read()
    start = data.index(b"$5,200,000")
    text = data.decode("utf-8")
    line_start = text.rfind("\n", 0, text.index("$5,200,000")) + 1
    expect(region["byteOffset"] == start and region["byteLength"] == len(b"$5,200,000"),
           "byteOffset/byteLength point at the article's bytes")
    expect(region["charOffset"] == text.index("$5,200,000") and region["charLength"] == 10,
           "charOffset/charLength count code points")
    expect(region["startLine"] == text.count("\n", 0, start) + 1,
           f"startLine {region['startLine']}")
    expect(region["startColumn"] == text.index("$5,200,000") - line_start + 1,
           f"startColumn {region['startColumn']}")
    expect(region["endColumn"] == region["startColumn"] + 10 and region["endLine"] == region["startLine"],
           "end is the column after the span, same line")
    related = r["relatedLocations"]
    expect(len(related) == 3, f"three related locations ({len(related)})")
    ids = {x["id"] for x in related}
    for ref in __import__("re").findall(r"\]\((\d+)\)", r["message"]["text"]):
        expect(int(ref) in ids, f"message link ({ref}) names a related location")
    uris = sorted(x["physicalLocation"]["artifactLocation"]["uri"].rsplit("/", 1)[-1] for x in related)
    expect(uris == ["01_riverside-gazette.txt", "02_coastal-wire.txt", "03_bay-live.txt"],
           f"related: {uris}")
    fp = r["partialFingerprints"]["claimcheckFinding/v1"]

    # An editor adds a paragraph above: positions move, the finding does not.
    moved = os.path.join(work, "moved")
    shutil.copytree(articles, moved)
    bay = os.path.join(moved, "03_bay-live.txt")
    with open(bay, encoding="utf-8") as f:
        head, body = f.read().split("\n\n", 1)
    with open(bay, "w", encoding="utf-8") as f:
        f.write(head + "\n\nA new paragraph about the weather, written later – ünrelated.\n\n" + body)
    code2, log2 = sarif_of(binary, moved, os.path.join(work, "moved.sarif"))
    r2 = log2["runs"][0]["results"]
    expect(code2 == 1 and len(r2) == 1, "the edited batch still fails with one result")
    if r2:
        reg2 = r2[0]["locations"][0]["physicalLocation"]["region"]
        expect(reg2["startLine"] == region["startLine"] + 2, "its line moved")
        expect(r2[0]["partialFingerprints"]["claimcheckFinding/v1"] == fp,
               "its fingerprint did not")


if __name__ == "__main__":
    main()
    print(f"{len(failures)} failure(s)")
    sys.exit(1 if failures else 0)
