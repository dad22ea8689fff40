// What a browser downloads for each system: esbuild-minified ESM bundles (platform
// browser), plus NewsLens's .wasm file, each gzipped on its own (level 9) as a server would.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { repoRoot } from './corpus.mjs';

async function bundle(esbuild, contents, externalPattern) {
  const plugins = externalPattern ? [{
    name: 'external-variant',
    setup(build) {
      build.onResolve({ filter: externalPattern }, (args) => ({ path: args.path, external: true }));
    },
  }] : [];
  const result = await esbuild.build({
    stdin: { contents, resolveDir: repoRoot, sourcefile: 'bench-entry.js', loader: 'js' },
    bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2020',
    write: false, logLevel: 'silent', plugins,
  });
  return result.outputFiles[0].contents;
}

const part = (file, bytes) => ({ file, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length });

function row(system, variant, parts) {
  return { system, variant, parts, raw: parts.reduce((s, p) => s + p.raw, 0),
    gzip: parts.reduce((s, p) => s + p.gzip, 0) };
}

export async function measureSizes() {
  const esbuild = await import('esbuild');
  const wasm = fs.readFileSync(path.join(repoRoot, 'dist/newslens.wasm'));
  const api = "export { createAnalyzer } from './web/index.js';";
  // Default build: web/index.js + dist/newslens.js bundled, dist/newslens.wasm fetched beside it;
  // the single-file glue is only imported with {singleFile: true}, so it is kept out.
  const nlBundle = await bundle(esbuild, api, /newslens-single\.js$/);
  // Single-file variant (file:// use): the bundle inlines dist/newslens-single.js, wasm as base64.
  const nlSingle = await bundle(esbuild, api, /dist\/newslens\.js$/);
  const compromiseCore = await bundle(esbuild, "export { default } from 'compromise';");
  const compromiseDates = await bundle(esbuild,
    "import nlp from 'compromise'; import dates from 'compromise-dates'; nlp.plugin(dates); export default nlp;");
  const wink = await bundle(esbuild,
    "import winkNLP from 'wink-nlp'; import model from 'wink-eng-lite-web-model'; export default winkNLP(model);");
  return [
    row('NewsLens', 'api+glue bundle + .wasm (built-in model inside)', [part('bundle.js', nlBundle), part('newslens.wasm', wasm)]),
    row('NewsLens', 'single-file (wasm inlined as base64)', [part('bundle.js', nlSingle)]),
    row('compromise', 'compromise + compromise-dates', [part('bundle.js', compromiseDates)]),
    row('compromise', 'compromise alone (no dates)', [part('bundle.js', compromiseCore)]),
    row('wink-nlp', 'wink-nlp + wink-eng-lite-web-model', [part('bundle.js', wink)]),
  ];
}
