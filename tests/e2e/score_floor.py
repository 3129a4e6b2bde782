#!/usr/bin/env python3
"""Runs `claimcheck extract` on a shared test-case file, scores it with the
shared scorer, and fails when a kind's F1 is under its floor.

Usage: score_floor.py BIN SHARED_DIR CASES.jsonl KIND FLOOR
Exit 77 (ctest: skipped) when the shared directory is absent."""
import json
import os
import subprocess
import sys
import tempfile

SKIP = 77


def main():
    binary, shared, cases, kind, floor = sys.argv[1:6]
    cases_path = os.path.join(shared, cases)
    scorer = os.path.join(shared, "tools", "score_mentions.py")
    if not (os.path.isfile(cases_path) and os.path.isfile(scorer)):
        print("skipped: %s not found (../shared is absent)" % cases_path)
        return SKIP
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out.jsonl")
        with open(out, "w") as f:
            run = subprocess.run([binary, "extract", "--format", "jsonl", cases_path], stdout=f)
        if run.returncode not in (0, 1):
            print("claimcheck extract failed with exit %d" % run.returncode)
            return 1
        score = subprocess.run([sys.executable, scorer, cases_path, "--output", out, "--kind", kind,
                                "--json"], capture_output=True, text=True, check=True)
        figures = json.loads(score.stdout)["kinds"][kind]
        table = subprocess.run([sys.executable, scorer, cases_path, "--output", out, "--kind", kind,
                                "--show", "15"], capture_output=True, text=True).stdout
    print(table)
    f1 = figures["f1"]
    print("%s: F1 %.4f (floor %s)" % (kind, f1, floor))
    return 0 if f1 >= float(floor) else 1


if __name__ == "__main__":
    sys.exit(main())
