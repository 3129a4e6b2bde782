#!/usr/bin/env python3
"""Checks `claimcheck extract` against a labelled event (labels.json format of
shared/corpus/seeds): every labelled mention is extracted with its labelled
value, and no quoted non-claim of the traps ('Llama 4', '[2]') comes out as a
number.

Usage: seed_mentions.py BIN EVENT_DIR
Exit 77 (ctest: skipped) when EVENT_DIR is absent."""
import json
import os
import re
import subprocess
import sys

SKIP = 77


def read_doc(path):
    """The body of a document and its metadata (eval_corpus.py's format)."""
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        text = f.read()
    meta, lines, i = {}, text.split("\n"), 0
    while i < len(lines) and lines[i].startswith("# ") and ":" in lines[i]:
        k, v = lines[i][2:].split(":", 1)
        meta[k.strip()] = v.strip()
        i += 1
    if meta and i < len(lines) and lines[i] == "":
        text = "\n".join(lines[i + 1:])
    return meta, text


def same_value(kind, want, got, want_cur, got_cur):
    if kind == "money":
        if want_cur and got_cur and want_cur != got_cur and got_cur != "$":
            return False
        return isinstance(got, (int, float)) and abs(got - want) <= 0.005 * abs(want)
    if isinstance(want, (int, float)):
        return isinstance(got, (int, float)) and abs(got - want) <= 1e-9 * max(1, abs(want))
    return str(want) == str(got)


def main():
    binary, event = sys.argv[1:3]
    labels_path = os.path.join(event, "labels.json")
    if not os.path.isfile(labels_path):
        print("skipped: %s not found" % labels_path)
        return SKIP
    labels = json.load(open(labels_path, encoding="utf-8"))
    docs, feed = {}, []
    for name in sorted(os.listdir(event)):
        if name.endswith(".txt"):
            meta, text = read_doc(os.path.join(event, name))
            stem = name[:-4]
            docs[stem] = text
            line = {"id": stem, "text": text}
            pub = meta.get("published") or labels.get("published", {}).get(stem)
            if pub:
                line["published"] = pub
            feed.append(json.dumps(line))
    run = subprocess.run([binary, "extract", "--format", "jsonl", "-"], input="\n".join(feed) + "\n",
                         capture_output=True, text=True)
    found = {}
    for line in run.stdout.splitlines():
        obj = json.loads(line)
        found[obj["id"]] = obj["mentions"]
    failures = missed = 0
    for claim in labels["claims"]:
        for m in claim["mentions"]:
            got = [x for x in found.get(m["doc"], []) if x["kind"] == claim["kind"] and x["text"] == m["text"]
                   and same_value(claim["kind"], m["value"], x.get("value"), m.get("currency"), x.get("currency"))]
            if not got:
                near = [(x["kind"], x["text"], x.get("value")) for x in found.get(m["doc"], [])
                        if m["text"] in x["text"] or x["text"] in m["text"]]
                print("MISSED %s %s: %r = %r (near: %r)" % (claim["key"], m["doc"], m["text"], m["value"], near))
                failures += 1
                missed += 1
    traps = [q for t in labels.get("traps", []) for q in re.findall(r"'([^']*\d[^']*)'", t)]
    for stem, text in docs.items():
        data = text.encode("utf-8")
        for phrase in traps:
            needle = phrase.encode("utf-8")
            at = data.find(needle)
            while at >= 0:
                for x in found.get(stem, []):
                    if x["kind"] == "number" and x["start"] < at + len(needle) and at < x["end"]:
                        print("TRAP %s: %r extracted as a number inside %r" % (stem, x["text"], phrase))
                        failures += 1
                at = data.find(needle, at + 1)
    total = sum(len(c["mentions"]) for c in labels["claims"])
    print("%d of %d labelled mentions found; %d trap(s) checked; %d failure(s)"
          % (total - missed, total, len(traps), failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
