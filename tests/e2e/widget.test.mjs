// The <news-lens> element in real Chromium, on the demo page (strict CSP): events,
// batching, guarded define, safe rendering, the entity panel, keyboard navigation,
// key points, quotes, the type filter, chunked rendering of a large text, colour
// contrast in light and dark, and demo screenshots in both schemes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { useBrowser, artifactPath, openDemo as openBrowserDemo } from './browser.mjs';

const env = useBrowser();

const openDemo = (options) => openBrowserDemo(env, options);

test('events, result property, batched attributes and a guarded define', async () => {
  const { page, errors, close } = await openDemo();
  const outcome = await page.evaluate(async () => {
    const mod = await import('/web/define.js');
    await import('/web/define.js'); // a second import must not throw
    const log = [];
    const host = document.createElement('div');
    document.body.append(host);
    host.addEventListener('newslens-ready', (e) => log.push({ type: e.type, mode: e.mode, ready: e instanceof mod.NewsLensReadyEvent }));
    const text = 'Héllo 👋 world. <b>Bold</b> stays text.\r\nA second line, with “quotes”.';
    const el = document.createElement('news-lens');
    const done = new Promise((resolve) => host.addEventListener('newslens-result', (e) => {
      log.push({ type: e.type, bubbles: e.bubbles, composed: e.composed, same: e.detail === el.result,
        isClass: e instanceof mod.NewsLensResultEvent });
      resolve();
    }));
    el.text = text;
    el.setAttribute('key-points', '1');
    el.setAttribute('keywords', '3');
    host.append(el);
    await done;
    // Three changes in one task: one analysis.
    let results = 0;
    el.addEventListener('newslens-result', () => results++);
    el.text = `${text} More.`;
    el.keyPoints = 2;
    el.mode = 'worker';
    await new Promise((resolve) => el.addEventListener('newslens-result', resolve, { once: true }));
    await new Promise((r) => setTimeout(r, 200));
    let redefine = null;
    try { mod.NewsLensElement.define('news-lens'); } catch (e) { redefine = e.name; }
    const shown = el.shadowRoot.querySelector('[part~="text"]');
    return {
      log, results, redefine,
      shownText: shown.textContent, expected: el.text,
      injected: shown.querySelectorAll('b').length,
      role: el.getAttribute('role'), label: el.getAttribute('aria-label'),
      keyPointsAttr: el.getAttribute('key-points'), activeMode: el.activeMode,
      parts: [...el.shadowRoot.querySelectorAll('[part]')].map((n) => n.getAttribute('part')).sort(),
    };
  });
  assert.deepEqual(outcome.log[0], { type: 'newslens-ready', mode: 'worker', ready: true });
  assert.deepEqual(outcome.log[1], { type: 'newslens-result', bubbles: true, composed: true, same: true, isClass: true });
  assert.equal(outcome.results, 1, 'three property changes in one task give one analysis');
  assert.equal(outcome.redefine, 'NotSupportedError', 'define() itself is unguarded; define.js is the guarded entry');
  assert.equal(outcome.shownText, outcome.expected, 'the text view shows exactly the text');
  assert.equal(outcome.injected, 0, 'markup in the text stays text');
  assert.equal(outcome.role, 'region');
  assert.equal(outcome.label, 'News analysis');
  assert.equal(outcome.keyPointsAttr, '2', 'keyPoints reflects to key-points');
  assert.equal(outcome.activeMode, 'worker');
  for (const part of ['text', 'entities', 'key-points', 'legend', 'quotes', 'status', 'stats', 'panel']) {
    assert.ok(outcome.parts.includes(part), `part ${part}`);
  }
  assert.deepEqual(errors, []);
  await close();
});

test('an author\'s ARIA wins; errors arrive as newslens-error', async () => {
  const { page, close } = await openDemo();
  const outcome = await page.evaluate(async () => {
    await import('/web/define.js');
    const el = document.createElement('news-lens');
    el.setAttribute('role', 'article');
    el.setAttribute('aria-label', 'Mine');
    el.setAttribute('mode', 'sync');
    document.body.append(el);
    const error = new Promise((resolve) => el.addEventListener('newslens-error', (e) => resolve({
      code: e.detail.code, bubbles: e.bubbles, composed: e.composed })));
    el.text = 'x'.repeat(16 * 1024 * 1024 + 1);
    // A wasm that cannot load: one newslens-error, however many parts of the element saw it.
    const broken = document.createElement('news-lens');
    broken.setAttribute('wasm-url', '/dist/missing.wasm');
    let loadErrors = 0;
    broken.addEventListener('newslens-error', () => loadErrors++);
    broken.text = 'Some text.';
    document.body.append(broken);
    await new Promise((resolve) => broken.addEventListener('newslens-error', resolve, { once: true }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { error: await error, loadErrors, role: el.getAttribute('role'), label: el.getAttribute('aria-label'), mode: el.activeMode,
      status: el.shadowRoot.querySelector('[part~="status"]').textContent };
  });
  assert.deepEqual(outcome.error, { code: 'input_too_large', bubbles: true, composed: true });
  assert.equal(outcome.loadErrors, 1);
  assert.equal(outcome.role, 'article');
  assert.equal(outcome.label, 'Mine');
  assert.equal(outcome.mode, 'sync');
  assert.match(outcome.status, /Could not analyze/);
  await close();
});

test('the element\'s language check: a note above a non-English result, the analysis still shown', async () => {
  const { page, errors, close } = await openDemo();
  const outcome = await page.evaluate(async () => {
    await import('/web/define.js');
    const el = document.createElement('news-lens');
    el.setAttribute('mode', 'sync');
    document.body.append(el);
    const note = el.shadowRoot.querySelector('[part~="language-note"]');
    const show = async (text) => {
      const rendered = new Promise((resolve) => el.addEventListener('newslens-result', resolve, { once: true }));
      el.text = text;
      await rendered;
      return { visible: note.checkVisibility(), message: note.textContent, role: note.getAttribute('role'),
        shown: el.shadowRoot.querySelector('[part~="text"]').textContent === text, words: el.result.stats.words };
    };
    const german = await show('Am Montag traf sich die Bundeskanzlerin mit dem französischen Präsidenten in Berlin, um über die ' +
      'Lage in der Ukraine zu sprechen. Die beiden Politiker waren sich einig, dass die Sanktionen verlängert werden müssen.');
    const chinese = await show('中国国家主席习近平周一在北京会见了美国国务卿布林肯，双方就中美关系进行了深入交流。');
    const english = await show('Secretary of State Antony Blinken met President Xi Jinping in Beijing on Monday, and the two ' +
      'sides said the talks had been candid and constructive, according to officials from both countries.');
    el.text = 'Der Präsident sagte am Montag, dass die Regierung in Berlin und die Opposition sich nicht einig sind, und die ' +
      'Gespräche würden in der nächsten Woche fortgesetzt werden, so ein Sprecher der Partei.';
    await new Promise((resolve) => el.addEventListener('newslens-result', resolve, { once: true }));
    el.text = '   ';
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { german, chinese, english, cleared: note.checkVisibility() || note.textContent !== '' };
  });
  assert.ok(outcome.german.visible, 'German: the note is shown');
  assert.match(outcome.german.message, /^This looks like German; NewsLens reads English/);
  assert.equal(outcome.german.role, 'note');
  assert.ok(outcome.german.shown && outcome.german.words > 20, 'German: the analysis is still shown');
  assert.match(outcome.chinese.message, /^This looks like Chinese; NewsLens reads English/);
  assert.ok(outcome.chinese.visible && outcome.chinese.shown);
  assert.deepEqual([outcome.english.visible, outcome.english.message], [false, ''], 'no note on English');
  assert.equal(outcome.cleared, false, 'clearing the text clears the note');
  assert.deepEqual(errors, []);
  await close();
});

// A result from the real analyzer for the sentences and stats, with entities, key
// points and quotes laid over it at offsets found in the text, so the panel can be
// checked whatever the shipped model finds.
const FIXTURE_SETUP = async () => {
  const { createAnalyzer } = await import('/web/index.js');
  await import('/web/define.js');
  const real = await createAnalyzer();
  const text = 'Antony Blinken met Xi Jinping in Beijing on Monday. Blinken said: "We made progress," in a call. ' +
    'Reuters reported that Xi praised the talks. Beijing and Washington agreed to meet again.\n' +
    'The State Department said nothing more.';
  const entities = [
    { id: 0, name: 'Antony Blinken', type: 'PERSON', aliases: ['Antony Blinken', 'Blinken'], count: 2, salience: 0.4, first: 0 },
    { id: 1, name: 'Xi Jinping', type: 'PERSON', aliases: ['Xi Jinping', 'Xi'], count: 2, salience: 0.3, first: 0 },
    { id: 2, name: 'Beijing', type: 'GPE', aliases: ['Beijing'], count: 2, salience: 0.2, first: 0 },
    { id: 3, name: 'Washington', type: 'GPE', aliases: ['Washington'], count: 1, salience: 0.05, first: 0 },
    { id: 4, name: 'Reuters', type: 'ORG', aliases: ['Reuters'], count: 1, salience: 0.15, first: 0 },
    { id: 5, name: 'Monday', type: 'DATE', aliases: ['Monday'], count: 1, salience: 0.01, first: 0 },
  ];
  const mentions = [];
  const at = (surface, entity, from = 0) => {
    const start = text.indexOf(surface, from);
    if (start < 0) throw new Error(`fixture: ${surface} not found`);
    mentions.push({ start, end: start + surface.length, text: surface, type: entities[entity].type, entity, score: 0.9 });
    return start + surface.length;
  };
  at('Antony Blinken', 0); at('Xi Jinping', 1); at('Beijing', 2); at('Monday', 5); at('Blinken', 0, 20);
  at('Reuters', 4); at('Xi', 1, 100); const b = text.indexOf('Beijing', 100); at('Beijing', 2, b); at('Washington', 3);
  mentions.sort((x, y) => x.start - y.start);
  const base = real.analyze(text);
  const quoteStart = text.indexOf('We made');
  const keyPoint = (i) => ({ sentence: i, start: base.sentences[i].start, end: base.sentences[i].end,
    text: text.slice(base.sentences[i].start, base.sentences[i].end), score: 1 - i / 10 });
  const result = { ...base, mentions, entities,
    keyPoints: [keyPoint(0), keyPoint(base.sentences.length - 1)],
    quotes: [{ start: quoteStart, end: quoteStart + 'We made progress,'.length, text: 'We made progress,', speaker: 0 }],
    keywords: [{ text: 'talks', score: 0.5 }] };
  const el = document.createElement('news-lens');
  el.id = 'fixture';
  el.analyzer = { analyze: () => result, version: real.version };
  const shown = new Promise((resolve) => el.addEventListener('newslens-result', resolve, { once: true }));
  el.text = text;
  document.body.prepend(el);
  await shown;
  return { sentences: base.sentences.length };
};

test('entity panel: grouped by type, sorted by salience; hover, select and the keyboard', async () => {
  const { page, errors, close } = await openDemo();
  const { sentences } = await page.evaluate(FIXTURE_SETUP);
  const lens = page.locator('#fixture');
  const groups = await lens.locator('.nl-entity-group').evaluateAll((gs) => gs.map((g) => ({
    type: g.dataset.type, names: [...g.querySelectorAll('.nl-entity-name')].map((n) => n.textContent) })));
  assert.deepEqual(groups, [
    { type: 'PERSON', names: ['Antony Blinken', 'Xi Jinping'] },
    { type: 'GPE', names: ['Beijing', 'Washington'] },
    { type: 'ORG', names: ['Reuters'] },
    { type: 'DATE', names: ['Monday'] },
  ]);
  const marked = (cls) => lens.locator(`mark.${cls}`).evaluateAll((ms) => ms.map((m) => m.textContent));

  await lens.locator('.nl-entity[data-entity="1"]').hover();
  assert.deepEqual(await marked('nl-active'), ['Xi Jinping', 'Xi']);

  // Roving tabindex: one tab stop; arrows, Home and End move it; Enter selects.
  const tabStops = () => lens.locator('.nl-entity[tabindex="0"]').evaluateAll((os) => os.map((o) => o.dataset.entity));
  assert.deepEqual(await tabStops(), ['0']);
  await lens.locator('.nl-entity[data-entity="0"]').focus();
  await page.keyboard.press('ArrowDown');
  assert.deepEqual(await tabStops(), ['1']);
  await page.keyboard.press('End');
  assert.deepEqual(await tabStops(), ['5']);
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.deepEqual(await tabStops(), ['2']);
  const focused = await page.evaluate(() => document.getElementById('fixture').shadowRoot.activeElement?.dataset.entity);
  assert.equal(focused, '2');
  await page.keyboard.press('Enter');
  assert.deepEqual(await marked('nl-selected'), ['Beijing', 'Beijing']);
  assert.equal(await lens.locator('.nl-entity[data-entity="2"]').getAttribute('aria-selected'), 'true');
  await page.keyboard.press('Enter');
  assert.deepEqual(await marked('nl-selected'), [], 'Enter again clears the selection');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  assert.deepEqual(await marked('nl-selected'), [], 'Escape clears the selection');

  // Clicking a highlighted mention selects its entity.
  await lens.locator('mark[data-entity="4"]').click();
  assert.deepEqual(await marked('nl-selected'), ['Reuters']);

  // Quotes name their speaker.
  assert.deepEqual(await lens.locator('.nl-quote').evaluateAll((qs) => qs.map((q) => q.textContent)),
    ['We made progress, — Antony Blinken']);

  // Key points: numbered, and each leads to its sentence and flashes it.
  const points = lens.locator('[part~="key-points"] button');
  assert.equal(await points.count(), 2);
  await points.nth(1).click();
  const last = lens.locator(`.nl-sentence[data-sentence="${sentences - 1}"]`);
  await last.and(page.locator('.nl-flash')).waitFor({ timeout: 2000 });
  assert.equal(await lens.locator('.nl-flash').count(), 1);

  // The legend filters by type and reflects to hide-types; the panel hides that group.
  await lens.locator('[part~="legend"] button[data-type="GPE"]').click();
  assert.equal(await lens.getAttribute('hide-types'), 'GPE');
  assert.equal(await lens.locator('[part~="legend"] button[data-type="GPE"]').getAttribute('aria-pressed'), 'false');
  assert.equal(await lens.locator('.nl-entity-group[data-type="GPE"]').isVisible(), false);
  const beijingBackground = await lens.locator('mark[data-type="GPE"]').first()
    .evaluate((m) => getComputedStyle(m).backgroundColor);
  assert.equal(beijingBackground, 'rgba(0, 0, 0, 0)', 'hidden types lose their highlight');
  await page.evaluate(() => { document.getElementById('fixture').hiddenTypes = []; });
  await page.waitForFunction(() => document.getElementById('fixture').shadowRoot
    .querySelector('.nl-entity-group[data-type="GPE"]').hidden === false);
  assert.deepEqual(errors, []);
  await close();
});

// WCAG relative luminance and contrast of two CSS colours, computed in the page.
const CONTRASTS = () => {
  const el = document.getElementById('fixture');
  const probe = document.createElement('span');
  el.shadowRoot.append(probe);
  const rgb = (css) => {
    probe.style.color = css;
    return getComputedStyle(probe).color.match(/[\d.]+/g).slice(0, 3).map(Number);
  };
  const lum = ([r, g, b]) => {
    const f = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const fg = rgb(getComputedStyle(el.shadowRoot.querySelector('[part~="text"]')).color);
  const styles = getComputedStyle(el);
  const out = {};
  for (const type of ['PERSON', 'NORP', 'ORG', 'GPE', 'LOC', 'FAC', 'EVENT', 'PRODUCT', 'WORK_OF_ART', 'LAW', 'DATE',
    'TIME', 'MONEY', 'PERCENT', 'QUANTITY', 'CARDINAL', 'ORDINAL']) {
    const bg = rgb(styles.getPropertyValue(`--nl-color-${type}`).trim());
    const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
    out[type] = Math.round(((hi + 0.05) / (lo + 0.05)) * 10) / 10;
  }
  probe.remove();
  return out;
};

for (const colorScheme of ['light', 'dark']) {
  test(`type colours keep text readable (${colorScheme}); demo screenshot saved`, async () => {
    const { page, errors, close } = await openDemo({ colorScheme, viewport: { width: 1200, height: 900 } });
    await page.evaluate(FIXTURE_SETUP);
    const contrasts = await page.evaluate(CONTRASTS);
    for (const [type, ratio] of Object.entries(contrasts)) {
      assert.ok(ratio >= 4.5, `${colorScheme}: ${type} highlight contrast ${ratio} < 4.5`);
    }
    await page.locator('#fixture .nl-entity[data-entity="0"]').hover();
    await page.locator('#fixture').screenshot({ path: artifactPath(`element-${colorScheme}.png`) });
    await page.evaluate(() => document.getElementById('fixture').remove());
    await page.waitForFunction(() => document.getElementById('article').value.length > 0);
    await page.click('#analyze');
    await page.waitForFunction(() => document.getElementById('status').textContent === 'Done');
    assert.match(await page.textContent('#stats'), /words · .* sentences · .* entities · .* mentions · analyzed in [\d.]+ ms/);
    await page.screenshot({ path: artifactPath(`demo-${colorScheme}.png`), fullPage: true });
    assert.deepEqual(errors, []);
    await close();
  });
}

test('a ~1 MB text renders in slices: the page keeps running while it appears', async () => {
  const { page, close } = await openDemo();
  const outcome = await page.evaluate(async () => {
    const sample = document.getElementById('article').value
      || await (await fetch('/web/samples/us-china-talks.txt')).text();
    let text = '';
    while (text.length < 1024 * 1024) text += `${sample}\n\n`;
    const el = document.getElementById('lens');
    let ticks = 0;
    const timer = setInterval(() => { ticks++; }, 5);
    let slicesSeen = 0;
    const observer = new MutationObserver(() => { slicesSeen++; });
    observer.observe(el.shadowRoot.querySelector('[part~="text"]'), { childList: true });
    el.text = text;
    const result = await new Promise((resolve) => el.addEventListener('newslens-result', (e) => resolve(e.detail), { once: true }));
    clearInterval(timer);
    observer.disconnect();
    const shown = el.shadowRoot.querySelector('[part~="text"]');
    const quotes = el.shadowRoot.querySelector('[part~="quotes"]');
    return { ticks, slicesSeen, same: shown.textContent === text, sentences: shown.querySelectorAll('.nl-sentence').length,
      expected: result.sentences.length, quotes: result.quotes.filter((q) => q.kind !== 'term').length,
      quotesShown: quotes.querySelectorAll('.nl-quote').length,
      more: quotes.querySelector('.nl-more')?.textContent };
  });
  console.log(`# 1 MB: ${outcome.slicesSeen} render slices, ${outcome.ticks} timer ticks meanwhile`);
  assert.ok(outcome.same, 'every character of the text is shown');
  assert.equal(outcome.sentences, outcome.expected);
  // The sample's quotes, repeated ~470 times: the panel lists the first 200 and says so.
  assert.ok(outcome.quotes > 200, `${outcome.quotes} quotes`);
  assert.equal(outcome.quotesShown, 200);
  assert.equal(outcome.more, `and ${(outcome.quotes - 200).toLocaleString('en')} more quotes (in the result)`);
  assert.ok(outcome.slicesSeen >= 2, `rendered in ${outcome.slicesSeen} slices, not in one go`);
  assert.ok(outcome.ticks >= 3, `timer fired ${outcome.ticks} times`);
  await close();
});

test('demo: pasted HTML becomes inert article text; copy key points; export JSON', async () => {
  const { page, errors, close } = await openDemo();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.origin });
  const pasted = await page.evaluate(() => {
    const textarea = document.getElementById('article');
    textarea.value = '';
    const html = '<html><body><nav>Home | World</nav><article><header><h1>Talks resume</h1></header>' +
      '<p>Mr Blinken met <b>Mr Xi</b>&nbsp;in   Beijing.</p><script>window.__pwned = 1</script>' +
      '<img src="x" onerror="window.__pwned = 2"><p>Both sides<br>spoke.</p><form><button>Subscribe</button></form>' +
      '</article><footer>© Paper</footer></body></html>';
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'plain fallback');
    textarea.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    return textarea.value;
  });
  assert.equal(pasted, 'Talks resume\n\nMr Blinken met Mr Xi in Beijing.\n\nBoth sides\nspoke.');
  const noArticle = await page.evaluate(async () => (await import('/web/paste-clean.js')).htmlToArticleText(
    '<header>Site name</header><div><p>Body text.</p><ul><li>One</li><li>Two</li></ul></div><footer>(c) Site</footer>'));
  assert.equal(noArticle, 'Body text.\n\nOne\n\nTwo', 'without an <article>, the page header and footer go');
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'pasted markup never runs');

  // Copy and export act on what the demo's element shows (here the fixture result).
  await page.evaluate(FIXTURE_SETUP);
  await page.evaluate(() => {
    const fixture = document.getElementById('fixture');
    const lens = document.getElementById('lens');
    lens.analyzer = fixture.analyzer;
    document.getElementById('article').value = fixture.text;
    fixture.remove();
  });
  await page.click('#analyze');
  await page.waitForFunction(() => document.getElementById('status').textContent === 'Done');
  await page.click('#copy-key-points');
  await page.waitForFunction(() => /Copied/.test(document.getElementById('status').textContent));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^1\. Antony Blinken met Xi Jinping in Beijing on Monday\.\n2\. The State Department said nothing more\.$/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  assert.equal(download.suggestedFilename(), 'newslens-result.json');
  const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(exported.schema, 1);
  assert.equal(exported.entities.length, 6);
  assert.match(exported.text, /^Antony Blinken met/);
  // Paste cleaning builds no attribute, so the page's CSP has nothing to report either.
  assert.deepEqual(errors, []);
  await close();
});

test('where no Worker can start, the element analyzes on the main thread', async () => {
  const { page, close } = await openDemo();
  const outcome = await page.evaluate(async () => {
    await import('/web/define.js');
    const RealWorker = window.Worker;
    // What a CSP without worker-src, or a browser without module Workers, amounts to.
    window.Worker = class { constructor() { throw new DOMException('blocked by policy', 'SecurityError'); } };
    const el = document.createElement('news-lens');
    const ready = new Promise((resolve) => el.addEventListener('newslens-ready', (e) => resolve(e.mode), { once: true }));
    const shown = new Promise((resolve) => el.addEventListener('newslens-result', (e) => resolve(e.detail), { once: true }));
    el.text = 'One sentence here. And another one.';
    document.body.append(el);
    const mode = await ready;
    const result = await shown;
    window.Worker = RealWorker;
    return { mode, activeMode: el.activeMode, sentences: result.sentences.length };
  });
  assert.deepEqual(outcome, { mode: 'sync', activeMode: 'sync', sentences: 2 });
  await close();
});

test('the renderer never loses or adds text, whatever the spans', async () => {
  const { page, close } = await openDemo();
  const outcome = await page.evaluate(async () => {
    const { renderHighlightedText, renderHighlightedTextChunked } = await import('/web/render.js');
    const text = '  Lead gap. Mention crosses\r\ninto the next 👍 sentence. Overlaps here. Tail without a sentence';
    const s = (a, b) => ({ start: text.indexOf(a), end: text.indexOf(b) + b.length, paragraph: 0, boilerplate: false });
    const m = (surface, type, from = 0) => {
      const start = text.indexOf(surface, from);
      return { start, end: start + surface.length, text: surface, type, entity: null, score: 1 };
    };
    const result = {
      // Sentences that do not tile: a gap before the first, none over the tail.
      sentences: [s('Lead', 'gap.'), s('Mention', 'crosses\r\n'), s('into', 'sentence.'), s('Overlaps', 'here.')],
      mentions: [m('Lead gap', 'ORG'), m('crosses\r\ninto', 'EVENT'), m('Overlaps here', 'ORG'), m('here', 'DATE')],
    };
    const out = [];
    for (const render of [renderHighlightedText, renderHighlightedTextChunked]) {
      const div = document.createElement('div');
      await render(div, text, result);
      out.push({ same: div.textContent === text, marks: [...div.querySelectorAll('mark')].map((x) => x.textContent) });
    }
    return out;
  });
  for (const { same, marks } of outcome) {
    assert.ok(same, 'rendered text equals the input');
    assert.deepEqual(marks, ['Lead gap', 'crosses\r\n', 'Overlaps here']);
  }
  await close();
});
