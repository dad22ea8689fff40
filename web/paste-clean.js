// Paste cleaning: turn the HTML a browser puts on the clipboard into plain article
// text. The markup is read by a small tokenizer that keeps tag names and text only:
// no DOM is built from it, so no attribute ever exists anywhere. (Any document the
// page parses markup into — DOMParser's, createHTMLDocument's, a <template>'s —
// inherits the page's CSP, and a pasted style= or onclick= then fires a violation
// report, though nothing runs.) Character references in the text are decoded by an
// RCDATA parse that can create no element.

// Subtrees that are not article text.
const DROP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas',
  'video', 'audio', 'nav', 'aside', 'form', 'button', 'select', 'input', 'textarea', 'figure', 'title', 'head']);
// A page's header and footer are site chrome; an article's own hold its headline and byline.
const PAGE_CHROME = new Set(['header', 'footer']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'blockquote', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'table', 'tr', 'hr', 'address', 'figcaption']);
// Elements whose content the HTML parser does not read as markup: skipped to their end tag.
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// A start tag of these closes an open element of the same name (<p>one<p>two).
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option']);

const HIDDEN = /(?:^|\s)hidden(?=[\s=/>]|$)|aria-hidden\s*=\s*["']?\s*true/i;

// Deeper nesting is flattened (siblings of the element at this depth), so a hostile
// paste of 100k nested <div>s cannot overflow the stack of the recursive walks below.
const MAX_DEPTH = 256;

/** @typedef {{tag: string, hidden: boolean, depth: number, children: Array<Node | string>, parent: Node | null}} Node */

// Decodes character references (&amp;, &eacute;, &#8217;) in a run of text. The text
// holds no "</" + letter (the tokenizer made that a tag), so the RCDATA parse of a
// textarea's content sees only text and references.
let decoder = null;
function decode(text) {
  if (!text.includes('&')) return text;
  if (!decoder) decoder = globalThis.document?.implementation.createHTMLDocument('').createElement('textarea') ?? null;
  if (!decoder) return text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&nbsp;/g, '\u00a0');
  decoder.innerHTML = text;
  return decoder.value;
}

// The end of the tag opened at `at` (the index after its ">"), honouring quoted attribute values.
function tagEnd(html, at) {
  let quote = '';
  for (let i = at; i < html.length; i++) {
    const c = html[i];
    if (quote) { if (c === quote) quote = ''; } else if (c === '"' || c === '\'') quote = c;
    else if (c === '>') return i + 1;
  }
  return html.length;
}

// Reads `html` into a tree of tag names and text (no attributes but the fact of being hidden).
function parse(html) {
  const root = /** @type {Node} */ ({ tag: '#root', hidden: false, depth: 0, children: [], parent: null });
  const lower = html.toLowerCase();
  let open = root;
  let pos = 0;
  const text = (to) => { if (to > pos) open.children.push(decode(html.slice(pos, to))); };
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) { text(html.length); break; }
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) {
      text(lt);
      const close = html.indexOf('-->', lt + 4);
      pos = close < 0 ? html.length : close + 3;
    } else if (next === '!' || next === '?') {
      text(lt);
      const close = html.indexOf('>', lt);
      pos = close < 0 ? html.length : close + 1;
    } else if (/[a-zA-Z]/.test(next) || (next === '/' && /[a-zA-Z]/.test(html[lt + 2] ?? ''))) {
      text(lt);
      const end = tagEnd(html, lt + 1);
      const closing = next === '/';
      const name = /^<\/?([a-zA-Z][^\s/>]*)/.exec(html.slice(lt, end))[1].toLowerCase();
      pos = end;
      if (closing) {
        for (let node = open; node !== root; node = node.parent) {
          if (node.tag === name) { open = node.parent; break; }
        }
      } else if (RAW.has(name)) {
        const close = lower.indexOf(`</${name}`, pos);
        pos = close < 0 ? html.length : tagEnd(html, close + 2);
      } else if (name === 'br') {
        open.children.push('\n');
      } else if (!VOID.has(name)) {
        if ((SELF_CLOSING_SIBLINGS.has(name) || BLOCK.has(name)) && open.tag === 'p') open = open.parent;
        else if (SELF_CLOSING_SIBLINGS.has(name) && open.tag === name) open = open.parent;
        const hidden = HIDDEN.test(html.slice(lt + 1 + name.length, end - 1));
        const node = { tag: name, hidden, depth: open.depth + 1, children: [], parent: open };
        open.children.push(node);
        const selfClosed = html[end - 2] === '/' && (name === 'svg' || name === 'math'); // foreign content may self-close
        if (!selfClosed && node.depth < MAX_DEPTH) open = node;
      }
    } else {
      text(lt + 1); // a "<" that starts no tag is text
      pos = lt + 1;
    }
  }
  return root;
}

function find(node, tag) {
  for (const child of node.children) {
    if (typeof child === 'string') continue;
    if (child.tag === tag) return child;
    const deeper = find(child, tag);
    if (deeper) return deeper;
  }
  return null;
}

function collect(node, drop, out) {
  for (const child of node.children) {
    if (typeof child === 'string') { out.push(child); continue; }
    if (child.hidden || drop.has(child.tag)) continue;
    const block = BLOCK.has(child.tag);
    if (block) out.push('\n\n');
    collect(child, drop, out);
    if (block) out.push('\n\n');
  }
}

/**
 * The article text of `html`: the <article> (or <main>, or the whole page) without
 * navigation, scripts, forms, hidden parts and the like; one blank line between
 * paragraphs, runs of spaces collapsed.
 * @param {string} html
 * @returns {string}
 */
export function htmlToArticleText(html) {
  const tree = parse(String(html));
  const article = find(tree, 'article') ?? find(tree, 'main');
  const out = [];
  collect(article ?? tree, article ? DROP : new Set([...DROP, ...PAGE_CHROME]), out);
  return out.join('')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').map((line) => line.trim()).filter(Boolean).join('\n'))
    .filter(Boolean)
    .join('\n\n');
}
