// analyze()'s input and options contract on the main thread, at the JS boundary:
// sizes checked before anything is decoded or copied, every kind of bytes taken,
// and option values JSON would silently change refused with 'bad_options'.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import vm from 'node:vm';
import { createAnalyzer, NewsLensError, MAX_INPUT_BYTES } from '../../web/index.js';

const analyzer = await createAnalyzer();
const text = 'Antony Blinken met Xi Jinping in Beijing. “Talks went well,” Blinken said.';
const bytes = new TextEncoder().encode(text);
const reference = analyzer.analyze(text);

const isCode = (code, message = /./) => (e) => e instanceof NewsLensError && e.code === code && message.test(e.message);

test('over-limit bytes are refused before decoding: no heap growth, no raw V8 error', () => {
  const heap = analyzer.heapBytes;
  for (const size of [MAX_INPUT_BYTES + 1, 300 * 1024 * 1024, 600 * 1024 * 1024]) {
    const big = new Uint8Array(size); // zero pages: cheap to allocate, 600 MiB would not decode to a string
    assert.throws(() => analyzer.analyze(big), isCode('input_too_large', new RegExp(`${size} bytes`)));
    assert.throws(() => analyzer.analyze(big.buffer), isCode('input_too_large'));
  }
  assert.equal(analyzer.heapBytes, heap, 'the WASM heap did not grow');
  // At the limit exactly, bytes are taken.
  const atLimit = new Uint8Array(MAX_INPUT_BYTES).fill(0x61);
  assert.equal(analyzer.analyze(atLimit).stats.words, 1);
});

test('bytes in every form give the same result as the string', () => {
  const shared = new SharedArrayBuffer(bytes.length + 8);
  const sharedView = new Uint8Array(shared, 4, bytes.length);
  sharedView.set(bytes);
  const otherRealm = vm.runInNewContext('new Uint8Array(n)', { n: bytes.length });
  otherRealm.set(bytes);
  const padded = new Uint8Array(bytes.length + 6);
  padded.set(bytes, 3);
  for (const [name, input] of [
    ['Uint8Array', bytes], ['ArrayBuffer', bytes.slice().buffer], ['Node Buffer', Buffer.from(bytes)],
    ['SharedArrayBuffer-backed view', sharedView], ['SharedArrayBuffer', shared.slice(4, 4 + bytes.length)],
    ['Uint8Array from another realm', otherRealm], ['DataView', new DataView(padded.buffer, 3, bytes.length)],
  ]) {
    const result = analyzer.analyze(input);
    assert.equal(result.text, text, name);
    assert.deepEqual(result.mentions, reference.mentions, name);
  }
});

test('a UTF-8 BOM is dropped from bytes, and result.text is what the offsets refer to', () => {
  const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
  const result = analyzer.analyze(withBom);
  assert.equal(result.text, text);
  for (const m of result.mentions) assert.equal(result.text.slice(m.start, m.end), m.text);
});

test('option values JSON would change are bad_options, naming the key', () => {
  for (const [options, pattern] of [
    [{ keyPoints: NaN }, /options\.keyPoints must be a finite number, not NaN/],
    [{ keyPoints: Infinity }, /options\.keyPoints .*Infinity/],
    [{ keyPoints: -Infinity }, /options\.keyPoints .*-Infinity/],
    [{ keyPoints: () => 3 }, /options\.keyPoints must be JSON data, not a function/],
    [{ keywords: Symbol('x') }, /options\.keywords .*symbol/],
    [{ nested: { deep: NaN } }, /options\.deep/],
    [{ big: 10n }, /plain JSON data/],
  ]) {
    assert.throws(() => analyzer.analyze(text, options), isCode('bad_options', pattern), JSON.stringify(Object.keys(options)));
  }
  const cyclic = {};
  cyclic.self = cyclic;
  assert.throws(() => analyzer.analyze(text, cyclic), isCode('bad_options'));
  for (const bad of [null, 3, 'keyPoints=3']) assert.throws(() => analyzer.analyze(text, bad), isCode('bad_options'));
  // undefined means absent, as everywhere in JS.
  assert.deepEqual(analyzer.analyze(text, { keyPoints: undefined }).keyPoints, reference.keyPoints);
});

test('options are read as JSON.stringify writes them: a toJSON of their own or inherited counts, a hostile proxy is bad_options', () => {
  // An object with no keys of its own skips the JSON walk (analyze(text)'s {}); these must not.
  assert.equal(analyzer.analyze(text, { toJSON: () => ({ keyPoints: 0 }) }).keyPoints.length, 0);
  const inherited = Object.create({ toJSON: () => ({ keyPoints: 0 }) });
  assert.equal(analyzer.analyze(text, inherited).keyPoints.length, 0);
  assert.deepEqual(analyzer.analyze(text, Object.create(null)).keyPoints, reference.keyPoints);
  const hostile = new Proxy({}, { getPrototypeOf() { throw new Error('trap'); } });
  assert.throws(() => analyzer.analyze(text, hostile), isCode('bad_options', /plain JSON data: trap/));
});

test('an unknown option key is bad_options naming it and the key it is a slip from; keyPoints is 0 to 50', () => {
  for (const [options, pattern] of [
    [{ keypoints: 3 }, /^options\.keypoints is not an option; did you mean keyPoints\? \(options: keyPoints, keywords, fields/],
    [{ key_points: 3 }, /options\.key_points is not an option; did you mean keyPoints\?/],
    [{ keyword: 3 }, /options\.keyword is not an option; did you mean keywords\?/],
    [{ keyPoints: 2, colour: 'red' }, /^options\.colour is not an option \(options: keyPoints, keywords, fields/],
    [{ keyPoints: -1 }, /^options\.keyPoints must be an integer from 0 to 50$/],
    [{ keyPoints: 51 }, /^options\.keyPoints must be an integer from 0 to 50$/],
  ]) {
    assert.throws(() => analyzer.analyze(text, options), isCode('bad_options', pattern), JSON.stringify(options));
  }
  // null is absent, as the contract says; 0 is a real count.
  assert.deepEqual(analyzer.analyze(text, { keyPoints: null }).keyPoints, reference.keyPoints);
  assert.equal(analyzer.analyze(text, { keyPoints: 0 }).keyPoints.length, 0);
});

test('huge options are refused in JS, before they reach the WASM heap', () => {
  const heap = analyzer.heapBytes;
  const started = performance.now();
  assert.throws(() => analyzer.analyze(text, { junk: 'x'.repeat(16 * 1024 * 1024) }), isCode('bad_options', /too large/));
  assert.throws(() => analyzer.analyze(text, { junk: new Array(4e6).fill(0) }), isCode('bad_options', /too large/));
  const many = Object.fromEntries(Array.from({ length: 20000 }, (_, i) => [`k${i}`, 1]));
  assert.throws(() => analyzer.analyze(text, many), isCode('bad_options', /limit is 65536 bytes/));
  console.log(`# three huge options refused in ${(performance.now() - started).toFixed(0)} ms`);
  assert.equal(analyzer.heapBytes, heap, 'the WASM heap did not grow');
  assert.deepEqual(analyzer.analyze(text).mentions, reference.mentions);
});
