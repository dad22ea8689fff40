// Quotes and keywords (and, with the tagger, entities) through the real WASM module on the sample article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createAnalyzer } from '../../web/index.js';

const sample = fs.readFileSync(new URL('../../web/samples/us-china-talks.txt', import.meta.url), 'utf8');
const analyzer = await createAnalyzer();
const result = analyzer.analyze(sample);

test('the sample article\'s quotes, whole and in order', () => {
  assert.deepEqual(result.quotes.map((q) => q.text), [
    'more positive contributions',
    'emphasised the importance of diplomacy and maintaining open channels of communication',
    'reduce the risk of misperception and miscalculation,',
    'coincides with a critical juncture in China-US',
    'erroneous perception',
    'low point',
  ]);
  for (const q of result.quotes) assert.ok(q.speaker === null || result.entities[q.speaker], `speaker ${q.speaker}`);
});

test('keywords: content phrases, not names', () => {
  assert.ok(result.keywords.length > 0 && result.keywords.length <= 10);
  const names = new Set(result.entities.flatMap((e) => [e.name, ...e.aliases].map((s) => s.toLowerCase())));
  for (const k of result.keywords) {
    assert.ok(!names.has(k.text), `keyword "${k.text}" is an entity name`);
    assert.ok(k.score > 0 && k.score <= 1);
  }
  assert.ok(result.keywords.some((k) => k.text.startsWith('spy balloon')), result.keywords.map((k) => k.text).join(', '));
  assert.equal(analyzer.analyze(sample, { keywords: 3 }).keywords.length, 3);
});

test('multi-paragraph and unbalanced quotes keep all their text through the API', () => {
  const text = 'He said: “We will fight.\r\n“We will win,” he added.\n\nShe said “never closed\nNext 😀 “ok”.';
  const r = analyzer.analyze(text);
  assert.deepEqual(r.quotes.map((q) => q.text), ['We will fight.\r\n“We will win,', 'never closed', 'ok']);
  for (const q of r.quotes) assert.equal(text.slice(q.start, q.end), q.text);
});
