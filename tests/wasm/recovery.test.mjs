// Self-healing main-thread analyzer: a trap inside the engine makes that one call
// throw 'internal', and the next call runs on a fresh instance made from the same
// compiled WebAssembly.Module. The trap is real: the test corrupts the instance's
// linear memory (every byte 0xFF), so the engine's own next memory access faults,
// as it would after a heap overrun — no test hook in the product code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import createModule from '../../dist/newslens.js';
import createSingleModule from '../../dist/newslens-single.js';
import { createAnalyzerFrom, NewsLensError } from '../../web/analyzer.js';

const sample = fs.readFileSync(new URL('../../web/samples/us-china-talks.txt', import.meta.url), 'utf8');
const wasmBinary = fs.readFileSync(new URL('../../dist/newslens.wasm', import.meta.url));

// The glue factory, remembering every Module it instantiates (the test's only handle
// on the instance, to corrupt it).
function recording(factory) {
  const modules = [];
  const wrapped = (args) => {
    modules.push(args);
    return factory(args);
  };
  return { factory: wrapped, modules };
}

function trap(analyzer, module) {
  module.HEAPU8.fill(0xff);
  let error;
  assert.throws(() => analyzer.analyze(sample), (e) => { error = e; return true; });
  return error;
}

test('a trap fails one call as internal; the next call re-instantiates from the compiled module', async () => {
  const { factory, modules } = recording(createModule);
  const analyzer = await createAnalyzerFrom(factory, { wasmBinary });
  const reference = analyzer.analyze(sample);
  assert.equal(analyzer.instanceStarts, 1);

  const error = trap(analyzer, modules[0]);
  assert.ok(error instanceof NewsLensError, `a NewsLensError, not ${error}`);
  assert.equal(error.code, 'internal');
  assert.match(error.message, /engine failed \(.+\); the next call runs on a fresh instance/);
  assert.ok(error.cause instanceof WebAssembly.RuntimeError, 'the trap itself is the cause');
  assert.equal(analyzer.heapBytes, 0, 'the failed instance is let go at once');

  const started = performance.now();
  const again = analyzer.analyze(sample); // synchronous recovery, on the same call
  console.log(`# recovered: a fresh instance and the sample analyzed in ${(performance.now() - started).toFixed(0)} ms`);
  assert.deepEqual(again.mentions, reference.mentions);
  assert.deepEqual(again.keyPoints, reference.keyPoints);
  assert.equal(analyzer.instanceStarts, 2);
  assert.equal(modules.length, 2, 'one fresh instance');
  assert.notEqual(modules[1].HEAPU8.buffer, modules[0].HEAPU8.buffer);
  assert.ok(analyzer.heapBytes > 0);
  assert.match(analyzer.modelInfo, /\S/);

  // And again: recovery is not a one-off.
  trap(analyzer, modules[1]);
  assert.deepEqual(analyzer.analyze(sample).mentions, reference.mentions);
  assert.equal(analyzer.instanceStarts, 3);
  analyzer.dispose();
  assert.throws(() => analyzer.analyze('x'), (e) => e.code === 'disposed');
});

test('the single-file glue (no separate module to keep) recovers asynchronously', async () => {
  const { factory, modules } = recording(createSingleModule);
  const analyzer = await createAnalyzerFrom(factory, {}, null);
  const reference = analyzer.analyze(sample);
  assert.equal(trap(analyzer, modules[0]).code, 'internal');
  // The fresh instance is being made; a call before it is ready says so, clearly.
  let restarting = null;
  try {
    analyzer.analyze(sample);
  } catch (e) {
    restarting = e;
  }
  if (restarting) assert.equal(restarting.code, 'internal');
  for (let i = 0; i < 200 && analyzer.instanceStarts < 2; i++) await new Promise((r) => setTimeout(r, 10));
  assert.equal(analyzer.instanceStarts, 2);
  assert.deepEqual(analyzer.analyze(sample).mentions, reference.mentions);
  analyzer.dispose();
});

test('bad input and bad options are no failure: the same instance goes on', async () => {
  const { factory, modules } = recording(createModule);
  const analyzer = await createAnalyzerFrom(factory, { wasmBinary });
  assert.throws(() => analyzer.analyze(null), (e) => e.code === 'bad_input');
  assert.throws(() => analyzer.analyze('x', { keyPoints: NaN }), (e) => e.code === 'bad_options');
  assert.throws(() => analyzer.analyze('x', { keyPoints: 'many' }), (e) => e.code === 'bad_options');
  assert.equal(analyzer.analyze('Still the same one.').stats.words, 4);
  assert.equal(analyzer.instanceStarts, 1);
  assert.equal(modules.length, 1);
  analyzer.dispose();
});
