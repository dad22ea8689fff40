// The offline single file (dist/newslens-offline.html, made by scripts/build.sh):
// opened from file:// with the network off and every non-file request aborted, it
// loads, analyzes and renders, and asks the network for nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { useBrowser, root } from './browser.mjs';

const offlineHtml = path.join(root, 'dist', 'newslens-offline.html');
const env = useBrowser({ server: false });

test('the single file is self-contained: no script, style or wasm from elsewhere', () => {
  const html = fs.readFileSync(offlineHtml, 'utf8');
  assert.doesNotMatch(html, /<script[^>]*\ssrc=/i);
  assert.doesNotMatch(html, /<link[^>]*stylesheet/i);
  assert.doesNotMatch(html, /newslens\.wasm['"]/, 'no reference to a separate wasm file');
  assert.match(html, /<news-lens id="lens"/);
});

test('from file:// with the network blocked it analyzes and renders', async () => {
  const context = await env.browser.newContext({ offline: true });
  const page = await context.newPage();
  const requests = [];
  const blocked = [];
  page.on('request', (r) => requests.push(r.url()));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(offlineHtml).href);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  const text = fs.readFileSync(path.join(root, 'web/samples/us-china-talks.txt'), 'utf8');
  await page.fill('#article', text);
  await page.click('#analyze');
  await page.waitForFunction(() => document.getElementById('status').textContent === 'Done');
  assert.equal(await page.textContent('#lens [part~="text"]'), text);
  assert.equal(await page.locator('#lens .nl-sentence').count(), 16);
  assert.match(await page.textContent('#stats'), /376 words/);
  assert.equal(await page.evaluate(() => document.getElementById('lens').activeMode), 'sync');
  assert.equal(await page.locator('#offline-link').count(), 0, 'no download link inside the offline copy');
  // The file's own CSP (hashes of its one script and style) is in force: the inline
  // style applied, and a request to anywhere is refused by the page itself.
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).maxWidth), '1216px');
  const violation = await page.evaluate(() => new Promise((resolve) => {
    document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true });
    fetch('http://127.0.0.1:9/beacon').catch(() => {});
  }));
  assert.equal(violation, 'connect-src');
  assert.deepEqual(blocked, [], 'no request beyond the file itself');
  assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), []);
  assert.deepEqual(errors, []);
  await context.close();
});
