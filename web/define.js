// Registers <news-lens> unless that tag is already taken: importing this module
// twice, or from two bundles, never throws.
import { NewsLensElement } from './news-lens.js';
import { defineOnce } from './define-element.js';

export * from './news-lens.js';

defineOnce('news-lens', NewsLensElement);
