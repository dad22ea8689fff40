// Self-healing analyzers in real Chromium.
// - Main thread: a real trap (the instance's memory corrupted, so the engine's next
//   access faults) fails one call as 'internal'; the next call re-instantiates the
//   compiled module synchronously — which Chromium allows on the main thread for a
//   module of this size — and answers as before.
// - Worker: the Worker dies in the middle of an analysis (the 'error' event a dying
//   Worker fires, dispatched on the real Worker object); that analysis rejects with
//   'internal', a new Worker is started from the compiled module (no second wasm
//   download) and the next analysis answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, sharedDemoPage } from './browser.mjs';

const env = useBrowser();
// One demo page for all tests here, opened by the first.
const demoPage = sharedDemoPage(env);

test('the main-thread analyzer recovers from a real trap on the next call', async () => {
  const outcome = await (await demoPage()).evaluate(async () => {
    const { default: createModule } = await import('/dist/newslens.js');
    const { createAnalyzerFrom } = await import('/web/analyzer.js');
    const modules = [];
    const factory = (args) => { modules.push(args); return createModule(args); };
    const analyzer = await createAnalyzerFrom(factory, {}, new URL('/dist/newslens.wasm', location.href));
    const text = 'Antony Blinken met Xi Jinping in Beijing on Monday. “We talked,” Blinken said.';
    const before = analyzer.analyze(text);
    modules[0].HEAPU8.fill(0xff);
    let failure = null;
    try {
      analyzer.analyze(text);
    } catch (e) {
      failure = { code: e.code, name: e.name, message: e.message };
    }
    const after = analyzer.analyze(text);
    return {
      failure, starts: analyzer.instanceStarts, modules: modules.length,
      same: JSON.stringify(after.mentions) === JSON.stringify(before.mentions) && after.mentions.length > 2,
    };
  });
  assert.equal(outcome.failure?.code, 'internal');
  assert.equal(outcome.failure.name, 'NewsLensError');
  assert.match(outcome.failure.message, /the next call runs on a fresh instance/);
  assert.equal(outcome.starts, 2);
  assert.equal(outcome.modules, 2);
  assert.ok(outcome.same, 'the fresh instance gives the same result');
});

test('a Worker that dies mid-analysis is replaced; the next analysis answers', async () => {
  const p = await demoPage();
  const requested = [];
  const onRequest = (request) => requested.push(new URL(request.url()).pathname);
  p.on('request', onRequest);
  const outcome = await p.evaluate(async () => {
    const { createWorkerAnalyzer } = await import('/web/index.js');
    const sample = await (await fetch('/web/samples/us-china-talks.txt')).text();
    let big = '';
    while (big.length < 2 * 1024 * 1024) big += `${sample}\n\n`;
    const workers = [];
    const analyzer = await createWorkerAnalyzer({
      worker: () => {
        const worker = new Worker('/web/worker.js', { type: 'module' });
        workers.push(worker);
        return worker;
      },
    });
    const running = analyzer.analyze(big).then(() => ({ ok: true }), (e) => ({ ok: false, code: e.code, message: e.message }));
    await new Promise((r) => setTimeout(r, 300));
    workers[0].dispatchEvent(new ErrorEvent('error', { message: 'out of memory' }));
    const failed = await running;
    const result = await analyzer.analyze('Antony Blinken flew home on Tuesday.');
    const starts = analyzer.workerStarts;
    analyzer.dispose();
    return { failed, starts, words: result.stats.words, workers: workers.length };
  }).finally(() => p.off('request', onRequest));
  assert.deepEqual(outcome.failed.ok, false);
  assert.equal(outcome.failed.code, 'internal');
  assert.match(outcome.failed.message, /worker crashed: out of memory; a new one was started/);
  assert.equal(outcome.starts, 2);
  assert.equal(outcome.workers, 2);
  assert.equal(outcome.words, 6);
  assert.equal(requested.filter((r) => r === '/dist/newslens.wasm').length, 1, 'the new Worker got the compiled module');
});
