// Paste cleaning: turn the HTML a browser puts on the clipboard into plain article
// text. The markup is parsed into an inert document (DOMParser runs no script and
// loads nothing) and only its text is kept; nothing of it is ever inserted.

const DROP = 'script, style, noscript, template, iframe, object, embed, svg, canvas, video, audio, ' +
  'nav, aside, form, button, select, input, textarea, figure, [hidden], [aria-hidden="true"]';
// A page's header and footer are site chrome; an article's own hold its headline and byline.
const PAGE_CHROME = 'header, footer';
const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BLOCKQUOTE', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'TABLE', 'TR', 'HR', 'ADDRESS', 'FIGCAPTION']);

function collect(node, out) {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out.push(child.data);
    else if (child.nodeType === 1) {
      if (child.tagName === 'BR') { out.push('\n'); continue; }
      const block = BLOCK.has(child.tagName);
      if (block) out.push('\n\n');
      collect(child, out);
      if (block) out.push('\n\n');
    }
  }
}

/**
 * The article text of `html`: the <article> (or <main>, or <body>) without
 * navigation, scripts, forms and the like; one blank line between paragraphs,
 * runs of spaces collapsed. `parser` defaults to a new DOMParser.
 */
export function htmlToArticleText(html, parser = new DOMParser()) {
  const doc = parser.parseFromString(String(html), 'text/html');
  const article = doc.querySelector('article') ?? doc.querySelector('main');
  const root = article ?? doc.body;
  if (!root) return '';
  for (const node of root.querySelectorAll(article ? DROP : `${DROP}, ${PAGE_CHROME}`)) node.remove();
  const out = [];
  collect(root, out);
  return out.join('')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').map((line) => line.trim()).filter(Boolean).join('\n'))
    .filter(Boolean)
    .join('\n\n');
}
