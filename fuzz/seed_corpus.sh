#!/usr/bin/env bash
# Seeds a fuzz target's corpus from the project's own test inputs: example
# articles, the labelled test events, one-line amounts, and past findings.
set -euo pipefail
name=$1 corpus=$2 root=$3
[[ -n $(ls -A "$corpus" 2>/dev/null) ]] && exit 0
n=0
add() { printf '%s' "$1" > "$corpus/seed-$((n++))"; }
for amount in '$14.3 billion' 'US$44bn' '€2.95bn (£2.5bn)' '49%' '25 bps' '3.50%-3.75%' '+0.72%' \
              'June 2025' 'September 18, 2025' '8/30/2025, 1:50:10 AM' 'last year' 'two months' \
              'fourteen billion dollars' '1,783.9million' '14,21,94,700' 'February 30, 2025' \
              '$999999999999999999999 trillion' '1e400 percent' 'between $1 and $2 billion' 'Q3 2025'; do
  add "$amount"
done
case $name in
  feed_line)
    add '{"id":"a","text":"Meta paid $14.3 billion.","published":"2025-08-30"}'
    add '{"id":"b","input":"$20","ref":"2016-11-07"}' ;;
  *)
    for f in "$root"/examples/articles/*.txt "$root"/tests/corpus/*/*.txt; do
      [[ -f $f ]] && head -c 4000 "$f" > "$corpus/seed-$((n++))"
    done ;;
esac
# Inputs that once broke a property (fuzz/regressions/TARGET/): kept as seeds.
for f in "$root"/fuzz/regressions/"$name"/*; do
  [[ -f $f ]] && cp "$f" "$corpus/regression-${f##*/}"
done
exit 0
