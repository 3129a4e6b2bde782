#!/usr/bin/env python3
"""Progress on standard error: shown (documents read, claims found) when
standard error is a terminal, erased before the process ends, and absent when
it is a pipe or a file, so logs and CI output stay clean.

Usage: progress.py BIN ARTICLES_DIR"""
import os
import subprocess
import sys


def run_with_stderr(binary, args, stderr):
    return subprocess.run([binary, *args], stdout=subprocess.DEVNULL, stderr=stderr, timeout=120)


def read_all(fd):
    chunks = []
    while True:
        try:
            data = os.read(fd, 65536)
        except OSError:  # EIO once the other end is closed
            break
        if not data:
            break
        chunks.append(data)
    return b"".join(chunks)


def main():
    binary, articles = sys.argv[1:3]
    failures = []
    for command, unit in (("check", b"claims"), ("extract", b"mentions")):
        piped = run_with_stderr(binary, [command, articles], subprocess.PIPE)
        if b"documents read" in piped.stderr:
            failures.append("%s: progress written to a pipe: %r" % (command, piped.stderr[:200]))
        leader, follower = os.openpty()
        proc = subprocess.Popen([binary, command, articles], stdout=subprocess.DEVNULL,
                                stderr=follower)
        os.close(follower)
        shown = read_all(leader)
        proc.wait(timeout=120)
        os.close(leader)
        if b"claimcheck: 1 documents read, " not in shown or unit not in shown:
            failures.append("%s: no progress on a terminal: %r" % (command, shown[:200]))
        if not shown.endswith(b"\r\x1b[K"):
            failures.append("%s: the progress line is not erased at the end: %r"
                            % (command, shown[-40:]))
        print("%s on a terminal wrote %d bytes of progress" % (command, len(shown)))
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
