#!/usr/bin/env python3
"""Runs the shared eval_corpus.py scorer on labelled events and fails when
precision or recall of the discrepancies is under the floors.

Usage: eval_floor.py BIN SCORER MIN_PRECISION MIN_RECALL EVENT_DIR...
An EVENT_DIR may be a folder of events (each with labels.json).
Exit 77 (ctest: skipped) when the scorer or the events are absent."""
import json
import os
import subprocess
import sys

SKIP = 77


def event_dirs(paths):
    for p in paths:
        if os.path.isfile(os.path.join(p, "labels.json")):
            yield p
        elif os.path.isdir(p):
            for name in sorted(os.listdir(p)):
                sub = os.path.join(p, name)
                if os.path.isfile(os.path.join(sub, "labels.json")):
                    yield sub


def main():
    binary, scorer, min_p, min_r = sys.argv[1:5]
    dirs = list(event_dirs(sys.argv[5:]))
    if not os.path.isfile(scorer) or not dirs:
        print("skipped: scorer %s or labelled events absent" % scorer)
        return SKIP
    table = subprocess.run([sys.executable, scorer, "--bin", binary, *dirs, "--show", "10"],
                           capture_output=True, text=True)
    print(table.stdout, table.stderr)
    run = subprocess.run([sys.executable, scorer, "--bin", binary, *dirs, "--json"],
                         capture_output=True, text=True)
    if run.returncode != 0:
        print("scorer failed (exit %d)" % run.returncode)
        return 1
    total = json.loads(run.stdout)["total"]
    ok = total["precision"] >= float(min_p) and total["recall"] >= float(min_r)
    print("precision %.3f (floor %s), recall %.3f (floor %s)" % (total["precision"], min_p,
                                                                total["recall"], min_r))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
