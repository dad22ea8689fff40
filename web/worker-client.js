// createWorkerAnalyzer(): the Analyzer of index.js, run in a module Worker so the
// page never blocks, behind a promise API. The Worker analyzes one text at a time;
// the client holds at most one request in flight and the rest queued here.
//
// Cancellation really cancels: a superseded or aborted request is dropped from the
// queue, or, when the Worker is already running it, the Worker is terminated (a
// WASM call cannot be interrupted any other way) and a fresh one is started from
// the WebAssembly.Module the first Worker compiled, so a restart costs an
// instantiation, not a download and a compile. An idle Worker is never terminated.
//
// A crash heals the same way: a Worker that dies (an 'error' event) or whose engine
// failed (an 'internal' answer) is replaced, so the failed call rejects and the next
// one runs on a fresh Worker.
import { NewsLensError, abortError, takeSignal, checkInputSize, optionsToJson } from './analyzer.js';

function absoluteUrl(url) {
  return url ? new URL(String(url), globalThis.location?.href).href : undefined;
}

// A function that starts a Worker, or null when the caller gave us a Worker instance
// (it cannot be replaced, so a running analysis is then only discarded).
function workerFactory(options) {
  if (typeof options.worker === 'function') return () => options.worker();
  if (options.worker) return null;
  if (options.workerUrl) {
    const url = absoluteUrl(options.workerUrl);
    return () => new Worker(url, { type: 'module' });
  }
  // This exact form is what Vite and other bundlers recognise and emit as a worker chunk.
  return () => new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
}

/** An Analyzer whose analyze() runs in a Worker and returns a promise. */
export class WorkerAnalyzer {
  #spawn;
  #worker = null;
  #starting = false; // the current Worker has not answered 'init' yet
  #initOptions;
  #workerStarts = 0;
  #supersede;
  #nextId = 1;
  #running = null; // the request the Worker is working on
  #queue = [];
  #failure = null;
  version = '';
  modelInfo = '';

  /**
   * @param {Worker} worker the first Worker
   * @param {(() => Worker) | null} spawn starts a replacement (null: none possible)
   * @param {boolean} supersede whether a newer analyze() cancels the pending ones
   */
  constructor(worker, spawn, supersede) {
    this.#worker = worker;
    this.#spawn = spawn;
    this.#supersede = supersede;
  }

  /** How many Workers this analyzer has started: 1, plus one per cancelled running analysis or crash. */
  get workerStarts() {
    return this.#workerStarts;
  }

  /** Resolves once the Worker has loaded the WASM core. */
  start(options) {
    this.#initOptions = workerOptions(options);
    return this.#startWorker(this.#worker);
  }

  /**
   * Analyzes `text` in the Worker. `options.signal` (an AbortSignal, as in fetch())
   * cancels it. Rejects with NewsLensError: the analyzer's own codes, 'superseded'
   * when a newer analyze() replaced this one (unless created with {supersede: false}),
   * 'aborted' when the signal fired (both named 'AbortError'), 'disposed' after dispose().
   * The third argument `{signal}` is accepted too.
   */
  analyze(text, options = {}, control = undefined) {
    if (this.#failure) return Promise.reject(this.#failure);
    let signal;
    try {
      ({ options, signal } = takeSignal(options));
      signal ??= takeSignal(control ?? {}).signal;
      // Refused here as the main-thread analyzer refuses them, before a copy is posted:
      // a function option is 'bad_options' (not an uncloneable message), 600 MiB of
      // bytes 'input_too_large' (not a 600 MiB structured clone).
      checkInputSize(text);
      optionsToJson(options);
    } catch (error) {
      return Promise.reject(error);
    }
    if (signal?.aborted) return Promise.reject(abortError(signal));
    return new Promise((resolve, reject) => {
      const request = { id: this.#nextId++, text, options, resolve, reject, done: false };
      if (signal) {
        const onAbort = () => this.#drop(request, abortError(signal));
        signal.addEventListener('abort', onAbort, { once: true });
        request.cleanup = () => signal.removeEventListener('abort', onAbort);
      }
      if (this.#supersede) {
        const superseded = new NewsLensError('superseded', 'a newer analysis replaced this one');
        for (const old of [...this.#queue]) this.#drop(old, superseded);
        if (this.#running) this.#drop(this.#running, superseded);
      }
      this.#queue.push(request);
      this.#pump();
    });
  }

  /** Stops the Worker and lets go of the compiled module; pending analyses reject with code 'disposed'. */
  dispose() {
    this.#fail(new NewsLensError('disposed', 'this analyzer was disposed'));
    this.#worker?.terminate();
    this.#worker = null;
    this.#initOptions = null;
  }

  // Sends 'init' to `worker` and listens to it; resolves on 'ready'. Events of a
  // Worker that has since been replaced are ignored.
  #startWorker(worker) {
    this.#worker = worker;
    this.#starting = true;
    this.#workerStarts++;
    return new Promise((resolve, reject) => {
      const current = () => this.#worker === worker && !this.#failure;
      const onMessage = (event) => {
        if (!current()) return;
        const message = event.data;
        if (message.type === 'ready') {
          this.#starting = false;
          this.version = message.version;
          this.modelInfo = message.modelInfo;
          // Later Workers start from the compiled module: no download, no compile.
          if (message.wasmModule) this.#initOptions = { wasmModule: message.wasmModule };
          resolve(this);
          this.#pump();
        } else if (message.type === 'failed') {
          this.#fail(new NewsLensError(message.error.code, message.error.message));
          reject(this.#failure);
        } else {
          this.#settle(message);
        }
      };
      const onError = (event) => {
        event.preventDefault?.();
        if (!current()) return;
        const why = event.message ? `: ${event.message}` : '';
        if (!this.#starting && this.#spawn) {
          // A working Worker died: the analysis it ran fails, a new Worker takes over.
          this.#crashed(new NewsLensError('internal', `the NewsLens worker crashed${why}; a new one was started`));
          return;
        }
        this.#fail(new NewsLensError('worker_failed', `the NewsLens worker could not run${why}`));
        reject(this.#failure);
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      worker.addEventListener('messageerror', onError);
      worker.postMessage({ type: 'init', options: this.#initOptions });
    });
  }

  // The running request was cancelled: the Worker is busy with work nobody wants; or the
  // Worker or its engine failed. Terminate it and continue on a fresh one (queued
  // requests wait for its 'ready').
  #restart() {
    this.#running = null;
    this.#worker.terminate();
    let worker;
    try {
      worker = this.#spawn();
    } catch (error) {
      this.#worker = null;
      this.#fail(new NewsLensError('worker_failed', `could not restart the NewsLens worker: ${error.message}`));
      return;
    }
    this.#startWorker(worker).catch(() => {}); // a failure has rejected every pending request
  }

  #pump() {
    if (this.#running || this.#starting || this.#failure) return;
    const request = this.#queue.shift();
    if (!request) return;
    this.#running = request;
    try {
      this.#worker.postMessage({ type: 'analyze', id: request.id, text: request.text, options: request.options });
    } catch (error) {
      // Not structured-cloneable (a function, a DOM node…): the same answer analyze() gives.
      this.#running = null;
      this.#finish(request, null, new NewsLensError('bad_input', `analyze() cannot take this value: ${error.message}`));
      this.#pump();
    }
  }

  #settle(message) {
    const request = this.#running;
    if (!request || request.id !== message.id) return;
    if (message.type === 'error' && message.error.code === 'internal' && this.#spawn) {
      // The engine failed: its instance may hold up to 2 GiB; a new Worker frees it all.
      this.#crashed(new NewsLensError('internal', `${message.error.message} (the NewsLens worker was replaced)`));
      return;
    }
    this.#running = null;
    if (message.type === 'result') this.#finish(request, message.result, null);
    else this.#finish(request, null, new NewsLensError(message.error.code, message.error.message));
    this.#pump();
  }

  // The Worker, or the engine in it, failed: the running request rejects with `error`
  // and the Worker is replaced.
  #crashed(error) {
    const request = this.#running;
    if (request) this.#finish(request, null, error);
    this.#restart();
  }

  // Rejects `request` now. If the Worker is running it, the Worker is replaced; with
  // a Worker that cannot be replaced (options.worker an instance) its answer is
  // ignored on arrival instead (#running stays set until then).
  #drop(request, error) {
    if (request.done) return;
    const index = this.#queue.indexOf(request);
    if (index >= 0) this.#queue.splice(index, 1);
    this.#finish(request, null, error);
    if (request === this.#running && this.#spawn && !this.#failure) this.#restart();
  }

  #finish(request, result, error) {
    if (request.done) return;
    request.done = true;
    request.cleanup?.();
    if (error) request.reject(error);
    else request.resolve(result);
  }

  #fail(error) {
    if (this.#failure) return;
    this.#failure = error;
    for (const request of [this.#running, ...this.#queue]) if (request) this.#finish(request, null, error);
    this.#running = null;
    this.#queue = [];
  }
}

// What the Worker needs to load the core; URLs made absolute here, because relative
// ones would resolve against the Worker script, not the page.
function workerOptions(options) {
  const out = {};
  if (options.wasmModule) out.wasmModule = options.wasmModule;
  else if (options.wasmBinary) out.wasmBinary = options.wasmBinary;
  else if (options.wasmUrl) out.wasmUrl = absoluteUrl(options.wasmUrl);
  return out;
}

/**
 * Starts a module Worker, loads the WASM core in it and resolves to a WorkerAnalyzer.
 * Rejects with NewsLensError 'worker_failed' when Workers are unavailable or the
 * script cannot load (file:// pages, a CSP without worker-src): fall back to
 * createAnalyzer() on the main thread then.
 * @param {import('./index.d.ts').CreateWorkerAnalyzerOptions} [options]
 */
export async function createWorkerAnalyzer(options = {}) {
  const spawn = workerFactory(options);
  let worker;
  try {
    worker = spawn ? spawn() : options.worker;
  } catch (error) {
    // Node has no Web Worker: say what to use rather than "Worker is not defined" alone.
    const hint = typeof Worker === 'undefined' ? ' (this runtime has no Web Worker, as in Node: use createAnalyzer())' : '';
    throw new NewsLensError('worker_failed', `could not start the NewsLens worker: ${error.message}${hint}`);
  }
  const analyzer = new WorkerAnalyzer(worker, spawn, options.supersede !== false);
  try {
    return await analyzer.start(options);
  } catch (error) {
    analyzer.dispose();
    throw error;
  }
}
