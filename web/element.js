// The <news-lens> custom element: give it text (attribute, property, or its own
// text content) and it analyzes it and shows the article with entities highlighted,
// an entity panel grouped by type, numbered key points, quotes and keywords, all in
// an open shadow root themable with CSS custom properties and ::part().
//
// This file holds the class and its life cycle (attributes, batching, the analysis
// run, disposal); the layout is element-layout.js, the entity listbox entity-listbox.js,
// the events events.js, drawing render.js. It loads no analyzer itself: an entry
// module subclasses it with a `loadAnalyzer` (news-lens.js: a Worker with main-thread
// fallback; offline.js: the single-file build), and one element can be given its own
// loader or analyzer, so each bundle carries only what it uses and no import changes
// another's elements.
import { buildLayout } from './element-layout.js';
import { EntityListbox, closest } from './entity-listbox.js';
import { detectNonEnglish } from './language.js';
import { NewsLensReadyEvent, NewsLensResultEvent, NewsLensErrorEvent } from './events.js';
import {
  renderHighlightedTextChunked, renderLegend, renderEntityList, renderKeyPoints, renderQuotes,
  renderKeywords, renderStats,
} from './render.js';

export { NewsLensReadyEvent, NewsLensResultEvent, NewsLensErrorEvent };

/** @param {string | null} value */
function intAttribute(value) {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isInteger(n) ? n : null;
}

const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

// Failures after which the analyzer cannot be trusted again: load a fresh one next time.
const FATAL = new Set(['internal', 'disposed', 'worker_failed', 'load_failed']);

/**
 * Highlights the entities of a news article and lists them with its key points and quotes.
 *
 * @tag news-lens
 * @summary Analyzes the article text it is given (in a Worker by default) and shows the result.
 *
 * @attr {string} text - The article (else the element's own text content).
 * @attr {number} key-points - How many key points, 0 to 50 (unset: 3, the model's default).
 * @attr {number} keywords - How many keywords (unset: the analyzer's default).
 * @attr {'worker'|'sync'} mode - Where the analysis runs: a Worker (default) or the main thread.
 * @attr {string} wasm-url - Where newslens.wasm is served, when not next to the package's dist/.
 * @attr {string} hide-types - Space-separated entity types hidden from the highlights and the panel.
 * @attr {boolean} type-labels - Shows each highlight's type as a small inline label (displaCy style).
 *
 * @fires {NewsLensReadyEvent} newslens-ready - The analyzer has loaded (`mode`, `version`, `modelInfo`).
 * @fires {NewsLensResultEvent} newslens-result - A result has been rendered (`result`, also `detail`).
 * @fires {NewsLensErrorEvent} newslens-error - Loading or analysis failed (`error`, also `detail`).
 *
 * @csspart status - The status line ("Analyzing…", errors).
 * @csspart language-note - "This looks like German; NewsLens reads English…", shown above a result whose text does not look English.
 * @csspart stats - Counts of the text (words, reading time…) and timings.
 * @csspart legend - The entity-type toggles.
 * @csspart text - The article with highlighted entities and quotes.
 * @csspart panel - The side panel holding the sections below.
 * @csspart key-points - The numbered key points.
 * @csspart entities - The entity listbox, grouped by type.
 * @csspart quotes - Quotes with their speakers.
 * @csspart terms - Quoted titles and terms (never credited to anyone).
 * @csspart keywords - The keyword chips.
 *
 * @cssprop --nl-fg - Text colour.
 * @cssprop --nl-bg - Background.
 * @cssprop --nl-muted - Secondary text.
 * @cssprop --nl-border - Borders.
 * @cssprop --nl-accent - Hover and focus marks.
 * @cssprop --nl-selected-outline - Outline of a selected entity's mentions.
 * @cssprop --nl-flash - Flash of a sentence or quote a key point or quote leads to.
 * @cssprop --nl-panel-width - Width of the side panel in a wide element.
 * @cssprop --nl-radius - Corner radius of boxes and highlights.
 * @cssprop --nl-quote - Underline of quoted speech in the text.
 * @cssprop --nl-term - Dotted underline of quoted terms in the text.
 * @cssprop --nl-note - Edge and tint of the language note.
 * @cssprop --nl-text-max-height - Height limit of the text (default none: the page scrolls).
 * @cssprop --nl-entities-max-height - Height limit of the entity list (default none).
 * @cssprop --nl-color-PERSON - Highlight of PERSON mentions.
 * @cssprop --nl-color-NORP - Highlight of NORP mentions.
 * @cssprop --nl-color-ORG - Highlight of ORG mentions.
 * @cssprop --nl-color-GPE - Highlight of GPE mentions.
 * @cssprop --nl-color-LOC - Highlight of LOC mentions.
 * @cssprop --nl-color-FAC - Highlight of FAC mentions.
 * @cssprop --nl-color-EVENT - Highlight of EVENT mentions.
 * @cssprop --nl-color-PRODUCT - Highlight of PRODUCT mentions.
 * @cssprop --nl-color-WORK_OF_ART - Highlight of WORK_OF_ART mentions.
 * @cssprop --nl-color-LAW - Highlight of LAW mentions.
 * @cssprop --nl-color-DATE - Highlight of DATE mentions.
 * @cssprop --nl-color-TIME - Highlight of TIME mentions.
 * @cssprop --nl-color-MONEY - Highlight of MONEY mentions.
 * @cssprop --nl-color-PERCENT - Highlight of PERCENT mentions.
 * @cssprop --nl-color-QUANTITY - Highlight of QUANTITY mentions.
 * @cssprop --nl-color-CARDINAL - Highlight of CARDINAL mentions.
 * @cssprop --nl-color-ORDINAL - Highlight of ORDINAL mentions.
 */
export class NewsLensElement extends HTMLElement {
  static observedAttributes = ['text', 'key-points', 'keywords', 'mode', 'wasm-url', 'hide-types', 'type-labels'];

  /**
   * Registers the class as `tag` (throws if the tag is taken: define.js is the guarded entry).
   * @param {string} [tag]
   * @param {CustomElementRegistry} [registry]
   */
  static define(tag = 'news-lens', registry = customElements) {
    registry.define(tag, this);
    return this;
  }

  #parts;
  #listbox;
  /** @type {string | null} */ #text = null;
  #result = null;
  #resultText = '';
  #analyzer = null; // set by the `analyzer` property: the author's own
  #loaded = null; // promise of {analyzer, mode} from loadAnalyzer
  #activeMode = null;
  #seq = 0;
  #dirty = new Set();
  #scheduled = false;
  #renderAbort = null;
  #runAbort = null; // cancels the analysis in flight (the Worker analyzer then restarts its Worker)
  #rendered = Promise.resolve(null);
  #view = { sentences: [], marks: new Map(), quotes: new Map() };
  #reported = new WeakSet(); // errors already sent as newslens-error (loading and a run can both see one)

  constructor() {
    super();
    const parts = buildLayout(this.attachShadow({ mode: 'open' }));
    this.#parts = parts;
    this.#listbox = new EntityListbox(parts.entities, (id) => this.#view.marks.get(id) ?? []);
    parts.legend.addEventListener('click', (event) => {
      const button = closest(event.target, 'button[data-type]');
      if (button) this.#toggleType(button.dataset.type ?? '');
    });
    parts.text.addEventListener('pointerover', (event) => {
      const mark = closest(event.target, 'mark[data-entity]');
      this.#listbox.activate(mark ? Number(mark.dataset.entity) : null);
    });
    parts.text.addEventListener('pointerleave', () => this.#listbox.activate(null));
    parts.text.addEventListener('click', (event) => {
      const mark = closest(event.target, 'mark[data-entity]');
      if (mark) this.selectEntity(Number(mark.dataset.entity));
    });
    parts.keyPoints.addEventListener('click', (event) => {
      const button = closest(event.target, 'button[data-sentence]');
      if (button) this.revealSentence(Number(button.dataset.sentence));
      const toggle = closest(event.target, 'button[aria-controls]');
      if (toggle) this.#toggleFull(toggle);
    });
    for (const list of [parts.quotes, parts.terms]) {
      list.addEventListener('click', (event) => {
        const quote = closest(event.target, 'button[data-quote]');
        if (quote) this.revealQuote(Number(quote.dataset.quote));
        const speaker = closest(event.target, 'button[data-entity]');
        if (speaker) this.#showEntity(Number(speaker.dataset.entity));
      });
    }
  }

  connectedCallback() {
    // ARIA only where the author has not said otherwise.
    if (!this.hasAttribute('role')) this.setAttribute('role', 'region');
    if (!this.hasAttribute('aria-label') && !this.hasAttribute('aria-labelledby')) this.setAttribute('aria-label', 'News analysis');
    if (this.#text === null && !this.hasAttribute('text')) {
      const own = (this.textContent ?? '').trim();
      if (own) this.#text = own;
    }
    this.#invalidate('connected');
  }

  disconnectedCallback() {
    this.#renderAbort?.abort();
    this.#runAbort?.abort();
    // A Worker per detached element would leak; a reconnected element loads anew.
    this.#releaseLoaded();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    if (name === 'text') this.#text = newValue;
    this.#invalidate(name);
  }

  /**
   * How this element loads an analyzer: ({mode, wasmUrl}) => Promise<{analyzer, mode}>.
   * The entry modules' subclasses provide it; assign a function to one element's
   * `loadAnalyzer` to give that element its own.
   * @param {{mode: 'worker' | 'sync', wasmUrl?: string}} _options
   * @returns {Promise<{analyzer: import('./news-lens.js').ElementAnalyzer, mode: 'worker' | 'sync'}>}
   */
  loadAnalyzer(_options) {
    return Promise.reject(new Error('no analyzer: import "newslens/element" or "newslens/define" (or set the analyzer property)'));
  }

  /** The article text. Not reflected to the attribute (articles can be megabytes). */
  get text() { return this.#text ?? ''; }
  set text(value) {
    this.#text = value === null || value === undefined ? null : String(value);
    this.#invalidate('text');
  }

  /** Number of key points to select, 0 to 50 (null: the model's default, 3). Reflects `key-points`. */
  get keyPoints() { return intAttribute(this.getAttribute('key-points')); }
  set keyPoints(value) { this.#reflect('key-points', value === null || value === undefined ? null : String(value)); }

  /** Number of keywords (null: the analyzer's default). Reflects `keywords`. */
  get keywords() { return intAttribute(this.getAttribute('keywords')); }
  set keywords(value) { this.#reflect('keywords', value === null || value === undefined ? null : String(value)); }

  /** 'worker' (default: analysis off the main thread) or 'sync' (main thread; small texts). Reflects `mode`. */
  get mode() { return this.getAttribute('mode') === 'sync' ? 'sync' : 'worker'; }
  set mode(value) { this.#reflect('mode', value === 'sync' ? 'sync' : 'worker'); }

  /** Where newslens.wasm is served, when not next to the package's dist/. Reflects `wasm-url`. */
  get wasmUrl() { return this.getAttribute('wasm-url') ?? ''; }
  set wasmUrl(value) { this.#reflect('wasm-url', value ? String(value) : null); }

  /** Entity types hidden from the highlights and the panel. Reflects `hide-types` (space-separated). */
  get hiddenTypes() { return (this.getAttribute('hide-types') ?? '').split(/\s+/).filter(Boolean); }
  set hiddenTypes(types) { this.#reflect('hide-types', [...new Set(types ?? [])].join(' ') || null); }

  /** Shows each highlight's type as an inline label after it (displaCy style). Reflects `type-labels`. */
  get typeLabels() { return this.hasAttribute('type-labels'); }
  set typeLabels(value) { this.toggleAttribute('type-labels', Boolean(value)); }

  /** The last rendered result (schema 1), or null. */
  get result() { return this.#result; }

  /** Where the current analyzer runs: 'worker', 'sync', or null before it has loaded. */
  get activeMode() { return this.#activeMode; }

  /** Your own analyzer (anything with analyze(text, options) → result | Promise), instead of loading one. */
  get analyzer() { return this.#analyzer; }
  set analyzer(value) {
    this.#analyzer = value ?? null;
    this.#invalidate('analyzer');
  }

  /** Loads the analyzer now (it loads on connection anyway); resolves when ready. */
  async load() {
    await this.#ensureAnalyzer();
    return this;
  }

  /**
   * Analyzes the current text now and renders it. Resolves to the result, or to null
   * when a newer analysis superseded this one or there is no text; rejects on errors
   * (also sent as newslens-error).
   */
  analyze() {
    this.#dirty.clear();
    return this.#run();
  }

  /** Selects entity `id` (marks all its mentions, scrolls to the first); null clears. */
  selectEntity(id) {
    this.#listbox.select(id);
  }

  /** Scrolls sentence `index` into view and flashes it (what a key point does). */
  async revealSentence(index) {
    await this.#rendered;
    this.#flash([this.#view.sentences[index]].filter(Boolean));
  }

  /** Scrolls quote `index` (of result.quotes) into view in the text and flashes it (what a listed quote does). */
  async revealQuote(index) {
    await this.#rendered;
    this.#flash(this.#view.quotes.get(index) ?? []);
  }

  // A speaker link: select the entity, and take focus to it in the panel when it is listed.
  #showEntity(id) {
    const option = this.#listbox.optionOf(id);
    if (this.#listbox.selected !== id) this.selectEntity(id);
    if (option && !option.parentElement?.hidden) {
      this.#listbox.focusOption(option);
      this.#flash([option], { scroll: false });
    }
  }

  #toggleFull(toggle) {
    const full = this.#parts.keyPoints.querySelector(`#${toggle.getAttribute('aria-controls')}`);
    if (!full) return;
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? 'Hide full sentence' : 'Full sentence';
    /** @type {HTMLElement} */ (full).hidden = !open;
  }

  #flash(nodes, { scroll = true } = {}) {
    if (!nodes.length) return;
    if (scroll) nodes[0].scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
    for (const node of nodes) {
      node.classList.remove('nl-flash');
      void node.offsetWidth; // restart the animation when the same one is chosen again
      node.classList.add('nl-flash');
    }
    setTimeout(() => { for (const node of nodes) node.classList.remove('nl-flash'); }, 1800);
  }

  #reflect(name, value) {
    if (value === null) this.removeAttribute(name);
    else this.setAttribute(name, value);
  }

  // Attribute and property changes are batched: one microtask, one analysis.
  #invalidate(what) {
    this.#dirty.add(what);
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      const dirty = this.#dirty;
      this.#dirty = new Set();
      if (dirty.size === 0 || !this.isConnected) return;
      if (dirty.has('mode') || dirty.has('wasm-url')) this.#releaseLoaded();
      this.#applyFilter();
      if ([...dirty].every((d) => d === 'hide-types' || d === 'type-labels')) return; // CSS only
      if (!this.#analyzer && !this.#loaded) this.#ensureAnalyzer().catch(() => {}); // start loading early
      if (dirty.has('connected') && this.#result && this.#resultText === this.text) return;
      if (this.text || this.#result) this.#run().catch(() => {});
    });
  }

  // The one place a loaded analyzer is let go (disconnection, a new mode or wasm-url,
  // a fatal failure): the next use loads a fresh one.
  #releaseLoaded() {
    const loaded = this.#loaded;
    this.#loaded = null;
    this.#activeMode = null;
    loaded?.then(({ analyzer }) => analyzer.dispose?.(), () => {});
  }

  #ensureAnalyzer() {
    if (this.#analyzer) return Promise.resolve(this.#analyzer);
    if (!this.#loaded) {
      const loaded = Promise.resolve().then(() => this.loadAnalyzer({ mode: this.mode, wasmUrl: this.wasmUrl || undefined }));
      this.#loaded = loaded;
      loaded.then(({ analyzer, mode }) => {
        if (this.#loaded !== loaded) return;
        this.#activeMode = mode;
        this.#emit(new NewsLensReadyEvent({ version: analyzer.version, modelInfo: analyzer.modelInfo, mode }));
      }, (error) => {
        if (this.#loaded !== loaded) return;
        this.#loaded = null;
        this.#showError(error);
      });
    }
    return this.#loaded.then(({ analyzer }) => analyzer);
  }

  async #run() {
    const seq = ++this.#seq;
    this.#renderAbort?.abort();
    // A newer text makes the older analysis worthless: cancel it rather than wait for it.
    this.#runAbort?.abort();
    const runAbort = new AbortController();
    this.#runAbort = runAbort;
    const text = this.text;
    if (!text.trim()) {
      this.#clear();
      if (text) this.#setStatus('Nothing to analyze: the text is only white space', 'empty');
      return null;
    }
    this.#setStatus('Analyzing…');
    const options = { signal: runAbort.signal };
    if (this.keyPoints !== null) options.keyPoints = this.keyPoints;
    if (this.keywords !== null) options.keywords = this.keywords;
    let result;
    try {
      const analyzer = await this.#ensureAnalyzer();
      if (runAbort.signal.aborted) return null;
      result = await analyzer.analyze(text, options);
    } catch (error) {
      if (seq !== this.#seq || runAbort.signal.aborted || error?.code === 'superseded') return null;
      // An analyzer that trapped or lost its Worker is not asked again: the next text loads a new one.
      if (!this.#analyzer && FATAL.has(error?.code)) this.#releaseLoaded();
      this.#showError(error);
      throw error;
    }
    if (seq !== this.#seq) return null;
    const shown = result.text ?? text;
    this.#result = result;
    this.#resultText = shown;
    this.#setStatus('Rendering…');
    const started = performance.now();
    if (!(await this.#render(shown, result))) return null;
    renderStats(this.#parts.stats, result, performance.now() - started);
    this.#setStatus('');
    this.#emit(new NewsLensResultEvent(result));
    return result;
  }

  async #render(text, result) {
    const abort = new AbortController();
    this.#renderAbort = abort;
    const p = this.#parts;
    // The language check (language.js) says why a German article's names look wrong; the analysis is still shown.
    const foreign = detectNonEnglish(text);
    p.languageNote.textContent = foreign?.message ?? '';
    p.languageNote.hidden = !foreign;
    renderLegend(p.legend, result, new Set(this.hiddenTypes));
    this.#listbox.reset(renderEntityList(p.entities, result));
    renderKeyPoints(p.keyPoints, result, text);
    const { speech, terms } = renderQuotes(p.quotes, p.terms, result);
    renderKeywords(p.keywords, result);
    p.sections.keyPoints.toggleAttribute('data-empty', result.keyPoints.length === 0);
    p.sections.entities.toggleAttribute('data-empty', result.entities.length === 0);
    p.sections.quotes.toggleAttribute('data-empty', speech === 0);
    p.sections.terms.toggleAttribute('data-empty', terms === 0);
    p.sections.keywords.toggleAttribute('data-empty', result.keywords.length === 0);
    this.#applyFilter();
    const rendering = renderHighlightedTextChunked(p.text, text, result, {
      signal: abort.signal,
      onSlice: (view) => { this.#view = view; },
    });
    this.#rendered = rendering;
    return (await rendering) !== null && !abort.signal.aborted;
  }

  #clear() {
    const p = this.#parts;
    this.#result = null;
    this.#resultText = '';
    this.#view = { sentences: [], marks: new Map(), quotes: new Map() };
    this.#listbox.reset([]);
    for (const node of [p.text, p.legend, p.entities, p.keyPoints, p.quotes, p.terms, p.keywords, p.stats, p.languageNote]) node.replaceChildren();
    p.languageNote.hidden = true;
    p.stats.title = '';
    for (const section of Object.values(p.sections)) section.setAttribute('data-empty', '');
    this.#setStatus('');
  }

  #setStatus(message, state = '') {
    this.#parts.status.textContent = message;
    this.#parts.status.dataset.state = state;
  }

  #showError(error) {
    if (error !== null && typeof error === 'object') {
      if (this.#reported.has(error)) return;
      this.#reported.add(error);
    }
    this.#setStatus(`Could not analyze: ${error?.message ?? error}`, 'error');
    this.#emit(new NewsLensErrorEvent(error));
  }

  // Every event goes out here (the classes in events.js; @fires above lists them).
  #emit(event) {
    this.dispatchEvent(event);
  }

  #applyFilter() {
    const hidden = new Set(this.hiddenTypes);
    const p = this.#parts;
    p.text.dataset.hidden = [...hidden].join(' ');
    for (const button of p.legend.querySelectorAll('button[data-type]')) {
      button.setAttribute('aria-pressed', String(!hidden.has(/** @type {HTMLElement} */ (button).dataset.type ?? '')));
    }
    this.#listbox.applyFilter(hidden);
  }

  #toggleType(type) {
    const hidden = new Set(this.hiddenTypes);
    if (hidden.has(type)) hidden.delete(type);
    else hidden.add(type);
    this.hiddenTypes = [...hidden];
  }
}
