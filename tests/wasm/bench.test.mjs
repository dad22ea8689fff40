// Smoke test of `npm run bench`: the harness runs end to end on tiny inputs and prints
// and writes well-formed figures. No timing is asserted — speed is only reported.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConll } from '../../bench/corpus.mjs';
import { scoreEntities } from '../../bench/quality.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-bench-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

// Two CoNLL sentences (IOB1, including an I- after a B- of the same type) and two articles.
const conll = path.join(tmp, 'tiny.conll');
fs.writeFileSync(conll, [
  '-DOCSTART- -X- -X- O', '',
  'John NNP B-NP I-PER', 'Smith NNP I-NP I-PER', 'visited VBD B-VP O', 'Paris NNP B-NP I-LOC', ', , O O',
  'Germany NNP B-NP I-LOC', 'and CC O O', 'France NNP B-NP B-LOC', '. . O O', '',
  'Reuters NNP B-NP I-ORG', 'said VBD B-VP O', 'German JJ B-NP I-MISC', 'prices NNS I-NP O', 'fell VBD B-VP O', '. . O O', '',
].join('\n'));
const cnndm = path.join(tmp, 'tiny.jsonl');
fs.writeFileSync(cnndm, [
  { id: 'a', article: 'Angela Merkel met Emmanuel Macron in Berlin on Monday. They talked about trade.' },
  { id: 'b', article: 'Apple said on Tuesday that sales rose 5% in China, where it sells iPhones.' },
].map((row) => JSON.stringify(row)).join('\n'));

test('the CoNLL reader builds texts, token ranges and IOB1 entities', () => {
  const [first, second] = loadConll(conll, 10);
  assert.equal(first.text, 'John Smith visited Paris , Germany and France .');
  assert.deepEqual(first.ranges[1], [5, 10]);
  assert.deepEqual(first.gold, [
    { start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' },
    { start: 5, end: 6, type: 'LOC' }, { start: 7, end: 8, type: 'LOC' },
  ]);
  assert.deepEqual(second.gold, [{ start: 0, end: 1, type: 'ORG' }, { start: 2, end: 3, type: 'MISC' }]);
});

test('the scorer gives exact span+type F1, snaps edge punctuation and scores spans apart from types', () => {
  const sentences = loadConll(conll, 10);
  const char = (s, from, to) => ({ start: sentences[s].ranges[from][0], end: sentences[s].ranges[to - 1][1] });
  const perfect = new Map(sentences.map((s, i) => [s.text, s.gold.map((g) => ({ ...char(i, g.start, g.end), type: g.type }))]));
  const all = scoreEntities(sentences, (text) => perfect.get(text));
  assert.equal(all.exact.f1, 1);
  assert.equal(all.exact.gold, 6);

  // "Paris ," with the comma and a wrong type for France: spans all right, one type wrong.
  const sloppy = scoreEntities(sentences, (text) => perfect.get(text).map((e, i) => (text.startsWith('John') && i === 1
    ? { ...e, end: e.end + 2 } : text.startsWith('John') && i === 3 ? { ...e, type: 'ORG' } : e)));
  assert.equal(sloppy.spanAnyType.f1, 1);
  assert.equal(sloppy.exact.tp, 5);
  assert.equal(sloppy.perType.LOC.recall, 2 / 3);

  const none = scoreEntities(sentences, () => []);
  assert.equal(none.exact.f1, 0);
  assert.equal(none.exact.predicted, 0);
});

test('npm run bench -- --quick runs end to end and writes a well-formed report', () => {
  for (const pkg of ['compromise', 'compromise-dates', 'wink-nlp', 'wink-eng-lite-web-model', 'esbuild']) {
    assert.ok(fs.existsSync(path.join(repoRoot, 'node_modules', pkg)),
      `dev dependency ${pkg} is not installed: run \`npm install\` (or scripts/setup.sh)`);
  }
  const out = path.join(tmp, 'results');
  const run = spawnSync(process.execPath, ['bench/run.mjs', '--quick', '--conll', conll, '--cnndm', cnndm, '--out', out],
    { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  for (const heading of ['words/s wall (CPU)', 'cold start, fresh', 'paste: ', 'download size', 'NewsLens scaling', 'entity quality', 'targets']) {
    assert.ok(run.stdout.includes(heading), `missing "${heading}" in\n${run.stdout}`);
  }
  for (const system of ['NewsLens', 'compromise', 'wink-nlp']) assert.match(run.stdout, new RegExp(`^${system} +\\| +[0-9]`, 'm'));

  const files = fs.readdirSync(out);
  assert.equal(files.length, 1);
  const report = JSON.parse(fs.readFileSync(path.join(out, files[0]), 'utf8'));
  assert.equal(report.machine.cpus, os.cpus().length);
  assert.equal(report.corpus.docs, 3);
  assert.deepEqual(report.throughput.map((r) => r.system), ['NewsLens', 'compromise', 'wink-nlp']);
  for (const row of report.throughput) {
    assert.ok(Number.isFinite(row.wordsPerSecond) && row.wordsPerSecond > 0, row.system);
    assert.equal(row.runsWallMs.length, 2);
  }
  assert.equal(report.throughput[0].newsLensRatio, 1);
  for (const row of report.coldStart) assert.ok(row.totalMs > 0 && row.processMs >= row.totalMs, row.id);
  for (const row of report.size) assert.ok(row.raw > row.gzip && row.gzip > 0, row.variant);
  assert.ok(report.size[0].parts.some((p) => p.file === 'newslens.wasm'));
  assert.deepEqual(report.scaling.map((r) => r.scale), [1, 10]);
  for (const row of report.scaling) assert.ok(row.heapBytesAfter >= row.heapBytesBefore && row.heapBytesBefore > 0);
  assert.equal(report.scaling[1].words, 10 * report.scaling[0].words);
  const [ours, compromise, wink] = report.quality;
  for (const q of [ours, compromise]) {
    assert.equal(q.exact.gold, 6);
    assert.ok(q.exact.f1 >= 0 && q.exact.f1 <= 1);
  }
  assert.ok(wink.skipped);
  // --quick's paste: 1 MiB (within one article of it) in one analysis, every stage timed.
  assert.ok(!report.paste.error && report.paste.bytes <= 1024 * 1024 && report.paste.bytes > 1000 * 1000, report.paste.error);
  assert.ok(report.paste.ms > 0 && report.paste.stages.ner > 0 && report.paste.counts.entities > 0);
  // #8's three, #19's two throughput ratios and its paste, and the native-vs-WASM one when the native build is there.
  assert.equal(report.targets.length, report.native ? 7 : 6);
  if (report.native) assert.ok(report.native.ratio > 0 && report.native.nativeCoreMs > 0);
});
