// The demo page's behaviour, shared by the served demo (demo.js) and the offline
// single file (offline.js): analyze on click or Ctrl+Enter (and the sample or the
// saved draft on load), Clear, paste cleaning, copy key points, the exports, counts
// and timing (the language check is the element's own: its language-note part). Everything derived from input reaches the page
// through the <news-lens> element or textContent; the user's text box is only ever
// written by the user (and by Clear).
import { htmlToArticleText } from './paste-clean.js';
import { renderStats } from './render.js';
import { entitiesCsv, quotesCsv, reportHtml, reportMarkdown } from './demo-export.js';

const DRAFT_KEY = 'newslens-draft';
const DRAFT_MAX = 2_000_000; // characters kept across reloads (sessionStorage holds ~5 MB)

/** Offers `content` as a download named `name`. */
function download(doc, name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(doc.createElement('a'), { href: url, download: name });
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// Copies with the Clipboard API, else with a throwaway off-screen text box (never the
// user's); false when neither is allowed.
async function copyText(doc, text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const scratch = Object.assign(doc.createElement('textarea'), { value: text, readOnly: true });
    scratch.setAttribute('aria-hidden', 'true');
    scratch.className = 'offscreen';
    const focused = doc.activeElement;
    doc.body.append(scratch);
    scratch.select();
    let copied;
    try { copied = doc.execCommand('copy'); } catch { copied = false; }
    scratch.remove();
    if (focused instanceof HTMLElement) focused.focus({ preventScroll: true });
    return copied;
  }
}

function readDraft() {
  try { return globalThis.sessionStorage?.getItem(DRAFT_KEY) ?? ''; } catch { return ''; }
}

function saveDraft(text) {
  try {
    if (text && text.length <= DRAFT_MAX) globalThis.sessionStorage?.setItem(DRAFT_KEY, text);
    else globalThis.sessionStorage?.removeItem(DRAFT_KEY);
  } catch { /* storage full or refused: the draft is a convenience */ }
}

/**
 * Wires the demo controls in `doc` to its <news-lens id="lens">; `sampleUrl` is the
 * article shown (and analyzed) when the tab has no draft.
 * @param {Document} doc
 * @param {{sampleUrl?: URL | string}} [options]
 */
export function startDemo(doc, { sampleUrl = undefined } = {}) {
  const $ = (/** @type {string} */ id) => /** @type {any} */ (doc.getElementById(id));
  /** @type {HTMLTextAreaElement} */
  const textarea = $('article');
  /** @type {import('./news-lens.js').NewsLensElement} */
  const lens = $('lens');
  const status = $('status');
  const stats = $('stats');
  const hint = $('input-hint');
  const resultButtons = ['copy-key-points', 'export-json', 'export-markdown', 'export-html', 'export-entities-csv', 'export-quotes-csv']
    .map((id) => $(id)).filter(Boolean);
  let lastText = '';
  let clickedAt = 0;
  let ready = false;
  let draftTimer = 0;

  const say = (message) => { status.textContent = message; };
  const setResultButtons = (result) => {
    for (const button of resultButtons) button.disabled = !result;
    if (result) $('copy-key-points').disabled = result.keyPoints.length === 0;
  };
  const showHint = (message) => {
    hint.textContent = message;
    hint.hidden = !message;
  };
  const clearOutput = () => {
    stats.replaceChildren();
    stats.title = '';
    setResultButtons(null);
  };

  const analyze = () => {
    if (!ready) return;
    const text = textarea.value;
    clearTimeout(draftTimer);
    saveDraft(text);
    if (!text.trim()) {
      // Nothing to analyze: no stuck "Analyzing…", no stale stats or exports.
      lens.text = '';
      lastText = '';
      clearOutput();
      const message = text ? 'The text box holds only spaces and line breaks: paste or type an article first.'
        : 'The text box is empty: paste or type an article first.';
      showHint(message);
      say('Nothing to analyze');
      textarea.focus();
      return;
    }
    showHint('');
    lastText = text;
    clickedAt = performance.now();
    say('Analyzing…');
    lens.text = text;
    lens.analyze().catch(() => {}); // errors arrive as newslens-error
  };

  textarea.addEventListener('paste', (event) => {
    const html = event.clipboardData?.getData('text/html');
    if (!html) return; // plain text pastes as usual
    event.preventDefault();
    const text = htmlToArticleText(html);
    textarea.setRangeText(text, textarea.selectionStart, textarea.selectionEnd, 'end');
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    say(`Pasted ${text.length.toLocaleString('en')} characters of article text (markup removed)`);
  });
  textarea.addEventListener('input', () => {
    clearTimeout(draftTimer);
    draftTimer = setTimeout(() => saveDraft(textarea.value), 300);
    if (textarea.value.trim()) showHint('');
  });
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      analyze();
    }
  });
  $('analyze').addEventListener('click', analyze);
  $('clear').addEventListener('click', () => {
    textarea.value = '';
    saveDraft('');
    lens.text = '';
    lastText = '';
    clearOutput();
    showHint('');
    say('Cleared');
    textarea.focus();
  });

  const draft = readDraft();
  if (draft) textarea.value = draft;
  const sampleLoaded = sampleUrl && !draft
    ? fetch(sampleUrl).then((r) => (r.ok ? r.text() : '')).then((sample) => {
      if (sample && !textarea.value) textarea.value = sample;
    }).catch(() => {})
    : Promise.resolve();

  lens.addEventListener('newslens-ready', async (event) => {
    await sampleLoaded;
    ready = true;
    $('analyze').disabled = false;
    say(`Ready (analysis runs ${event.mode === 'worker' ? 'in a Web Worker' : 'on the main thread'})`);
    doc.body.dataset.ready = 'true';
    if (textarea.value.trim() && !lastText) analyze(); // the first view shows an analysis, not an empty page
  });
  lens.addEventListener('newslens-result', (event) => {
    const result = event.result;
    renderStats(stats, result, undefined,
      `analyzed in ${result.timing.ms.toFixed(1)} ms · ${Math.round(performance.now() - clickedAt)} ms end to end`);
    setResultButtons(result);
    say('Done');
  });
  lens.addEventListener('newslens-error', (event) => {
    clearOutput();
    say(`Could not analyze: ${event.error?.message ?? event.error}`);
  });

  $('copy-key-points').addEventListener('click', async () => {
    /** @type {Array<{text: string, short?: string}>} */
    const points = lens.result?.keyPoints ?? [];
    const text = points.map((p, i) => `${i + 1}. ${String(p.short || p.text).trim()}`).join('\n');
    if (await copyText(doc, text)) {
      say(`Copied ${points.length} key points`);
      return;
    }
    // No clipboard at all (file://, an iframe): show the points, selected, for Ctrl+C.
    const dialog = $('copy-dialog');
    const box = $('copy-text');
    box.value = text;
    dialog.showModal();
    box.select();
    say('Copying was refused: the key points are selected in a box for Ctrl+C');
  });
  $('copy-close').addEventListener('click', () => $('copy-dialog').close());

  /** @type {Record<string, [string, string, (text: string, result: any) => string]>} */
  const exporters = {
    'export-json': ['newslens-result.json', 'application/json', (text, result) => JSON.stringify({ text, ...result }, null, 2)],
    'export-markdown': ['newslens-report.md', 'text/markdown', reportMarkdown],
    'export-html': ['newslens-report.html', 'text/html', reportHtml],
    'export-entities-csv': ['newslens-entities.csv', 'text/csv', (_text, result) => entitiesCsv(result)],
    'export-quotes-csv': ['newslens-quotes.csv', 'text/csv', (_text, result) => quotesCsv(result)],
  };
  for (const [id, [name, type, make]] of Object.entries(exporters)) {
    $(id).addEventListener('click', () => {
      if (!lens.result) return;
      download(doc, name, type, make(lastText, lens.result));
      say(`Exported ${name}`);
    });
  }
}
