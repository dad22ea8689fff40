#!/usr/bin/env node
// Builds dist/newslens-offline.html: the demo page as ONE self-contained file (the
// single-file glue with the wasm inlined, the element, the demo script and CSS), so
// it opens from file:// with no network. Bundles web/offline.js with Vite (a dev
// dependency), then inlines the bundle and demo.css into web/index.html.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'newslens-offline.html');

let build;
try {
  ({ build } = await import('vite'));
} catch {
  console.error('build-offline: vite is missing; run `npm install` (scripts/setup.sh does)');
  process.exit(1);
}

const bundle = await build({
  root,
  configFile: false,
  logLevel: 'warn',
  build: {
    write: false,
    minify: true,
    target: 'es2022',
    lib: { entry: path.join(root, 'web/offline.js'), formats: ['es'], fileName: 'offline' },
    rollupOptions: { output: { codeSplitting: false } },
  },
});
const outputs = (Array.isArray(bundle) ? bundle : [bundle]).flatMap((b) => b.output);
const chunks = outputs.filter((o) => o.type === 'chunk');
const assets = outputs.filter((o) => o.type === 'asset');
if (chunks.length !== 1 || assets.length !== 0) {
  throw new Error(`build-offline: expected one chunk and no assets, got ${outputs.map((o) => o.fileName).join(', ')}`);
}
// "</script" (any case) would end the inline script early; "<\/" means the same in JS.
const script = chunks[0].code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
const css = fs.readFileSync(path.join(root, 'web/demo.css'), 'utf8').replace(/<\/(style)/gi, '<\\/$1');
let html = fs.readFileSync(path.join(root, 'web/index.html'), 'utf8');
const swap = (pattern, replacement) => {
  if (!pattern.test(html)) throw new Error(`build-offline: ${pattern} not found in web/index.html`);
  html = html.replace(pattern, () => replacement);
};
const styleText = `\n${css}`;
const scriptText = `\n${script}`;
const hash = (text) => `'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`;
// The file's own policy: its one script and one style run, nothing is fetched, so
// whatever a user pastes cannot make the page reach the network.
const csp = `default-src 'none'; script-src ${hash(scriptText)} 'wasm-unsafe-eval'; style-src ${hash(styleText)}; ` +
  "img-src data: blob:; base-uri 'none'; form-action 'none'";
swap(/<meta charset="utf-8">/, `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${csp}">`);
swap(/<link rel="stylesheet" href="demo\.css">/, `<style>${styleText}</style>`);
swap(/<script type="module" src="demo\.js"><\/script>/, `<script type="module">${scriptText}</script>`);
swap(/<title>([^<]*)<\/title>/, '<title>NewsLens (offline)</title>');
fs.writeFileSync(out, html);
console.log(`build-offline: ${path.relative(root, out)} (${(html.length / 1024).toFixed(0)} KiB)`);
