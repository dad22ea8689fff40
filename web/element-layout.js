// The shadow-root layout of <news-lens>: the exposed parts (status, language note,
// stats, legend, text, panel and the panel's sections) built once per element. The class in
// element.js fills them; nothing here knows about results.
import { elementCss } from './styles.js';

/** @type {CSSStyleSheet | null} */
let sharedSheet = null;
// One constructable sheet for every element: adoptedStyleSheets work under a strict
// CSP with no 'unsafe-inline', and sharing it costs one parse per page.
function styleSheet() {
  if (!sharedSheet) {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(elementCss);
  }
  return sharedSheet;
}

/**
 * @param {Document} doc
 * @param {string} tag
 * @param {Record<string, string>} [attributes]
 * @returns {HTMLElement}
 */
function make(doc, tag, attributes = {}) {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/**
 * The panel's sections in order: key of the part, heading, the part's own tag and attributes.
 * @type {Array<[string, string, string, Record<string, string>]>}
 */
const SECTIONS = [
  ['keyPoints', 'Key points', 'ol', {}],
  ['entities', 'Entities', 'div', { role: 'listbox' }],
  ['quotes', 'Quotes', 'ul', {}],
  ['terms', 'Quoted terms', 'ul', {}],
  ['keywords', 'Keywords', 'ul', {}],
];

const kebab = (/** @type {string} */ key) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * @typedef {{status: HTMLElement, languageNote: HTMLElement, stats: HTMLElement, legend: HTMLElement, text: HTMLElement,
 *   panel: HTMLElement, keyPoints: HTMLElement, entities: HTMLElement, quotes: HTMLElement,
 *   terms: HTMLElement, keywords: HTMLElement, sections: Record<string, HTMLElement>}} Parts
 */

/**
 * Styles `root` and fills it with the element's parts; returns them by name. Each part
 * carries `part="…"` (kebab-case of its key) for ::part() styling.
 * @param {ShadowRoot} root
 * @returns {Parts}
 */
export function buildLayout(root) {
  const doc = root.ownerDocument;
  if ('adoptedStyleSheets' in root) root.adoptedStyleSheets = [styleSheet()];
  else /** @type {ShadowRoot} */ (root).append(Object.assign(doc.createElement('style'), { textContent: elementCss }));
  const parts = /** @type {Parts} */ ({
    status: make(doc, 'div', { part: 'status', class: 'status', role: 'status', 'aria-live': 'polite' }),
    languageNote: make(doc, 'p', { part: 'language-note', class: 'language-note', role: 'note', hidden: '' }),
    stats: make(doc, 'div', { part: 'stats', class: 'stats' }),
    legend: make(doc, 'div', { part: 'legend', class: 'legend', role: 'group', 'aria-label': 'Entity types: show or hide' }),
    text: make(doc, 'div', { part: 'text', class: 'text', role: 'region', 'aria-label': 'Article with highlighted entities', tabindex: '0' }),
    panel: make(doc, 'div', { part: 'panel', class: 'panel' }),
    sections: {},
  });
  for (const [key, title, tag, attributes] of SECTIONS) {
    const id = `nl-h-${kebab(key)}`;
    parts[key] = make(doc, tag, { part: kebab(key), class: kebab(key), 'aria-labelledby': id, ...attributes });
    const section = make(doc, 'section', { 'data-empty': '', 'data-section': kebab(key) });
    const heading = make(doc, 'h2', { id });
    heading.textContent = title;
    section.append(heading, parts[key]);
    parts.panel.append(section);
    parts.sections[key] = section;
  }
  const layout = make(doc, 'div', { class: 'layout' });
  layout.append(parts.text, parts.panel);
  root.append(parts.status, parts.languageNote, parts.stats, parts.legend, layout);
  return parts;
}
