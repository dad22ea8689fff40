// The real WASM module through the public JS API, in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createAnalyzer, NewsLensError } from '../../web/index.js';
import { assertSentencesTile, assertSpansSliceBack } from './invariants.mjs';

const sample = fs.readFileSync(new URL('../../web/samples/us-china-talks.txt', import.meta.url), 'utf8');
const analyzer = await createAnalyzer();

test('the sample article gives a schema-1 result', () => {
  const result = analyzer.analyze(sample);
  assert.equal(result.schema, 1);
  assert.equal(result.stats.chars, sample.length);
  assert.ok(result.stats.words > 350 && result.stats.words < 420, `words ${result.stats.words}`);
  assert.equal(result.stats.sentences, 16);
  for (const key of ['sentences', 'mentions', 'entities', 'keyPoints', 'quotes', 'keywords']) {
    assert.ok(Array.isArray(result[key]), key);
  }
  assert.equal(typeof result.timing.ms, 'number');
  assertSentencesTile(sample, result);
  assertSpansSliceBack(sample, result);
  const first = sample.slice(result.sentences[0].start, result.sentences[0].end);
  assert.ok(first.startsWith('China’s President Xi Jinping'));
  assert.ok(first.trimEnd().endsWith('rising tensions.'));
});

test('the core reports the package version', () => {
  const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(analyzer.version, pkg.version);
});

test('timing gives every stage, non-negative, within the total', () => {
  const stageNames = ['text', 'ner', 'entities', 'quotes', 'keywords', 'keyPoints', 'json'];
  for (const text of [sample, '', 'Antony Blinken met Xi Jinping in Beijing.']) {
    const { timing } = analyzer.analyze(text);
    assert.equal(typeof timing.ms, 'number');
    assert.ok(timing.ms >= 0);
    assert.deepEqual(Object.keys(timing.stages), stageNames);
    let sum = 0;
    for (const name of stageNames) {
      assert.equal(typeof timing.stages[name], 'number', name);
      assert.ok(timing.stages[name] >= 0, `${name} ${timing.stages[name]}`);
      sum += timing.stages[name];
    }
    assert.ok(sum <= timing.ms + 1e-9, `stages add up to ${sum}, more than ms ${timing.ms}`);
  }
});

test('offsets stay exact with emoji, CRLF, combining marks and astral characters', () => {
  const inputs = [
    'Héllo 👨‍👩‍👧 world.\r\nMr Blinken met 🇺🇸 officials in Beijing.\r\n',
    'Cafe\u0301 owners in Zu\u0308rich said “no”. 𝒳 marks 😀 the spot.',
    '\uFEFFA BOM first. Then text.',
    'Lone surrogate \uD800 here. And \uDC00 there.',
  ];
  for (const text of inputs) {
    const result = analyzer.analyze(text);
    assert.equal(result.stats.chars, text.length);
    assertSentencesTile(text, result);
    assertSpansSliceBack(text, result);
  }
});

test('bytes are decoded as UTF-8 with replacement, offsets refer to the decoded text', () => {
  const bytes = new Uint8Array([0x4f, 0x6b, 0x20, 0xff, 0xfe, 0x20, 0x42, 0x65, 0x69, 0x6a, 0x69, 0x6e, 0x67, 0x2e]);
  const result = analyzer.analyze(bytes);
  assert.equal(result.text, 'Ok \uFFFD\uFFFD Beijing.');
  assertSentencesTile(result.text, result);
});

test('bad input gets a clear error and leaves the analyzer usable', () => {
  assert.throws(() => analyzer.analyze(null), (e) => e instanceof NewsLensError && e.code === 'bad_input');
  assert.throws(() => analyzer.analyze('x', { keyPoints: 'many' }), (e) => e.code === 'bad_options');
  assert.throws(() => analyzer.analyze('a'.repeat(16 * 1024 * 1024 + 1)), (e) => e.code === 'input_too_large');
  // Under the UTF-16 length but over the byte limit: the core refuses it.
  assert.throws(() => analyzer.analyze('é'.repeat(9 * 1024 * 1024)), (e) => e.code === 'input_too_large');
  assert.equal(analyzer.analyze('Still works.').stats.words, 2);
});

test('empty and whitespace-only input', () => {
  const empty = analyzer.analyze('');
  assert.equal(empty.sentences.length, 0);
  assert.equal(empty.stats.words, 0);
  const blank = analyzer.analyze(' \n\t ');
  assertSentencesTile(' \n\t ', blank);
  assert.equal(blank.stats.sentences, 0);
});

test('repeated calls give identical results', () => {
  const strip = (r) => ({ ...r, timing: null });
  const first = strip(analyzer.analyze(sample));
  for (let i = 0; i < 50; i++) assert.deepEqual(strip(analyzer.analyze(sample)), first);
});

test('a disposed analyzer refuses clearly', async () => {
  const other = await createAnalyzer();
  other.dispose();
  assert.throws(() => other.analyze('x'), (e) => e.code === 'disposed');
});

test('options.signal on the main thread: an aborted one refuses the run, a live one is not sent to the core', () => {
  const reason = new Error('the user typed again');
  assert.throws(() => analyzer.analyze(sample, { signal: AbortSignal.abort(reason) }), (e) =>
    e instanceof NewsLensError && e.code === 'aborted' && e.name === 'AbortError' && e.cause === reason &&
    e.message === 'the user typed again');
  assert.throws(() => analyzer.analyze('x', { signal: AbortSignal.abort() }), (e) => e.code === 'aborted' && e.name === 'AbortError');
  assert.throws(() => analyzer.analyze('x', { signal: { aborted: true } }), (e) => e.code === 'bad_options' && e.name === 'NewsLensError');
  const controller = new AbortController();
  const options = { keyPoints: 2, signal: controller.signal };
  const result = analyzer.analyze(sample, options);
  assert.equal(result.keyPoints.length, 2);
  assert.equal(options.signal, controller.signal, "the caller's options are left as they were");
  assert.equal(analyzer.analyze('Still usable.', { signal: null }).stats.words, 2);
});

test('createAnalyzer({wasmModule}) instantiates an already compiled module', async () => {
  const bytes = fs.readFileSync(new URL('../../dist/newslens.wasm', import.meta.url));
  const wasmModule = await WebAssembly.compile(bytes);
  const fromModule = await createAnalyzer({ wasmModule });
  assert.deepEqual(fromModule.analyze(sample).mentions, analyzer.analyze(sample).mentions);
  fromModule.dispose();
  // A module that is not NewsLens's rejects instead of leaving the promise pending.
  const empty = await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
  await assert.rejects(createAnalyzer({ wasmModule: empty }));
});

test('createWorkerAnalyzer() in Node rejects with worker_failed, saying why and what to use', async () => {
  const { createWorkerAnalyzer } = await import('../../web/index.js');
  assert.equal(typeof globalThis.Worker, 'undefined', 'Node has no Web Worker (the premise of this test)');
  await assert.rejects(createWorkerAnalyzer(), (e) => e.code === 'worker_failed' &&
    /no Web Worker, as in Node: use createAnalyzer\(\)/.test(e.message));
});

test('options.fields returns only the parts asked for, each as in the full result', () => {
  const full = analyzer.analyze(sample);
  const some = analyzer.analyze(sample, { fields: ['entities', 'keyPoints'] });
  assert.deepEqual(Object.keys(some), ['schema', 'entities', 'keyPoints', 'timing']);
  assert.deepEqual(some.entities, full.entities);
  assert.deepEqual(some.keyPoints, full.keyPoints);
  // A lone surrogate takes the re-slicing path, which must cope with absent parts.
  assert.deepEqual(Object.keys(analyzer.analyze(`${sample}\uD800`, { fields: ['stats'] })), ['schema', 'stats', 'timing']);
  for (const fields of ['entities', ['entity'], ['quotes', 'quotes'], [1]]) {
    assert.throws(() => analyzer.analyze(sample, { fields }), (e) => e instanceof NewsLensError && e.code === 'bad_options');
  }
});
