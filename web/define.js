// Registers <news-lens> unless that tag is already taken: importing this module
// twice, or from two bundles, never throws.
import { NewsLensElement } from './news-lens.js';

export * from './news-lens.js';

if (typeof customElements !== 'undefined' && !customElements.get('news-lens')) {
  NewsLensElement.define('news-lens');
}
