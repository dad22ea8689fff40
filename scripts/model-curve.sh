#!/usr/bin/env bash
# The NER model's size/quality curve: trains one model per pruning point (into a
# temporary folder, never over models/newslens-ner.bin) and prints a Markdown table
# of blob size (raw, gzip -9) and CoNLL-2003 dev F1 overall and per type (tagger alone),
# and news_gold dev typed F1 through the pipeline (newslens-eval --news-gold).
# Run from anywhere after scripts/build.sh; each point takes a few seconds to a minute.
#   bash scripts/model-curve.sh                 # the points below
#   bash scripts/model-curve.sh "--keep-rows 5000 --levels 12 …" …   # your own
set -euo pipefail
cd "$(dirname "$0")/.."
train=build/native/newslens-train
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The word clusters come from newslens-clusters (models/MODEL_CARD.md, "Training"):
# CLUSTERS=path overrides where that table was written.
clusters=${CLUSTERS:-/work/cache/clusters/c100k-16x3.tsv}
data=../shared/data
lex="--last-names 0 --casing-min 5 --clusters $clusters --cluster-levels 2 --crossner $data/crossner --crossner-weight 1 --wnut $data/wnut17/wnut17train.conll --wnut-weight 0.5 --document-drop 50"
points=("$@")
if [ ${#points[@]} -eq 0 ]; then
  points=(
    "--keep-rows 20000 --levels 12 --zero-below 0.5 $lex"
    "--keep-rows 12000 --levels 12 --zero-below 0.5 $lex"
    "--keep-rows 8000 --levels 12 --zero-below 0.5 $lex"
    "--keep-rows 12000 --levels 12 --zero-below 0.5 $lex --cluster-words 50000"
  )
fi
echo "| newslens-train --epochs 16 … | rows | nonzero weights | raw B | gzip -9 B | PER | ORG | LOC | MISC | overall | news_gold typed |"
echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
for point in "${points[@]}"; do
  # shellcheck disable=SC2086
  "$train" --epochs 16 --out "$tmp/m.bin" $point >"$tmp/scores" 2>"$tmp/log"
  rows=$(sed -n 's/.*kept \([0-9]*\) of.*/\1/p' "$tmp/log")
  nonzero=$(sed -n 's/.*rows, \([0-9]*\) nonzero.*/\1/p' "$tmp/log")
  f1() { awk -v t="$1" '$1 == t { print $(NF - 4) }' "$tmp/scores"; }
  echo "| ${point:-(all rows, int16)} | $rows | $nonzero | $(wc -c <"$tmp/m.bin") | $(gzip -9 -c "$tmp/m.bin" | wc -c) |" \
    "$(f1 PER) | $(f1 ORG) | $(f1 LOC) | $(f1 MISC) | $(f1 overall) |" \
    "$(build/native/newslens-eval --news-gold --model "$tmp/m.bin" | awk '$1 == "typed" { print $(NF - 4) }') |"
done
