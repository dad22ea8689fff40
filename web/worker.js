// The module Worker behind createWorkerAnalyzer(): one Analyzer per Worker, one
// message in, one message out. Protocol (worker-client.js is the only sender):
//   {type: 'init', options}            → {type: 'ready', version, modelInfo, wasmModule?} | {type: 'failed', error}
//   {type: 'analyze', id, text, options} → {type: 'result', id, result} | {type: 'error', id, error}
// The Worker compiles the wasm itself and hands the compiled WebAssembly.Module back
// in 'ready': the client starts replacement Workers from it (options.wasmModule),
// so cancelling a running analysis costs an instantiation, not a download and a compile.
// The glue is imported statically (no code splitting), so bundlers can emit this
// worker as one classic or module chunk.
import createModule from '../dist/newslens.js';
import { createAnalyzerFrom } from './analyzer.js';

let analyzer = null;

function errorData(error) {
  return { code: error && error.code || 'internal', message: String(error && error.message || error) };
}

// The compiled wasm: given, or compiled from the given bytes, or fetched.
async function compile(options) {
  if (options.wasmModule) return options.wasmModule;
  if (options.wasmBinary) return WebAssembly.compile(options.wasmBinary);
  // The literal new URL(…, import.meta.url) lets bundlers (Vite) find and emit the wasm.
  const url = options.wasmUrl ? new URL(options.wasmUrl) : new URL('../dist/newslens.wasm', import.meta.url);
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`could not load ${url.href}: HTTP ${response.status}`);
  // Streaming compilation needs the right MIME type; servers that get it wrong still work.
  if (typeof WebAssembly.compileStreaming === 'function' &&
      /^application\/wasm\b/.test(response.headers.get('Content-Type') || '')) {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

async function init(options) {
  options = options || {};
  try {
    const wasmModule = await compile(options);
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
