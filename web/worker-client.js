// createWorkerAnalyzer(): the Analyzer of index.js, run in a module Worker so the
// page never blocks, behind a promise API. The Worker analyzes one text at a time;
// the client holds at most one request in flight and the rest queued here, which is
// what makes cancellation possible: a superseded or aborted request is dropped from
// the queue, or, when already running, its answer is thrown away on arrival.
import { NewsLensError } from './analyzer.js';

function absoluteUrl(url) {
  return url ? new URL(String(url), globalThis.location?.href).href : undefined;
}

function spawnWorker(options) {
  if (options.worker) return options.worker;
  if (options.workerUrl) return new Worker(absoluteUrl(options.workerUrl), { type: 'module' });
  // This exact form is what Vite and other bundlers recognise and emit as a worker chunk.
  return new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
}

/** An Analyzer whose analyze() runs in a Worker and returns a promise. */
export class WorkerAnalyzer {
  #worker;
  #supersede;
  #nextId = 1;
  #running = null; // the request the Worker is working on
  #queue = [];
  #failure = null;
  version = '';
  modelInfo = '';

  constructor(worker, supersede) {
    this.#worker = worker;
    this.#supersede = supersede;
  }

  /** Resolves once the Worker has loaded the WASM core. */
  start(options) {
    return new Promise((resolve, reject) => {
      const onMessage = (event) => {
        const message = event.data;
        if (message.type === 'ready') {
          this.version = message.version;
          this.modelInfo = message.modelInfo;
          resolve(this);
        } else if (message.type === 'failed') {
          this.#fail(new NewsLensError(message.error.code, message.error.message));
          reject(this.#failure);
        } else {
          this.#settle(message);
        }
      };
      const onError = (event) => {
        event.preventDefault?.();
        this.#fail(new NewsLensError('worker_failed',
          `the NewsLens worker could not run${event.message ? `: ${event.message}` : ''}`));
        reject(this.#failure);
      };
      this.#worker.addEventListener('message', onMessage);
      this.#worker.addEventListener('error', onError);
      this.#worker.addEventListener('messageerror', onError);
      this.#worker.postMessage({ type: 'init', options: workerOptions(options) });
    });
  }

  /**
   * Analyzes `text` in the Worker. Rejects with NewsLensError: the analyzer's own
   * codes, 'superseded' when a newer analyze() replaced this one (unless created with
   * {supersede: false}), 'aborted' when `signal` fired, 'disposed' after dispose().
   */
  analyze(text, options = {}, { signal } = {}) {
    if (this.#failure) return Promise.reject(this.#failure);
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

  /** Stops the Worker; pending analyses reject with code 'disposed'. */
  dispose() {
    this.#fail(new NewsLensError('disposed', 'this analyzer was disposed'));
    this.#worker.terminate();
  }

  #pump() {
    if (this.#running || this.#failure) return;
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
    this.#running = null;
    if (message.type === 'result') this.#finish(request, message.result, null);
    else this.#finish(request, null, new NewsLensError(message.error.code, message.error.message));
    this.#pump();
  }

  // Rejects `request` now; if the Worker is busy with it, its answer is ignored later
  // (#running stays set so nothing else is sent before the Worker is free).
  #drop(request, error) {
    const index = this.#queue.indexOf(request);
    if (index >= 0) this.#queue.splice(index, 1);
    this.#finish(request, null, error);
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

function abortError(signal) {
  const reason = signal.reason;
  return new NewsLensError('aborted', reason instanceof Error ? reason.message : 'the analysis was aborted');
}

// What the Worker needs to load the core; URLs made absolute here, because relative
// ones would resolve against the Worker script, not the page.
function workerOptions(options) {
  const out = {};
  if (options.wasmUrl) out.wasmUrl = absoluteUrl(options.wasmUrl);
  if (options.wasmBinary) out.wasmBinary = options.wasmBinary;
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
  let worker;
  try {
    worker = spawnWorker(options);
  } catch (error) {
    throw new NewsLensError('worker_failed', `could not start the NewsLens worker: ${error.message}`);
  }
  const analyzer = new WorkerAnalyzer(worker, options.supersede !== false);
  try {
    return await analyzer.start(options);
  } catch (error) {
    worker.terminate();
    throw error;
  }
}
