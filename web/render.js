// DOM rendering of a result's text: the article with sentences, quotes and entity
// mentions wrapped. User text only ever reaches the page through textContent / Text
// nodes, never innerHTML, so pasted markup stays inert text. The <news-lens> element
// (element.js) and the demo page both draw with these.
import { el } from './dom.js';
import { typeLabel, typeShortLabel } from './entity-types.js';

// The panel (legend, entity list, key points, quotes, keywords, stats) draws in
// render-panel.js; both are re-exported here, the module the package documents.
export * from './render-panel.js';
export { ENTITY_TYPES, typeLabel, typeShortLabel, typeExplanation } from './entity-types.js';

// What every sentence of one render shares: the text, mentions and quotes in order,
// cursors into them, entity names for tooltips, and the view being recorded
// (sentence spans, marks per entity, quote spans per quote index).
function renderContext(doc, text, result) {
  const quotes = (result.quotes ?? []).map((quote, index) => ({ ...quote, index }))
    .filter((q) => q.end > q.start).sort((a, b) => a.start - b.start);
  return {
    doc, text, result, quotes,
    mentions: result.mentions,
    entities: new Map((result.entities ?? []).map((e) => [e.id, e])),
    cursor: { m: 0, q: 0, pos: 0 },
    view: { sentences: [], marks: new Map(), quotes: new Map() },
  };
}

// A mention's tooltip: whose mention it is, not only its type.
function mentionTitle(mention, entity) {
  const type = `${typeLabel(mention.type)} (${mention.type})`;
  const who = entity ? `${entity.name} — ${type}` : type;
  return mention.role === 'source' ? `${who} · named as the source of the report` : who;
}

function markFor(ctx, mention, end) {
  const mark = el(ctx.doc, 'mark', 'nl-mention', ctx.text.slice(mention.start, end));
  mark.dataset.type = mention.type;
  mark.dataset.label = typeShortLabel(mention.type);
  const hasEntity = mention.entity !== null && mention.entity !== undefined;
  mark.title = mentionTitle(mention, hasEntity ? ctx.entities.get(mention.entity) : undefined);
  if (mention.role) mark.dataset.role = String(mention.role);
  if (hasEntity) {
    mark.dataset.entity = String(mention.entity);
    if (!ctx.view.marks.has(mention.entity)) ctx.view.marks.set(mention.entity, []);
    ctx.view.marks.get(mention.entity).push(mark);
  }
  return mark;
}

// Appends text [from, to) to `container`, wrapping the mentions that start in it
// (clipped at `to`; an overlapping mention loses to the earlier one).
function appendRange(ctx, container, from, to) {
  const { mentions, cursor, doc, text } = ctx;
  let pos = from;
  while (cursor.m < mentions.length && mentions[cursor.m].start < to) {
    const mention = mentions[cursor.m++];
    if (mention.start < pos) continue;
    if (mention.start > pos) container.append(doc.createTextNode(text.slice(pos, mention.start)));
    const end = Math.min(mention.end, to);
    container.append(markFor(ctx, mention, end));
    pos = end;
  }
  if (pos < to) container.append(doc.createTextNode(text.slice(pos, to)));
}

function quoteSpan(ctx, quote) {
  const span = el(ctx.doc, 'span', 'nl-quoted');
  span.dataset.quote = String(quote.index);
  span.dataset.kind = quote.kind === 'term' ? 'term' : 'speech';
  if (!ctx.view.quotes.has(quote.index)) ctx.view.quotes.set(quote.index, []);
  ctx.view.quotes.get(quote.index).push(span);
  return span;
}

// Builds the span of sentence `index`: its text, with quotes as <span class="nl-quoted">
// (a quote over several sentences gets a piece in each) and mentions as marks.
function buildSentence(ctx, sentence, index) {
  const span = el(ctx.doc, 'span', 'nl-sentence');
  span.dataset.sentence = String(index);
  if (sentence.boilerplate) span.classList.add('nl-boilerplate');
  const { quotes, cursor } = ctx;
  let pos = sentence.start;
  while (pos < sentence.end) {
    while (cursor.q < quotes.length && quotes[cursor.q].end <= pos) cursor.q++;
    const quote = quotes[cursor.q];
    if (!quote || quote.start >= sentence.end) {
      appendRange(ctx, span, pos, sentence.end);
      break;
    }
    if (quote.start > pos) appendRange(ctx, span, pos, quote.start);
    const from = Math.max(pos, quote.start);
    const to = Math.min(quote.end, sentence.end);
    const piece = quoteSpan(ctx, quote);
    appendRange(ctx, piece, from, to);
    span.append(piece);
    pos = to;
    if (quote.end <= to) cursor.q++;
  }
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
  #ctx;
  #parent;
  #page = null;
  #pageStart = 0;
  #lineEnded = true;

  constructor(doc, text, result, parent) {
    this.#ctx = renderContext(doc, text, result);
    this.#parent = parent;
  }

  /** What has been rendered so far: {sentences, marks, quotes}. */
  get view() { return this.#ctx.view; }

  /** Where new pages go (a fragment per slice); an open page stays where it is. */
  set parent(node) { this.#parent = node; }

  #openPage() {
    if (!this.#page) {
      this.#page = el(this.#ctx.doc, 'div', 'nl-page');
      this.#pageStart = this.#ctx.cursor.pos;
      this.#parent.append(this.#page);
    }
    return this.#page;
  }

  sentence(index) {
    const ctx = this.#ctx;
    const sentence = ctx.result.sentences[index];
    const gap = gapNode(ctx.doc, ctx.text, ctx.cursor.pos, sentence.start);
    if (gap) this.#openPage().append(gap);
    const span = buildSentence(ctx, sentence, index);
    this.#openPage().append(span);
    ctx.view.sentences.push(span);
    ctx.cursor.pos = Math.max(ctx.cursor.pos, sentence.end);
    this.#lineEnded = sentence.end > sentence.start && ctx.text.charCodeAt(sentence.end - 1) === 10;
  }

  /** Closes the open page if the text so far ends a line; else it grows on. */
  endPage({ last = false } = {}) {
    if (!this.#page || (!this.#lineEnded && !last)) return;
    // Room to keep for the page while it is off-screen and not laid out: a guess
    // from its length (about 90 characters a line), replaced by its real size once seen.
    const chunk = this.#ctx.text.slice(this.#pageStart, this.#ctx.cursor.pos);
    const lines = chunk.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 90)), 0);
    this.#page.style.containIntrinsicBlockSize = `auto ${(lines * 1.7).toFixed(1)}em`;
    this.#page = null;
  }

  /** Appends the text after the last sentence and closes the last page (which needs its size estimate too). */
  tail() {
    const { doc, text, cursor } = this.#ctx;
    const tail = gapNode(doc, text, cursor.pos, text.length);
    if (tail) this.#openPage().append(tail);
    cursor.pos = text.length;
    this.endPage({ last: true });
  }
}

/**
 * Fills `container` with `text`, wrapping each mention in <mark class="nl-mention"
 * data-type=TYPE data-entity=ID data-label=LABEL>, each quote in <span class="nl-quoted"
 * data-quote=INDEX data-kind=speech|term> and each sentence in <span class="nl-sentence"
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
 * {sentences, marks, quotes} (marks: entity id → mark elements; quotes: index in
 * result.quotes → its span pieces), or to null when `signal`
 * aborted (a newer render took over). `onSlice(view)` runs after each slice.
 */
export async function renderHighlightedTextChunked(container, text, result, { signal = undefined, budgetMs = 12, onSlice = undefined } = {}) {
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

