// Output formats of `newslens analyze`. A record is what one input gave:
// {file?, result?} or {file?, error: {code, message}}, plus warnings. Each format is a
// pair: record → text (run in the worker threads, in parallel) and the text written
// before and after all records (an array's brackets, a CSV header).
import { PARTS } from './args.mjs';

/** Record → an object with the parts in reading order (PARTS), unknown parts before the bulky ones. */
export function orderedRecord(record, fields) {
  const source = { file: record.file, error: record.error, warnings: record.warnings?.length ? record.warnings : undefined,
    ...record.result };
  const known = PARTS.filter((p) => p in source);
  const bulkyAt = known.indexOf('mentions') >= 0 ? known.indexOf('mentions') : known.length;
  const unknown = Object.keys(source).filter((k) => !PARTS.includes(k));
  const keys = [...known.slice(0, bulkyAt), ...unknown, ...known.slice(bulkyAt)];
  const out = {};
  for (const key of keys) {
    if (source[key] === undefined) continue;
    if (fields && key !== 'error' && key !== 'file' && fields.drop === fields.names.has(key)) continue;
    out[key] = source[key];
  }
  return out;
}

// --- pieces ----------------------------------------------------------------------

// Characters a printed piece reaches before the next one starts.
const PIECE_CHARS = 1 << 20;

// JSON.stringify(value, null, pretty ? 2 : 0) as strings that concatenate to it, a
// top-level array written a few elements at a time: 16 MiB of "1 2 3 …" is 8 million
// mentions, more characters of JSON than one JS string may hold.
export function jsonPieces(value, pretty) {
  const nl = pretty ? '\n' : '';
  const indent = pretty ? '  ' : '';
  const nested = (v, depth) => {
    const s = JSON.stringify(v, null, pretty ? 2 : 0) ?? 'null'; // in an array, undefined and functions print null
    return pretty ? s.replace(/\n/g, `\n${indent.repeat(depth)}`) : s; // strings hold no raw newline
  };
  // The keys JSON.stringify prints (records are plain data: no toJSON).
  const keys = Object.keys(value).filter((k) => value[k] !== undefined && typeof value[k] !== 'function' &&
    typeof value[k] !== 'symbol');
  if (!keys.length) return ['{}'];
  const pieces = [];
  let piece = '{';
  keys.forEach((key, i) => {
    piece += `${i ? ',' : ''}${nl}${indent}${JSON.stringify(key)}:${pretty ? ' ' : ''}`;
    const v = value[key];
    if (!Array.isArray(v) || v.length === 0) {
      piece += nested(v, 1);
      return;
    }
    piece += '[';
    for (let j = 0; j < v.length; j++) {
      piece += `${j ? ',' : ''}${nl}${indent}${indent}${nested(v[j], 2)}`;
      if (piece.length >= PIECE_CHARS) pieces.push(piece), piece = '';
    }
    piece += `${nl}${indent}]`;
  });
  pieces.push(`${piece}${nl}}`);
  return pieces;
}

// `lines` joined, as pieces of about PIECE_CHARS.
function joinedPieces(lines) {
  const pieces = [];
  let piece = '';
  for (const line of lines) {
    piece += line;
    if (piece.length >= PIECE_CHARS) pieces.push(piece), piece = '';
  }
  if (piece) pieces.push(piece);
  return pieces;
}

// --- text ------------------------------------------------------------------------

function oneLine(text) {
  return text.replace(/\s+/g, ' ').trim();
}

function entityLines(entities) {
  const byType = new Map(); // types in order of their most salient entity
  for (const e of entities) {
    if (!byType.has(e.type)) byType.set(e.type, []);
    byType.get(e.type).push(e);
  }
  const lines = [];
  for (const [type, list] of byType) {
    const mentions = list.reduce((n, e) => n + e.count, 0);
    lines.push(`  ${type} (${list.length} ${list.length === 1 ? 'entity' : 'entities'}, ${mentions} mention${mentions === 1 ? '' : 's'})`);
    for (const e of list) {
      const others = e.aliases.filter((a) => a !== e.name);
      lines.push(`    ${e.name} ×${e.count}${others.length ? `  (also: ${others.join(', ')})` : ''}`);
    }
  }
  return lines;
}

// Quoted speech with its speaker; words in quotation marks that nobody says (kind
// 'term': scare quotes, titles) on one line after them.
function quoteLines(result) {
  const speech = result.quotes.filter((q) => q.kind !== 'term');
  const terms = result.quotes.filter((q) => q.kind === 'term');
  const lines = speech.map((q) => {
    const speaker = q.speaker !== null && q.speaker !== undefined ? result.entities[q.speaker]?.name : q.speakerText;
    return `  “${oneLine(q.text)}” — ${speaker || '(no speaker found)'}`;
  });
  if (terms.length) lines.push(`  in quotation marks: ${terms.map((q) => `“${oneLine(q.text)}”`).join(', ')}`);
  return lines;
}

function textReport(record, batch) {
  const lines = batch ? [`== ${record.file} ==`] : [];
  const r = record.result;
  const s = r.stats;
  const count = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(`${count(s.words, 'word')}, ${count(s.sentences, 'sentence')}, ${count(s.paragraphs, 'paragraph')}, ${s.readingMinutes} min read`);
  const section = (title, body) => {
    lines.push('', title);
    lines.push(...(body.length ? body : ['  (none)']));
  };
  section(`Entities (${r.entities.length})`, entityLines(r.entities));
  section('Key points', r.keyPoints.map((k, i) => `  ${i + 1}. ${oneLine(k.text)}`));
  section(`Quotes (${r.quotes.filter((q) => q.kind !== 'term').length})`, quoteLines(r));
  section('Keywords', r.keywords.length ? [`  ${r.keywords.map((k) => k.text).join(', ')}`] : []);
  return `${lines.join('\n')}\n\n`;
}

// --- csv / tsv --------------------------------------------------------------------

// The columns of each --rows kind: [header, value of (row, record)].
const COLUMNS = {
  entities: [
    ['id', (e) => e.id], ['name', (e) => e.name], ['type', (e) => e.type], ['count', (e) => e.count],
    ['salience', (e) => e.salience], ['first', (e) => e.first], ['aliases', (e) => e.aliases.join('; ')],
  ],
  mentions: [
    ['start', (m) => m.start], ['end', (m) => m.end], ['type', (m) => m.type], ['entity', (m) => m.entity],
    ['entityName', (m, r) => (m.entity === null ? '' : r.entities[m.entity]?.name)], ['score', (m) => m.score],
    ['role', (m) => m.role], ['text', (m) => m.text],
  ],
  quotes: [
    ['start', (q) => q.start], ['end', (q) => q.end], ['kind', (q) => q.kind], ['speaker', (q) => q.speaker],
    ['speakerName', (q, r) => (q.speaker === null || q.speaker === undefined ? '' : r.entities[q.speaker]?.name)],
    ['speakerText', (q) => q.speakerText], ['text', (q) => q.text],
  ],
  'key-points': [
    ['rank', (k, r) => r.keyPoints.indexOf(k) + 1], ['sentence', (k) => k.sentence], ['start', (k) => k.start],
    ['end', (k) => k.end], ['score', (k) => k.score], ['short', (k) => k.short], ['text', (k) => k.text],
  ],
};
const LIST_OF = { entities: 'entities', mentions: 'mentions', quotes: 'quotes', 'key-points': 'keyPoints' };

/** One CSV field, RFC 4180: quoted when it holds a quote, comma, CR or LF, quotes doubled. */
export function csvField(value) {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One TSV field: tab, newline, CR and backslash escaped (\t \n \r \\), as in PostgreSQL's text format. */
export function tsvField(value) {
  const s = value === null || value === undefined ? '' : String(value);
  return s.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]);
}

function table(kind, separator, field, eol) {
  const columns = COLUMNS[kind];
  const line = (values) => values.map(field).join(separator) + eol;
  return {
    head: line(['file', ...columns.map(([name]) => name)]),
    separator: '',
    tail: '',
    emptyTail: '',
    record: (record) => (record.error ? '' : joinedPieces(record.result[LIST_OF[kind]]
      .map((row) => line([record.file, ...columns.map(([, value]) => value(row, record.result))])))),
  };
}

/**
 * The formatter for `format`: record(record) → text (a string, or pieces that
 * concatenate to it, for a result too long for one string), a pure function (worker threads
 * format in parallel), and the text around the records: `head` first, `separator`
 * between two non-empty records, then `tail`, or `emptyTail` when no record printed
 * anything. Records with an error print nothing in text/csv/tsv and single-document
 * JSON (the error goes to standard error); in batch JSON they print {file, error}.
 * `batch`: output per input rather than one document.
 */
export function formatter({ format, rows, pretty, fields, batch }) {
  if (format === 'csv') return table(rows, ',', csvField, '\r\n');
  if (format === 'tsv') return table(rows, '\t', tsvField, '\n');
  const plain = { head: '', separator: '', tail: '', emptyTail: '' };
  if (format === 'text') return { ...plain, record: (r) => (r.error ? '' : textReport(r, batch)) };
  const json = (r) => jsonPieces(orderedRecord(batch ? r : { ...r, file: undefined }, fields), pretty);
  if (format === 'jsonl') return { ...plain, record: (r) => [...json(r), '\n'] };
  if (!batch) return { ...plain, record: (r) => (r.error ? '' : json(r)), tail: '\n' };
  return { head: '[', separator: ',', tail: '\n]\n', emptyTail: ']\n', record: (r) => ['\n', ...json(r)] };
}
