// NER throughput in WASM under Node: the CoNLL-2003 dev tokens, joined into
// paragraphs of ~20 sentences, analyzed through the public API. Prints tokens/s of
// the whole analyze() call (JS wall time, incl. crossing the boundary and JSON.parse)
// and of the ner/ stage alone (the core's timing.stages.ner: the tagger's features,
// scores and decoding plus the pattern rules), with every stage's share.
//   node bench/ner_speed.mjs [../shared/data/conll2003/valid.txt] [--runs N]
import os from 'node:os';
import { createAnalyzer } from '../web/index.js';
import { defaultConllPath, loadConll } from './corpus.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 5;
const sentences = loadConll(args[0] ?? defaultConllPath, Infinity);
const docs = [];
for (let i = 0; i < sentences.length; i += 20) docs.push(sentences.slice(i, i + 20).map((s) => s.text).join('\n'));
const tokens = sentences.reduce((n, s) => n + s.tokens.length, 0);

const analyzer = await createAnalyzer();
for (const doc of docs.slice(0, 20)) analyzer.analyze(doc);  // warm-up
const load0 = os.loadavg()[0];
let best = null;  // the run with the lowest wall time, and its stage sums
let bestNer = Infinity;  // the lowest ner/ stage sum of any run
for (let r = 0; r < runs; r++) {
  const stages = {};
  const t0 = performance.now();
  for (const doc of docs) {
    for (const [name, ms] of Object.entries(analyzer.analyze(doc).timing.stages)) stages[name] = (stages[name] ?? 0) + ms;
  }
  const wall = performance.now() - t0;
  if (!best || wall < best.wall) best = { wall, stages };
  bestNer = Math.min(bestNer, stages.ner);
}
const perSecond = (ms) => Math.round(tokens / (ms / 1000)).toLocaleString('en-US');
const core = Object.values(best.stages).reduce((a, b) => a + b, 0);
console.log(`${tokens} tokens in ${docs.length} documents, best of ${runs} runs ` +
  `(load avg ${load0.toFixed(2)} → ${os.loadavg()[0].toFixed(2)}):`);
console.log(`  full analyze():  ${best.wall.toFixed(0)} ms, ${perSecond(best.wall)} tokens/s (WASM, JS wall time)`);
console.log(`  ner/ stage:      ${bestNer.toFixed(0)} ms, ${perSecond(bestNer)} tokens/s (tagger + pattern rules, timing.stages.ner)`);
console.log(`  stages of the fastest run (ms, core total ${core.toFixed(0)}): ` +
  Object.entries(best.stages).map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(' · '));
