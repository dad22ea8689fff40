// Types of the <news-lens> element (newslens/element: the class; newslens/define:
// the class, registered as <news-lens> unless the tag is taken).
import type { Result, NewsLensError } from './index.js';

/** Fired once the analyzer has loaded. Bubbles and is composed, like every NewsLens event. */
export class NewsLensReadyEvent extends Event {
  constructor(init: { version?: string; modelInfo?: string; mode: 'worker' | 'sync' });
  readonly type: 'newslens-ready';
  readonly version: string;
  readonly modelInfo: string;
  /** Where the analyzer runs. */
  readonly mode: 'worker' | 'sync';
}
/** Fired after a result has been rendered. */
export class NewsLensResultEvent extends Event {
  constructor(result: Result);
  readonly type: 'newslens-result';
  readonly result: Result;
  /** The same as `result` (what code written for the 0.2 CustomEvent reads). */
  readonly detail: Result;
}
/** Fired when loading or analysis failed. */
export class NewsLensErrorEvent extends Event {
  constructor(error: unknown);
  readonly type: 'newslens-error';
  readonly error: NewsLensError | Error;
  /** The same as `error` (what code written for the 0.2 CustomEvent reads). */
  readonly detail: NewsLensError | Error;
}

/**
 * Anything that analyzes: the Analyzer, the WorkerAnalyzer, or your own. The element passes
 * `signal` and aborts it when a newer text replaces this one (or the element is removed).
 */
export interface ElementAnalyzer {
  analyze(text: string, options?: { keyPoints?: number; keywords?: number; signal?: AbortSignal }): Result | Promise<Result>;
  dispose?(): void;
  version?: string;
  modelInfo?: string;
}

/** How an element loads its analyzer. */
export type AnalyzerLoader = (options: { mode: 'worker' | 'sync'; wasmUrl?: string }) =>
  Promise<{ analyzer: ElementAnalyzer; mode: 'worker' | 'sync' }>;

/** The default loader of newslens/element: a Worker analyzer, else the main-thread one. */
export const loadDefaultAnalyzer: AnalyzerLoader;

/**
 * <news-lens text="…" key-points="3" keywords="10" mode="worker|sync" wasm-url="…" hide-types="DATE CARDINAL" type-labels>
 * Parts: status, stats, legend, text, panel, key-points, entities, quotes, terms, keywords.
 * Events (bubbling, composed): newslens-ready, newslens-result, newslens-error.
 */
export class NewsLensElement extends HTMLElement {
  static observedAttributes: string[];
  /** Registers the class as `tag`; throws if the tag is taken (newslens/define does not). */
  static define(tag?: string, registry?: CustomElementRegistry): typeof NewsLensElement;

  /**
   * How this element loads its analyzer (newslens/element: a Worker, else the main thread).
   * Assign a function to one element's `loadAnalyzer` to give it its own; a subclass may override it.
   */
  loadAnalyzer: AnalyzerLoader;
  /** The article text (not reflected: articles can be megabytes). Defaults to the element's own text. */
  text: string;
  /** `key-points`: how many key points, 0 to 50 (null: the model's default, 3). */
  keyPoints: number | null;
  /** `keywords`: how many keywords (null: default). */
  keywords: number | null;
  /** `mode`: 'worker' (default) or 'sync' (main thread, small texts). */
  mode: 'worker' | 'sync';
  /** `wasm-url`: where newslens.wasm is served. */
  wasmUrl: string;
  /** `hide-types`: entity types hidden from highlights and the panel. */
  hiddenTypes: string[];
  /** `type-labels`: each highlight shows its type as a small inline label (displaCy style). */
  typeLabels: boolean;
  /** Your own analyzer instead of a loaded one. */
  analyzer: ElementAnalyzer | null;
  /** The last rendered result. */
  readonly result: Result | null;
  /** Where the loaded analyzer runs, or null before it loaded. */
  readonly activeMode: 'worker' | 'sync' | null;

  /** Loads the analyzer (it also loads on connection). */
  load(): Promise<this>;
  /** Analyzes and renders now; null when superseded or when there is no text. */
  analyze(): Promise<Result | null>;
  /** Marks all mentions of entity `id` and scrolls to the first; null clears. */
  selectEntity(id: number | null): void;
  /** Scrolls sentence `index` into view and flashes it. */
  revealSentence(index: number): Promise<void>;
  /** Scrolls quote `index` (of result.quotes) into view in the text and flashes it. */
  revealQuote(index: number): Promise<void>;
}

export default NewsLensElement;

declare global {
  interface HTMLElementTagNameMap { 'news-lens': NewsLensElement; }
  interface HTMLElementEventMap {
    'newslens-ready': NewsLensReadyEvent;
    'newslens-result': NewsLensResultEvent;
    'newslens-error': NewsLensErrorEvent;
  }
}
