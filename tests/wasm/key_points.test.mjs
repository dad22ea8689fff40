// Key points and boilerplate through the real WASM module and the public JS API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createAnalyzer } from '../../web/index.js';

const sample = fs.readFileSync(new URL('../../web/samples/us-china-talks.txt', import.meta.url), 'utf8');
const analyzer = await createAnalyzer();
const readMoreBlock = [
  'Read more:',
  'Five key talking points at US-China talks',
  'Bill Gates visit signals Beijing is open to a thaw in relations with US',
];

const sentenceText = (result, i) => sample.slice(result.sentences[i].start, result.sentences[i].end).trim();

test('sample article: exactly the Read more block is boilerplate', () => {
  const result = analyzer.analyze(sample);
  const marked = result.sentences.map((_, i) => i).filter((i) => result.sentences[i].boilerplate);
  assert.deepEqual(marked.map((i) => sentenceText(result, i)), readMoreBlock);
});

test('sample article: the first key point is the opening sentence, none from the Read more block', () => {
  const result = analyzer.analyze(sample);
  const points = result.keyPoints;
  assert.ok(points.length >= 3 && points.length <= 5, `default count ${points.length}`);
  assert.equal(points[0].sentence, 0);
  assert.ok(points[0].text.startsWith('China’s President Xi Jinping has met US Secretary of State Antony Blinken'));
  for (const [i, k] of points.entries()) {
    assert.equal(sample.slice(k.start, k.end), k.text);
    assert.equal(result.sentences[k.sentence].boilerplate, false);
    assert.ok(!readMoreBlock.includes(k.text), k.text);
    assert.ok(k.score >= 0 && k.score <= 1);
    if (i > 0) assert.ok(k.sentence > points[i - 1].sentence, 'article order');
  }
});

test('keyPoints option: exact count, zero, and never more than the real sentences', () => {
  assert.equal(analyzer.analyze(sample, { keyPoints: 5 }).keyPoints.length, 5);
  assert.deepEqual(analyzer.analyze(sample, { keyPoints: 0 }).keyPoints, []);
  const all = analyzer.analyze(sample, { keyPoints: 50 }).keyPoints;
  assert.equal(all.length, 16 - readMoreBlock.length);
  assert.deepEqual(analyzer.analyze('', {}).keyPoints, []);
  assert.deepEqual(analyzer.analyze('--- *** ---\n...', {}).keyPoints, []);
});

test('a leading dateline is left out of the key point, not out of its sentence (UTF-16 offsets)', () => {
  const text = 'Filed 🚨 from the “Asia” desk.\n\nTokyo (CNN) — Police in Japan said on Monday they had arrested a 40-year-old man. ' +
    'The man was detained at his home after a two-week search by more than 200 officers. ' +
    'Investigators said the suspect had confessed to the attack on the station platform.';
  const result = analyzer.analyze(text, { keyPoints: 50 });
  const point = result.keyPoints.find((k) => text.slice(result.sentences[k.sentence].start, result.sentences[k.sentence].end).includes('(CNN)'));
  assert.ok(point, 'the dateline sentence is a key point');
  assert.ok(point.text.startsWith('Police in Japan said'), point.text);
  assert.equal(text.slice(point.start, point.end), point.text);
  const sentence = result.sentences[point.sentence];
  assert.ok(text.slice(sentence.start, sentence.end).trim().startsWith('Tokyo (CNN) — Police'));
});

test('key points carry a short form and the entities their leaning references stand for', () => {
  const result = analyzer.analyze(sample, { keyPoints: 50 });
  let shorter = 0;
  for (const k of result.keyPoints) {
    assert.equal(typeof k.short, 'string');
    assert.ok(k.short.length > 0 && k.short.length <= k.text.length + 1, k.short);
    if (k.short.length < k.text.length) shorter += 1;
    assert.ok(Array.isArray(k.refersTo));
    for (const r of k.refersTo) {
      assert.ok(r.start >= k.start && r.end <= k.end && r.start < r.end, JSON.stringify(r));
      assert.ok(Number.isInteger(r.entity) && r.entity >= 0 && r.entity < result.entities.length);
    }
  }
  assert.ok(shorter > 0, 'some point of the sample has something a bullet does not need');
  const text = 'The bridge over the river closed on Tuesday after cracks appeared, engineers said.';
  const [point] = analyzer.analyze(text).keyPoints;
  assert.equal(point.short, 'The bridge over the river closed on Tuesday after cracks appeared.');
});
