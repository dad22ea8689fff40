// The Worker path in real Chromium: the page stays responsive during a ~1 MB
// analysis (a setInterval timer keeps firing, where a main-thread analysis of the
// same text lets it fire not once), superseded and aborted analyses reject with
// their codes, a cancelled running analysis replaces the busy Worker (an idle one
// is kept), and results match the main-thread analyzer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, sharedDemoPage } from './browser.mjs';

const env = useBrowser();
// One demo page for all tests here, opened by the first.
const demoPage = sharedDemoPage(env);

test('a ~1 MB analysis in the Worker leaves the main thread free', async () => {
  const outcome = await (await demoPage()).evaluate(async () => {
    const { createWorkerAnalyzer, createAnalyzer } = await import('/web/index.js');
    // ~1 MB of article-like text, built in the page from the sample.
    const sample = await (await fetch('/web/samples/us-china-talks.txt')).text();
    let text = '';
    while (text.length < 1024 * 1024) text += `${sample}\n\n`;
    const worker = await createWorkerAnalyzer();
    const sync = await createAnalyzer();
    const countTicks = async (run) => {
      let ticks = 0;
      const timer = setInterval(() => { ticks++; }, 5);
      await new Promise((r) => setTimeout(r, 0));
      const start = ticks;
      const result = await run();
      const during = ticks - start;
      clearInterval(timer);
      return { during, result };
    };
    // Three analyses back to back (one queue, nothing superseded) so that the run is
    // long enough for a timer to fire many times if the page is free.
    const off = await countTicks(async () => {
      const a = await worker.analyze(text);
      await worker.analyze(text);
      await worker.analyze(text);
      return a;
    });
    const on = await countTicks(async () => sync.analyze(text));
    worker.dispose();
    sync.dispose();
    return {
      length: text.length,
      workerTicks: off.during,
      syncTicks: on.during,
      sameSentences: off.result.sentences.length === on.result.sentences.length,
      sameMentions: JSON.stringify(off.result.mentions) === JSON.stringify(on.result.mentions),
      chars: off.result.stats.chars,
    };
  });
  console.log(`# ${outcome.length} chars: timer ticks during Worker analyses ${outcome.workerTicks}, ` +
    `during one main-thread analysis ${outcome.syncTicks}`);
  assert.ok(outcome.length >= 1024 * 1024);
  assert.equal(outcome.chars, outcome.length);
  assert.ok(outcome.sameSentences && outcome.sameMentions, 'Worker and main thread agree');
  assert.equal(outcome.syncTicks, 0, 'a synchronous analysis blocks the timer (the contrast this test relies on)');
  assert.ok(outcome.workerTicks >= 3, `timer fired ${outcome.workerTicks} times during the Worker analyses`);
});

test('an unknown option key: the real Worker answers the core\'s bad_options, then analyzes on', async () => {
  const outcome = await (await demoPage()).evaluate(async () => {
    const { createWorkerAnalyzer } = await import('/web/index.js');
    const worker = await createWorkerAnalyzer();
    const refused = await worker.analyze('Paris is in France.', { keypoints: 3 }).then(() => null, (e) => ({ code: e.code, message: e.message }));
    const after = await worker.analyze('Paris is in France.', { keyPoints: 1 });
    worker.dispose();
    return { refused, words: after.stats.words };
  });
  assert.equal(outcome.refused?.code, 'bad_options');
  assert.match(outcome.refused.message, /options\.keypoints is not an option; did you mean keyPoints\?/);
  assert.equal(outcome.words, 4);
});

test('a newer request supersedes the older one; an AbortSignal aborts', async () => {
  const outcome = await (await demoPage()).evaluate(async () => {
    const { createWorkerAnalyzer } = await import('/web/index.js');
    const analyzer = await createWorkerAnalyzer();
    const settle = (p) => p.then((r) => ({ ok: true, words: r.stats.words }), (e) => ({ ok: false, code: e.code, name: e.name }));
    // Old style: the signal as a third argument.
    const first = settle(analyzer.analyze('One two three. Four.'));
    const second = settle(analyzer.analyze('Queued and then replaced.'));
    const third = settle(analyzer.analyze('The newest text wins here.'));
    const controller = new AbortController();
    const results = await Promise.all([first, second, third]);
    const aborted = settle(analyzer.analyze('Never mind.', {}, { signal: controller.signal }));
    controller.abort();
    results.push(await aborted);
    results.push(await settle(analyzer.analyze(42)));
    results.push(await settle(analyzer.analyze('Still usable after all that.')));
    analyzer.dispose();
    results.push(await settle(analyzer.analyze('Disposed.')));
    return results;
  });
  assert.deepEqual(outcome[0], { ok: false, code: 'superseded', name: 'AbortError' });
  assert.deepEqual(outcome[1], { ok: false, code: 'superseded', name: 'AbortError' });
  assert.deepEqual(outcome[2], { ok: true, words: 5 });
  assert.deepEqual(outcome[3], { ok: false, code: 'aborted', name: 'AbortError' });
  assert.deepEqual(outcome[4], { ok: false, code: 'bad_input', name: 'NewsLensError' });
  assert.deepEqual(outcome[5], { ok: true, words: 5 });
  assert.deepEqual(outcome[6], { ok: false, code: 'disposed', name: 'NewsLensError' });
});

test('with {supersede: false} requests queue and all resolve in order', async () => {
  const words = await (await demoPage()).evaluate(async () => {
    const { createWorkerAnalyzer } = await import('/web/index.js');
    const analyzer = await createWorkerAnalyzer({ supersede: false });
    const texts = ['One.', 'One two.', 'One two three.'];
    const results = await Promise.all(texts.map((t) => analyzer.analyze(t)));
    analyzer.dispose();
    return results.map((r) => r.stats.words);
  });
  assert.deepEqual(words, [1, 2, 3]);
});

test('a Worker that cannot load its wasm rejects with a clear error', async () => {
  const error = await (await demoPage()).evaluate(async () => {
    const { createWorkerAnalyzer } = await import('/web/index.js');
    try {
      await createWorkerAnalyzer({ wasmUrl: '/dist/no-such-file.wasm' });
      return null;
    } catch (e) {
      return { name: e.name, code: e.code, message: e.message };
    }
  });
  assert.ok(error, 'createWorkerAnalyzer rejected');
  assert.equal(error.name, 'NewsLensError');
  assert.ok(error.message.length > 0);
});

// A multi-MB article, built in the page from the sample and kept there for the next tests.
async function pageWithBigText(bytes = 4 * 1024 * 1024) {
  const p = await demoPage();
  await p.evaluate(async (size) => {
    if (globalThis.bigText?.length >= size) return;
    const sample = await (await fetch('/web/samples/us-china-talks.txt')).text();
    let text = '';
    while (text.length < size) text += `${sample}\n\n`;
    globalThis.bigText = text;
  }, bytes);
  return p;
}

test('superseding a running multi-MB analysis replaces the busy Worker; the small text answers', async () => {
  const p = await pageWithBigText();
  // What the page and its Workers request meanwhile: the new Worker must not fetch the wasm again.
  const requested = [];
  const onRequest = (request) => requested.push(new URL(request.url()).pathname);
  p.on('request', onRequest);
  const outcome = await p.evaluate(async () => {
    const { createWorkerAnalyzer, NewsLensError } = await import('/web/index.js');
    const big = globalThis.bigText;
    const analyzer = await createWorkerAnalyzer();
    const startsBefore = analyzer.workerStarts;
    // Idle Workers are kept: finished analyses, a later abort of one, a newer call.
    const controller = new AbortController();
    await analyzer.analyze('Warm up.', { signal: controller.signal });
    controller.abort();
    await analyzer.analyze('Still the same Worker.');
    const startsIdle = analyzer.workerStarts;

    const bigRun = analyzer.analyze(big).then(
      (r) => ({ ok: true, chars: r.stats.chars }),
      (e) => ({ ok: false, code: e.code, name: e.name, isNewsLensError: e instanceof NewsLensError }));
    // Let the Worker get well into the big text (a wait, not a measured figure).
    await new Promise((r) => setTimeout(r, 500));
    const small = 'Antony Blinken met Xi Jinping in Beijing on Monday.';
    const t0 = performance.now();
    const result = await analyzer.analyze(small);
    const smallMs = performance.now() - t0;
    const bigOutcome = await bigRun;
    const startsAfter = analyzer.workerStarts;
    const after = await analyzer.analyze('Blinken flew home on Tuesday.');
    analyzer.dispose();
    return {
      bigChars: big.length, startsBefore, startsIdle, startsAfter, bigOutcome, smallMs,
      smallChars: result.stats.chars, smallLength: small.length,
      persons: result.entities.filter((e) => e.type === 'PERSON').map((e) => e.name).sort(),
      afterWords: after.stats.words,
    };
  }).finally(() => p.off('request', onRequest));
  console.log(`# ${outcome.bigChars} chars superseded: the small text answered in ${Math.round(outcome.smallMs)} ms ` +
    `(Worker restart included)`);
  assert.equal(outcome.startsBefore, 1);
  assert.equal(outcome.startsIdle, 1, 'an idle Worker is never replaced');
  assert.deepEqual(outcome.bigOutcome, { ok: false, code: 'superseded', name: 'AbortError', isNewsLensError: true });
  assert.equal(outcome.startsAfter, 2, 'the busy Worker was replaced by one new Worker');
  assert.equal(outcome.smallChars, outcome.smallLength);
  assert.deepEqual(outcome.persons, ['Antony Blinken', 'Xi Jinping']);
  assert.equal(outcome.afterWords, 5, 'the replacement Worker keeps working');
  const count = (path) => requested.filter((r) => r === path).length;
  assert.equal(count('/web/worker.js'), 2, 'two Worker scripts started (and their requests are seen here)');
  assert.equal(count('/dist/newslens.wasm'), 1, 'the wasm was downloaded once: the new Worker got the compiled module');
});

test('options.signal: already aborted rejects at once, an abort mid-run replaces the Worker, then all is well', async () => {
  const outcome = await (await pageWithBigText()).evaluate(async () => {
    const { createWorkerAnalyzer } = await import('/web/index.js');
    const big = globalThis.bigText;
    const analyzer = await createWorkerAnalyzer();
    const describe = (e) => ({ code: e.code, name: e.name, message: e.message, cause: String(e.cause) });

    // Already aborted: rejected before any other task runs, nothing sent to the Worker.
    const early = analyzer.analyze('Never sent.', { signal: AbortSignal.abort(new Error('no longer needed')) });
    const first = await Promise.race([
      early.then(() => 'resolved', (e) => describe(e)),
      new Promise((r) => setTimeout(() => r('still pending after a task'), 0)),
    ]);
    const startsAfterEarly = analyzer.workerStarts;

    // Aborted mid-run.
    const controller = new AbortController();
    const running = analyzer.analyze(big, { keyPoints: 3, signal: controller.signal })
      .then(() => 'resolved', (e) => describe(e));
    await new Promise((r) => setTimeout(r, 500));
    controller.abort(new Error('user closed the panel'));
    const midRun = await running;
    const startsAfterAbort = analyzer.workerStarts;

    // Still usable: a result, an input error, another aborted signal that is not a signal.
    const words = (await analyzer.analyze('The analyzer still works after the abort.', { keyPoints: 1 })).stats.words;
    const badSignal = await analyzer.analyze('x', { signal: 'stop' }).then(() => 'resolved', (e) => describe(e));
    analyzer.dispose();
    return { first, startsAfterEarly, midRun, startsAfterAbort, words, badSignal };
  });
  assert.deepEqual(outcome.first, { code: 'aborted', name: 'AbortError', message: 'no longer needed',
    cause: 'Error: no longer needed' });
  assert.equal(outcome.startsAfterEarly, 1);
  assert.deepEqual(outcome.midRun, { code: 'aborted', name: 'AbortError', message: 'user closed the panel',
    cause: 'Error: user closed the panel' });
  assert.equal(outcome.startsAfterAbort, 2, 'the busy Worker was replaced');
  assert.equal(outcome.words, 7);
  assert.equal(outcome.badSignal.code, 'bad_options');
});

test('the demo: a new text while a multi-MB one is analyzed shows the new result', async () => {
  const outcome = await (await pageWithBigText()).evaluate(async () => {
    const big = globalThis.bigText;
    const textarea = document.getElementById('article');
    const lens = document.getElementById('lens');
    const button = document.getElementById('analyze');
    const results = [];
    const errors = [];
    lens.addEventListener('newslens-result', (e) => results.push(e.detail.stats.chars));
    lens.addEventListener('newslens-error', (e) => errors.push(e.detail?.code ?? String(e.detail)));
    textarea.value = big;
    button.click();
    await new Promise((r) => setTimeout(r, 500));
    const small = 'Emmanuel Macron spoke to Olaf Scholz in Berlin.';
    textarea.value = small;
    const t0 = performance.now();
    button.click();
    await new Promise((resolve) => lens.addEventListener('newslens-result', resolve, { once: true }));
    const ms = performance.now() - t0;
    // Anything the big analysis could still deliver would arrive after its ~6 s; it must not.
    return { results, errors, ms, small: small.length, shown: lens.shadowRoot.querySelector('[part="text"]').textContent };
  });
  console.log(`# demo: the new text's result arrived ${Math.round(outcome.ms)} ms after the click`);
  assert.deepEqual(outcome.results, [outcome.small], 'only the new text is rendered');
  assert.deepEqual(outcome.errors, [], 'the cancelled analysis is not reported as an error');
  assert.equal(outcome.shown, 'Emmanuel Macron spoke to Olaf Scholz in Berlin.');
});

test('options.worker: a function starts replacements; a Worker instance is kept and only discarded from', async () => {
  const outcome = await (await pageWithBigText()).evaluate(async () => {
    const { createWorkerAnalyzer } = await import('/web/index.js');
    // 4 MiB: its analysis must outlast the 200 ms wait (1 MiB took less once the core got faster).
    const big = globalThis.bigText;
    const run = async (analyzer) => {
      const old = analyzer.analyze(big).then(() => 'resolved', (e) => e.code);
      await new Promise((r) => setTimeout(r, 200));
      const words = (await analyzer.analyze('Two words.')).stats.words;
      const starts = analyzer.workerStarts;
      analyzer.dispose();
      return { old: await old, words, starts };
    };
    let made = 0;
    const factory = () => { made++; return new Worker('/web/worker.js', { type: 'module' }); };
    const fromFactory = await run(await createWorkerAnalyzer({ worker: factory }));
    const own = new Worker('/web/worker.js', { type: 'module' });
    const fromInstance = await run(await createWorkerAnalyzer({ worker: own }));
    return { fromFactory: { ...fromFactory, made }, fromInstance };
  });
  assert.deepEqual(outcome.fromFactory, { old: 'superseded', words: 2, starts: 2, made: 2 });
  assert.deepEqual(outcome.fromInstance, { old: 'superseded', words: 2, starts: 1 });
});
