// The module Worker behind createWorkerAnalyzer(): one Analyzer per Worker, one
// message in, one message out. Protocol (worker-client.js is the only sender):
//   {type: 'init', options}            → {type: 'ready', version, modelInfo} | {type: 'failed', error}
//   {type: 'analyze', id, text, options} → {type: 'result', id, result} | {type: 'error', id, error}
// The glue is imported statically (no code splitting), so bundlers can emit this
// worker as one classic or module chunk.
import createModule from '../dist/newslens.js';
import { createAnalyzerFrom } from './analyzer.js';

let analyzer = null;

function errorData(error) {
  return { code: error && error.code || 'internal', message: String(error && error.message || error) };
}

async function init(options) {
  try {
    analyzer = await createAnalyzerFrom(createModule, options || {},
      new URL('../dist/newslens.wasm', import.meta.url));
    self.postMessage({ type: 'ready', version: analyzer.version, modelInfo: analyzer.modelInfo });
  } catch (error) {
    self.postMessage({ type: 'failed', error: errorData(error) });
  }
}

function analyze({ id, text, options }) {
  try {
    self.postMessage({ type: 'result', id, result: analyzer.analyze(text, options ?? {}) });
  } catch (error) {
    self.postMessage({ type: 'error', id, error: errorData(error) });
  }
}

self.addEventListener('message', (event) => {
  const message = event.data;
  if (message && message.type === 'init') init(message.options);
  else if (message && message.type === 'analyze') analyze(message);
});
