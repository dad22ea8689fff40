// Named entities from the real WASM module (with the embedded trained tagger):
// the sample article's people, places and organizations, and the CoNLL CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createAnalyzer } from '../../web/index.js';

const root = new URL('../../', import.meta.url);
const sample = fs.readFileSync(new URL('web/samples/us-china-talks.txt', root), 'utf8');
const analyzer = await createAnalyzer();

function mentionsOf(text) {
  return analyzer.analyze(text).mentions.map((m) => `${m.type} ${m.text}`);
}

test('the sample article: every person, place and organization with the right type', () => {
  const result = analyzer.analyze(sample);
  const found = new Set(result.mentions.map((m) => `${m.type} ${m.text}`));
  const expected = [
    'PERSON Xi Jinping', 'PERSON Antony Blinken', 'PERSON Qin Gang', 'PERSON Joe Biden', 'PERSON Bill Gates',
    'PERSON Xi', 'PERSON Blinken', 'PERSON Gang', 'PERSON Biden',
    'GPE China', 'GPE Beijing', 'GPE US', 'GPE Taiwan',
    // "the US State Department": the country is its own mention (news_gold's scheme).
    'ORG State Department', 'ORG Ministry of Foreign Affairs', 'ORG Communist Party',
  ];
  for (const item of expected) assert.ok(found.has(item), `missing ${item}; found: ${[...found].join(', ')}`);
  const titles = /^(Mr|Mrs|Ms|Dr|President|Secretary|State|foreign|minister)\b/;
  for (const m of result.mentions) {
    if (m.type === 'PERSON') assert.doesNotMatch(m.text, titles, `title inside PERSON "${m.text}"`);
    assert.ok(m.score >= 0 && m.score <= 1, `score ${m.score}`);
    assert.equal(sample.slice(m.start, m.end), m.text);
  }
  for (let i = 1; i < result.mentions.length; i++) assert.ok(result.mentions[i].start >= result.mentions[i - 1].end);
  // Every "Mr X" in the article gives a PERSON mention of X alone.
  const mrCount = [...sample.matchAll(/\bMr (Xi|Blinken|Gang|Biden)\b/g)].length;
  const mrPeople = result.mentions.filter((m) => m.type === 'PERSON' && sample.slice(m.start - 3, m.start) === 'Mr ');
  assert.equal(mrPeople.length, mrCount);
});

test('ALL-CAPS headlines and sentence-initial names are tagged', () => {
  const found = mentionsOf('JAPAN BEAT SYRIA IN TOKYO .\nPolice in London arrested Sarah Connor on Tuesday.');
  assert.ok(found.includes('GPE JAPAN'), found.join(', '));
  assert.ok(found.includes('GPE London'), found.join(', '));
  assert.ok(found.includes('PERSON Sarah Connor'), found.join(', '));
});

test('newslens tag --conll adds one BIO column and keeps blank and -DOCSTART- lines', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-conll-'));
  const file = path.join(dir, 'mini.txt');
  const input = [
    '-DOCSTART- -X- -X- O', '',
    'Angela NNP B-NP B-PER', 'Merkel NNP I-NP I-PER', 'visited VBD B-VP O', 'Paris NNP B-NP B-LOC', '. . O O', '',
    'The DT B-NP O', 'European NNP I-NP B-ORG', 'Commission NNP I-NP I-ORG', 'met VBD B-VP O',
    'German JJ B-NP B-MISC', 'farmers NNS I-NP O', 'on IN B-PP O', 'Monday NNP B-NP O', '. . O O', '',
  ];
  fs.writeFileSync(file, input.join('\n') + '\n');
  const out = execFileSync(process.execPath, [new URL('bin/newslens.mjs', root).pathname, 'tag', '--conll', file], {
    encoding: 'utf8',
  }).split('\n');
  assert.equal(out.at(-1), '');
  out.pop();
  assert.equal(out.length, input.length);
  input.forEach((line, i) => {
    if (line === '') return assert.equal(out[i], '');
    assert.ok(out[i].startsWith(`${line} `), out[i]);
    assert.match(out[i].slice(line.length + 1), /^(O|[BI]-(PER|ORG|LOC|MISC))$/);
  });
  const predicted = out.map((l) => l.split(' ').at(-1));
  assert.deepEqual(predicted.slice(2, 7), ['B-PER', 'I-PER', 'O', 'B-LOC', 'O']);
  assert.equal(predicted[12], 'B-MISC');  // German: NORP → MISC
  assert.equal(predicted[15], 'O');       // Monday: DATE → O
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a name inside a hyphenated word is a mention of its part, at UTF-16 offsets, and MISC for CoNLL', async () => {
  // The emoji (two UTF-16 code units, four UTF-8 bytes) puts byte and UTF-16 offsets apart.
  const text = '\u{1F600} Israel said a pro-Israel group and the Israeli-Palestinian talks went on.';
  const result = analyzer.analyze(text);
  const names = result.mentions.map((m) => `${m.type} ${text.slice(m.start, m.end)}`);
  for (const item of ['GPE Israel', 'NORP Israeli', 'NORP Palestinian'])
    assert.ok(names.includes(item), `missing ${item}; found: ${names.join(', ')}`);
  assert.ok(!names.some((n) => n.includes('-')), `a hyphenated compound kept whole: ${names.join(', ')}`);
  const israel = result.mentions.filter((m) => m.text === 'Israel');
  assert.equal(israel.length, 2);
  assert.equal(text.slice(israel[1].start - 4, israel[1].start), 'pro-');
  assert.equal(israel[0].entity, israel[1].entity);
  const { tagTokens } = await import('../../bin/conll.mjs');
  assert.deepEqual(tagTokens(analyzer, ['The', 'Chicago-based', 'firm', 'left', 'Chicago', '.']),
    ['O', 'B-MISC', 'O', 'O', 'B-LOC', 'O']);
});
