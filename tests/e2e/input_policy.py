#!/usr/bin/env python3
"""The input policy, tested on the binary: bad input gets a clear report, never
a crash, and every document appears in the report.

Usage: input_policy.py BIN"""
import json
import os
import subprocess
import sys
import tempfile

from e2e_support import expect, failures, passes, run


def main():
    binary = sys.argv[1]
    with tempfile.TemporaryDirectory() as d:
        def write(name, data):
            path = os.path.join(d, name)
            with open(path, "wb") as f:
                f.write(data)
            return path

        good = write("good.txt", b"Meta's $143 investment in Scale AI drew praise.\n")
        bad_utf8 = write("bad-utf8.txt", b"Meta's \xff\xfe $148 investment in Scale AI \xc3 was reported "
                                         b"by several outlets on the same day.\n")
        empty = write("empty.txt", b"")
        binary_file = write("image.txt", bytes(range(256)) * 64)
        nul = write("nul.txt", b"Meta's $143 investment\x00 in Scale AI.\n")
        absurd = write("absurd.txt",
                       b"A fine of $999999999999999999999999999 trillion and 1e400 percent of it, "
                       b"due February 30, 2025.\n")
        feed = write("feed.jsonl", b'{"id":"f1","text":"Meta\'s $143 investment in Scale AI."}\n'
                                   b'{"id": broken\n'
                                   b'{"id":"f3","text":"Meta\'s $148 investment in Scale AI."}\n')

        r = run(binary, "check", "--format", "json", "--fail-on", "never", good, bad_utf8, empty,
                binary_file, nul, absurd, feed)
        expect(r.returncode == 0, "check exits 0 with --fail-on never (exit %d, %s)" % (r.returncode, r.stderr[:200]))
        report = json.loads(r.stdout)
        by_id = {s["id"]: s for s in report["sources"]}
        expect(len(report["sources"]) == 9, "every document and feed line is in sources (%d)" % len(report["sources"]))
        expect(by_id.get("good.txt", {}).get("status") == "ok", "a good file is ok")
        bu = by_id.get("bad-utf8.txt", {})
        expect(bu.get("status") == "ok" and any("invalid-utf8" in w for w in bu.get("warnings", [])),
               "invalid UTF-8 is repaired, counted and reported")
        expect(by_id.get("empty.txt", {}).get("status") == "rejected"
               and by_id["empty.txt"]["reason"].startswith("empty"), "an empty file is rejected: empty")
        expect(by_id.get("image.txt", {}).get("status") == "rejected"
               and by_id["image.txt"]["reason"].startswith("binary"), "binary data is rejected: binary")
        expect(by_id.get("nul.txt", {}).get("status") == "ok", "a few NUL bytes do not reject a text")
        malformed = [s for s in report["sources"] if s["status"] == "rejected" and "line 2" in s.get("reason", "")]
        expect(len(malformed) == 1, "a malformed feed line is reported with its line number")
        expect(by_id.get("f1", {}).get("status") == "ok" and by_id.get("f3", {}).get("status") == "ok",
               "the other feed lines are processed")

        r = run(binary, "extract", "--format", "jsonl", absurd)
        expect(r.returncode == 0, "extract on absurd amounts exits 0 (exit %d)" % r.returncode)
        mentions = json.loads(r.stdout.splitlines()[0])["mentions"]
        for m in mentions:
            v = m.get("value")
            expect(not (isinstance(v, float) and (v != v or v in (float("inf"), float("-inf")))),
                   "no inf/NaN value for %r" % m["text"])
        big = [m for m in mentions if "999999" in m["text"]]
        expect(big and all("error" in m and "value" not in m for m in big),
               "an absurd amount is reported out of range, not overflowed: %r" % big)

        r = run(binary, "check", os.path.join(d, "missing.txt"))
        expect(r.returncode == 2 and b"missing.txt" in r.stderr, "a missing file exits 2 with a message")
        r = run(binary, "check", "--format", "nonsense", good)
        expect(r.returncode == 2, "a usage error exits 2")
        r = run(binary, "extract", "-", stdin=b"")
        expect(r.returncode == 0 and r.stdout == b"", "empty standard input gives an empty listing")
    print("input policy: %d checks passed, %d failed" % (len(passes), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
