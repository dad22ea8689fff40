// The README's script-tag example, copied out of README.md as it stands, served as a
// page with the package folder at /node_modules/newslens/: the element must analyze
// the real article text the example holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { useBrowser, root } from './browser.mjs';

const env = useBrowser();
const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json' };

function scriptTagExample() {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Script tag (no bundler)'));
  return section.match(/```html\n([\s\S]*?)```/)[1];
}

test("the README's script-tag example analyzes its article", async () => {
  const html = scriptTagExample();
  assert.match(html, /<news-lens[^>]*>[\s\S]*\w+ \w+ \w+[\s\S]*<\/news-lens>/, 'the example holds text');
  const page = await env.browser.newPage();
  await page.route('**/*', (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/example.html') return route.fulfill({ body: `<!doctype html><meta charset="utf-8">${html}`, contentType: 'text/html' });
    const prefix = '/node_modules/newslens/';
    const file = path.join(root, pathname.slice(prefix.length));
    if (!pathname.startsWith(prefix) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ body: fs.readFileSync(file), contentType: TYPES[path.extname(file)] || 'application/octet-stream' });
  });
  await page.goto(`${env.origin}/example.html`);
  const result = await page.evaluate(() => new Promise((resolve, reject) => {
    const lens = document.querySelector('news-lens');
    const done = () => resolve({ entities: lens.result.entities.map((e) => `${e.type} ${e.name}`), keyPoints: lens.result.keyPoints.length });
    if (lens.result) done();
    lens.addEventListener('newslens-result', done);
    lens.addEventListener('newslens-error', (e) => reject(new Error(String(e.detail?.message ?? e.detail))));
    setTimeout(() => reject(new Error('no result within 20 s')), 20000);
  }));
  await page.close();
  assert.ok(result.entities.includes('PERSON Antony Blinken'), result.entities.join(', '));
  assert.ok(result.entities.includes('PERSON Xi Jinping'), result.entities.join(', '));
  assert.equal(result.keyPoints, 2);
});
