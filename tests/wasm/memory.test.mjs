// Memory: many analyses in one module instance leave the WASM heap where it was
// after warm-up, and the Embind objects behind each Analyzer are deleted by
// dispose(). Two gauges: the WASM memory size (Analyzer#heapBytes, grows and
// never shrinks) and the bytes malloc holds (heapInUse() in wasm/bindings.cpp),
// which catches a leak of even one byte per call. Figures are printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import createNewsLensModule from '../../dist/newslens.js';
import { Analyzer } from '../../web/index.js';

const sample = fs.readFileSync(new URL('../../web/samples/us-china-talks.txt', import.meta.url), 'utf8');
const wasmBinary = fs.readFileSync(new URL('../../dist/newslens.wasm', import.meta.url));
const module = await createNewsLensModule({ wasmBinary, print: () => {}, printErr: (l) => console.error(l) });
const MB = (bytes) => `${(bytes / 1048576).toFixed(2)} MB`;

// The module with its Analyzer constructor wrapped to remember every native object.
function trackingModule(created) {
  const tracking = Object.create(module);
  tracking.Analyzer = function TrackedAnalyzer() {
    const native = new module.Analyzer();
    created.push(native);
    return native;
  };
  return tracking;
}

test('10,000 analyses leave the heap flat after warm-up', () => {
  const analyzer = new Analyzer(module, {});
  // Varied inputs and options so every path allocates.
  const inputs = [sample, sample.repeat(4), `${sample}\n“Quote,” said Mr Xi. 😀 \uD800`, ''];
  const run = (i) => analyzer.analyze(inputs[i % inputs.length], i % 3 ? { keyPoints: 3, keywords: 20 } : {});
  const start = { memory: analyzer.heapBytes, inUse: module.heapInUse() };
  for (let i = 0; i < 200; i++) run(i);
  const warm = { memory: analyzer.heapBytes, inUse: module.heapInUse() };
  const started = performance.now();
  let words = 0;
  for (let i = 0; i < 10000; i++) words += run(i).stats.words;
  const seconds = (performance.now() - started) / 1000;
  const after = { memory: analyzer.heapBytes, inUse: module.heapInUse() };
  console.log(`WASM memory: ${MB(start.memory)} at start, ${MB(warm.memory)} after 200 warm-up analyses, ` +
    `${MB(after.memory)} after 10,000 more`);
  console.log(`malloc in use: ${start.inUse} B at start, ${warm.inUse} B after warm-up, ${after.inUse} B after ` +
    `10,000 analyses (${seconds.toFixed(1)} s, ${(10000 / seconds).toFixed(0)} analyses/s)`);
  assert.ok(words > 10000 * 300, 'the analyses did real work');
  assert.equal(after.memory, warm.memory, 'the WASM memory grew during repeated analyses');
  assert.equal(after.inUse, warm.inUse, 'malloc holds more bytes after repeated analyses: a leak');
  analyzer.dispose();
});

test('failed analyses leak nothing either', () => {
  const analyzer = new Analyzer(module, {});
  const failures = [
    () => analyzer.analyze('x', { keyPoints: 'many' }),       // refused by the core's options parser
    () => analyzer.analyze('é'.repeat(9 * 1024 * 1024)),      // copied in, refused by the core's size limit
  ];
  const refused = (code) => (e) => e.code === code;
  const fail = () => {
    assert.throws(failures[0], refused('bad_options'));
    assert.throws(failures[1], refused('input_too_large'));
  };
  fail();
  const warm = module.heapInUse();
  for (let i = 0; i < 20; i++) fail();
  assert.equal(module.heapInUse(), warm);
  analyzer.dispose();
});

test('dispose() deletes the Embind object; create/dispose cycles leave the heap flat', () => {
  const created = [];
  const tracking = trackingModule(created);
  const cycle = () => {
    const analyzer = new Analyzer(tracking, {});
    assert.equal(analyzer.analyze('Mr Xi met Mr Biden in Beijing.').stats.words, 7);
    analyzer.dispose();
    assert.throws(() => analyzer.analyze('x'), (e) => e.code === 'disposed');
    analyzer.dispose(); // idempotent
  };
  for (let i = 0; i < 20; i++) cycle();
  const warm = module.heapInUse();
  for (let i = 0; i < 1000; i++) cycle();
  const after = module.heapInUse();
  console.log(`malloc in use: ${warm} B after 20 create/dispose cycles, ${after} B after 1,000 more`);
  assert.equal(created.length, 1020);
  assert.ok(created.every((native) => native.isDeleted()), 'an Embind Analyzer was not deleted');
  assert.equal(after, warm, 'create/dispose cycles leak');
});
