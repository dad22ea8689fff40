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
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Index into `entities`, or null when the mention was not grouped. */
  entity: number | null;
  score: number;
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
}

export interface Quote {
  /** The text inside the quote marks. A quote running over paragraphs (each reopened with a
   *  mark, the newspaper convention) is one span including the line breaks and reopening marks. */
  start: number;
  end: number;
  text: string;
  /** Entity id of the speaker, or null. */
  speaker: number | null;
}

export interface Keyword {
  /** A lowercased content phrase of one to three words that is not an entity name. */
  text: string;
  /** In (0, 1]; the best keyword scores 1. */
  score: number;
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
  timing: { ms: number };
  /** Present when the input was bytes: the decoded string the offsets refer to. */
  text?: string;
}

export interface AnalyzeOptions {
  /** Number of key points; -1 or absent chooses by article length. */
  keyPoints?: number;
  /** Number of keywords (default 10). */
  keywords?: number;
}

export interface CreateAnalyzerOptions {
  /** Where newslens.wasm is served (default: next to the glue, ../dist/newslens.wasm). */
  wasmUrl?: string | URL;
  /** The wasm bytes themselves, e.g. read from disk or a cache. */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** Use the single-file build with the wasm inlined (file://, offline, strict hosts). */
  singleFile?: boolean;
}

export type NewsLensErrorCode =
  | 'bad_input' | 'bad_options' | 'input_too_large' | 'internal' | 'disposed' | 'out_of_memory'
  // From the Worker analyzer: replaced by a newer analyze(), AbortSignal fired, Worker could not start.
  | 'superseded' | 'aborted' | 'worker_failed';

export class NewsLensError extends Error {
  readonly code: NewsLensErrorCode;
}

export class Analyzer {
  readonly version: string;
  readonly modelInfo: string;
  /** Bytes of WASM linear memory held now (memory only grows: after a run, its peak). */
  readonly heapBytes: number;
  /**
   * Throws NewsLensError on bad input or over MAX_INPUT_BYTES; bytes are decoded as UTF-8
   * (result.text holds the string); lone surrogates are analyzed as U+FFFD, offsets unchanged.
   */
  analyze(text: string | Uint8Array | ArrayBuffer, options?: AnalyzeOptions): Result;
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
  /** The wasm bytes themselves (copied to the Worker). */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /** The Worker script, when your host serves it elsewhere (default: ./worker.js beside this module). */
  workerUrl?: string | URL;
  /** A Worker you created yourself, running newslens/worker. */
  worker?: Worker;
  /** A newer analyze() rejects the pending ones with code 'superseded' (default true); false queues them. */
  supersede?: boolean;
}

/** The Analyzer run in a module Worker: the page never blocks. */
export class WorkerAnalyzer {
  readonly version: string;
  readonly modelInfo: string;
  /** Rejects with NewsLensError: the analyzer's codes, or 'superseded', 'aborted', 'disposed'. */
  analyze(text: string | Uint8Array | ArrayBuffer, options?: AnalyzeOptions, control?: { signal?: AbortSignal }): Promise<Result>;
  /** Terminates the Worker; pending analyses reject with 'disposed'. */
  dispose(): void;
}

/** Starts a module Worker with the WASM core; rejects with code 'worker_failed' when Workers cannot run. */
export function createWorkerAnalyzer(options?: CreateWorkerAnalyzerOptions): Promise<WorkerAnalyzer>;
