// The demo page as a new user meets it (issue 17), in real headless Chromium: the
// sample analyzed on load, Clear and Ctrl+Enter, empty and white-space input, the
// clipboard fallback that never touches the user's text, the draft across a reload,
// inline type labels, a palette whose types all differ by ΔE ≥ 12 in both themes,
// explained type labels, no scroll boxes inside the page, print, the stats line, the
// reports and CSVs, and the language check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { useBrowser, openDemo, artifactPath, root } from './browser.mjs';

const env = useBrowser();
const sample = fs.readFileSync(`${root}/web/samples/us-china-talks.txt`, 'utf8');
const TEXT = '#lens [part~="text"]';
const RESULT_BUTTONS = ['#copy-key-points', '#export-json', '#export-markdown', '#export-html', '#export-entities-csv', '#export-quotes-csv'];
const done = (page) => page.waitForFunction(() => document.getElementById('status').textContent === 'Done');
const disabled = (page) => Promise.all(RESULT_BUTTONS.map((b) => page.locator(b).isDisabled()));

test('the sample is analyzed on load: the first view is an analysis', async () => {
  const { page, errors, close } = await openDemo(env);
  await done(page);
  assert.equal(await page.inputValue('#article'), sample);
  assert.equal(await page.textContent(TEXT), sample);
  assert.ok(await page.locator(`${TEXT} mark`).count() > 20);
  assert.deepEqual(await disabled(page), RESULT_BUTTONS.map(() => false), 'copy and exports enabled');
  assert.deepEqual(errors, []);
  await close();
});

test('empty or white-space input: a hint, no stuck "Analyzing…", stats and exports off', async () => {
  const { page, errors, close } = await openDemo(env);
  await done(page);
  for (const [value, hint] of [['', /empty/], ['   \n\t  \n', /only spaces/]]) {
    await page.fill('#article', value);
    await page.click('#analyze');
    await page.waitForTimeout(300);
    assert.equal(await page.textContent('#status'), 'Nothing to analyze');
    assert.ok(await page.locator('#input-hint').isVisible());
    assert.match(await page.textContent('#input-hint'), hint);
    assert.equal(await page.textContent('#stats'), '', 'no stale stats');
    assert.deepEqual(await disabled(page), RESULT_BUTTONS.map(() => true), 'copy and exports disabled');
    assert.equal(await page.locator(`${TEXT} .nl-sentence`).count(), 0, 'the old analysis is gone');
  }
  // Typing hides the hint; the element itself says so for white space given directly.
  await page.fill('#article', 'Some text.');
  assert.equal(await page.locator('#input-hint').isVisible(), false);
  const own = await page.evaluate(async () => {
    const lens = document.getElementById('lens');
    lens.text = '   ';
    await lens.analyze();
    return lens.shadowRoot.querySelector('[part~="status"]').textContent;
  });
  assert.match(own, /Nothing to analyze/);
  assert.deepEqual(errors, []);
  await close();
});

test('Clear empties the box and the analysis; Ctrl+Enter analyzes', async () => {
  const { page, errors, close } = await openDemo(env);
  await done(page);
  await page.click('#clear');
  assert.equal(await page.inputValue('#article'), '');
  assert.equal(await page.textContent('#status'), 'Cleared');
  assert.equal(await page.locator(`${TEXT} .nl-sentence`).count(), 0);
  assert.equal(await page.textContent('#stats'), '');
  assert.deepEqual(await disabled(page), RESULT_BUTTONS.map(() => true));
  assert.equal(await page.evaluate(() => document.activeElement.id), 'article', 'focus back in the text box');
  await page.locator('#article').pressSequentially('Antony Blinken met Xi Jinping in Beijing on Monday.');
  await page.keyboard.press('Control+Enter');
  await done(page);
  assert.equal(await page.textContent(TEXT), 'Antony Blinken met Xi Jinping in Beijing on Monday.');
  assert.equal(await page.inputValue('#article'), 'Antony Blinken met Xi Jinping in Beijing on Monday.', 'no newline typed');
  assert.deepEqual(errors, []);
  await close();
});

test('when the clipboard refuses, the key points go anywhere but the user\'s text', async () => {
  const { page, errors, close } = await openDemo(env);
  await done(page);
  const before = await page.inputValue('#article');
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    window.__copied = [];
    document.execCommand = function execCommand(command) {
      window.__copied.push([command, document.activeElement?.value]);
      return true;
    };
  });
  await page.click('#copy-key-points');
  await page.waitForFunction(() => /Copied/.test(document.getElementById('status').textContent));
  const [[command, copied]] = await page.evaluate(() => window.__copied);
  assert.equal(command, 'copy');
  assert.match(copied, /^1\. China.s President Xi Jinping/, 'a scratch box held the points');
  assert.equal(await page.inputValue('#article'), before, 'the article is untouched');
  assert.equal(await page.locator('textarea').count(), 2, 'the scratch box is gone (the article and the dialog\'s box remain)');

  // Neither way works: a dialog shows the points selected; the article is still untouched.
  await page.evaluate(() => { document.execCommand = () => false; });
  await page.click('#copy-key-points');
  await page.locator('#copy-dialog[open]').waitFor();
  assert.match(await page.inputValue('#copy-text'), /^1\. China.s President/);
  assert.equal(await page.evaluate(() => { const t = document.getElementById('copy-text'); return t.value.slice(t.selectionStart, t.selectionEnd); }),
    await page.inputValue('#copy-text'), 'the points are selected for Ctrl+C');
  assert.equal(await page.inputValue('#article'), before);
  await page.click('#copy-close');
  assert.equal(await page.locator('#copy-dialog[open]').count(), 0);
  assert.deepEqual(errors, []);
  await close();
});

test('the draft survives a reload (sessionStorage) and is what gets analyzed', async () => {
  const { page, errors, close } = await openDemo(env);
  await done(page);
  const draft = 'Prime Minister Rishi Sunak visited Kyiv on Tuesday. He met President Volodymyr Zelensky.';
  await page.fill('#article', draft);
  await page.waitForTimeout(500); // the draft is saved a moment after typing stops
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  await done(page);
  assert.equal(await page.inputValue('#article'), draft);
  assert.equal(await page.textContent(TEXT), draft);
  await page.click('#clear');
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  assert.equal(await page.inputValue('#article'), sample, 'after Clear, a reload shows the sample again');
  assert.deepEqual(errors, []);
  await close();
});

test('inline type labels (on in the demo) are generated content: the text stays exact', async () => {
  const { page, close } = await openDemo(env);
  await done(page);
  assert.equal(await page.getAttribute('#lens', 'type-labels'), '');
  const labels = await page.locator(`${TEXT} mark`).evaluateAll((ms) => ms.slice(0, 40).map((m) =>
    [m.dataset.type, getComputedStyle(m, '::after').content]));
  const person = labels.find(([type]) => type === 'PERSON');
  // `content: attr(data-label) / ""`: the label is seen, and its alt text (empty) keeps screen readers from reading it twice.
  assert.match(person[1], /^"Person"( \/ "")?$/);
  assert.ok(labels.some(([type, content]) => type === 'GPE' && /^"Place"/.test(content)));
  assert.equal(await page.textContent(TEXT), sample);
  await page.evaluate(() => { document.getElementById('lens').typeLabels = false; });
  await page.waitForFunction(() => !document.getElementById('lens').hasAttribute('type-labels'));
  assert.equal(await page.locator(`${TEXT} mark`).first().evaluate((m) => getComputedStyle(m, '::after').content), 'none');
  await close();
});

// CIE76 ΔE between every two type colours as the page computes them (CSS → sRGB → Lab).
const DELTA_E = () => {
  const lens = document.getElementById('lens');
  const probe = document.createElement('span');
  lens.shadowRoot.append(probe);
  const lab = (css) => {
    probe.style.color = css;
    const [r, g, b] = getComputedStyle(probe).color.match(/[\d.]+/g).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    const xyz = [(0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047, 0.2126729 * r + 0.7151522 * g + 0.072175 * b,
      (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883];
    const [fx, fy, fz] = xyz.map((t) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116));
    return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
  };
  const styles = getComputedStyle(lens);
  const types = ['PERSON', 'NORP', 'ORG', 'GPE', 'LOC', 'FAC', 'EVENT', 'PRODUCT', 'WORK_OF_ART', 'LAW', 'DATE', 'TIME',
    'MONEY', 'PERCENT', 'QUANTITY', 'CARDINAL', 'ORDINAL'];
  const colours = types.map((t) => lab(styles.getPropertyValue(`--nl-color-${t}`).trim()));
  probe.remove();
  let worst = { de: Infinity };
  for (let i = 0; i < types.length; i++) {
    for (let j = i + 1; j < types.length; j++) {
      const de = Math.hypot(...colours[i].map((v, k) => v - colours[j][k]));
      if (de < worst.de) worst = { de, pair: `${types[i]}/${types[j]}` };
    }
  }
  return worst;
};

for (const colorScheme of ['light', 'dark']) {
  test(`every two entity types differ by CIE ΔE ≥ 12 (${colorScheme})`, async () => {
    const { page, close } = await openDemo(env, { colorScheme });
    const worst = await page.evaluate(DELTA_E);
    console.log(`# ${colorScheme}: closest pair ${worst.pair}, ΔE76 ${worst.de.toFixed(1)}`);
    assert.ok(worst.de >= 12, `${colorScheme}: ${worst.pair} differ by ΔE ${worst.de.toFixed(1)}`);
    await close();
  });
}

test('type labels and legend tooltips say what a type means', async () => {
  const { page, close } = await openDemo(env);
  await done(page);
  const norp = page.locator('#lens [part~="legend"] button[data-type="NORP"]');
  assert.equal(await norp.locator('.nl-legend-label').textContent(), 'Nationality or group');
  assert.match(await norp.getAttribute('title'), /^Nationality or group \(NORP\): Nationality, religious or political group/);
  assert.doesNotMatch(await norp.getAttribute('title'), /NORP: show or hide/);
  const gpe = await page.locator('#lens [part~="legend"] button[data-type="GPE"]').getAttribute('title');
  assert.match(gpe, /Country, city or state/);
  assert.match(await page.locator('#lens .nl-group-heading').first().getAttribute('title'), /\w/);
  const { typeLabel, typeExplanation } = await page.evaluate(async () => {
    const m = await import('/web/entity-types.js');
    return { typeLabel: m.typeLabel('LOC'), typeExplanation: m.typeExplanation('LOC') };
  });
  assert.equal(typeLabel, 'Other location');
  assert.match(typeExplanation, /without a government/);
  await close();
});

for (const viewport of [{ width: 1200, height: 900 }, { width: 390, height: 844 }]) {
  test(`no scroll box inside the page hides text or entities (${viewport.width}px wide)`, async () => {
    const { page, close } = await openDemo(env, { viewport });
    await done(page);
    const boxes = await page.evaluate(() => {
      const shadow = document.getElementById('lens').shadowRoot;
      const scrolls = (el) => el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).overflowY !== 'visible';
      const options = [...shadow.querySelectorAll('.nl-entity')];
      return { text: scrolls(shadow.querySelector('[part~="text"]')), entities: scrolls(shadow.querySelector('[part~="entities"]')),
        panel: scrolls(shadow.querySelector('[part~="panel"]')), options: options.length,
        laidOut: options.filter((o) => o.getBoundingClientRect().height > 0).length,
        pageScrolls: document.documentElement.scrollHeight > innerHeight };
    });
    assert.deepEqual({ ...boxes, options: undefined, laidOut: undefined },
      { text: false, entities: false, panel: false, pageScrolls: true, options: undefined, laidOut: undefined });
    assert.equal(boxes.laidOut, boxes.options, 'every entity of the sample is in the page');
    // Off-screen pages of text are skipped until seen (content-visibility): look at it first.
    await page.locator(TEXT).scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.screenshot({ path: artifactPath(`demo-${viewport.width}.png`) });
    await close();
  });
}

test('print: the highlighted article, entities, key points and quotes; no controls', async () => {
  const { page, close } = await openDemo(env);
  await done(page);
  await page.emulateMedia({ media: 'print' });
  const shown = await page.evaluate(() => {
    const shadow = document.getElementById('lens').shadowRoot;
    const visible = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const text = shadow.querySelector('[part~="text"]');
    return {
      controls: [...document.querySelectorAll('button, textarea')].filter(visible).map((b) => b.id),
      text: visible(text) && text.scrollHeight <= text.clientHeight + 1,
      sections: ['key-points', 'entities', 'quotes'].map((p) => visible(shadow.querySelector(`[part~="${p}"]`))),
      colour: getComputedStyle(shadow.querySelector('mark.nl-mention')).printColorAdjust,
      stats: visible(document.getElementById('stats')),
    };
  });
  assert.deepEqual(shown, { controls: [], text: true, sections: [true, true, true], colour: 'exact', stats: true });
  const pdf = await page.pdf({ path: artifactPath('demo-print.pdf'), printBackground: true });
  assert.ok(pdf.length > 10000, `a ${pdf.length}-byte PDF`);
  await close();
});

test('the stats line speaks to readers first: words and reading time, timings after', async () => {
  const { page, close } = await openDemo(env);
  await done(page);
  const counts = await page.textContent('#stats .nl-counts');
  assert.match(counts, /^376 words · 2 min read · 16 sentences · \d+ entities · \d+ mentions$/);
  assert.match(await page.textContent('#stats .nl-timing'), /^analyzed in [\d.]+ ms · \d+ ms end to end$/);
  const [countSize, timingSize] = await page.evaluate(() => ['.nl-counts', '.nl-timing'].map((s) =>
    parseFloat(getComputedStyle(document.querySelector(`#stats ${s}`)).fontSize)));
  assert.ok(timingSize < countSize, 'timings are secondary');
  await close();
});

test('exports: Markdown and HTML reports, entities and quotes as CSV, beside the JSON', async () => {
  const { page, errors, close } = await openDemo(env);
  await done(page);
  const result = await page.evaluate(() => document.getElementById('lens').result);
  const get = async (button) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
    return { name: download.suggestedFilename(), body: fs.readFileSync(await download.path(), 'utf8') };
  };
  const md = await get('#export-markdown');
  assert.equal(md.name, 'newslens-report.md');
  assert.match(md.body, /^# NewsLens report\n\n376 words · 2 min read/);
  assert.match(md.body, /\n## Key points\n\n1\. China.s President Xi Jinping/);
  assert.match(md.body, /\n\| Entity \| Type \| Mentions \| Also called \|\n/);
  assert.match(md.body, /\n## Quotes\n\n> “more positive contributions” — /);
  const html = await get('#export-html');
  assert.equal(html.name, 'newslens-report.html');
  assert.match(html.body, /<mark class="t-PERSON" title="Xi Jinping — Person">Xi Jinping<\/mark>/);
  assert.doesNotMatch(html.body, /<script/i);
  const entities = await get('#export-entities-csv');
  assert.equal(entities.name, 'newslens-entities.csv');
  const rows = entities.body.trimEnd().split('\r\n');
  assert.equal(rows[0], 'id,name,type,type_label,mentions,salience,aliases');
  assert.equal(rows.length, result.entities.length + 1);
  const quotes = await get('#export-quotes-csv');
  assert.equal(quotes.body.split('\r\n')[0], 'start,end,kind,text,speaker,speaker_entity');
  assert.equal(quotes.body.trimEnd().split('\r\n').length, result.quotes.length + 1);
  assert.equal((await get('#export-json')).name, 'newslens-result.json');

  // Escaping: markup in names stays text in the HTML report; a formula is defused in CSV.
  const escaped = await page.evaluate(async () => {
    const m = await import('/web/demo-export.js');
    const r = { stats: { words: 2, sentences: 1, readingMinutes: 1 }, keyPoints: [], mentions: [{ start: 0, end: 6, type: 'ORG', entity: 0 }],
      entities: [{ id: 0, name: '=HYPERLINK("x")', type: 'ORG', aliases: ['<img src=x>'], count: 1, salience: 1, first: 0 }],
      quotes: [{ start: 0, end: 3, text: 'a "b", c', kind: 'speech', speaker: 0 }] };
    return { csv: m.entitiesCsv(r), quotes: m.quotesCsv(r), html: m.reportHtml('<b>x</b> y', r) };
  });
  assert.match(escaped.csv, /\r\n0,"'=HYPERLINK\(""x""\)",ORG,/);
  assert.match(escaped.quotes, /"a ""b"", c"/);
  assert.match(escaped.html, /&lt;img src=x&gt;/);
  assert.match(escaped.html, /<mark class="t-ORG" title="=HYPERLINK\(&quot;x&quot;\) — Organization">&lt;b&gt;x&lt;\/<\/mark>b&gt; y/);
  assert.deepEqual(errors, []);
  await close();
});

// The note is the element's own (one home for the language check): its shadow part.
const NOTE = '#lens [part~="language-note"]';

test('the language check names a non-English text and still shows the analysis', async () => {
  const { page, errors, close } = await openDemo(env);
  await done(page);
  assert.equal(await page.locator(NOTE).isVisible(), false, 'no warning on the English sample');
  const texts = {
    German: 'Am Montag traf sich die Bundeskanzlerin mit dem französischen Präsidenten in Berlin, um über die Lage in der Ukraine zu sprechen. ' +
      'Die beiden Politiker waren sich einig, dass die Sanktionen verlängert werden müssen.',
    French: 'Le président de la République a annoncé lundi une série de mesures pour soutenir le pouvoir d\'achat des ménages. ' +
      'Selon le gouvernement, ces mesures coûteront plus de dix milliards d\'euros.',
    Chinese: '中国国家主席习近平周一在北京会见了美国国务卿布林肯，双方就中美关系进行了深入交流。',
  };
  for (const [language, text] of Object.entries(texts)) {
    await page.fill('#article', text);
    await page.click('#analyze');
    await done(page);
    assert.ok(await page.locator(NOTE).isVisible(), `${language}: a note`);
    assert.match(await page.textContent(NOTE), new RegExp(`^This looks like ${language}; NewsLens reads English`));
    assert.equal(await page.textContent(TEXT), text, `${language}: the analysis is still shown`);
  }
  await page.fill('#article', sample);
  await page.click('#analyze');
  await done(page);
  assert.equal(await page.locator(NOTE).isVisible(), false, 'the note goes with an English text');
  assert.deepEqual(errors, []);
  await close();
});
