// The analyzer over an instantiated WASM module, with no loading policy of its own:
// index.js (main thread, Node), worker.js (module Worker) and offline.js (single
// file) each pick the Emscripten glue and pass its factory here. No dynamic import
// and no asset URL lives in this file, so every bundle can include it as is.

const MAX_INPUT_BYTES = 16 * 1024 * 1024; // keep in step with kMaxInputBytes (src/newslens/options.h)
// The options JSON the core accepts (its own check is exact, in UTF-8 bytes); refused
// here first, so that a huge option never reaches, and never grows, the WASM heap.
const MAX_OPTIONS_BYTES = 64 * 1024;

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
 * The compiled wasm: options.wasmModule, else compiled from options.wasmBinary, else
 * from options.wasmUrl or `defaultWasmUrl` (read from disk in Node, fetched elsewhere).
 * Resolves to null when there is no wasm to compile: the single-file glue carries it.
 * Analyzers keep the module to re-instantiate their engine after a failure.
 */
export async function compileWasm(options, defaultWasmUrl) {
  if (options.wasmModule) return options.wasmModule;
  if (options.wasmBinary) return WebAssembly.compile(options.wasmBinary);
  if (!options.wasmUrl && !defaultWasmUrl) return null;
  const url = options.wasmUrl ? new URL(String(options.wasmUrl), globalThis.location?.href) : defaultWasmUrl;
  // Emscripten 3.1.6's web glue would try fetch() on a file path in Node.
  if (isNode && url.protocol === 'file:') return WebAssembly.compile(await readNodeFile(url));
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`could not load ${url.href}: HTTP ${response.status}`);
  // Streaming compilation needs the right MIME type; servers that get it wrong still work.
  if (typeof WebAssembly.compileStreaming === 'function' &&
      /^application\/wasm\b/.test(response.headers.get('Content-Type') || '')) {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

function glueArgs() {
  return { print: () => {}, printErr: (line) => console.warn('[newslens]', line) };
}

/**
 * Instantiates the Emscripten glue `factory` over `wasmModule` (null: the glue
 * instantiates the wasm it carries). Resolves to the glue's Module object.
 */
async function instantiate(factory, wasmModule) {
  const moduleArgs = glueArgs();
  if (!wasmModule) return factory(moduleArgs);
  // The glue's hook for bringing its own instance; a failure here would otherwise
  // leave the factory's promise pending for ever, so it rejects the race below.
  let failed;
  const failure = new Promise((resolve, reject) => { failed = reject; });
  moduleArgs.instantiateWasm = (imports, receiveInstance) => {
    WebAssembly.instantiate(wasmModule, imports)
      .then((instance) => receiveInstance(instance, wasmModule))
      .catch(failed); // not a WebAssembly.Module, or not NewsLens's
    return {};
  };
  return Promise.race([factory(moduleArgs), failure]);
}

/**
 * The same, synchronously: analyze() is synchronous, and so is its recovery. The glue
 * runs to the end at once when the hook hands it an instance at once. Throws when the
 * host refuses synchronous instantiation (some browsers, on the main thread).
 */
function instantiateNow(factory, wasmModule) {
  const moduleArgs = glueArgs();
  let failure = null;
  moduleArgs.instantiateWasm = (imports, receiveInstance) => {
    try {
      receiveInstance(new WebAssembly.Instance(wasmModule, imports), wasmModule);
    } catch (error) {
      failure = error;
    }
    return {};
  };
  factory(moduleArgs).catch(() => {}); // settled already, or never: the result is read below
  if (failure) throw failure;
  if (!moduleArgs.calledRun) throw new Error('the engine did not start synchronously');
  return moduleArgs;
}

// A Uint8Array over the bytes of `input` (any ArrayBuffer view, an ArrayBuffer or a
// SharedArrayBuffer, from any realm), or null when it is not bytes. No copy.
function bytesOf(input) {
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const tag = Object.prototype.toString.call(input);
  if (tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]') return new Uint8Array(input);
  return null;
}

function isShared(bytes) {
  return Object.prototype.toString.call(bytes.buffer) === '[object SharedArrayBuffer]';
}

/**
 * Refuses what analyze() cannot take, before anything is decoded or copied: a value
 * that is neither a string nor bytes ('bad_input'), or one over MAX_INPUT_BYTES
 * ('input_too_large'). Returns the bytes (a view, no copy) or null for a string.
 */
export function checkInputSize(text) {
  if (typeof text === 'string') {
    // Every UTF-16 unit is at least one UTF-8 byte: a longer string is over the limit
    // for sure, and is refused before it is copied into the WASM heap.
    if (text.length > MAX_INPUT_BYTES) {
      throw new NewsLensError('input_too_large',
        `the text has ${text.length} characters; the limit is ${MAX_INPUT_BYTES} bytes of UTF-8`);
    }
    return null;
  }
  const bytes = bytesOf(text);
  if (!bytes) {
    throw new NewsLensError('bad_input', `analyze() takes a string or Uint8Array, not ${text === null ? 'null' : typeof text}`);
  }
  if (bytes.byteLength > MAX_INPUT_BYTES) {
    throw new NewsLensError('input_too_large', `the input has ${bytes.byteLength} bytes; the limit is ${MAX_INPUT_BYTES}`);
  }
  return bytes;
}

function checkText(text) {
  const bytes = checkInputSize(text);
  if (!bytes) return { text, decoded: false };
  // Bytes are decoded as UTF-8; each invalid sequence becomes U+FFFD and a leading BOM
  // is dropped; offsets in the result refer to the decoded string (returned as
  // result.text). TextDecoder refuses shared memory: such bytes (≤ the limit) are copied.
  return { text: new TextDecoder('utf-8').decode(isShared(bytes) ? bytes.slice() : bytes), decoded: true };
}

/**
 * The options as the JSON the core reads, or NewsLensError 'bad_options'. Stricter than
 * JSON.stringify, which would turn NaN and Infinity into null and drop functions and
 * symbols, so that the core would silently use its default: here they are refused, with
 * the key named. `undefined` values mean "absent", as in JS. Huge values are refused
 * while walking, before a huge string is built.
 */
export function optionsToJson(options) {
  if (options === null || typeof options !== 'object') {
    throw new NewsLensError('bad_options', 'options must be an object');
  }
  let json;
  try {
    if (isEmptyPlainObject(options)) return '{}'; // analyze(text): no replacer pass a call
    json = JSON.stringify(options, function check(key, value) {
      const name = key === '' ? 'options' : `options.${key}`;
      if (typeof value === 'number' && !Number.isFinite(value)) {
        throw new NewsLensError('bad_options', `${name} must be a finite number, not ${value}`);
      }
      if (typeof value === 'function' || typeof value === 'symbol') {
        throw new NewsLensError('bad_options', `${name} must be JSON data, not a ${typeof value}`);
      }
      if ((typeof value === 'string' || Array.isArray(value)) && value.length > MAX_OPTIONS_BYTES) {
        throw new NewsLensError('bad_options', `${name} is too large: the options may take ${MAX_OPTIONS_BYTES} bytes of JSON`);
      }
      return value;
    });
  } catch (error) { // the above, or cyclic, BigInt, too deep, a throwing toJSON
    if (error instanceof NewsLensError) throw error;
    throw new NewsLensError('bad_options', `options must be plain JSON data: ${error.message}`);
  }
  if (json.length > MAX_OPTIONS_BYTES) {
    throw new NewsLensError('bad_options', `the options are ${json.length} characters of JSON; the limit is ${MAX_OPTIONS_BYTES} bytes`);
  }
  return json;
}

// True for `{}` and the like, which JSON.stringify writes as "{}": an Object (or a
// null-prototype one) with no own enumerable key and no toJSON.
function isEmptyPlainObject(value) {
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && !('toJSON' in value) && Object.keys(value).length === 0;
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
    for (const span of list ?? []) span.text = text.slice(span.start, span.end); // a part options.fields left out is absent
  }
}

// The longest string V8 makes (2^29 - 24 UTF-16 units on 64-bit): no part of a
// result may be longer, as each is parsed from one string.
const MAX_RESULT_CHARS = 2 ** 29 - 24;

// Adds a part of a result to `result`: an array goes on the one under its key, any
// other value is set (src/newslens/json/result_json.h, writeResultJson).
function mergePart(result, part) {
  for (const key of Object.keys(part)) {
    const value = part[key];
    const into = result[key];
    if (Array.isArray(value) && Array.isArray(into)) {
      for (let i = 0; i < value.length; i++) into.push(value[i]); // not push(...value): its length has a limit
    } else {
      result[key] = value;
    }
  }
  return result;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8'); // stateless without {stream: true}: one for every call

function outOfMemory() {
  return new NewsLensError('out_of_memory', 'the WASM heap has no room for the text');
}

// `text` (well-formed) as UTF-8 in a buffer malloc'd in the WASM heap: {pointer, length};
// the caller frees it. TextEncoder.encodeInto writes straight into the heap, where
// Embind's std::string conversion walks the string in JS. A buffer of one byte per
// UTF-16 unit holds any ASCII text; what does not fit goes on in a buffer sized for the
// rest's worst case (3 bytes a unit), so the heap grows by little more than the UTF-8.
function copyIntoHeap(module, text) {
  let size = Math.max(1, text.length);
  let pointer = module._malloc(size);
  if (!pointer) throw outOfMemory();
  let { read, written } = encoder.encodeInto(text, module.HEAPU8.subarray(pointer, pointer + size));
  while (read < text.length) {
    const grown = written + 3 * (text.length - read);
    const next = module._malloc(grown);
    if (!next) {
      module._free(pointer);
      throw outOfMemory();
    }
    module.HEAPU8.copyWithin(next, pointer, pointer + written); // HEAPU8 read after malloc: it may have grown
    module._free(pointer);
    pointer = next;
    size = grown;
    const rest = encoder.encodeInto(text.slice(read), module.HEAPU8.subarray(pointer + written, pointer + size));
    read += rest.read;
    written += rest.written;
  }
  return { pointer, length: written };
}

// The core's answer, taken in parts of ~1 MiB, each a JSON object decoded straight
// from the WASM heap and parsed alone (wasm/bindings.cpp analyzeInPieces): the result
// is never whole in the heap, nor one string, which at ~80 characters a mention a
// dense 16 MiB text would overflow. Returns {result, tooLarge} (tooLarge: a part was longer
// than `maxChars`); the rest is then dropped, never thrown from the callback (which would
// unwind the core without freeing its memory).
function analyzeInPieces(engine, text, optionsJson, maxChars) {
  // Set from inside the callback: a holder, so the checker does not narrow it to null.
  /** @type {{result: any, tooLarge: boolean, error: unknown}} */
  const answer = { result: null, tooLarge: false, error: null };
  const input = copyIntoHeap(engine.module, text);
  try {
    engine.native.analyzeInPieces(input.pointer, input.length, optionsJson, (bytes) => collect(answer, decoder, bytes, maxChars));
  } finally {
    engine.module._free(input.pointer);
  }
  if (answer.error) throw answer.error;
  return { result: answer.result, tooLarge: answer.tooLarge };
}

// One part of the answer into `answer` (analyzeInPieces).
function collect(answer, decoder, bytes, maxChars) {
  if (answer.tooLarge || answer.error) return;
  let json;
  try {
    json = decoder.decode(bytes); // each part is whole UTF-8
  } catch { // longer than a string can be
    json = null;
  }
  if (json === null || json.length > maxChars) {
    answer.tooLarge = true;
    answer.result = null;
    return;
  }
  try {
    const part = JSON.parse(json);
    answer.result = answer.result === null ? part : mergePart(answer.result, part);
  } catch (error) {
    answer.error = error;
  }
}

function describe(error) {
  return String(error && error.message || error);
}

// One instantiated glue module and the native analyzer in it.
function startEngine(module) {
  try {
    return { module, native: new module.Analyzer() };
  } catch (error) {
    throw new NewsLensError('internal', `the analysis engine could not start: ${describe(error)}`);
  }
}

/**
 * An analyzer over one WASM instance at a time. Not thread-safe; create one per Worker.
 * Self-healing: a trap or abort inside the engine (which leaves its instance unusable)
 * makes that call throw 'internal', and the next call runs on a fresh instance made
 * from the same compiled module.
 */
export class Analyzer {
  #engine;
  #version;
  #factory;
  #wasmModule;
  #restarting = null; // an asynchronous re-instantiation under way
  #starts = 1;
  #disposed = false;
  #maxResultChars;

  /**
   * @param {object} module an instantiated glue Module
   * @param {object} [options] createAnalyzer's options; only `maxResultChars` is read
   *   here (internal, for tests: the longest part of a result JSON taken, V8's longest string by default)
   * @param {{factory: Function, wasmModule: WebAssembly.Module|null}} [source] where a
   *   fresh instance comes from after a failure (without it a failed analyzer stays failed)
   */
  constructor(module, options = {}, source = null) {
    this.#engine = startEngine(module);
    this.#version = module.version();
    this.#maxResultChars = options.maxResultChars ?? MAX_RESULT_CHARS;
    this.#factory = source?.factory ?? null;
    this.#wasmModule = source?.wasmModule ?? null;
  }

  /** Version of the WASM core, "MAJOR.MINOR.PATCH". */
  get version() {
    return this.#version;
  }

  /**
   * Bytes of WASM linear memory the current instance holds (0 between a failure and the
   * next call). Memory only grows, so after a run this is the peak the run needed
   * (read by bench/ and the memory tests).
   */
  get heapBytes() {
    return this.#engine ? this.#engine.module.HEAP8.buffer.byteLength : 0;
  }

  /** Engine instances this analyzer has started: 1, plus one per recovery from a failure. */
  get instanceStarts() {
    return this.#starts;
  }

  /** Which tagger model the core runs. */
  get modelInfo() {
    return this.#live().modelInfo();
  }

  /**
   * Analyzes `text` and returns the schema-1 result. Throws NewsLensError with a
   * stable `code` for bad input or options; never leaves the analyzer unusable.
   * `options.signal` (an AbortSignal) is honoured before the run starts: the run
   * itself is synchronous and cannot be interrupted (use the Worker analyzer).
   */
  analyze(text, options = {}) {
    if (this.#disposed) throw disposedError();
    // A synchronous run cannot be interrupted: an already aborted signal refuses it.
    const taken = takeSignal(options);
    if (taken.signal?.aborted) throw abortError(taken.signal);
    const input = checkText(text);
    const optionsJson = optionsToJson(taken.options);
    // A lone surrogate becomes U+FFFD (as TextEncoder would make it), which has the
    // same UTF-16 length, so offsets into the caller's string stay exact; the spans'
    // texts are then cut from the caller's string (resliceSpans).
    const wellFormed = toWellFormed(input.text);
    const engine = this.#liveEngine();
    let answer;
    try {
      answer = analyzeInPieces(engine, wellFormed, optionsJson, this.#maxResultChars);
    } catch (error) {
      if (error instanceof NewsLensError) throw error; // refused before the core ran: the engine is fine
      throw this.#crashed(error);
    }
    if (answer.tooLarge) {
      throw new NewsLensError('result_too_large', `a part of the result is more than ${this.#maxResultChars} characters ` +
        'of JSON, longer than a JS string can be; ask for fewer parts with options.fields (e.g. without "mentions")');
    }
    const result = answer.result;
    if (result.error) throw new NewsLensError(result.error.code, result.error.message);
    if (input.decoded) result.text = input.text;
    if (wellFormed !== input.text) resliceSpans(input.text, result);
    return result;
  }

  /** Releases the WASM-side analyzer. The object cannot be used afterwards. */
  dispose() {
    if (this.#disposed) return;
    this.#disposed = true;
    try {
      this.#engine?.native.delete();
    } catch {
      // the instance had failed: there is nothing left to release but the references
    }
    this.#engine = null;
    this.#restarting = null;
  }

  // The native analyzer to run on: the current one, or a fresh instance after a failure.
  #live() {
    return this.#liveEngine().native;
  }

  // The engine (glue module and native analyzer) #live() runs on.
  #liveEngine() {
    if (this.#disposed) throw disposedError();
    if (!this.#engine) this.#revive();
    return this.#engine;
  }

  // A trap or abort: the instance's memory and stack are in an unknown state, so it is
  // dropped whole (its memory, up to 2 GiB, is garbage from now on) and replaced.
  #crashed(error) {
    this.#engine = null;
    if (!this.#wasmModule) this.#reviveLater(); // nothing to instantiate synchronously from
    const next = this.#factory ? 'the next call runs on a fresh instance' : 'create a new analyzer';
    return new NewsLensError('internal', `the analysis engine failed (${describe(error)}); ${next}`, { cause: error });
  }

  #revive() {
    if (!this.#factory) throw new NewsLensError('disposed', 'this analyzer has failed; create a new one');
    if (this.#wasmModule && !this.#restarting) {
      try {
        this.#engine = startEngine(instantiateNow(this.#factory, this.#wasmModule));
        this.#starts++;
        return;
      } catch {
        this.#reviveLater(); // synchronous instantiation refused here: asynchronously, then
      }
    }
    throw new NewsLensError('internal', 'the analysis engine is restarting after a failure; try again in a moment');
  }

  #reviveLater() {
    if (this.#restarting || !this.#factory) return;
    const restarting = instantiate(this.#factory, this.#wasmModule).then((module) => {
      if (this.#restarting !== restarting) return; // disposed meanwhile
      this.#engine = startEngine(module);
      this.#starts++;
    }).catch(() => {}).finally(() => {
      if (this.#restarting === restarting) this.#restarting = null; // a failure: the next call tries again
    });
    this.#restarting = restarting;
  }
}

function disposedError() {
  return new NewsLensError('disposed', 'this analyzer was disposed; create a new one');
}

/**
 * Loads the WASM core from the glue `factory` and returns an Analyzer.
 * @param {Function} factory the glue's default export
 * @param {import('./index.d.ts').CreateAnalyzerOptions} options
 * @param {URL|null} defaultWasmUrl where the wasm sits when options do not say
 */
export async function createAnalyzerFrom(factory, options = {}, defaultWasmUrl = null) {
  const wasmModule = await compileWasm(options, defaultWasmUrl);
  const module = await instantiate(factory, wasmModule);
  return new Analyzer(module, options, { factory, wasmModule });
}

export { MAX_INPUT_BYTES, MAX_OPTIONS_BYTES };
