// NER throughput in WASM under Node: the CoNLL-2003 dev tokens, joined into
// paragraphs of ~20 sentences, analyzed through the public API (the whole
// pipeline, so this is a lower bound for the tagger itself). Prints tokens/s.
//   node bench/ner_speed.mjs [../shared/data/conll2003/valid.txt]
import fs from 'node:fs';
import { createAnalyzer } from '../web/index.js';

const file = process.argv[2] ?? new URL('../../shared/data/conll2003/valid.txt', import.meta.url).pathname;
const sentences = fs.readFileSync(file, 'utf8').split(/\n\s*\n/)
  .map((block) => block.split('\n').map((l) => l.split(' ')[0]).filter((w) => w && w !== '-DOCSTART-'))
  .filter((words) => words.length);
const docs = [];
for (let i = 0; i < sentences.length; i += 20) docs.push(sentences.slice(i, i + 20).map((s) => s.join(' ')).join('\n'));
const tokens = sentences.reduce((n, s) => n + s.length, 0);

const analyzer = await createAnalyzer();
for (const doc of docs.slice(0, 20)) analyzer.analyze(doc);  // warm-up
const runs = 3;
let best = Infinity;
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  for (const doc of docs) analyzer.analyze(doc);
  best = Math.min(best, performance.now() - t0);
}
console.log(`${tokens} tokens in ${docs.length} documents: best of ${runs} ${best.toFixed(0)} ms, ` +
  `${Math.round(tokens / (best / 1000)).toLocaleString('en-US')} tokens/s (WASM, full analyze())`);
