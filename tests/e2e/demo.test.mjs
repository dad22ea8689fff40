// The demo page in real headless Chromium: load, click Analyze, check the rendered
// highlights against the text, save a screenshot.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launchBrowser, startServer, artifactPath, root } from './browser.mjs';

let browser;
let server;
before(async () => {
  browser = await launchBrowser();
  server = await startServer();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('demo analyzes the sample article and renders it safely', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${server.origin}/`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  const sample = fs.readFileSync(`${root}/web/samples/us-china-talks.txt`, 'utf8');
  assert.equal(await page.inputValue('#article'), sample);

  await page.click('#analyze');
  await page.waitForSelector('#lens [part~="text"] .nl-sentence');
  // The rendered text is exactly the article: nothing lost, nothing added.
  assert.equal(await page.textContent('#lens [part~="text"]'), sample);
  const sentences = await page.locator('#lens [part~="text"] .nl-sentence').count();
  assert.equal(sentences, 16);
  const marks = await page.locator('#lens [part~="text"] mark.nl-mention').evaluateAll((els) =>
    els.map((e) => ({ text: e.textContent, type: e.dataset.type })));
  const people = marks.filter((m) => m.type === 'PERSON').map((m) => m.text);
  assert.ok(people.includes('Xi Jinping'), `PERSON marks: ${people.join(', ')}`);
  assert.ok(marks.some((m) => m.type === 'GPE' && m.text === 'Beijing'), 'Beijing highlighted as GPE');
  assert.match(await page.textContent('#stats'), /words/);
  await page.screenshot({ path: artifactPath('demo.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('pasted markup is shown as text and never executes', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/`);
  await page.waitForSelector('body[data-ready="true"]');
  const hostile = '<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> Mr Xi met <b>Mr Biden</b>.';
  await page.fill('#article', hostile);
  await page.click('#analyze');
  await page.waitForSelector('#lens [part~="text"] .nl-sentence');
  assert.equal(await page.textContent('#lens [part~="text"]'), hostile);
  assert.equal(await page.locator('#lens [part~="text"] img, #lens [part~="text"] script, #lens [part~="text"] b').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await page.close();
});
