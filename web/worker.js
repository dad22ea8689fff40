// The module Worker behind createWorkerAnalyzer(): one Analyzer per Worker, one
// message in, one message out. Protocol (worker-client.js is the only sender):
//   {type: 'init', options}            → {type: 'ready', version, modelInfo, wasmModule?} | {type: 'failed', error}
//   {type: 'analyze', id, text, options} → {type: 'result', id, result} | {type: 'error', id, error}
// An 'internal' error means the engine failed; the client then replaces this Worker
// (the Analyzer here would also recover on its own, from the same compiled module).
// The Worker compiles the wasm itself and hands the compiled WebAssembly.Module back
// in 'ready': the client starts replacement Workers from it (options.wasmModule),
// so cancelling a running analysis costs an instantiation, not a download and a compile.
// The glue is imported statically (no code splitting), so bundlers can emit this
// worker as one classic or module chunk.
import createModule from '../dist/newslens.js';
import { createAnalyzerFrom, compileWasm } from './analyzer.js';

let analyzer = null;

function errorData(error) {
  return { code: error && error.code || 'internal', message: String(error && error.message || error) };
}

async function init(options) {
  options = options || {};
  try {
    // The literal new URL(…, import.meta.url) lets bundlers (Vite) find and emit the wasm.
    const wasmModule = await compileWasm(options, new URL('../dist/newslens.wasm', import.meta.url));
    analyzer = await createAnalyzerFrom(createModule, { wasmModule }, null);
    const ready = { type: 'ready', version: analyzer.version, modelInfo: analyzer.modelInfo };
    try {
      self.postMessage(options.wasmModule ? ready : { ...ready, wasmModule });
    } catch {
      self.postMessage(ready); // a host that cannot pass a Module on: the client refetches then
    }
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
