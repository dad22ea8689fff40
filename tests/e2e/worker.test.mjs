// The Worker path in real Chromium: the page stays responsive during a ~1 MB
// analysis (a setInterval timer keeps firing, where a main-thread analysis of the
// same text lets it fire not once), superseded and aborted analyses reject with
// their codes, and results match the main-thread analyzer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './browser.mjs';

const env = useBrowser();
let page;
// One demo page for all tests here, opened by the first.
async function demoPage() {
  if (!page) {
    page = await env.browser.newPage();
    await page.goto(`${env.origin}/web/index.html`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  }
  return page;
}

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

test('a newer request supersedes the older one; an AbortSignal aborts', async () => {
  const outcome = await (await demoPage()).evaluate(async () => {
    const { createWorkerAnalyzer } = await import('/web/index.js');
    const analyzer = await createWorkerAnalyzer();
    const settle = (p) => p.then((r) => ({ ok: true, words: r.stats.words }), (e) => ({ ok: false, code: e.code, name: e.name }));
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
  assert.deepEqual(outcome[0], { ok: false, code: 'superseded', name: 'NewsLensError' });
  assert.deepEqual(outcome[1], { ok: false, code: 'superseded', name: 'NewsLensError' });
  assert.deepEqual(outcome[2], { ok: true, words: 5 });
  assert.deepEqual(outcome[3], { ok: false, code: 'aborted', name: 'NewsLensError' });
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
