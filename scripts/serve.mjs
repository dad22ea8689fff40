#!/usr/bin/env node
// Serves the demo (web/index.html) and the built module on http://localhost:8080,
// or the next free port. Static files only, with the strict Content-Security-Policy
// the product promises to work under (DESIGN.md, "Contracts").
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
// Only these folders are reachable: the page, the built module, and nothing else.
const PUBLIC = ['web', 'dist'];

function reply(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

// The file a request path names under root, or null when the path cannot name one:
// undecodable percent-escapes (`%E0%A4%A`) and NUL bytes (`%00`), which would make
// decodeURIComponent and fs throw.
function fileFor(url) {
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  return path.normalize(path.join(root, pathname));
}

function handle(req, res) {
  let url;
  try {
    url = new URL(req.url, 'http://localhost');
  } catch {
    reply(res, 400, 'bad request: not a URL path');
    return;
  }
  if (url.pathname === '/favicon.ico') {  // browsers ask for it unprompted; a 404 logs a console error
    res.writeHead(204);
    res.end();
    return;
  }
  if (url.pathname === '/' || url.pathname === '/index.html') {
    res.writeHead(302, { Location: '/web/index.html' });
    res.end();
    return;
  }
  const file = fileFor(url);
  if (file === null) {
    reply(res, 400, 'bad request: the path is not a valid percent-encoded file name');
    return;
  }
  const top = path.relative(root, file).split(path.sep)[0];
  if (!PUBLIC.includes(top) || !file.startsWith(root + path.sep)) {
    reply(res, 404, 'not found');
    return;
  }
  fs.readFile(file, (error, data) => {
    if (error) {
      reply(res, 404, 'not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    });
    res.end(data);
  });
}

/** The demo's static server. A request it cannot serve gets a 4xx/5xx answer; the server never throws. */
export function createServer() {
  return http.createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      // Unreachable by any path we know of; if one appears, it costs a 500, not the server.
      if (res.headersSent) res.destroy();
      else reply(res, 500, `internal error: ${error.message}`);
    }
  });
}

// Listens on `port` or the next free one; resolves to the port used.
export function listen(server, port = 8080, attempts = 50) {
  return new Promise((resolve, reject) => {
    const tryPort = (p, left) => {
      server.once('error', (error) => {
        if (error.code === 'EADDRINUSE' && left > 0) tryPort(p + 1, left - 1);
        else reject(error);
      });
      server.listen(p, '127.0.0.1', () => resolve(server.address().port));
    };
    tryPort(port, attempts);
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const requested = Number(process.env.PORT) || 8080;
  const port = await listen(createServer(), requested);
  console.log(`NewsLens demo: http://localhost:${port}/  (Ctrl+C to stop)`);
}
