// DOM rendering of a result. User text only ever reaches the page through
// textContent / Text nodes, never innerHTML, so pasted markup stays inert text.
// The <news-lens> element (element.js) and the demo page both draw with these.

/**
 * Longest list the panel shows (quotes, entities): a 1 MB text can have thousands, and
 * a panel that long costs layout on every slice of the text; result has them all.
 */
export const MAX_LISTED = 200;

function moreNote(doc, tag, hidden, what) {
  if (hidden <= 0) return null;
  return el(doc, tag, 'nl-more', `and ${hidden.toLocaleString('en')} more ${what} (in the result)`);
}

/** Entity types in display order, with a short human label for the legend. */
export const ENTITY_TYPES = [
  ['PERSON', 'Person'], ['NORP', 'Group'], ['ORG', 'Organization'], ['GPE', 'Place'], ['LOC', 'Location'],
  ['FAC', 'Facility'], ['EVENT', 'Event'], ['PRODUCT', 'Product'], ['WORK_OF_ART', 'Work of art'],
  ['LAW', 'Law'], ['DATE', 'Date'], ['TIME', 'Time'], ['MONEY', 'Money'], ['PERCENT', 'Percent'],
  ['QUANTITY', 'Quantity'], ['CARDINAL', 'Number'], ['ORDINAL', 'Ordinal'],
];
const TYPE_LABELS = new Map(ENTITY_TYPES);

/** The legend label of an entity type ("PERSON" → "Person"); unknown types as given. */
export function typeLabel(type) {
  return TYPE_LABELS.get(type) ?? String(type);
}

function el(doc, tag, className, text) {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// Builds the span of sentence `index`, consuming mentions from cursor.m on; marks of
// grouped mentions are recorded in `marks` (entity id → elements).
function buildSentence(doc, text, sentence, index, mentions, cursor, marks) {
  const span = el(doc, 'span', 'nl-sentence');
  span.dataset.sentence = String(index);
  if (sentence.boilerplate) span.classList.add('nl-boilerplate');
  let pos = sentence.start;
  while (cursor.m < mentions.length && mentions[cursor.m].start < sentence.end) {
    const mention = mentions[cursor.m++];
    if (mention.start < pos) continue; // overlapping mention: the earlier one won
    if (mention.start > pos) span.append(doc.createTextNode(text.slice(pos, mention.start)));
    const end = Math.min(mention.end, sentence.end);
    const mark = el(doc, 'mark', 'nl-mention', text.slice(mention.start, end));
    mark.dataset.type = mention.type;
    mark.title = typeLabel(mention.type);
    if (mention.entity !== null && mention.entity !== undefined) {
      mark.dataset.entity = String(mention.entity);
      if (!marks.has(mention.entity)) marks.set(mention.entity, []);
      marks.get(mention.entity).push(mark);
    }
    span.append(mark);
    pos = end;
  }
  if (pos < sentence.end) span.append(doc.createTextNode(text.slice(pos, sentence.end)));
  return span;
}

// Text no sentence covers (sentences tile the text, but a renderer must never lose any).
function gapNode(doc, text, from, to) {
  return to > from ? doc.createTextNode(text.slice(from, to)) : null;
}

// Writes sentences into page blocks (<div class="nl-page">) that each hold whole lines,
// so that a block boundary never breaks a line (with white-space: pre-wrap the blocks
// look exactly like the text). Small blocks keep layout work local, and off-screen ones
// are skipped altogether (content-visibility): appending to one megabyte-long block
// would lay all of it out again for every slice.
class PageWriter {
  #doc;
  #text;
  #result;
  #parent;
  #page = null;
  #pageStart = 0;
  #lineEnded = true;
  cursor = { m: 0, pos: 0 };
  view = { sentences: [], marks: new Map() };

  constructor(doc, text, result, parent) {
    this.#doc = doc;
    this.#text = text;
    this.#result = result;
    this.#parent = parent;
  }

  /** Where new pages go (a fragment per slice); an open page stays where it is. */
  set parent(node) { this.#parent = node; }

  #openPage() {
    if (!this.#page) {
      this.#page = el(this.#doc, 'div', 'nl-page');
      this.#pageStart = this.cursor.pos;
      this.#parent.append(this.#page);
    }
    return this.#page;
  }

  sentence(index) {
    const sentence = this.#result.sentences[index];
    const gap = gapNode(this.#doc, this.#text, this.cursor.pos, sentence.start);
    if (gap) this.#openPage().append(gap);
    const span = buildSentence(this.#doc, this.#text, sentence, index, this.#result.mentions, this.cursor, this.view.marks);
    this.#openPage().append(span);
    this.view.sentences.push(span);
    this.cursor.pos = Math.max(this.cursor.pos, sentence.end);
    this.#lineEnded = sentence.end > sentence.start && this.#text.charCodeAt(sentence.end - 1) === 10;
  }

  /** Closes the open page if the text so far ends a line; else it grows on. */
  endPage() {
    if (!this.#page || !this.#lineEnded) return;
    // Room to keep for the page while it is off-screen and not laid out: a guess
    // from its length (about 90 characters a line), replaced by its real size once seen.
    const chunk = this.#text.slice(this.#pageStart, this.cursor.pos);
    const lines = chunk.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 90)), 0);
    this.#page.style.containIntrinsicBlockSize = `auto ${(lines * 1.7).toFixed(1)}em`;
    this.#page = null;
  }

  tail() {
    const tail = gapNode(this.#doc, this.#text, this.cursor.pos, this.#text.length);
    if (tail) this.#openPage().append(tail);
  }
}

/**
 * Fills `container` with `text`, wrapping each mention in <mark class="nl-mention"
 * data-type=TYPE data-entity=ID> and each sentence in <span class="nl-sentence"
 * data-sentence=I>, in <div class="nl-page"> blocks of whole lines. Returns the list
 * of sentence elements.
 */
export function renderHighlightedText(container, text, result) {
  const fragment = container.ownerDocument.createDocumentFragment();
  const writer = new PageWriter(container.ownerDocument, text, result, fragment);
  for (let i = 0; i < result.sentences.length; i++) {
    writer.sentence(i);
    if (i % 64 === 63) writer.endPage();
  }
  writer.tail();
  container.replaceChildren(fragment);
  return writer.view.sentences;
}

function nextSlice() {
  // A frame when the page is visible (the browser paints between slices), a task otherwise.
  if (typeof requestAnimationFrame === 'function' && globalThis.document?.visibilityState === 'visible') {
    return new Promise((resolve) => requestAnimationFrame(() => resolve()));
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Like renderHighlightedText, but in slices of about `budgetMs` of work, yielding to
 * the browser between them, so a 1 MB article never freezes the page. Resolves to
 * {sentences, marks} (marks: entity id → mark elements), or to null when `signal`
 * aborted (a newer render took over). `onSlice(view)` runs after each slice.
 */
export async function renderHighlightedTextChunked(container, text, result, { signal, budgetMs = 12, onSlice } = {}) {
  const doc = container.ownerDocument;
  container.replaceChildren();
  const writer = new PageWriter(doc, text, result, container);
  const count = result.sentences.length;
  let i = 0;
  while (i < count) {
    const fragment = doc.createDocumentFragment();
    writer.parent = fragment;
    const started = performance.now();
    do {
      writer.sentence(i++);
    } while (i < count && (i % 16 !== 0 || performance.now() - started < budgetMs));
    writer.endPage();
    container.append(fragment);
    onSlice?.(writer.view);
    if (i < count) {
      await nextSlice();
      if (signal?.aborted) return null;
    }
  }
  writer.parent = container;
  writer.tail();
  return writer.view;
}

/** Counts of mentions per entity type, most frequent first: [[type, count], …]. */
export function typeCounts(result) {
  const counts = new Map();
  for (const m of result.mentions) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/**
 * The legend: one toggle button per type present, with its colour and count;
 * aria-pressed="false" marks a hidden type. Returns the buttons.
 */
export function renderLegend(container, result, hiddenTypes = new Set()) {
  const doc = container.ownerDocument;
  const buttons = typeCounts(result).map(([type, count]) => {
    const button = el(doc, 'button', 'nl-legend-item');
    button.type = 'button';
    button.dataset.type = type;
    button.setAttribute('aria-pressed', String(!hiddenTypes.has(type)));
    button.title = `${type}: show or hide`;
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

/**
 * The entity panel: a listbox with one group per type, one option per entity
 * (data-entity = id) showing name, mention count and a salience bar (relative to
 * the most salient entity). Returns the
 * option elements in display order.
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
    heading.setAttribute('role', 'presentation');
    group.setAttribute('aria-labelledby', headingId);
    group.append(heading);
    for (const entity of entities) {
      const option = el(doc, 'div', 'nl-entity');
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.tabIndex = -1;
      option.dataset.entity = String(entity.id);
      option.dataset.type = entity.type;
      const aliases = entity.aliases.filter((a) => a !== entity.name);
      option.title = aliases.length ? `Also: ${aliases.join(', ')}` : entity.name;
      const bar = el(doc, 'span', 'nl-salience');
      bar.setAttribute('aria-hidden', 'true');
      const fill = el(doc, 'span', 'nl-salience-fill');
      fill.style.width = `${Math.round(Math.max(0, Math.min(1, entity.salience / top)) * 100)}%`;
      bar.append(fill);
      const swatch = el(doc, 'span', 'nl-swatch');
      swatch.dataset.type = entity.type;
      swatch.setAttribute('aria-hidden', 'true');
      option.append(swatch, el(doc, 'span', 'nl-entity-name', entity.name),
        el(doc, 'span', 'nl-count', String(entity.count)), bar);
      option.setAttribute('aria-label', `${entity.name}, ${typeLabel(entity.type)}, ${entity.count} mention${entity.count === 1 ? '' : 's'}`);
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

/** Numbered key points, each a button (data-sentence) that leads to its sentence. */
export function renderKeyPoints(list, result) {
  const doc = list.ownerDocument;
  const items = result.keyPoints.map((point, index) => {
    const item = el(doc, 'li', 'nl-key-point');
    const button = el(doc, 'button', 'nl-key-point-button', point.text.trim());
    button.type = 'button';
    button.dataset.sentence = String(point.sentence);
    button.dataset.index = String(index);
    item.append(button);
    return item;
  });
  list.replaceChildren(...items);
  return items;
}

/** Quotes with their speakers (entity names; "unattributed" when none). */
export function renderQuotes(list, result, limit = MAX_LISTED) {
  const doc = list.ownerDocument;
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const items = result.quotes.slice(0, limit).map((quote) => {
    const item = el(doc, 'li', 'nl-quote');
    const speaker = quote.speaker === null || quote.speaker === undefined ? null : byId.get(quote.speaker);
    const words = el(doc, 'q', 'nl-quote-text', quote.text);
    const who = el(doc, 'span', 'nl-quote-speaker', speaker ? speaker.name : 'unattributed');
    if (speaker) who.dataset.entity = String(speaker.id);
    item.append(words, doc.createTextNode(' — '), who);
    return item;
  });
  list.replaceChildren(...items);
  const more = moreNote(doc, 'li', result.quotes.length - items.length, 'quotes');
  if (more) list.append(more);
  return items;
}

/** Keywords as a plain list of chips. */
export function renderKeywords(list, result) {
  const doc = list.ownerDocument;
  list.replaceChildren(...result.keywords.map((k) => el(doc, 'li', 'nl-keyword', k.text)));
}

/** One line of counts and timing: "402 words · 17 sentences · … · 1.7 ms". */
export function statsLine(result, extraMs) {
  const s = result.stats;
  const parts = [`${s.words} words`, `${s.sentences} sentences`, `${s.readingMinutes} min read`,
    `${result.entities.length} entities`, `${result.mentions.length} mentions`,
    `analyzed in ${result.timing.ms.toFixed(1)} ms`];
  if (extraMs !== undefined) parts.push(`shown in ${Math.round(extraMs)} ms`);
  return parts.join(' · ');
}

/** The core's time per stage, for a tooltip: "text 0.1 ms · ner 0.9 ms · …" (empty without stages). */
export function stagesLine(result) {
  const stages = result.timing?.stages;
  if (!stages || typeof stages !== 'object') return '';
  return Object.entries(stages).map(([name, ms]) => `${name} ${Number(ms).toFixed(2)} ms`).join(' · ');
}
