// The analyzer over an instantiated WASM module, with no loading policy of its own:
// index.js (main thread, Node), worker.js (module Worker) and offline.js (single
// file) each pick the Emscripten glue and pass its factory here. No dynamic import
// and no asset URL lives in this file, so every bundle can include it as is.

const MAX_INPUT_BYTES = 16 * 1024 * 1024; // keep in step with kMaxInputBytes (src/newslens/options.h)

// Codes of a cancelled analysis. Their errors are named 'AbortError', as fetch()'s
// are, so the usual `if (error.name === 'AbortError') return;` ignores them.
const CANCEL_CODES = new Set(['aborted', 'superseded']);

/**
 * Error thrown by analyze() for bad input or options; `code` is stable. Cancelled
 * analyses ('aborted', 'superseded') are named 'AbortError', every other 'NewsLensError'.
 */
export class NewsLensError extends Error {
  constructor(code, message, options) {
    super(message, options);
    this.name = CANCEL_CODES.has(code) ? 'AbortError' : 'NewsLensError';
    this.code = code;
  }
}

/** The error an aborted `signal` rejects with: code 'aborted', its reason as `cause`. */
export function abortError(signal) {
  const reason = signal.reason;
  return new NewsLensError('aborted', reason instanceof Error && reason.message ? reason.message : 'the analysis was aborted',
    { cause: reason });
}

/**
 * Splits a fetch()-style `signal` off analyze() options: the rest is what the core
 * reads (an AbortSignal is neither JSON nor structured-cloneable).
 */
export function takeSignal(options) {
  if (options === null || typeof options !== 'object' || !('signal' in options)) return { options, signal: undefined };
  const { signal, ...rest } = options;
  if (signal !== undefined && signal !== null && !(typeof signal === 'object' && typeof signal.aborted === 'boolean' &&
      typeof signal.addEventListener === 'function')) {
    throw new NewsLensError('bad_options', 'options.signal must be an AbortSignal');
  }
  return { options: rest, signal: signal ?? undefined };
}

const isNode = typeof process !== 'undefined' && process.versions != null && process.versions.node != null &&
  typeof window === 'undefined';

async function readNodeFile(url) {
  // A computed specifier keeps bundlers from trying to resolve Node built-ins.
  const fsName = 'node:fs/promises';
  const fs = await import(/* @vite-ignore */ fsName);
  return fs.readFile(url);
}

/**
 * Instantiates the Emscripten glue `factory`. The wasm comes from options.wasmModule
 * (compiled already: instantiation only), else options.wasmBinary, else
 * options.wasmUrl, else `defaultWasmUrl` (null for the single-file glue, which
 * carries the wasm inline).
 */
async function instantiate(factory, options, defaultWasmUrl) {
  const moduleArgs = {
    print: () => {},
    printErr: (line) => console.warn('[newslens]', line),
  };
  if (options.wasmModule) {
    // The glue's hook for bringing its own instance; a failure here would otherwise
    // leave the factory's promise pending for ever, so it rejects the race below.
    let failed;
    const failure = new Promise((resolve, reject) => { failed = reject; });
    moduleArgs.instantiateWasm = (imports, receiveInstance) => {
      WebAssembly.instantiate(options.wasmModule, imports)
        .then((instance) => receiveInstance(instance, options.wasmModule))
        .catch(failed); // not a WebAssembly.Module, or not NewsLens's
      return {};
    };
    return Promise.race([factory(moduleArgs), failure]);
  }
  if (options.wasmBinary) {
    moduleArgs.wasmBinary = options.wasmBinary;
  } else if (options.wasmUrl || defaultWasmUrl) {
    const wasmUrl = options.wasmUrl ? new URL(String(options.wasmUrl), globalThis.location?.href) : defaultWasmUrl;
    if (isNode && wasmUrl.protocol === 'file:') {
      // Emscripten 3.1.6's web glue would try fetch() on a file path in Node.
      moduleArgs.wasmBinary = await readNodeFile(wasmUrl);
    } else {
      moduleArgs.locateFile = () => wasmUrl.href;
    }
  }
  return factory(moduleArgs);
}

function checkText(text) {
  if (text instanceof Uint8Array || text instanceof ArrayBuffer) {
    // Bytes are decoded as UTF-8; each invalid sequence becomes U+FFFD, and offsets
    // in the result refer to the decoded string (returned as result.text).
    return { text: new TextDecoder('utf-8').decode(text), decoded: true };
  }
  if (typeof text !== 'string') {
    throw new NewsLensError('bad_input', `analyze() takes a string or Uint8Array, not ${text === null ? 'null' : typeof text}`);
  }
  // Every UTF-16 unit is at least one UTF-8 byte: a longer string is over the limit
  // for sure, and is refused before it is copied into the WASM heap.
  if (text.length > MAX_INPUT_BYTES) {
    throw new NewsLensError('input_too_large',
      `the text has ${text.length} characters; the limit is ${MAX_INPUT_BYTES} bytes of UTF-8`);
  }
  return { text, decoded: false };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function toWellFormed(text) {
  if (typeof text.isWellFormed === 'function') return text.isWellFormed() ? text : text.toWellFormed();
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

// Span texts of a string that had lone surrogates: cut from the caller's string,
// so that text.slice(start, end) === span.text holds as it does everywhere else.
function resliceSpans(text, result) {
  for (const list of [result.mentions, result.quotes, result.keyPoints]) {
    for (const span of list) span.text = text.slice(span.start, span.end);
  }
}

/** An analyzer bound to one WASM instance. Not thread-safe; create one per Worker. */
export class Analyzer {
  #module;
  #native;
  #options;

  constructor(module, options) {
    this.#module = module;
    this.#native = new module.Analyzer();
    this.#options = options;
  }

  /** Version of the WASM core, "MAJOR.MINOR.PATCH". */
  get version() {
    return this.#module.version();
  }

  /**
   * Bytes of WASM linear memory this instance holds now. Memory only grows, so after
   * a run this is the peak the run needed (read by bench/ and the memory tests).
   */
  get heapBytes() {
    return this.#module.HEAP8.buffer.byteLength;
  }

  /** Which tagger model the core runs. */
  get modelInfo() {
    this.#ensureAlive();
    return this.#native.modelInfo();
  }

  /**
   * Analyzes `text` and returns the schema-1 result. Throws NewsLensError with a
   * stable `code` for bad input or options; never leaves the analyzer unusable.
   * `options.signal` (an AbortSignal) is honoured before the run starts: the run
   * itself is synchronous and cannot be interrupted (use the Worker analyzer).
   */
  analyze(text, options = {}) {
    this.#ensureAlive();
    // A synchronous run cannot be interrupted: an already aborted signal refuses it.
    const taken = takeSignal(options);
    if (taken.signal?.aborted) throw abortError(taken.signal);
    options = taken.options;
    const input = checkText(text);
    if (options === null || typeof options !== 'object') {
      throw new NewsLensError('bad_options', 'options must be an object');
    }
    let optionsJson;
    try {
      optionsJson = JSON.stringify(options);
    } catch (error) { // cyclic, BigInt, too deep
      throw new NewsLensError('bad_options', `options must be plain JSON data: ${error.message}`);
    }
    // Embind's UTF-8 encoder pairs a lone surrogate with whatever unit follows it
    // (or reads past the end), which would shift every later offset. U+FFFD has
    // the same UTF-16 length, so offsets into the caller's string stay exact.
    const wellFormed = toWellFormed(input.text);
    let json;
    try {
      json = this.#native.analyze(wellFormed, optionsJson);
    } catch (error) {
      // A trap kills the instance; drop it so the next call fails clearly instead of
      // reading a corrupt heap.
      this.#native = null;
      throw new NewsLensError('internal', `the analysis engine failed: ${error && error.message || error}`);
    }
    const result = JSON.parse(json);
    if (result.error) throw new NewsLensError(result.error.code, result.error.message);
    if (input.decoded) result.text = input.text;
    if (wellFormed !== input.text) resliceSpans(input.text, result);
    return result;
  }

  /** Releases the WASM-side analyzer. The object cannot be used afterwards. */
  dispose() {
    if (this.#native) this.#native.delete();
    this.#native = null;
  }

  #ensureAlive() {
    if (!this.#native) throw new NewsLensError('disposed', 'this analyzer was disposed or has failed; create a new one');
  }
}

/**
 * Loads the WASM core from the glue `factory` and returns an Analyzer.
 * @param {Function} factory the glue's default export
 * @param {import('./index.d.ts').CreateAnalyzerOptions} options
 * @param {URL|null} defaultWasmUrl where the wasm sits when options do not say
 */
export async function createAnalyzerFrom(factory, options = {}, defaultWasmUrl = null) {
  const module = await instantiate(factory, options, defaultWasmUrl);
  return new Analyzer(module, options);
}

export { MAX_INPUT_BYTES };
