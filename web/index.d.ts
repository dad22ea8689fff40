// Types of the NewsLens JS API and of the schema-1 result (DESIGN.md, "Result schema").
// All offsets are UTF-16 code-unit indices into the analyzed string:
// `text.slice(m.start, m.end) === m.text`.

export type EntityType =
  | 'PERSON' | 'NORP' | 'ORG' | 'GPE' | 'LOC' | 'FAC' | 'EVENT' | 'PRODUCT' | 'WORK_OF_ART' | 'LAW'
  | 'DATE' | 'TIME' | 'MONEY' | 'PERCENT' | 'QUANTITY' | 'CARDINAL' | 'ORDINAL';

export interface Stats {
  chars: number;
  words: number;
  sentences: number;
  paragraphs: number;
  readingMinutes: number;
}

export interface SentenceSpan {
  /** Sentences tile the text: each starts where the previous one ends. */
  start: number;
  end: number;
  paragraph: number;
  boilerplate: boolean;
}

export interface Mention {
  /** UTF-16 offsets; a name inside a hyphenated word covers only its part ("Israel" of "pro-Israel"). */
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Index into `entities`, or null when the mention was not grouped. */
  entity: number | null;
  score: number;
  /** "source" for the outlet credited in a dateline, credit line or byline ("(CNN)"): not counted in salience. Absent otherwise. */
  role?: "source";
}

export interface Entity {
  /** Its index in `entities`; `mentions[].entity` and `quotes[].speaker` refer to it. */
  id: number;
  /** Canonical name: the longest full form, persons without titles ("Antony Blinken"). */
  name: string;
  /** The type voted across its mentions (each mention's `type` is set to it). */
  type: EntityType;
  /** Distinct surface forms in first-seen order, without possessive "’s" ("Mr Blinken", "Blinken"). */
  aliases: string[];
  /** Number of mentions. */
  count: number;
  /** Salience in [0, 1], summing to 1 over all entities; entities are sorted by it, highest
   *  first. Dates, amounts and other numeric types are scaled down to sit at the bottom. */
  salience: number;
  /** Offset of the first mention. */
  first: number;
}

export interface KeyPoint {
  /** Index into `sentences`. */
  sentence: number;
  /** The point's span: its sentence's content without a leading news dateline ("Tokyo (CNN)"). */
  start: number;
  end: number;
  text: string;
  score: number;
  /** The point as a bullet: `text` without attributions ("police said", "according to …"), asides,
   *  appositives and leading discourse words; never without a negation or a number. Not a slice. */
  short: string;
  /** Words in `text` that lean on an earlier sentence ("he", "The President"), each with the id
   *  of the entity it stands for (an index into `entities`). */
  refersTo: { start: number; end: number; entity: number }[];
}

export interface Quote {
  /** The text inside the quote marks. A quotation running over paragraphs (each reopened with
   *  a mark, the newspaper convention) gives one quote per paragraph. */
  start: number;
  end: number;
  text: string;
  /** "speech": someone's words; "term": a quoted title, nickname, scare quote or cited word. */
  kind: 'speech' | 'term';
  /** Entity id of the speaker, or null (always null for a term, and when the evidence is weak). */
  speaker: number | null;
  /** The source as the text words it ("a police spokesman", "he"), or null when it names none. */
  speakerText: string | null;
}

export interface Keyword {
  /** A lowercased content phrase of one to three words that is not an entity name. */
  text: string;
  /** In (0, 1]; the best keyword scores 1. */
  score: number;
}

/**
 * Where the core's time went, in milliseconds (to the microsecond; browsers coarsen
 * performance.now(), so short stages may read 0). `ms` spans the whole call inside
 * the core (limits, options, every stage, serialization); the stages never add up to
 * more than `ms`. Diagnostics only: results never depend on them.
 */
export interface Timing {
  ms: number;
  stages: {
    /** Tokens, sentences, paragraphs and boilerplate marking (text/). */
    text: number;
    /** The tagger (features, scores, decoding) and the pattern rules (ner/). */
    ner: number;
    /** Mentions grouped into entities, types voted, salience (entities/). */
    entities: number;
    /** Quoted speech and its speakers (quotes/). */
    quotes: number;
    /** Keywords (summary/keywords). */
    keywords: number;
    /** Key points (summary/key_points). */
    keyPoints: number;
    /** The result serialized to JSON, offsets converted to UTF-16 (json/). */
    json: number;
  };
}

export interface Result {
  schema: 1;
  stats: Stats;
  sentences: SentenceSpan[];
  mentions: Mention[];
  entities: Entity[];
  keyPoints: KeyPoint[];
  quotes: Quote[];
  keywords: Keyword[];
  timing: Timing;
  /** Present when the input was bytes: the decoded string the offsets refer to. */
  text?: string;
}

/**
 * What analyze() takes: a string, or bytes decoded as UTF-8 — a Uint8Array or any other
 * ArrayBuffer view (its bytes), an ArrayBuffer, or SharedArrayBuffer-backed memory (copied).
 */
export type AnalyzeInput = string | Uint8Array | ArrayBufferView | ArrayBuffer | SharedArrayBuffer;

/**
 * Options are JSON data of at most 64 KiB: NaN, Infinity, functions and symbols (which
 * JSON would turn into null or drop) are 'bad_options', naming the key; `undefined` means absent.
 * A key not listed here is 'bad_options' too, naming it and the key it is a slip from
 * ("options.keypoints is not an option; did you mean keyPoints?").
 */
export interface AnalyzeOptions {
  /** Number of key points, 0 to 50 (absent or null: the model's default, 3). */
  keyPoints?: number;
  /** Number of keywords (default 10). */
  keywords?: number;
  /**
   * The parts of the Result to produce (default: all). `schema` and `timing` always come; a part
   * left out is absent from the Result, and its stage is skipped when nothing else reads it
   * (quotes, keywords, keyPoints). Unknown or repeated names are 'bad_options'.
   */
  fields?: Array<'stats' | 'sentences' | 'mentions' | 'entities' | 'keyPoints' | 'quotes' | 'keywords'>;
  /**
   * Cancels the analysis, as in fetch(): an aborted signal rejects (throws) with NewsLensError
   * code 'aborted', name 'AbortError', `cause` the signal's reason. The Worker analyzer also
   * stops a running analysis (its Worker is replaced); the main-thread one checks it before
   * it starts only. Anything else than an AbortSignal is 'bad_options'.
   */
  signal?: AbortSignal | null;
}

export interface CreateAnalyzerOptions {
  /** Where newslens.wasm is served (default: next to the glue, ../dist/newslens.wasm). */
  wasmUrl?: string | URL;
  /** The wasm bytes themselves, e.g. read from disk or a cache. */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** The wasm compiled already (e.g. shared by several analyzers): only instantiated, never fetched. */
  wasmModule?: WebAssembly.Module;
  /** Use the single-file build with the wasm inlined (file://, offline, strict hosts). */
  singleFile?: boolean;
}

export type NewsLensErrorCode =
  | 'bad_input' | 'bad_options' | 'input_too_large' | 'internal' | 'disposed' | 'out_of_memory'
  // One part of the result's JSON (it comes in parts of ~1 MiB, a long array cut between
  // elements) would be longer than a JS string can be (2^29 - 24 units): no text under the
  // input limit does this; ask for fewer parts with options.fields.
  | 'result_too_large'
  // Cancelled: replaced by a newer analyze() (Worker analyzer), or options.signal fired.
  | 'superseded' | 'aborted'
  // The Worker analyzer could not start (or restart) its Worker.
  | 'worker_failed';

/**
 * Every error NewsLens throws or rejects with. Cancelled analyses ('superseded', 'aborted')
 * are named 'AbortError', as fetch()'s are, so `error.name === 'AbortError'` tells them
 * apart from failures; all others are named 'NewsLensError'.
 */
export class NewsLensError extends Error {
  readonly code: NewsLensErrorCode;
  readonly name: 'NewsLensError' | 'AbortError';
  /** For 'aborted': the signal's reason. */
  readonly cause?: unknown;
}

/**
 * The main-thread analyzer. Self-healing: should the engine trap or abort, that call throws
 * 'internal' and the next one runs on a fresh instance of the same compiled module.
 */
export class Analyzer {
  readonly version: string;
  readonly modelInfo: string;
  /** Bytes of WASM linear memory held now (memory only grows: after a run, its peak; 0 right after a failure). */
  readonly heapBytes: number;
  /** Engine instances started: 1, plus one per recovery from a failure (a diagnostic). */
  readonly instanceStarts: number;
  /**
   * Throws NewsLensError on bad input or over MAX_INPUT_BYTES (bytes: checked before they are
   * decoded); bytes are decoded as UTF-8, a leading BOM dropped (result.text holds the string);
   * lone surrogates are analyzed as U+FFFD, offsets unchanged.
   */
  analyze(text: AnalyzeInput, options?: AnalyzeOptions): Result;
  dispose(): void;
}

/**
 * The input limit: 16 MiB (16,777,216 bytes) of UTF-8 per analyze() call (kMaxInputBytes in
 * src/newslens/options.h). Longer input throws NewsLensError 'input_too_large'; everything
 * up to it, whatever its content (invalid UTF-8, NULs, lone surrogates, markup), is analyzed.
 */
export const MAX_INPUT_BYTES: number;

export function createAnalyzer(options?: CreateAnalyzerOptions): Promise<Analyzer>;

export interface CreateWorkerAnalyzerOptions {
  /** Where newslens.wasm is served; relative URLs resolve against the page. */
  wasmUrl?: string | URL;
  /** The wasm bytes themselves (copied to the first Worker only). */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** The wasm compiled already: no Worker fetches or compiles it. */
  wasmModule?: WebAssembly.Module;
  /** The Worker script, when your host serves it elsewhere (default: ./worker.js beside this module). */
  workerUrl?: string | URL;
  /**
   * Your own Worker running newslens/worker, or a function that starts one (called again to
   * replace a Worker whose analysis was cancelled). A Worker instance cannot be replaced: a
   * cancelled analysis is then only discarded, and the next one waits for it to finish.
   */
  worker?: Worker | (() => Worker);
  /** A newer analyze() rejects the pending ones with code 'superseded' (default true); false queues them. */
  supersede?: boolean;
}

/**
 * The Analyzer run in a module Worker: the page never blocks. Cancelling the analysis the
 * Worker is running (superseded, or options.signal aborted) terminates that Worker and goes on
 * in a new one instantiated from the already compiled wasm (no download, no compile); an idle
 * Worker is never terminated.
 */
export class WorkerAnalyzer {
  readonly version: string;
  readonly modelInfo: string;
  /** Workers started so far: 1, plus one per cancelled running analysis or crash (a diagnostic). */
  readonly workerStarts: number;
  /**
   * Rejects with NewsLensError: the analyzer's codes, or 'superseded' / 'aborted' (named
   * 'AbortError'), 'disposed', 'worker_failed' (a replacement Worker could not start).
   * A Worker that crashes, or whose engine fails, rejects its analysis with 'internal' and is
   * replaced by a new one for the next call.
   */
  analyze(text: AnalyzeInput, options?: AnalyzeOptions): Promise<Result>;
  /** @deprecated pass the signal in `options`, as with fetch(). */
  analyze(text: AnalyzeInput, options: AnalyzeOptions | undefined, control: { signal?: AbortSignal }): Promise<Result>;
  /** Terminates the Worker; pending analyses reject with 'disposed'. */
  dispose(): void;
}

/**
 * Starts a module Worker with the WASM core; rejects with code 'worker_failed' when Workers
 * cannot run — in Node (no Web Worker; use createAnalyzer()), on file:// pages, under a CSP
 * without worker-src.
 */
export function createWorkerAnalyzer(options?: CreateWorkerAnalyzerOptions): Promise<WorkerAnalyzer>;
