#!/usr/bin/python3
"""The SARIF that `claimcheck check --format sarif` writes validates against
the SARIF 2.1.0 JSON schema — on a batch with a contradiction, on one with a
rejected and a repaired input (tool notifications), and on a clean one.
Skips (77) when the schema file or python3-jsonschema is absent.

Usage: sarif_schema.py BIN SCHEMA ARTICLES_DIR WORK_DIR"""
import json
import os
import shutil
import subprocess
import sys


def main():
    binary, schema_path, articles, work = sys.argv[1:5]
    if not os.path.exists(schema_path):
        print(f"skip: no SARIF schema at {schema_path}")
        return 77
    try:
        import jsonschema
    except ImportError:
        print(f"skip: {sys.executable} has no jsonschema (apt-get install python3-jsonschema)")
        return 77
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft4Validator(schema)

    shutil.rmtree(work, ignore_errors=True)
    odd = os.path.join(work, "odd")
    os.makedirs(odd)
    with open(os.path.join(odd, "empty.txt"), "wb"):
        pass
    with open(os.path.join(odd, "bad utf8, [x].txt"), "wb") as f:
        f.write(b"10:05 - Meta's \xff $143 investment in Scale AI.\n"
                b"10:40 - Meta's $148 investment in Scale AI.\n")
    cases = {"batch": [articles], "odd": [odd],
             "clean": [os.path.join(articles, "01_riverside-gazette.txt")]}
    failed = 0
    for name, inputs in cases.items():
        p = subprocess.run([binary, "check", "--format", "sarif", *inputs], capture_output=True,
                           timeout=120)
        if p.returncode not in (0, 1):
            print(f"FAIL: {name}: exit {p.returncode}: {p.stderr.decode()}")
            failed += 1
            continue
        log = json.loads(p.stdout)
        with open(os.path.join(work, name + ".sarif"), "wb") as f:
            f.write(p.stdout)
        errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
        for e in errors[:10]:
            print(f"FAIL: {name}: {'/'.join(map(str, e.path))}: {e.message}")
        failed += bool(errors)
        results = log["runs"][0]["results"]
        notes = log["runs"][0]["invocations"][0].get("toolExecutionNotifications", [])
        print(f"{'ok:  ' if not errors else 'FAIL:'} {name}: {len(results)} result(s), "
              f"{len(notes)} notification(s), valid SARIF 2.1.0")
        if name == "odd" and (len(results) != 1 or len(notes) != 2):
            print("FAIL: odd: expected one self-contradiction and two notifications")
            failed += 1
        if name == "odd" and results:
            uri = results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            if not uri.endswith("bad%20utf8%2C%20%5Bx%5D.txt"):
                print(f"FAIL: odd: the uri is not percent-encoded: {uri}")
                failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
