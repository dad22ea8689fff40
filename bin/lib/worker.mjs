// A worker thread of `newslens analyze --jobs N`: one analyzer, instantiated from the
// compiled module the main thread passes, runs the jobs it is sent, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer } from '../../web/index.js';
import { formatter } from './format.mjs';
import { runJob } from './job.mjs';

const { wasmModule, settings } = workerData;
const analyzer = await createAnalyzer({ wasmModule });
const format = formatter(settings);
parentPort.on('message', (job) => parentPort.postMessage(runJob(analyzer, job, settings.options, format)));
