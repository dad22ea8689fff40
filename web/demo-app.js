// The demo page's behaviour, shared by the served demo (demo.js) and the offline
// single file (offline.js): analyze on click, paste cleaning, copy key points,
// export JSON, counts and timing. Everything derived from input reaches the page
// through the <news-lens> element or textContent.
import { htmlToArticleText } from './paste-clean.js';
import { stagesLine, statsLine } from './render.js';

/** Wires the demo controls in `doc` to its <news-lens id="lens">. */
export function startDemo(doc, { sampleUrl } = {}) {
  const $ = (id) => doc.getElementById(id);
  const textarea = $('article');
  const lens = $('lens');
  const analyzeButton = $('analyze');
  const status = $('status');
  const stats = $('stats');
  const copyButton = $('copy-key-points');
  const exportButton = $('export-json');
  let lastText = '';
  let clickedAt = 0;

  const say = (message) => { status.textContent = message; };

  textarea.addEventListener('paste', (event) => {
    const html = event.clipboardData?.getData('text/html');
    if (!html) return; // plain text pastes as usual
    event.preventDefault();
    const text = htmlToArticleText(html);
    textarea.setRangeText(text, textarea.selectionStart, textarea.selectionEnd, 'end');
    say(`Pasted ${text.length.toLocaleString('en')} characters of article text (markup removed)`);
  });

  analyzeButton.addEventListener('click', () => {
    lastText = textarea.value;
    clickedAt = performance.now();
    say('Analyzing…');
    lens.text = lastText;
    lens.analyze().catch(() => {}); // errors arrive as newslens-error
  });

  const sampleLoaded = sampleUrl
    ? fetch(sampleUrl).then((r) => (r.ok ? r.text() : '')).then((sample) => {
      if (sample && !textarea.value) textarea.value = sample;
    }).catch(() => {})
    : Promise.resolve();

  lens.addEventListener('newslens-ready', async (event) => {
    await sampleLoaded;
    analyzeButton.disabled = false;
    say(`Ready (analysis runs ${event.mode === 'worker' ? 'in a Web Worker' : 'on the main thread'})`);
    doc.body.dataset.ready = 'true';
  });
  lens.addEventListener('newslens-result', (event) => {
    const result = event.detail;
    stats.textContent = `${statsLine(result)} · ${Math.round(performance.now() - clickedAt)} ms end to end`;
    stats.title = stagesLine(result);  // the core's time per stage, on hover
    copyButton.disabled = result.keyPoints.length === 0;
    exportButton.disabled = false;
    say('Done');
  });
  lens.addEventListener('newslens-error', (event) => say(`Could not analyze: ${event.detail?.message ?? event.detail}`));

  copyButton.addEventListener('click', async () => {
    const points = lens.result?.keyPoints ?? [];
    const text = points.map((p, i) => `${i + 1}. ${p.text.trim()}`).join('\n');
    try {
      await navigator.clipboard.writeText(text);
      say(`Copied ${points.length} key points`);
    } catch {
      // No clipboard permission (file://, an iframe): select the text for Ctrl+C instead.
      textarea.value = text;
      textarea.select();
      say('Key points placed in the text box: press Ctrl+C to copy');
    }
  });

  exportButton.addEventListener('click', () => {
    if (!lens.result) return;
    const json = JSON.stringify({ text: lastText, ...lens.result }, null, 2);
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const link = Object.assign(doc.createElement('a'), { href: url, download: 'newslens-result.json' });
    doc.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    say('Exported newslens-result.json');
  });
}
