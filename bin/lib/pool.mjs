// Runs the jobs of `newslens analyze`: on the calling thread, or spread over worker
// threads (one analyzer each, all from one compiled module) with the results handed
// on in input order. At most a few results per thread wait for an earlier slow one,
// and delivery is awaited (stdout backpressure), so memory stays bounded on any batch.
import { Worker } from 'node:worker_threads';
import { runJob } from './job.mjs';

// Results a thread may run ahead of the oldest one still pending.
const AHEAD_PER_THREAD = 4;

// A job as posted: bytes copied into their own buffer and transferred (a Buffer can
// be a slice of Node's shared pool, which must not be detached).
function postJob(worker, job) {
  if (!job.bytes) return worker.postMessage(job);
  const bytes = new Uint8Array(job.bytes);
  return worker.postMessage({ ...job, bytes }, [bytes.buffer]);
}

// The worker threads of one batch, and the order their results are delivered in.
class OrderedPool {
  #jobs;
  #settings;
  #format;
  #deliver;
  #threads;
  #results = new Map();
  #idle = [];
  #all = new Set();
  #nextToSend = 0;
  #nextToDeliver = 0;
  #flushing = false;
  #finished = false;
  #settle;

  constructor(jobs, { threads, wasmModule, settings, format, deliver }) {
    this.#jobs = jobs;
    this.#threads = threads;
    this.#settings = { wasmModule, settings };
    this.#format = format;
    this.#deliver = deliver;
  }

  /** Resolves once every result is delivered; rejects if a delivery throws. */
  run() {
    return new Promise((resolve, reject) => {
      this.#settle = (error) => (error ? reject(error) : resolve());
      for (let i = 0; i < Math.min(this.#threads, this.#jobs.length); i++) this.#idle.push(this.#spawn());
      this.#pump();
    });
  }

  #finish(error) {
    if (this.#finished) return;
    this.#finished = true;
    for (const worker of this.#all) worker.terminate();
    this.#settle(error);
  }

  #pump() {
    if (this.#finished) return;
    if (this.#nextToDeliver === this.#jobs.length) {
      this.#finish();
      return;
    }
    const window = this.#nextToDeliver + this.#threads * AHEAD_PER_THREAD;
    while (this.#idle.length && this.#nextToSend < this.#jobs.length && this.#nextToSend < window) {
      const worker = this.#idle.pop();
      worker.job = this.#jobs[this.#nextToSend++];
      postJob(worker, worker.job);
    }
  }

  async #flush() {
    if (this.#flushing) return;
    this.#flushing = true;
    try {
      while (this.#results.has(this.#nextToDeliver)) {
        const result = this.#results.get(this.#nextToDeliver);
        this.#results.delete(this.#nextToDeliver++);
        await this.#deliver(result);
      }
    } catch (error) {
      this.#finish(error);
    } finally {
      this.#flushing = false;
    }
    this.#pump();
  }

  // A thread died (not our terminate()): its job fails as 'internal', a new thread takes its place.
  #crashed(worker, error) {
    if (worker.dead || this.#finished) return;
    worker.dead = true;
    this.#all.delete(worker);
    const job = worker.job;
    if (job) {
      const record = { file: job.path, error: { code: 'internal', message: `the worker thread failed: ${error.message}` } };
      this.#results.set(job.index, { index: job.index, file: job.path, output: this.#format.record(record), warnings: [],
        error: record.error });
    }
    this.#idle.push(this.#spawn());
    this.#flush();
  }

  #spawn() {
    const worker = new Worker(new URL('./worker.mjs', import.meta.url), { workerData: this.#settings });
    worker.job = null;
    this.#all.add(worker);
    worker.on('message', (result) => {
      worker.job = null;
      this.#idle.push(worker);
      this.#results.set(result.index, result);
      this.#flush();
    });
    worker.on('error', (error) => this.#crashed(worker, error));
    worker.on('exit', (code) => this.#crashed(worker, new Error(`it exited with status ${code}`)));
    return worker;
  }
}

/**
 * Runs `jobs` ([{index, path, bytes?, error?}], index = position) and awaits
 * `deliver(result)` for each in index order. `threads` ≤ 1 runs them here on `analyzer`;
 * more start that many worker threads over `wasmModule` with `settings`. A worker
 * thread that dies fails its job as 'internal' and is replaced.
 */
export async function runJobs(jobs, { threads, analyzer, wasmModule, settings, format, deliver }) {
  if (threads <= 1 || jobs.length <= 1) {
    for (const job of jobs) await deliver(runJob(analyzer, job, settings.options, format));
    return;
  }
  await new OrderedPool(jobs, { threads, wasmModule, settings, format, deliver }).run();
}
