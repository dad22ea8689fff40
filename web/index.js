// NewsLens JS API: createAnalyzer() loads the WASM core once; analyzer.analyze()
// returns the schema-1 result (see index.d.ts). Works in browsers (main thread or
// Worker), under bundlers, from file:// with the single-file build, and in Node.
// createWorkerAnalyzer() runs the same analyzer in a module Worker behind promises.
import { createAnalyzerFrom } from './analyzer.js';

export { Analyzer, NewsLensError, MAX_INPUT_BYTES } from './analyzer.js';
export { createWorkerAnalyzer, WorkerAnalyzer } from './worker-client.js';

/**
 * Loads the WASM core and returns an Analyzer that runs on the calling thread.
 * @param {import('./index.d.ts').CreateAnalyzerOptions} [options]
 */
export async function createAnalyzer(options = {}) {
  if (options.singleFile) {
    const glue = await import('../dist/newslens-single.js');
    return createAnalyzerFrom(glue.default, options, null);
  }
  const glue = await import('../dist/newslens.js');
  // The literal new URL(…, import.meta.url) lets bundlers (Vite) find and emit the wasm.
  return createAnalyzerFrom(glue.default, options, new URL('../dist/newslens.wasm', import.meta.url));
}
