// Entry of the offline single file (dist/newslens-offline.html, built by
// scripts/build-offline.mjs): the demo with the single-file glue (wasm inlined),
// analyzing on the main thread — a file:// page can start no module Worker.
import createModule from '../dist/newslens-single.js';
import { createAnalyzerFrom } from './analyzer.js';
import { NewsLensElement } from './element.js';
import { startDemo } from './demo-app.js';

NewsLensElement.loadAnalyzer = async () => ({ analyzer: await createAnalyzerFrom(createModule, {}, null), mode: 'sync' });
if (!customElements.get('news-lens')) NewsLensElement.define('news-lens');
for (const node of document.querySelectorAll('[data-online-only]')) node.remove();
startDemo(document);
