// custom-elements.json is generated from the element's JSDoc by
// @custom-elements-manifest/analyzer: regenerating it must give the checked-in file
// (run `npm run manifest` after changing the element's documentation).
// tests/e2e/widget.test.mjs checks the manifest against the live element.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

test('custom-elements.json is what the analyzer generates from the JSDoc', () => {
  // The analyzer takes --outdir relative to the project: a scratch folder in test-results/.
  fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
  const out = fs.mkdtempSync(path.join(root, 'test-results', 'cem-'));
  try {
    execFileSync(path.join(root, 'node_modules/.bin/cem'),
      ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', path.relative(root, out)], { cwd: root, stdio: 'pipe' });
    const generated = JSON.parse(fs.readFileSync(path.join(out, 'custom-elements.json'), 'utf8'));
    const checkedIn = JSON.parse(fs.readFileSync(path.join(root, 'custom-elements.json'), 'utf8'));
    assert.deepEqual(checkedIn, generated, 'custom-elements.json is stale: run `npm run manifest`');
    const element = generated.modules.flatMap((m) => m.declarations).find((d) => d.customElement);
    assert.equal(element.tagName, 'news-lens');
    assert.ok(element.attributes.length >= 7 && element.events.length === 3 && element.cssParts.length >= 9,
      'the JSDoc tags were read');
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});
