// The Worker analyzer's client (web/worker-client.js) in Node, over a stand-in Worker
// that speaks web/worker.js's protocol and analyzes with the real engine in-process.
// What is checked here is the client's own logic: options and input refused before
// anything is posted, and a crashed Worker (or a failed engine) replaced, so that the
// failed call rejects and the next one answers. tests/e2e/worker_recovery.test.mjs runs
// the real Worker in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer, createWorkerAnalyzer, NewsLensError } from '../../web/index.js';

const engine = await createAnalyzer();

// A Worker look-alike. `behaviour` decides how it answers 'analyze': 'real' (the
// engine's answer), 'internal' (as a worker whose engine trapped answers), 'silent'
// (busy for ever, until crash() or terminate()).
class StandInWorker extends EventTarget {
  behaviour = 'real';
  terminated = false;
  analyzed = [];

  postMessage(message) {
    structuredClone(message); // a real Worker refuses what cannot be cloned, synchronously
    setTimeout(() => this.#answer(message), 1);
  }

  terminate() {
    this.terminated = true;
  }

  crash(message) {
    const event = new Event('error');
    event.message = message;
    this.dispatchEvent(event);
  }

  #answer(message) {
    if (this.terminated) return;
    if (message.type === 'init') return this.#emit({ type: 'ready', version: engine.version, modelInfo: engine.modelInfo });
    this.analyzed.push(message.text);
    if (this.behaviour === 'silent') return undefined;
    if (this.behaviour === 'internal') {
      return this.#emit({ type: 'error', id: message.id, error: { code: 'internal', message: 'the analysis engine failed (unreachable)' } });
    }
    try {
      return this.#emit({ type: 'result', id: message.id, result: engine.analyze(message.text, message.options) });
    } catch (error) {
      return this.#emit({ type: 'error', id: message.id, error: { code: error.code, message: error.message } });
    }
  }

  #emit(data) {
    const event = new Event('message');
    event.data = data;
    this.dispatchEvent(event);
  }
}

async function standInAnalyzer(options = {}) {
  const workers = [];
  const analyzer = await createWorkerAnalyzer({
    ...options,
    worker: () => {
      const worker = new StandInWorker();
      workers.push(worker);
      return worker;
    },
  });
  return { analyzer, workers };
}

const settle = (promise) => promise.then((r) => ({ ok: true, words: r.stats.words }), (e) => ({ ok: false, code: e.code, message: e.message }));

test('an unknown option key comes back from the Worker as the core\'s bad_options, the Worker kept', async () => {
  const { analyzer, workers } = await standInAnalyzer();
  const refused = await settle(analyzer.analyze('Paris is in France.', { keypoints: 3 }));
  assert.equal(refused.code, 'bad_options');
  assert.match(refused.message, /options\.keypoints is not an option; did you mean keyPoints\?/);
  assert.deepEqual(await settle(analyzer.analyze('Paris is in France.', { keyPoints: 1 })), { ok: true, words: 4 });
  assert.equal(workers.length, 1, 'a refused option is no crash: the same Worker answers');
  analyzer.dispose();
});

test('options and input are refused before anything is posted, with the main thread\'s codes', async () => {
  const { analyzer, workers } = await standInAnalyzer();
  const refusals = [
    [analyzer.analyze('x', { keyPoints() {} }), 'bad_options', /keyPoints/],
    [analyzer.analyze('x', { keyPoints: NaN }), 'bad_options', /keyPoints.*NaN/],
    [analyzer.analyze('x', { keyPoints: Infinity }), 'bad_options', /keyPoints.*Infinity/],
    [analyzer.analyze('x', { junk: 'x'.repeat(100 * 1024) }), 'bad_options', /too large/],
    [analyzer.analyze(new Uint8Array(600 * 1024 * 1024)), 'input_too_large', /629145600 bytes/],
    [analyzer.analyze(42), 'bad_input', /number/],
  ];
  for (const [promise, code, message] of refusals) {
    await assert.rejects(promise, (e) => e instanceof NewsLensError && e.code === code && message.test(e.message));
  }
  assert.deepEqual(workers[0].analyzed, [], 'nothing reached the Worker');
  assert.equal((await analyzer.analyze('Antony Blinken flew home.')).stats.words, 4);
  analyzer.dispose();
});

test('an engine failure in the Worker rejects that call as internal and replaces the Worker', async () => {
  const { analyzer, workers } = await standInAnalyzer();
  workers[0].behaviour = 'internal';
  const failed = await settle(analyzer.analyze('Mr Xi met Joe Biden.'));
  assert.equal(failed.ok, false);
  assert.equal(failed.code, 'internal');
  assert.match(failed.message, /engine failed.*worker was replaced/);
  assert.equal(workers[0].terminated, true, 'the failed Worker is terminated (its memory freed)');
  assert.equal(analyzer.workerStarts, 2);
  assert.deepEqual(await settle(analyzer.analyze('Mr Xi met Joe Biden.')), { ok: true, words: 5 });
  assert.deepEqual(workers[1].analyzed, ['Mr Xi met Joe Biden.']);
  // An ordinary refusal from the core is not a failure: the Worker stays.
  await assert.rejects(analyzer.analyze('x', { keyPoints: 'many' }), (e) => e.code === 'bad_options');
  assert.equal(analyzer.workerStarts, 2);
  analyzer.dispose();
});

test('a Worker that dies mid-analysis is replaced; queued analyses run on the new one', async () => {
  const { analyzer, workers } = await standInAnalyzer({ supersede: false });
  workers[0].behaviour = 'silent';
  const running = settle(analyzer.analyze('This one was running.'));
  const queued = settle(analyzer.analyze('This one waited in the queue.'));
  await new Promise((r) => setTimeout(r, 20));
  workers[0].crash('out of memory');
  const outcome = await running;
  assert.equal(outcome.code, 'internal');
  assert.match(outcome.message, /worker crashed: out of memory; a new one was started/);
  assert.deepEqual(await queued, { ok: true, words: 6 });
  assert.equal(analyzer.workerStarts, 2);
  assert.equal(workers[0].terminated, true);
  assert.deepEqual(await settle(analyzer.analyze('And on it goes.')), { ok: true, words: 4 });
  analyzer.dispose();
});

test('a Worker given as an instance cannot be replaced: a crash then fails clearly', async () => {
  const worker = new StandInWorker();
  const analyzer = await createWorkerAnalyzer({ worker });
  worker.behaviour = 'silent';
  const running = settle(analyzer.analyze('Running.'));
  await new Promise((r) => setTimeout(r, 20));
  worker.crash('gone');
  assert.equal((await running).code, 'worker_failed');
  assert.equal((await settle(analyzer.analyze('Later.'))).code, 'worker_failed');
  analyzer.dispose();
});
