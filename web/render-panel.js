// DOM rendering of a result's panel: the type legend, the entity listbox, key points,
// quotes (speech) and quoted terms, keywords and the stats line. Every field added in
// later schema revisions (quotes[].kind and speakerText, keyPoints[].short and
// refersTo, mentions[].role) is optional here: absent, the panel looks as before.
import { el } from './dom.js';
import { typeLabel, typeExplanation } from './entity-types.js';

/**
 * Longest list the panel shows (quotes, entities): a 1 MB text can have thousands, and
 * a panel that long costs layout on every slice of the text; result has them all.
 */
export const MAX_LISTED = 200;

function moreNote(doc, tag, hidden, what) {
  if (hidden <= 0) return null;
  return el(doc, tag, 'nl-more', `and ${hidden.toLocaleString('en')} more ${what} (in the result)`);
}

const plural = (n, one, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** Counts of mentions per entity type, most frequent first: [[type, count], …]. */
export function typeCounts(result) {
  const counts = new Map();
  for (const m of result.mentions) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/**
 * The legend: one toggle button per type present, with its colour, label and count,
 * and a tooltip saying what the type means; aria-pressed="false" marks a hidden type.
 * Returns the buttons.
 */
export function renderLegend(container, result, hiddenTypes = new Set()) {
  const doc = container.ownerDocument;
  const buttons = typeCounts(result).map(([type, count]) => {
    const button = el(doc, 'button', 'nl-legend-item');
    button.setAttribute('type', 'button');
    button.dataset.type = type;
    button.setAttribute('aria-pressed', String(!hiddenTypes.has(type)));
    button.title = `${typeLabel(type)} (${type}): ${typeExplanation(type)}. ${plural(count, 'mention')}; click to hide or show them.`;
    const swatch = el(doc, 'span', 'nl-swatch');
    swatch.dataset.type = type;
    swatch.setAttribute('aria-hidden', 'true');
    button.append(swatch, el(doc, 'span', 'nl-legend-label', typeLabel(type)), el(doc, 'span', 'nl-count', String(count)));
    return button;
  });
  container.replaceChildren(...buttons);
  return buttons;
}

/**
 * Groups entities by type (groups ordered by their most salient entity) and sorts
 * each group by salience, highest first.
 */
export function groupEntities(entities) {
  const groups = new Map();
  for (const entity of entities) {
    if (!groups.has(entity.type)) groups.set(entity.type, []);
    groups.get(entity.type).push(entity);
  }
  const bySalience = (a, b) => b.salience - a.salience || b.count - a.count || a.first - b.first;
  for (const list of groups.values()) list.sort(bySalience);
  return [...groups].sort((a, b) => bySalience(a[1][0], b[1][0]));
}

// "3 mentions · also Blinken, Mr Blinken": what hover and focus reveal of an entity.
function entityDetail(entity) {
  const aliases = (entity.aliases ?? []).filter((a) => a !== entity.name);
  const parts = [plural(entity.count, 'mention')];
  if (aliases.length) parts.push(`also ${aliases.join(', ')}`);
  return parts.join(' · ');
}

function entityOption(doc, entity, top) {
  const option = el(doc, 'div', 'nl-entity');
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');
  option.tabIndex = -1;
  option.dataset.entity = String(entity.id);
  option.dataset.type = entity.type;
  const detail = entityDetail(entity);
  option.title = `${entity.name} — ${typeLabel(entity.type)} · ${detail}`;
  const bar = el(doc, 'span', 'nl-salience');
  bar.setAttribute('aria-hidden', 'true');
  const fill = el(doc, 'span', 'nl-salience-fill');
  fill.style.width = `${Math.round(Math.max(0, Math.min(1, entity.salience / top)) * 100)}%`;
  bar.append(fill);
  const swatch = el(doc, 'span', 'nl-swatch');
  swatch.dataset.type = entity.type;
  swatch.setAttribute('aria-hidden', 'true');
  option.append(swatch, el(doc, 'span', 'nl-entity-name', entity.name),
    el(doc, 'span', 'nl-count', String(entity.count)), bar, el(doc, 'span', 'nl-entity-detail', detail));
  option.setAttribute('aria-label', `${entity.name}, ${typeLabel(entity.type)}, ${detail}`);
  return option;
}

/**
 * The entity panel: a listbox with one group per type, one option per entity
 * (data-entity = id) showing name, mention count and a salience bar (relative to
 * the most salient entity), and on hover or focus its mention count and aliases.
 * Returns the option elements in display order.
 */
export function renderEntityList(listbox, result, limit = MAX_LISTED) {
  const doc = listbox.ownerDocument;
  const options = [];
  const shown = [...result.entities].sort((a, b) => b.salience - a.salience).slice(0, limit);
  // Bars relative to the most salient entity: raw salience sums to 1 over many entities.
  const top = Math.max(1e-9, ...shown.map((e) => e.salience));
  const groups = groupEntities(shown).map(([type, entities]) => {
    const group = el(doc, 'div', 'nl-entity-group');
    group.setAttribute('role', 'group');
    group.dataset.type = type;
    const headingId = `nl-group-${type}`;
    const heading = el(doc, 'div', 'nl-group-heading', `${typeLabel(type)} (${entities.length})`);
    heading.id = headingId;
    heading.title = typeExplanation(type);
    heading.setAttribute('role', 'presentation');
    group.setAttribute('aria-labelledby', headingId);
    group.append(heading);
    for (const entity of entities) {
      const option = entityOption(doc, entity, top);
      group.append(option);
      options.push(option);
    }
    return group;
  });
  listbox.replaceChildren(...groups);
  const more = moreNote(doc, 'div', result.entities.length - shown.length, 'entities');
  if (more) {
    more.setAttribute('role', 'presentation'); // a listbox holds options; this is a remark
    listbox.append(more);
  }
  if (options[0]) options[0].tabIndex = 0;
  return options;
}

// "“he” is Benjamin Netanyahu": whom a point's pronouns and role nouns mean.
function refersNote(doc, point, text, entities) {
  const notes = [];
  for (const ref of Array.isArray(point.refersTo) ? point.refersTo : []) {
    const entity = entities.get(ref?.entity);
    if (!entity) continue;
    const inText = Number.isInteger(ref.start) && Number.isInteger(ref.end) && ref.start >= 0 && ref.end <= text.length && ref.start < ref.end;
    const note = el(doc, 'span', 'nl-refers-item');
    note.dataset.entity = String(entity.id);
    note.textContent = inText ? `“${text.slice(ref.start, ref.end)}” is ${entity.name}` : `about ${entity.name}`;
    notes.push(note);
  }
  if (!notes.length) return null;
  const box = el(doc, 'span', 'nl-refers');
  notes.forEach((note, i) => box.append(...(i ? [doc.createTextNode('; '), note] : [note])));
  return box;
}

/**
 * Numbered key points, each a button (data-sentence) that leads to its sentence. A
 * point with a `short` form shows it, with a disclosure button revealing the full
 * sentence; a point with `refersTo` says whom its "he" or "The President" means.
 * `text` is the analyzed text (refersTo offsets index it).
 */
export function renderKeyPoints(list, result, text = '') {
  const doc = list.ownerDocument;
  const entities = new Map((result.entities ?? []).map((e) => [e.id, e]));
  const items = result.keyPoints.map((point, index) => {
    const item = el(doc, 'li', 'nl-key-point');
    const full = String(point.text ?? '').trim();
    const short = typeof point.short === 'string' ? point.short.trim() : '';
    const button = el(doc, 'button', 'nl-key-point-button', short || full);
    button.setAttribute('type', 'button');
    button.dataset.sentence = String(point.sentence);
    button.dataset.index = String(index);
    item.append(button);
    const refers = refersNote(doc, point, text, entities);
    if (refers) item.append(refers);
    if (short && short !== full) {
      const id = `nl-key-point-full-${index}`;
      const toggle = el(doc, 'button', 'nl-key-point-expand', 'Full sentence');
      toggle.setAttribute('type', 'button');
      toggle.setAttribute('aria-expanded', 'false');
      toggle.setAttribute('aria-controls', id);
      const whole = el(doc, 'p', 'nl-key-point-full', full);
      whole.id = id;
      whole.hidden = true;
      item.append(toggle, whole);
    }
    return item;
  });
  list.replaceChildren(...items);
  return items;
}

/** Whether a quote is someone's words (speech, or a core that predates `kind`) rather than a quoted term. */
export const isSpeech = (quote) => quote.kind !== 'term';

function speakerNode(doc, quote, byId) {
  const speaker = quote.speaker === null || quote.speaker === undefined ? null : byId.get(quote.speaker);
  if (speaker) {
    const link = el(doc, 'button', 'nl-quote-speaker', speaker.name);
    link.setAttribute('type', 'button');
    link.dataset.entity = String(speaker.id);
    link.title = `Show ${speaker.name} in the entity list`;
    return link;
  }
  const unnamed = typeof quote.speakerText === 'string' && quote.speakerText.trim();
  const who = el(doc, 'span', 'nl-quote-speaker', unnamed || 'unattributed');
  if (unnamed) {
    who.classList.add('nl-unnamed');
    who.title = 'A source the article does not name';
  }
  return who;
}

/**
 * Quotes with their speakers in `list`: speech only (a button per quote, data-quote
 * = its index in result.quotes, leading to it in the text; the speaker a button,
 * data-entity, leading to their entity; an unnamed source by its `speakerText`).
 * Quoted titles and terms (kind "term") go to `termsList`, if given, credited to no
 * one. Returns how many of each the result has: {speech, terms}.
 */
export function renderQuotes(list, termsList, result, limit = MAX_LISTED) {
  const doc = list.ownerDocument;
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const indexed = result.quotes.map((quote, index) => ({ quote, index }));
  const speech = indexed.filter(({ quote }) => isSpeech(quote));
  const terms = indexed.filter(({ quote }) => !isSpeech(quote));
  const items = speech.slice(0, limit).map(({ quote, index }) => {
    const item = el(doc, 'li', 'nl-quote');
    item.dataset.quote = String(index);
    const words = el(doc, 'button', 'nl-quote-button');
    words.setAttribute('type', 'button');
    words.dataset.quote = String(index);
    words.title = 'Show this quote in the text';
    words.append(el(doc, 'q', 'nl-quote-text', quote.text));
    item.append(words, doc.createTextNode(' — '), speakerNode(doc, quote, byId));
    return item;
  });
  list.replaceChildren(...items);
  const more = moreNote(doc, 'li', speech.length - items.length, 'quotes');
  if (more) list.append(more);
  if (termsList) {
    const chips = terms.slice(0, limit).map(({ quote, index }) => {
      const chip = el(doc, 'li', 'nl-term');
      const button = el(doc, 'button', 'nl-quote-button');
      button.setAttribute('type', 'button');
      button.dataset.quote = String(index);
      button.title = 'A quoted title or term, not anyone\'s words: show it in the text';
      button.append(el(doc, 'q', 'nl-quote-text', quote.text));
      chip.append(button);
      return chip;
    });
    termsList.replaceChildren(...chips);
    const moreTerms = moreNote(doc, 'li', terms.length - chips.length, 'terms');
    if (moreTerms) termsList.append(moreTerms);
  }
  return { speech: speech.length, terms: terms.length };
}

/** Keywords as a plain list of chips. */
export function renderKeywords(list, result) {
  const doc = list.ownerDocument;
  list.replaceChildren(...result.keywords.map((k) => el(doc, 'li', 'nl-keyword', k.text)));
}

/** What a reader wants first: "402 words · 2 min read · 17 sentences · 12 entities · 40 mentions". */
export function countsLine(result) {
  const s = result.stats;
  return [plural(s.words, 'word'), `${s.readingMinutes} min read`, plural(s.sentences, 'sentence'),
    plural(result.entities.length, 'entity', 'entities'), plural(result.mentions.length, 'mention')].join(' · ');
}

/** The timings, for developers: "analyzed in 1.7 ms · shown in 3 ms" (the latter when `extraMs` is given). */
export function timingLine(result, extraMs) {
  const parts = [`analyzed in ${Number(result.timing?.ms ?? 0).toFixed(1)} ms`];
  if (extraMs !== undefined) parts.push(`shown in ${Math.round(extraMs)} ms`);
  return parts.join(' · ');
}

/** One line of counts, then timing: "402 words · 2 min read · 17 sentences · … · analyzed in 1.7 ms". */
export function statsLine(result, extraMs) {
  return `${countsLine(result)} · ${timingLine(result, extraMs)}`;
}

/**
 * Writes the stats line into `container`: the counts, then the timings in a quieter
 * span (class nl-timing), with the core's time per stage on hover. `timing` replaces
 * the default timing text.
 */
export function renderStats(container, result, extraMs, timing = timingLine(result, extraMs)) {
  const doc = container.ownerDocument;
  container.replaceChildren(el(doc, 'span', 'nl-counts', countsLine(result)), doc.createTextNode(' · '), el(doc, 'span', 'nl-timing', timing));
  container.title = stagesLine(result);
}

/** The core's time per stage, for a tooltip: "text 0.1 ms · ner 0.9 ms · …" (empty without stages). */
export function stagesLine(result) {
  const stages = result.timing?.stages;
  if (!stages || typeof stages !== 'object') return '';
  return Object.entries(stages).map(([name, ms]) => `${name} ${Number(ms).toFixed(2)} ms`).join(' · ');
}
