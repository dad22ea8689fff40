// The <news-lens> custom element: give it text (attribute, property, or its own
// text content) and it analyzes it and shows the article with entities highlighted,
// an entity panel grouped by type, numbered key points, quotes and keywords, all in
// an open shadow root themable with CSS custom properties and ::part().
//
// This file holds the class only and loads no analyzer itself: the entry module sets
// NewsLensElement.loadAnalyzer (news-lens.js: a Worker with main-thread fallback;
// offline.js: the single-file build), so each bundle carries only what it uses.
import { elementCss } from './styles.js';
import {
  renderHighlightedTextChunked, renderLegend, renderEntityList, renderKeyPoints, renderQuotes,
  renderKeywords, stagesLine, statsLine,
} from './render.js';

const EVENT_INIT = { bubbles: true, composed: true };

/** Fired once the analyzer has loaded; `mode` says where it runs ('worker' | 'sync'). */
export class NewsLensReadyEvent extends Event {
  constructor({ version, modelInfo, mode }) {
    super('newslens-ready', EVENT_INIT);
    this.version = version;
    this.modelInfo = modelInfo;
    this.mode = mode;
  }
}

/** Fired after a result has been rendered; `detail` is the schema-1 result. */
export class NewsLensResultEvent extends CustomEvent {
  constructor(result) {
    super('newslens-result', { ...EVENT_INIT, detail: result });
  }
  get result() { return this.detail; }
}

/** Fired when loading or analysis failed; `detail` is the error (a NewsLensError when it came from NewsLens). */
export class NewsLensErrorEvent extends CustomEvent {
  constructor(error) {
    super('newslens-error', { ...EVENT_INIT, detail: error });
  }
  get error() { return this.detail; }
}

let sharedSheet = null;
function styleSheet() {
  if (!sharedSheet) {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(elementCss);
  }
  return sharedSheet;
}

function make(doc, tag, attributes = {}) {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function intAttribute(value) {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isInteger(n) ? n : null;
}

const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export class NewsLensElement extends HTMLElement {
  static observedAttributes = ['text', 'key-points', 'keywords', 'mode', 'wasm-url', 'hide-types'];

  /**
   * Loads an analyzer: ({mode, wasmUrl}) => Promise<{analyzer, mode}>, where
   * analyzer.analyze(text, options) returns a result or a promise of one.
   */
  static loadAnalyzer = null;

  /** Registers the element as `tag` (throws if the tag is taken: use define.js for a guarded define). */
  static define(tag = 'news-lens', registry = customElements) {
    registry.define(tag, this);
    return this;
  }

  #parts;
  #text = null;
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
  #view = { sentences: [], marks: new Map() };
  #options = [];
  #selected = null;
  #active = null;
  #reported = new WeakSet(); // errors already sent as newslens-error (loading and a run can both see one)

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const doc = this.ownerDocument;
    if ('adoptedStyleSheets' in root) root.adoptedStyleSheets = [styleSheet()];
    else root.append(Object.assign(doc.createElement('style'), { textContent: elementCss }));
    const parts = {
      status: make(doc, 'div', { part: 'status', class: 'status', role: 'status', 'aria-live': 'polite' }),
      stats: make(doc, 'div', { part: 'stats', class: 'stats' }),
      legend: make(doc, 'div', { part: 'legend', class: 'legend', role: 'group', 'aria-label': 'Entity types: show or hide' }),
      text: make(doc, 'div', { part: 'text', class: 'text', role: 'region', 'aria-label': 'Article with highlighted entities', tabindex: '0' }),
      panel: make(doc, 'div', { part: 'panel', class: 'panel' }),
      keyPoints: make(doc, 'ol', { part: 'key-points', class: 'key-points', 'aria-labelledby': 'nl-h-key-points' }),
      entities: make(doc, 'div', { part: 'entities', class: 'entities', role: 'listbox', 'aria-labelledby': 'nl-h-entities' }),
      quotes: make(doc, 'ul', { part: 'quotes', class: 'quotes', 'aria-labelledby': 'nl-h-quotes' }),
      keywords: make(doc, 'ul', { part: 'keywords', class: 'keywords', 'aria-labelledby': 'nl-h-keywords' }),
    };
    parts.sections = {};
    for (const [key, title] of [['keyPoints', 'Key points'], ['entities', 'Entities'], ['quotes', 'Quotes'], ['keywords', 'Keywords']]) {
      const id = `nl-h-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
      const section = make(doc, 'section', { 'data-empty': '' });
      const heading = make(doc, 'h2', { id });
      heading.textContent = title;
      section.append(heading, parts[key]);
      parts.panel.append(section);
      parts.sections[key] = section;
    }
    const layout = make(doc, 'div', { class: 'layout' });
    layout.append(parts.text, parts.panel);
    root.append(parts.status, parts.stats, parts.legend, layout);
    this.#parts = parts;

    parts.legend.addEventListener('click', (event) => this.#onLegendClick(event));
    parts.entities.addEventListener('keydown', (event) => this.#onEntityKey(event));
    parts.entities.addEventListener('click', (event) => this.#onEntityClick(event));
    parts.entities.addEventListener('pointerover', (event) => this.#hover(event.target.closest?.('.nl-entity')));
    parts.entities.addEventListener('pointerleave', () => this.#hover(null));
    parts.entities.addEventListener('focusin', (event) => this.#hover(event.target.closest?.('.nl-entity')));
    parts.entities.addEventListener('focusout', () => this.#hover(null));
    parts.text.addEventListener('pointerover', (event) => {
      const mark = event.target.closest?.('mark[data-entity]');
      this.#activate(mark ? Number(mark.dataset.entity) : null);
    });
    parts.text.addEventListener('pointerleave', () => this.#activate(null));
    parts.text.addEventListener('click', (event) => {
      const mark = event.target.closest?.('mark[data-entity]');
      if (mark) this.selectEntity(Number(mark.dataset.entity));
    });
    parts.keyPoints.addEventListener('click', (event) => {
      const button = event.target.closest?.('button[data-sentence]');
      if (button) this.revealSentence(Number(button.dataset.sentence));
    });
  }

  connectedCallback() {
    // ARIA only where the author has not said otherwise.
    if (!this.hasAttribute('role')) this.setAttribute('role', 'region');
    if (!this.hasAttribute('aria-label') && !this.hasAttribute('aria-labelledby')) this.setAttribute('aria-label', 'News analysis');
    if (this.#text === null && !this.hasAttribute('text')) {
      const own = this.textContent.trim();
      if (own) this.#text = own;
    }
    this.#invalidate('connected');
  }

  disconnectedCallback() {
    this.#renderAbort?.abort();
    this.#runAbort?.abort();
    // A Worker per detached element would leak; a reconnected element loads anew.
    const loaded = this.#loaded;
    this.#loaded = null;
    loaded?.then(({ analyzer }) => analyzer.dispose?.(), () => {});
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    if (name === 'text') this.#text = newValue;
    this.#invalidate(name);
  }

  /** The article text. Not reflected to the attribute (articles can be megabytes). */
  get text() { return this.#text ?? ''; }
  set text(value) {
    this.#text = value === null || value === undefined ? null : String(value);
    this.#invalidate('text');
  }

  /** Number of key points to select (null: the analyzer chooses by length). Reflects `key-points`. */
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
   * when a newer analysis superseded this one; rejects on errors (also sent as
   * newslens-error).
   */
  analyze() {
    this.#dirty.clear();
    return this.#run();
  }

  /** Selects entity `id` (marks all its mentions, scrolls to the first); null clears. */
  selectEntity(id) {
    const next = id === null || id === undefined || id === this.#selected ? null : Number(id);
    for (const mark of this.#view.marks.get(this.#selected) ?? []) mark.classList.remove('nl-selected');
    for (const option of this.#options) option.setAttribute('aria-selected', String(Number(option.dataset.entity) === next));
    this.#selected = next;
    const marks = this.#view.marks.get(next) ?? [];
    for (const mark of marks) mark.classList.add('nl-selected');
    marks[0]?.scrollIntoView({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
  }

  /** Scrolls sentence `index` into view and flashes it (what a key point does). */
  async revealSentence(index) {
    await this.#rendered;
    const sentence = this.#view.sentences[index];
    if (!sentence) return;
    sentence.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
    sentence.classList.remove('nl-flash');
    void sentence.offsetWidth; // restart the animation when the same point is chosen again
    sentence.classList.add('nl-flash');
    setTimeout(() => sentence.classList.remove('nl-flash'), 1800);
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
      if (dirty.has('mode') || dirty.has('wasm-url')) this.#dropLoaded();
      this.#applyFilter();
      if (dirty.size === 1 && dirty.has('hide-types')) return;
      if (!this.#analyzer && !this.#loaded) this.#ensureAnalyzer().catch(() => {}); // start loading early
      if (dirty.has('connected') && this.#result && this.#resultText === this.text) return;
      if (this.text || this.#result) this.#run().catch(() => {});
    });
  }

  #dropLoaded() {
    const loaded = this.#loaded;
    this.#loaded = null;
    this.#activeMode = null;
    loaded?.then(({ analyzer }) => analyzer.dispose?.(), () => {});
  }

  #ensureAnalyzer() {
    if (this.#analyzer) return Promise.resolve(this.#analyzer);
    if (!this.#loaded) {
      const load = this.constructor.loadAnalyzer;
      if (typeof load !== 'function') {
        return Promise.reject(new Error('no analyzer: import "newslens/element" (or set the analyzer property)'));
      }
      const loaded = Promise.resolve(load({ mode: this.mode, wasmUrl: this.wasmUrl || undefined }));
      this.#loaded = loaded;
      loaded.then(({ analyzer, mode }) => {
        if (this.#loaded !== loaded) return;
        this.#activeMode = mode;
        this.dispatchEvent(new NewsLensReadyEvent({ version: analyzer.version, modelInfo: analyzer.modelInfo, mode }));
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
    if (!text) {
      this.#clear();
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
    this.#parts.stats.textContent = statsLine(result, performance.now() - started);
    this.#parts.stats.title = stagesLine(result);  // the core's time per stage, on hover
    this.#setStatus('');
    this.dispatchEvent(new NewsLensResultEvent(result));
    return result;
  }

  async #render(text, result) {
    const abort = new AbortController();
    this.#renderAbort = abort;
    const p = this.#parts;
    this.#selected = null;
    this.#active = null;
    renderLegend(p.legend, result, new Set(this.hiddenTypes));
    this.#options = renderEntityList(p.entities, result);
    renderKeyPoints(p.keyPoints, result);
    renderQuotes(p.quotes, result);
    renderKeywords(p.keywords, result);
    p.sections.keyPoints.toggleAttribute('data-empty', result.keyPoints.length === 0);
    p.sections.entities.toggleAttribute('data-empty', result.entities.length === 0);
    p.sections.quotes.toggleAttribute('data-empty', result.quotes.length === 0);
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
    this.#view = { sentences: [], marks: new Map() };
    this.#options = [];
    for (const node of [p.text, p.legend, p.entities, p.keyPoints, p.quotes, p.keywords, p.stats]) node.replaceChildren();
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
    this.dispatchEvent(new NewsLensErrorEvent(error));
  }

  #applyFilter() {
    const hidden = new Set(this.hiddenTypes);
    const p = this.#parts;
    p.text.dataset.hidden = [...hidden].join(' ');
    for (const button of p.legend.querySelectorAll('button[data-type]')) {
      button.setAttribute('aria-pressed', String(!hidden.has(button.dataset.type)));
    }
    for (const group of p.entities.querySelectorAll('.nl-entity-group')) group.hidden = hidden.has(group.dataset.type);
    // Keep one focusable option among the visible ones (roving tabindex).
    const visible = this.#visibleOptions();
    if (visible.length && !visible.some((o) => o.tabIndex === 0)) {
      for (const o of this.#options) o.tabIndex = -1;
      visible[0].tabIndex = 0;
    }
  }

  #visibleOptions() {
    return this.#options.filter((option) => !option.parentElement.hidden);
  }

  #onLegendClick(event) {
    const button = event.target.closest?.('button[data-type]');
    if (!button) return;
    const hidden = new Set(this.hiddenTypes);
    const type = button.dataset.type;
    if (hidden.has(type)) hidden.delete(type);
    else hidden.add(type);
    this.hiddenTypes = [...hidden];
  }

  #onEntityKey(event) {
    const options = this.#visibleOptions();
    const current = options.indexOf(event.target.closest?.('.nl-entity'));
    let next = -1;
    switch (event.key) {
      case 'ArrowDown': case 'ArrowRight': next = Math.min(options.length - 1, current + 1); break;
      case 'ArrowUp': case 'ArrowLeft': next = Math.max(0, current - 1); break;
      case 'Home': next = 0; break;
      case 'End': next = options.length - 1; break;
      case 'Enter': case ' ':
        if (current >= 0) this.selectEntity(Number(options[current].dataset.entity));
        event.preventDefault();
        return;
      case 'Escape':
        if (this.#selected !== null) {
          this.selectEntity(null);
          event.preventDefault();
        }
        return;
      default: return;
    }
    event.preventDefault();
    if (next < 0 || !options[next]) return;
    for (const option of options) option.tabIndex = -1;
    options[next].tabIndex = 0;
    options[next].focus();
  }

  #onEntityClick(event) {
    const option = event.target.closest?.('.nl-entity');
    if (!option) return;
    for (const o of this.#options) o.tabIndex = -1;
    option.tabIndex = 0;
    option.focus({ preventScroll: true });
    this.selectEntity(Number(option.dataset.entity));
  }

  #hover(option) {
    this.#activate(option ? Number(option.dataset.entity) : null);
  }

  // Marks every mention of entity `id` (hover or focus in the panel or the text).
  #activate(id) {
    if (id === this.#active) return;
    for (const mark of this.#view.marks.get(this.#active) ?? []) mark.classList.remove('nl-active');
    for (const option of this.#options) option.classList.toggle('nl-active', Number(option.dataset.entity) === id);
    this.#active = id;
    for (const mark of this.#view.marks.get(id) ?? []) mark.classList.add('nl-active');
  }
}
