// Entry of the offline single file (dist/newslens-offline.html, built by
// scripts/build-offline.mjs): the demo with the single-file glue (wasm inlined),
// analyzing on the main thread — a file:// page can start no module Worker.
import createModule from '../dist/newslens-single.js';
import { createAnalyzerFrom } from './analyzer.js';
import { NewsLensElement } from './element.js';
import { defineOnce } from './define-element.js';
import { startDemo } from './demo-app.js';

/** <news-lens> of the offline file: the single-file module, on the main thread. */
class OfflineNewsLensElement extends NewsLensElement {
  async loadAnalyzer() {
    return { analyzer: await createAnalyzerFrom(createModule, {}, null), mode: /** @type {const} */ ('sync') };
  }
}

defineOnce('news-lens', OfflineNewsLensElement);
for (const node of document.querySelectorAll('[data-online-only]')) node.remove();
startDemo(document);
