"""Shared by the end-to-end test scripts: a named check that is recorded and
printed, and a run of the binary with a time limit."""
import subprocess

failures = []  # what failed, in order
passes = []  # what held


def expect(cond, what):
    """Records and prints one named check; the script fails if any did."""
    print(("ok:   " if cond else "FAIL: ") + what)
    (passes if cond else failures).append(what)


def run(binary, *args, stdin=None):
    """Runs the binary to completion (2 minutes at most), capturing its output."""
    return subprocess.run([binary, *args], input=stdin, capture_output=True, timeout=120)
