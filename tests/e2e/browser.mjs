// Shared set-up for end-to-end tests: Debian's Chromium driven by playwright-core
// (never a downloaded browser), the demo server on a free port, and an artifacts
// folder for screenshots.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { createServer, listen } from '../../scripts/serve.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const artifacts = path.join(root, 'test-results');

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

export async function startServer() {
  const server = createServer();
  const port = await listen(server, 18080);
  return { server, origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

/**
 * Opens the demo page (web/index.html) in a new context of `env.browser` with
 * `contextOptions`, waits until it is ready, and collects page errors and console
 * errors. Returns {page, errors, close}.
 */
export async function openDemo(env, contextOptions = {}) {
  const context = await env.browser.newContext(contextOptions);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error' && !/favicon/.test(m.location()?.url ?? '')) errors.push(m.text()); });
  await page.goto(`${env.origin}/web/index.html`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  return { page, errors, close: () => context.close() };
}

export function artifactPath(name) {
  fs.mkdirSync(artifacts, { recursive: true });
  return path.join(artifacts, name);
}

/**
 * Registers before/after hooks that launch the browser and (unless `server` is
 * false) the demo server; returns {browser, origin} filled in once they run.
 */
export function useBrowser({ server = true } = {}) {
  const env = { browser: null, origin: '' };
  let running = null;
  before(async () => {
    env.browser = await launchBrowser();
    if (server) {
      running = await startServer();
      env.origin = running.origin;
    }
  });
  after(async () => {
    await env.browser?.close();
    await running?.close();
  });
  return env;
}

/**
 * A function resolving to one demo page shared by a test file's tests, opened (and
 * waited for) by the first caller. `env` is useBrowser()'s.
 */
export function sharedDemoPage(env) {
  let page = null;
  return async () => {
    if (!page) {
      page = await env.browser.newPage();
      await page.goto(`${env.origin}/web/index.html`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
    }
    return page;
  };
}
