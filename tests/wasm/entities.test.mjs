// Entities, quotes and keywords through the real WASM module (tagger included) on the sample article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createAnalyzer } from '../../web/index.js';

const sample = fs.readFileSync(new URL('../../web/samples/us-china-talks.txt', import.meta.url), 'utf8');
const analyzer = await createAnalyzer();
const result = analyzer.analyze(sample);

// Offsets of every whole-word occurrence of `word` in the sample.
function occurrences(word) {
  const out = [];
  const re = new RegExp(`\\b${word}\\b`, 'g');
  for (let m; (m = re.exec(sample)); ) out.push(m.index);
  return out;
}

test('entities: ids are positions, sorted by salience, mentions point into them', () => {
  assert.ok(result.entities.length > 5);
  result.entities.forEach((e, i) => {
    assert.equal(e.id, i);
    assert.ok(e.salience >= 0 && e.salience <= 1, `${e.name} salience ${e.salience}`);
    if (i > 0) assert.ok(result.entities[i - 1].salience >= e.salience);
    assert.ok(e.count >= 1 && e.aliases.length >= 1);
    const own = result.mentions.filter((m) => m.entity === i);
    assert.equal(own.length, e.count, `${e.name} count`);
    assert.equal(e.first, Math.min(...own.map((m) => m.start)), `${e.name} first`);
    for (const m of own) assert.ok(e.aliases.some((a) => m.text.includes(a)), `${m.text} among ${e.aliases}`);
  });
  for (const m of result.mentions) {
    if (m.entity === null) continue;
    const e = result.entities[m.entity];
    assert.ok(e, `mention ${m.text} → ${m.entity}`);
    assert.equal(m.type, e.type, `${m.text}: mention type follows the entity's voted type`);
  }
});

test('the people resolve exactly to the cast, each with all its mentions', () => {
  const people = result.entities.filter((e) => e.type === 'PERSON').map((e) => e.name).sort();
  assert.deepEqual(people, ['Antony Blinken', 'Bill Gates', 'Joe Biden', 'Qin Gang', 'Xi Jinping']);
  const surnames = { 'Antony Blinken': 'Blinken', 'Xi Jinping': 'Xi', 'Qin Gang': 'Gang', 'Joe Biden': 'Biden', 'Bill Gates': 'Gates' };
  for (const [name, word] of Object.entries(surnames)) {
    const entity = result.entities.find((e) => e.name === name);
    const mentions = result.mentions.filter((m) => m.entity === entity.id);
    const expected = occurrences(word);
    assert.equal(entity.count, expected.length, `${name} count`);
    assert.equal(mentions.length, expected.length, `${name} mentions: ${mentions.map((m) => m.text)}`);
    for (const at of expected)
      assert.ok(mentions.some((m) => m.start <= at && at < m.end), `${name}: the "${word}" at ${at} is a mention of it`);
  }
});

test('US, United States and U.S. style aliases are one GPE; "the department" is no entity', () => {
  const us = result.mentions.filter((m) => m.text === 'US');
  assert.ok(us.length >= 5);
  assert.equal(new Set(us.map((m) => m.entity)).size, 1, 'every "US" is the same entity');
  assert.equal(result.entities[us[0].entity].type, 'GPE');
  assert.ok(!result.entities.some((e) => /^the department$/i.test(e.name)));
});

test('quotes and their speakers as in the issue', () => {
  const speaker = (prefix) => {
    const q = result.quotes.find((x) => x.text.startsWith(prefix));
    assert.ok(q, `quote "${prefix}…" found`);
    return q.speaker === null ? null : result.entities[q.speaker].name;
  };
  assert.deepEqual(result.quotes.map((q) => q.text), [
    'more positive contributions',
    'emphasised the importance of diplomacy and maintaining open channels of communication',
    'reduce the risk of misperception and miscalculation,',
    'coincides with a critical juncture in China-US',
    'erroneous perception',
    'low point',
  ]);
  assert.equal(speaker('more positive'), 'Xi Jinping');
  assert.match(speaker('emphasised'), /State Department$/);
  assert.match(speaker('reduce the risk'), /State Department$/);
  assert.match(speaker('coincides'), /Ministry of Foreign Affairs$/);
});

test('keywords: content phrases, not names', () => {
  assert.ok(result.keywords.length > 0 && result.keywords.length <= 10);
  const names = new Set(result.entities.flatMap((e) => [e.name, ...e.aliases].map((s) => s.toLowerCase())));
  for (const k of result.keywords) {
    assert.ok(!names.has(k.text), `keyword "${k.text}" is an entity name`);
    assert.ok(k.score > 0 && k.score <= 1);
  }
  const texts = result.keywords.map((k) => k.text);
  assert.ok(texts.some((t) => t.startsWith('spy balloon')), texts.join(', '));
  assert.ok(texts.includes('semiconductor industry'), texts.join(', '));
  assert.equal(analyzer.analyze(sample, { keywords: 3 }).keywords.length, 3);
});

test('multi-paragraph and unbalanced quotes: one quote per paragraph, kinds and speakerText through the API', () => {
  const text = 'He said: “We will fight.\r\n“We will win,” he added.\n\nShe said “never closed\nNext 😀 “ok”.';
  const r = analyzer.analyze(text);
  assert.deepEqual(r.quotes.map((q) => q.text), ['We will fight.', 'We will win,', 'never closed', 'ok']);
  assert.deepEqual(r.quotes.map((q) => q.kind), ['speech', 'speech', 'speech', 'term']);
  assert.deepEqual(r.quotes.map((q) => q.speakerText), ['He', 'he', 'She', null]);
  assert.equal(r.quotes[3].speaker, null);
  for (const q of r.quotes) assert.equal(text.slice(q.start, q.end), q.text);
});
