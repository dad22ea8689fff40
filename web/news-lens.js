// The <news-lens> element with its default analyzer: a module Worker, falling back to
// the main thread when Workers cannot start (file:// pages, a CSP without worker-src).
// Importing this module does not register the tag; import define.js for that, or call
// NewsLensElement.define('my-tag').
import { NewsLensElement } from './element.js';
import { createAnalyzer } from './index.js';
import { createWorkerAnalyzer } from './worker-client.js';

export { NewsLensElement, NewsLensReadyEvent, NewsLensResultEvent, NewsLensErrorEvent } from './element.js';

NewsLensElement.loadAnalyzer = async ({ mode, wasmUrl }) => {
  if (mode !== 'sync' && typeof Worker === 'function') {
    try {
      return { analyzer: await createWorkerAnalyzer({ wasmUrl }), mode: 'worker' };
    } catch (error) {
      if (error?.code !== 'worker_failed') throw error;
      console.warn('[newslens] no Worker, analyzing on the main thread:', error.message);
    }
  }
  return { analyzer: await createAnalyzer({ wasmUrl }), mode: 'sync' };
};

export default NewsLensElement;
