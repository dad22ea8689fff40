// <news-lens> from the packed tarball, bundled by Vite in the tiny app under
// tests/fixtures/vite-app, served under a strict CSP (and by vite dev): the Worker, the wasm asset and
// the element must all survive bundling (the most reported bug of WASM packages).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { build, createServer } from 'vite';
import { launchBrowser, root } from './browser.mjs';
import { pack, install, tempDir } from '../wasm/packed.mjs';

const app = path.join(root, 'tests/fixtures/vite-app');
const dist = path.join(app, 'dist');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };
let browser;
let server;
let origin;
let work;

before(async () => {
  work = tempDir('newslens-vite-');
  fs.rmSync(path.join(app, 'node_modules'), { recursive: true, force: true });
  install(pack(work).tarball, app);
  await build({ root: app, configFile: false, logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const file = path.join(dist, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname));
    if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

test('the Vite build emits the wasm and a worker chunk', () => {
  const assets = fs.readdirSync(path.join(dist, 'assets'));
  assert.ok(assets.some((f) => f.endsWith('.wasm')), `assets: ${assets.join(', ')}`);
  assert.ok(assets.some((f) => /worker/i.test(f)), `a worker chunk among: ${assets.join(', ')}`);
});

async function checkApp(url) {
  const page = await browser.newPage();
  const errors = [];
  const foreign = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && !/favicon/.test(m.location()?.url ?? '')) errors.push(m.text());
  });
  page.on('request', (r) => { if (!r.url().startsWith(new URL(url).origin)) foreign.push(r.url()); });
  await page.goto(url);
  await page.waitForSelector('body[data-words], body[data-error]', { timeout: 20000 });
  assert.equal(await page.getAttribute('body', 'data-error'), null);
  assert.equal(await page.getAttribute('body', 'data-words'), '11');
  assert.equal(await page.getAttribute('body', 'data-again'), '11');
  assert.equal(await page.getAttribute('body', 'data-mode'), 'worker');
  assert.equal(await page.textContent('#lens [part~="text"]'), 'Antony Blinken met officials in Beijing on Monday. Talks went on.');
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  await page.close();
}

test('the bundled element analyzes in a Worker and renders', () => checkApp(`${origin}/`));

test('the dev server (vite dev) serves a working element too', async () => {
  const dev = await createServer({ root: app, configFile: false, logLevel: 'warn', cacheDir: path.join(work, 'vite-cache'),
    server: { host: '127.0.0.1', port: 0, strictPort: false } });
  await dev.listen();
  try {
    await checkApp(dev.resolvedUrls.local[0]);
  } finally {
    await dev.close();
  }
});
