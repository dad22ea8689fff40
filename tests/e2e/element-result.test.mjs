// <news-lens> with the result fields of this schema wave (quotes[].kind and
// speakerText, mentions[].role, keyPoints[].short and refersTo), from a result built
// here and given through the element's `analyzer` property, so these tests need no
// core that fills them; its recovery after an analyzer failure; loaders per element;
// and custom-elements.json against the live element.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { useBrowser, root, openDemo } from './browser.mjs';

const env = useBrowser();

const openPage = () => openDemo(env, { viewport: { width: 1200, height: 800 } });

// Builds a result by hand (sentences, mentions, entities, quotes, key points at offsets
// found in the text) and shows it in <news-lens id="built">. Runs in the page.
const BUILT = async () => {
  await import('/web/define.js');
  const text = '(CNN) Antony Blinken met Xi Jinping in Beijing. "We made progress," Blinken said. ' +
    'He called the film "Top Gear" a "friendly" jab. "It was candid," a State Department spokesman said.\n' +
    'Reuters contributed to this report.';
  const at = (s, from = 0) => { const i = text.indexOf(s, from); if (i < 0) throw new Error(s); return [i, i + s.length]; };
  const sentenceEnds = [at('Beijing.')[1], at('said.')[1], at('jab.')[1], at('spokesman said.')[1], text.length];
  let start = 0;
  const sentences = sentenceEnds.map((end) => {
    while (text[start] === ' ' || text[start] === '\n') start++;
    const s = { start, end, paragraph: 0, boilerplate: false };
    start = end;
    return s;
  });
  const entities = [
    { id: 0, name: 'Antony Blinken', type: 'PERSON', aliases: ['Antony Blinken', 'Blinken'], count: 2, salience: 0.5, first: 0 },
    { id: 1, name: 'Xi Jinping', type: 'PERSON', aliases: ['Xi Jinping'], count: 1, salience: 0.2, first: 0 },
    { id: 2, name: 'Beijing', type: 'GPE', aliases: ['Beijing'], count: 1, salience: 0.2, first: 0 },
    { id: 3, name: 'CNN', type: 'ORG', aliases: ['CNN'], count: 1, salience: 0, first: 0 },
  ];
  const mention = (surface, entity, from = 0, extra = {}) => {
    const [s, e] = at(surface, from);
    return { start: s, end: e, text: surface, type: entities[entity].type, entity, score: 0.9, ...extra };
  };
  const mentions = [mention('CNN', 3, 0, { role: 'source' }), mention('Antony Blinken', 0), mention('Xi Jinping', 1),
    mention('Beijing', 2), mention('Blinken', 0, 40)];
  const quote = (surface, extra) => { const [s, e] = at(surface); return { start: s, end: e, text: surface, ...extra }; };
  const quotes = [
    quote('We made progress,', { kind: 'speech', speaker: 0, speakerText: 'Blinken' }),
    quote('Top Gear', { kind: 'term', speaker: null, speakerText: null }),
    quote('friendly', { kind: 'term', speaker: null, speakerText: null }),
    quote('It was candid,', { kind: 'speech', speaker: null, speakerText: 'a State Department spokesman' }),
  ];
  const he = at('He called');
  const keyPoints = [
    { sentence: 0, start: sentences[0].start, end: sentences[0].end, text: text.slice(sentences[0].start, sentences[0].end),
      short: 'Antony Blinken met Xi Jinping in Beijing.', score: 0.9 },
    { sentence: 2, start: sentences[2].start, end: sentences[2].end, text: text.slice(sentences[2].start, sentences[2].end),
      short: 'He called the film "Top Gear" a jab.', score: 0.5, refersTo: [{ start: he[0], end: he[0] + 2, entity: 0 }] },
  ];
  const result = { schema: 1, stats: { chars: text.length, words: 40, sentences: 5, readingMinutes: 1 }, sentences, mentions,
    entities, keyPoints, quotes, keywords: [], timing: { ms: 1, stages: {} } };
  const el = document.createElement('news-lens');
  el.id = 'built';
  el.analyzer = { analyze: () => result };
  const shown = new Promise((resolve) => el.addEventListener('newslens-result', resolve, { once: true }));
  el.text = text;
  document.body.prepend(el);
  await shown;
  return { quoteStarts: quotes.map((q) => q.start) };
};

test('quotes: speech listed with speakers, terms apart and never credited, both marked in the text', async () => {
  const { page, errors, close } = await openPage();
  await page.evaluate(BUILT);
  const lens = page.locator('#built');
  const listed = await lens.locator('[part~="quotes"] .nl-quote').evaluateAll((items) => items.map((i) => i.textContent));
  assert.deepEqual(listed, ['We made progress, — Antony Blinken', 'It was candid, — a State Department spokesman']);
  assert.equal(await lens.locator('[part~="quotes"] .nl-unnamed').textContent(), 'a State Department spokesman');
  const terms = await lens.locator('[part~="terms"] .nl-term').evaluateAll((items) => items.map((i) => i.textContent));
  assert.deepEqual(terms, ['Top Gear', 'friendly']);
  assert.equal(await lens.locator('[part~="terms"] .nl-quote-speaker').count(), 0, 'a term is credited to no one');
  const marked = await lens.locator('[part~="text"] .nl-quoted').evaluateAll((spans) => spans.map((s) => [s.dataset.kind, s.textContent]));
  assert.deepEqual(marked, [['speech', 'We made progress,'], ['term', 'Top Gear'], ['term', 'friendly'], ['speech', 'It was candid,']]);
  // The mention inside the quote stays a mark, and the text is exactly the input.
  const text = await page.evaluate(() => document.getElementById('built').text);
  assert.equal(await lens.locator('[part~="text"]').textContent(), text);
  assert.deepEqual(errors, []);
  await close();
});

test('clicking a quote flashes it in the text; its speaker leads to the entity', async () => {
  const { page, errors, close } = await openPage();
  await page.evaluate(BUILT);
  const lens = page.locator('#built');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await lens.locator('[part~="quotes"] .nl-quote-button').nth(1).click();
  await lens.locator('.nl-quoted[data-quote="3"].nl-flash').waitFor({ timeout: 2000 });
  assert.equal(await lens.locator('.nl-quoted.nl-flash').count(), 1, 'only that quote flashes');
  assert.ok(await lens.locator('.nl-quoted[data-quote="3"]').isVisible());
  await lens.locator('[part~="terms"] .nl-quote-button').first().click();
  await lens.locator('.nl-quoted[data-quote="1"].nl-flash').waitFor({ timeout: 2000 });

  await lens.locator('[part~="quotes"] button.nl-quote-speaker').click();
  const state = await page.evaluate(() => {
    const shadow = document.getElementById('built').shadowRoot;
    return { focused: shadow.activeElement?.dataset.entity, selected: shadow.querySelector('.nl-entity[aria-selected="true"]')?.dataset.entity,
      marks: [...shadow.querySelectorAll('mark.nl-selected')].map((m) => m.textContent) };
  });
  assert.deepEqual(state, { focused: '0', selected: '0', marks: ['Antony Blinken', 'Blinken'] });
  assert.deepEqual(errors, []);
  await close();
});

test('entities: aliases and mention count on hover and focus; every highlight names its entity', async () => {
  const { page, errors, close } = await openPage();
  await page.evaluate(BUILT);
  const lens = page.locator('#built');
  const detail = lens.locator('.nl-entity[data-entity="0"] .nl-entity-detail');
  assert.equal(await detail.isVisible(), false, 'quiet until asked');
  await lens.locator('.nl-entity[data-entity="0"]').hover();
  assert.equal(await detail.isVisible(), true);
  assert.equal(await detail.textContent(), '2 mentions · also Blinken');
  await page.mouse.move(0, 0);
  await lens.locator('.nl-entity[data-entity="1"]').focus();
  assert.equal(await lens.locator('.nl-entity[data-entity="1"] .nl-entity-detail').isVisible(), true, 'shown on keyboard focus too');
  assert.match(await lens.locator('.nl-entity[data-entity="0"]').getAttribute('aria-label'), /2 mentions · also Blinken/);
  const titles = await lens.locator('mark.nl-mention').evaluateAll((ms) => ms.map((m) => m.title));
  assert.deepEqual(titles, [
    'CNN — Organization (ORG) · named as the source of the report',
    'Antony Blinken — Person (PERSON)', 'Xi Jinping — Person (PERSON)',
    'Beijing — Country, city or state (GPE)', 'Antony Blinken — Person (PERSON)',
  ]);
  assert.equal(await lens.locator('mark[data-role="source"]').textContent(), 'CNN');
  assert.deepEqual(errors, []);
  await close();
});

test('key points: the short form, the full sentence on expand, and whom "he" means', async () => {
  const { page, errors, close } = await openPage();
  await page.evaluate(BUILT);
  const lens = page.locator('#built');
  const points = await lens.locator('.nl-key-point-button').evaluateAll((bs) => bs.map((b) => b.textContent));
  assert.deepEqual(points, ['Antony Blinken met Xi Jinping in Beijing.', 'He called the film "Top Gear" a jab.']);
  assert.equal(await lens.locator('.nl-refers').textContent(), '“He” is Antony Blinken');
  const full = lens.locator('.nl-key-point-full').nth(1);
  assert.equal(await full.isVisible(), false);
  const toggle = lens.locator('.nl-key-point-expand').nth(1);
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.equal(await full.isVisible(), true);
  assert.equal(await full.textContent(), 'He called the film "Top Gear" a "friendly" jab.');
  await toggle.click();
  assert.equal(await full.isVisible(), false);
  // The main button still leads to the sentence.
  await lens.locator('.nl-key-point-button').nth(1).click();
  await lens.locator('.nl-sentence[data-sentence="2"].nl-flash').waitFor({ timeout: 2000 });
  assert.deepEqual(errors, []);
  await close();
});

test('after an analyzer failure the element shows the error and analyzes the next text', async () => {
  const { page, close } = await openPage();
  const outcome = await page.evaluate(async () => {
    await import('/web/define.js');
    const { createAnalyzer } = await import('/web/index.js');
    const real = await createAnalyzer();
    const next = (el, type) => new Promise((resolve) => el.addEventListener(type, resolve, { once: true }));
    const status = (el) => el.shadowRoot.querySelector('[part~="status"]').textContent;

    // 1. The author's own analyzer: it fails once, then works.
    let calls = 0;
    const own = document.createElement('news-lens');
    own.analyzer = { analyze: (text) => { if (++calls === 1) throw Object.assign(new Error('the engine trapped'), { code: 'internal' }); return real.analyze(text); } };
    const failed = next(own, 'newslens-error');
    own.text = 'First text. It fails.';
    document.body.append(own);
    const error = (await failed).error.code;
    const errorStatus = status(own);
    const shown = next(own, 'newslens-result');
    own.text = 'Second text. It works.';
    const sentences = (await shown).result.sentences.length;

    // 2. A loaded analyzer that died (its Worker gone): the element loads a new one.
    let loads = 0;
    const loaded = document.createElement('news-lens');
    loaded.loadAnalyzer = async () => {
      const n = ++loads;
      return { mode: 'sync', analyzer: { analyze: (text) => {
        if (n === 1) return Promise.reject(Object.assign(new Error('analyzer disposed'), { code: 'disposed' }));
        return real.analyze(text);
      }, dispose() {} } };
    };
    const died = next(loaded, 'newslens-error');
    loaded.text = 'One. Two.';
    document.body.append(loaded);
    await died;
    const healed = next(loaded, 'newslens-result');
    loaded.text = 'Three. Four. Five.';
    const healedSentences = (await healed).result.sentences.length;
    return { error, errorStatus, sentences, statusAfter: status(own), loads, healedSentences, loadedStatus: status(loaded) };
  });
  assert.equal(outcome.error, 'internal');
  assert.match(outcome.errorStatus, /Could not analyze: the engine trapped/);
  assert.equal(outcome.sentences, 2);
  assert.equal(outcome.statusAfter, '', 'the error is cleared by the next result');
  assert.equal(outcome.loads, 2, 'a dead analyzer is replaced, not asked again');
  assert.equal(outcome.healedSentences, 3);
  assert.equal(outcome.loadedStatus, '');
  await close();
});

test('loaders belong to a class or an element; no shared static a later import overwrites', async () => {
  const { page, close } = await openPage();
  const outcome = await page.evaluate(async () => {
    const mod = await import('/web/define.js');
    const base = await import('/web/element.js');
    const own = document.createElement('news-lens');
    own.loadAnalyzer = async () => ({ mode: 'sync', analyzer: { version: 'mine', analyze: () => { throw new Error('unused'); } } });
    const ownReady = new Promise((resolve) => own.addEventListener('newslens-ready', (e) => resolve(e.version), { once: true }));
    const plain = document.createElement('news-lens');
    const plainReady = new Promise((resolve) => plain.addEventListener('newslens-ready', (e) => resolve(e.mode), { once: true }));
    document.body.append(own, plain);
    // A bare base-class element has no loader: it says so instead of borrowing one.
    class Bare extends base.NewsLensElement {}
    customElements.define('bare-lens', Bare);
    const bare = document.createElement('bare-lens');
    const bareError = new Promise((resolve) => bare.addEventListener('newslens-error', (e) => resolve(e.error.message), { once: true }));
    bare.text = 'Some text.';
    document.body.append(bare);
    return { own: await ownReady, plain: await plainReady, bare: await bareError,
      staticSlot: 'loadAnalyzer' in mod.NewsLensElement, registered: customElements.get('news-lens') === mod.NewsLensElement };
  });
  assert.deepEqual(outcome, { own: 'mine', plain: 'worker', bare: outcome.bare, staticSlot: false, registered: true });
  assert.match(outcome.bare, /no analyzer/);
  await close();
});

test('custom-elements.json matches the live element: attributes, parts, events', async () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'custom-elements.json'), 'utf8'));
  const declared = manifest.modules.flatMap((m) => m.declarations).find((d) => d.customElement);
  const { page, close } = await openPage();
  await page.evaluate(BUILT);
  const live = await page.evaluate(() => {
    const el = document.getElementById('built');
    return { tag: el.localName, attributes: [...customElements.get('news-lens').observedAttributes],
      parts: [...el.shadowRoot.querySelectorAll('[part]')].map((n) => n.getAttribute('part')) };
  });
  assert.equal(declared.tagName, live.tag);
  assert.deepEqual(declared.attributes.map((a) => a.name).sort(), live.attributes.sort());
  assert.deepEqual(declared.cssParts.map((p) => p.name).sort(), live.parts.sort());
  assert.deepEqual(declared.events.map((e) => e.name).sort(), ['newslens-error', 'newslens-ready', 'newslens-result']);
  const styles = fs.readFileSync(path.join(root, 'web/styles.js'), 'utf8');
  const host = styles.slice(styles.indexOf(':host {'), styles.indexOf('@media'));
  const properties = [...new Set([...host.matchAll(/(--nl-[\w-]+):/g)].map((m) => m[1]))];
  assert.deepEqual(declared.cssProperties.map((p) => p.name).sort(), properties.sort(), 'every themable property is documented');
  await close();
});
