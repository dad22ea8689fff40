// The published package, as users get it: `npm pack`, check what is inside, install
// the tarball into an empty folder, and run the API, the exports map and the CLI
// from there. The only test that proves the package itself works.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pack, install, tempDir, root } from './packed.mjs';

const work = tempDir('newslens-pack-');
after(() => fs.rmSync(work, { recursive: true, force: true }));
const { tarball, files } = pack(work);
const app = path.join(work, 'app');

test('the tarball holds what users need and nothing else', () => {
  for (const needed of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'NOTICE', 'dist/newslens.wasm', 'dist/newslens.js',
    'dist/newslens-single.js', 'web/index.js', 'web/index.d.ts', 'web/news-lens.js', 'web/news-lens.d.ts',
    'web/define.js', 'web/worker.js', 'web/worker-client.js', 'web/analyzer.js', 'bin/newslens.mjs']) {
    assert.ok(files.includes(needed), `${needed} is packed`);
  }
  const junk = files.filter((f) => /^(tests|src|build|scripts|tools|bench|wasm|cmake|node_modules)\//.test(f)
    || /^web\/(demo|index\.html|samples|offline)/.test(f) || /\.(cpp|h|tgz|map)$/.test(f));
  assert.deepEqual(junk, []);
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  assert.match(manifest.version, /^\d+\.\d+\.\d+(-[\w.]+)?$/, 'a semantic version');
  assert.match(fs.readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8'), new RegExp(`## \\[${manifest.version.replace(/\./g, '\\.')}\\]`),
    'the CHANGELOG has an entry for this version');
  // Every path the exports map names is in the tarball.
  const targets = Object.values(manifest.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
  for (const target of targets) assert.ok(files.includes(target.replace(/^\.\//, '')), `export target ${target} is packed`);
});

test('installed from the tarball into an empty folder, the API, exports and CLI work', () => {
  install(tarball, app);
  fs.writeFileSync(path.join(app, 'article.txt'), 'Antony Blinken met officials in Beijing on Monday. Talks went on.');
  fs.writeFileSync(path.join(app, 'run.mjs'), `
    import { createAnalyzer, createWorkerAnalyzer, NewsLensError } from 'newslens';
    import fs from 'node:fs';
    const text = fs.readFileSync('article.txt', 'utf8');
    const analyzer = await createAnalyzer();
    const result = analyzer.analyze(text);
    let code = null;
    try { analyzer.analyze(null); } catch (e) { code = e instanceof NewsLensError && e.code; }
    const single = await createAnalyzer({ singleFile: true });
    const same = JSON.stringify(single.analyze(text).sentences) === JSON.stringify(result.sentences);
    const wasm = fs.statSync(new URL(import.meta.resolve('newslens/newslens.wasm'))).size;
    console.log(JSON.stringify({ schema: result.schema, words: result.stats.words, sentences: result.sentences.length,
      version: analyzer.version, code, same, wasm, worker: typeof createWorkerAnalyzer,
      elementTypes: fs.existsSync(new URL(import.meta.resolve('newslens/element').replace(/\\.js$/, '.d.ts'))) }));
  `);
  const out = JSON.parse(execFileSync(process.execPath, ['run.mjs'], { cwd: app, encoding: 'utf8' }));
  assert.equal(out.schema, 1);
  assert.equal(out.words, 11);
  assert.equal(out.sentences, 2);
  assert.match(out.version, /^\d+\.\d+\.\d+$/);
  assert.equal(out.code, 'bad_input');
  assert.equal(out.same, true, 'the single-file build gives the same result');
  assert.ok(out.wasm > 10000, 'newslens/newslens.wasm resolves to the wasm');
  assert.equal(out.worker, 'function');
  assert.equal(out.elementTypes, true);

  const cli = path.join(app, 'node_modules', '.bin', 'newslens');
  const json = JSON.parse(execFileSync(cli, ['analyze', 'article.txt'], { cwd: app, encoding: 'utf8' }));
  assert.equal(json.stats.words, 11);
});

// custom-elements.json is generated (tests/web/manifest.test.mjs) and checked against
// the live element in Chromium (tests/e2e/widget.test.mjs); here: it ships.
test('custom-elements.json is packed', () => {
  assert.ok(files.includes('custom-elements.json'), 'the manifest is packed');
});
