// The <news-lens> element with its default analyzer: a module Worker, falling back to
// the main thread when Workers cannot start (file:// pages, a CSP without worker-src).
// Importing this module does not register the tag; import define.js for that, or call
// NewsLensElement.define('my-tag').
//
// The loader is this subclass's own method, not a slot on the shared base class:
// importing the offline build (or another bundle) beside this one changes nothing
// for these elements.
import { NewsLensElement as BaseNewsLensElement } from './element.js';
import { createAnalyzer } from './index.js';
import { createWorkerAnalyzer } from './worker-client.js';

export { NewsLensReadyEvent, NewsLensResultEvent, NewsLensErrorEvent } from './element.js';

/**
 * The default loader: a Worker analyzer unless `mode` is 'sync' or no Worker can start,
 * else the main-thread one.
 * @param {{mode: 'worker' | 'sync', wasmUrl?: string}} options
 */
export async function loadDefaultAnalyzer({ mode, wasmUrl }) {
  if (mode !== 'sync' && typeof Worker === 'function') {
    try {
      return { analyzer: await createWorkerAnalyzer({ wasmUrl }), mode: 'worker' };
    } catch (error) {
      if (error?.code !== 'worker_failed') throw error;
      console.warn('[newslens] no Worker, analyzing on the main thread:', error.message);
    }
  }
  return { analyzer: await createAnalyzer({ wasmUrl }), mode: 'sync' };
}

/**
 * The element of element.js (documented there, and in custom-elements.json) with the
 * default loader: analysis in a Worker, main-thread fallback.
 */
export class NewsLensElement extends BaseNewsLensElement {
  /**
   * Loads the default analyzer (see loadDefaultAnalyzer); assign a function to one
   * element's `loadAnalyzer` to give it another.
   * @param {{mode: 'worker' | 'sync', wasmUrl?: string}} options
   */
  loadAnalyzer(options) {
    return loadDefaultAnalyzer(options);
  }
}

export default NewsLensElement;
