// Entity quality on CoNLL-2003 dev sentences, scored the CoNLL way (exact span and type,
// micro-averaged) after mapping each system's types to PER/ORG/LOC/MISC. Predicted
// character spans are snapped to the gold tokens they overlap, dropping pure-punctuation
// tokens at the edges, so a system is not punished for where it puts a trailing comma.

const wordy = /[\p{L}\p{N}]/u;

function snap(sentence, start, end) {
  let first = -1;
  let last = -1;
  sentence.ranges.forEach(([ts, te], i) => {
    if (ts < end && te > start) {
      if (first < 0) first = i;
      last = i;
    }
  });
  while (first >= 0 && first <= last && !wordy.test(sentence.tokens[first])) first++;
  while (last >= first && first >= 0 && !wordy.test(sentence.tokens[last])) last--;
  return first < 0 || first > last ? null : [first, last + 1];
}

function prf(tp, predicted, gold) {
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, predicted, gold };
}

function score(goldKeys, predKeys) {
  let tp = 0;
  for (const key of predKeys) if (goldKeys.has(key)) tp++;
  return prf(tp, predKeys.size, goldKeys.size);
}

/** Scores `entitiesOf(text) → [{start, end, type}]` over the sentences. */
export function scoreEntities(sentences, entitiesOf) {
  const types = ['PER', 'ORG', 'LOC', 'MISC'];
  const gold = { exact: new Set(), span: new Set() };
  const pred = { exact: new Set(), span: new Set() };
  const started = performance.now();
  sentences.forEach((sentence, s) => {
    for (const g of sentence.gold) {
      gold.exact.add(`${s}:${g.start}:${g.end}:${g.type}`);
      gold.span.add(`${s}:${g.start}:${g.end}`);
    }
    for (const p of entitiesOf(sentence.text)) {
      const span = snap(sentence, p.start, p.end);
      if (!span) continue;
      pred.exact.add(`${s}:${span[0]}:${span[1]}:${p.type}`);
      pred.span.add(`${s}:${span[0]}:${span[1]}`);
    }
  });
  const ms = performance.now() - started;
  const ofTypes = (set, keep) => new Set([...set].filter((k) => keep.includes(k.split(':')[3])));
  const perType = Object.fromEntries(types.map((t) => [t, score(ofTypes(gold.exact, [t]), ofTypes(pred.exact, [t]))]));
  const perOrgLoc = ['PER', 'ORG', 'LOC'];
  return {
    sentences: sentences.length,
    exact: score(gold.exact, pred.exact),
    exactPerOrgLoc: score(ofTypes(gold.exact, perOrgLoc), ofTypes(pred.exact, perOrgLoc)),
    spanAnyType: score(gold.span, pred.span),
    perType,
    ms,
  };
}
