// The demo's exports beside the raw JSON: a Markdown and an HTML report a journalist
// can file or share (counts, key points, entities, quotes), and CSV tables of the
// entities and of the quotes for a spreadsheet. Pure functions of (text, result):
// user text is escaped for each format, never interpreted.
import { countsLine, isSpeech } from './render-panel.js';
import { typeLabel } from './entity-types.js';

const speakerName = (quote, byId) => {
  const entity = quote.speaker === null || quote.speaker === undefined ? null : byId.get(quote.speaker);
  if (entity) return entity.name;
  return typeof quote.speakerText === 'string' && quote.speakerText ? quote.speakerText : '';
};
const entitiesBySalience = (result) => [...result.entities].sort((a, b) => b.salience - a.salience);
const pointText = (point) => String(point.short || point.text).trim();

/** A CSV cell (RFC 4180 quoting); a leading = + - @ is defused so a spreadsheet does not run it as a formula. */
function csvCell(value) {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
const csv = (rows) => `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;

/** The entities as CSV: id, name, type, type label, mentions, salience, other names. */
export function entitiesCsv(result) {
  return csv([['id', 'name', 'type', 'type_label', 'mentions', 'salience', 'aliases'],
    ...entitiesBySalience(result).map((e) => [e.id, e.name, e.type, typeLabel(e.type), e.count, e.salience,
      (e.aliases ?? []).filter((a) => a !== e.name).join('; ')])]);
}

/** The quotes as CSV: start, end, kind (speech | term), text, speaker (a named entity or an unnamed source). */
export function quotesCsv(result) {
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  return csv([['start', 'end', 'kind', 'text', 'speaker', 'speaker_entity'],
    ...result.quotes.map((q) => [q.start, q.end, isSpeech(q) ? 'speech' : 'term', q.text,
      isSpeech(q) ? speakerName(q, byId) : '', isSpeech(q) && byId.has(q.speaker) ? q.speaker : ''])]);
}

const mdEscape = (s) => String(s).replace(/([\\`*_[\]<>|#])/g, '\\$1').replace(/\s*\n\s*/g, ' ');

/** A Markdown report: counts, key points, entities (a table), quotes with speakers, quoted terms. */
export function reportMarkdown(text, result) {
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const lines = ['# NewsLens report', '', countsLine(result), ''];
  if (result.keyPoints.length) {
    lines.push('## Key points', '', ...result.keyPoints.map((p, i) => `${i + 1}. ${mdEscape(pointText(p))}`), '');
  }
  if (result.entities.length) {
    lines.push('## Entities', '', '| Entity | Type | Mentions | Also called |', '| --- | --- | ---: | --- |');
    for (const e of entitiesBySalience(result)) {
      lines.push(`| ${mdEscape(e.name)} | ${typeLabel(e.type)} | ${e.count} | ${mdEscape((e.aliases ?? []).filter((a) => a !== e.name).join(', '))} |`);
    }
    lines.push('');
  }
  const speech = result.quotes.filter(isSpeech);
  if (speech.length) {
    lines.push('## Quotes', '');
    for (const q of speech) lines.push(`> “${mdEscape(q.text)}” — ${mdEscape(speakerName(q, byId) || 'unattributed')}`, '');
  }
  const terms = result.quotes.filter((q) => !isSpeech(q));
  if (terms.length) lines.push('## Quoted terms', '', ...terms.map((q) => `- “${mdEscape(q.text)}”`), '');
  lines.push(`*${text.length.toLocaleString('en')} characters analyzed by NewsLens in the browser.*`, '');
  return lines.join('\n');
}

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const h = (s) => String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]);

// The article as escaped HTML with <mark> around each mention (overlaps: the earlier wins).
function highlightedHtml(text, result, byId) {
  let out = '';
  let pos = 0;
  for (const m of result.mentions) {
    if (m.start < pos || m.end > text.length) continue;
    const entity = byId.get(m.entity);
    const title = entity ? `${entity.name} — ${typeLabel(m.type)}` : typeLabel(m.type);
    out += `${h(text.slice(pos, m.start))}<mark class="t-${h(m.type)}" title="${h(title)}">${h(text.slice(m.start, m.end))}</mark>`;
    pos = m.end;
  }
  return out + h(text.slice(pos));
}

const REPORT_CSS = 'body{font:16px/1.6 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}' +
  '.article{white-space:pre-wrap;border-left:3px solid #d0d7de;padding-left:1rem}mark{background:#fff1a8;border-radius:3px;padding:0 1px}' +
  'mark.t-PERSON{background:#ffe5a7}mark.t-ORG{background:#a1d8ff}mark.t-GPE{background:#95eccd}mark.t-NORP{background:#ffbcd4}' +
  'table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:.2rem .5rem;text-align:left}blockquote{margin:.5rem 0}';

/** A standalone HTML report (no script; a CSP that allows none): counts, key points, entities, quotes, and the highlighted article. */
export function reportHtml(text, result) {
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const parts = ['<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">',
    `<title>NewsLens report</title><style>${REPORT_CSS}</style></head><body>`,
    '<h1>NewsLens report</h1>', `<p>${h(countsLine(result))}</p>`];
  if (result.keyPoints.length) parts.push('<h2>Key points</h2><ol>', ...result.keyPoints.map((p) => `<li>${h(pointText(p))}</li>`), '</ol>');
  if (result.entities.length) {
    parts.push('<h2>Entities</h2><table><tr><th>Entity</th><th>Type</th><th>Mentions</th><th>Also called</th></tr>');
    for (const e of entitiesBySalience(result)) {
      parts.push(`<tr><td>${h(e.name)}</td><td>${h(typeLabel(e.type))}</td><td>${e.count}</td><td>${h((e.aliases ?? []).filter((a) => a !== e.name).join(', '))}</td></tr>`);
    }
    parts.push('</table>');
  }
  const speech = result.quotes.filter(isSpeech);
  if (speech.length) {
    parts.push('<h2>Quotes</h2>', ...speech.map((q) => `<blockquote>“${h(q.text)}” — ${h(speakerName(q, byId) || 'unattributed')}</blockquote>`));
  }
  parts.push('<h2>Article</h2>', `<div class="article">${highlightedHtml(text, result, byId)}</div>`, '</body></html>');
  return parts.join('\n');
}
