// The one DOM helper the renderers share: an element with a class and text content
// (text only ever goes in as textContent, never as markup).

/**
 * A new `tag` element of `doc` with `className` (if any) and `text` as its text content (if given).
 * @param {Document} doc
 * @param {string} tag
 * @param {string} [className]
 * @param {string} [text]
 * @returns {HTMLElement}
 */
export function el(doc, tag, className, text) {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
