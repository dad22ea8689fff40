// The `newslens` CLI as a user runs it: a child process over real files, directories,
// globs, pipes and devices. Every figure it prints comes from the real engine.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvField, jsonPieces, tsvField } from '../../bin/lib/format.mjs';
import { globToRegExp } from '../../bin/lib/inputs.mjs';
import { conllSpans, toConllType } from '../../bin/conll.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'bin/newslens.mjs');
const sample = fs.readFileSync(path.join(root, 'web/samples/us-china-talks.txt'), 'utf8');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-cli-'));
after(() => fs.rmSync(work, { recursive: true, force: true }));

const short = 'Antony Blinken met Xi Jinping in Beijing on Monday. "We had candid talks, and more," Blinken said.\n';
function put(name, content) {
  const file = path.join(work, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}
put('news/a.txt', sample);
put('news/b.txt', short);
put('news/2024/c.txt', short.replace('Monday', 'Tuesday'));
put('news/2024/deep/d.md', 'The European Union met in Brussels.\n');
put('news/.cache/hidden.txt', short);

function run(args, { input, cwd = work } = {}) {
  const out = spawnSync(process.execPath, [cli, ...args], { cwd, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { status: out.status, stdout: out.stdout, stderr: out.stderr };
}
const jsonLines = (stdout) => stdout.trim().split('\n').map((line) => JSON.parse(line));

test('--help and -h print the manual on stdout and exit 0', () => {
  for (const flag of ['--help', '-h']) {
    const { status, stdout, stderr } = run([flag]);
    assert.equal(status, 0);
    assert.equal(stderr, '');
    for (const section of ['NAME', 'SYNOPSIS', 'DESCRIPTION', 'OPTIONS', 'EXIT STATUS', 'EXAMPLES']) {
      assert.match(stdout, new RegExp(`^${section}$`, 'm'), section);
    }
    for (const option of ['--format', '--rows', '--pretty', '--fields', '--key-points', '--keywords', '--option',
      '--recursive', '--jobs', '--quiet', '--version']) assert.ok(stdout.includes(option), option);
  }
  assert.equal(run(['analyze', '--help']).status, 0);
  assert.equal(run(['help']).stdout, run(['--help']).stdout);
  const bad = run(['analyze', '--no-such-flag', 'x']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /unknown option --no-such-flag[\s\S]*usage: newslens analyze/);
  assert.equal(bad.stdout, '');
  assert.match(run(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
});

test('a reader that closes the pipe early ends the CLI quietly, exit 0', () => {
  put('pipe/a.txt', sample.repeat(40)); // well over a pipe's 64 KiB buffer as JSON: the write hits EPIPE
  put('pipe/b.txt', sample.repeat(40));
  const out = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${cli}" analyze pipe --pretty | head -1`],
    { cwd: work, encoding: 'utf8' });
  assert.equal(out.stdout, '[\n');
  assert.equal(out.stderr, '', 'no EPIPE stack trace');
  assert.equal(out.status, 0, 'the CLI exited 0 (pipefail reports its status)');
  const single = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${cli}" analyze pipe/a.txt -f text | head -c 10`],
    { cwd: work, encoding: 'utf8' });
  assert.equal(single.status, 0);
  assert.equal(single.stderr, '');
});

test('one file prints one JSON document: the readable parts first, the decoded text last', () => {
  const { status, stdout } = run(['analyze', 'news/b.txt']);
  assert.equal(status, 0);
  const result = JSON.parse(stdout);
  const keys = Object.keys(result);
  assert.deepEqual(keys.slice(0, 3), ['schema', 'stats', 'entities']);
  assert.ok(keys.indexOf('keyPoints') < keys.indexOf('sentences'));
  assert.ok(keys.indexOf('quotes') < keys.indexOf('mentions'));
  assert.equal(keys.at(-1), 'text');
  assert.equal(result.text, short);
  assert.ok(result.entities.some((e) => e.name === 'Antony Blinken'));
  const pretty = run(['analyze', 'news/b.txt', '--pretty']).stdout;
  assert.match(pretty, /^{\n {2}"schema": 1,\n {2}"stats": {/);
  const indented = JSON.parse(pretty);
  assert.deepEqual({ ...indented, timing: result.timing }, result, 'the same result, indented');
});

test('several files: JSON Lines by default, a JSON array with --format json or --pretty', () => {
  const lines = jsonLines(run(['analyze', 'news/a.txt', 'news/b.txt']).stdout);
  assert.deepEqual(lines.map((l) => l.file), ['news/a.txt', 'news/b.txt']);
  assert.equal(Object.keys(lines[0])[0], 'file');
  for (const args of [['--format', 'json'], ['--pretty'], ['-f', 'json', '--pretty']]) {
    const { status, stdout } = run(['analyze', 'news/a.txt', 'news/b.txt', ...args]);
    assert.equal(status, 0);
    const array = JSON.parse(stdout);
    assert.deepEqual(array.map((r) => r.file), ['news/a.txt', 'news/b.txt'], args.join(' '));
    assert.deepEqual(array[1].entities, lines[1].entities);
  }
  assert.ok(run(['analyze', 'news/a.txt', 'news/b.txt', '--pretty']).stdout.includes('\n      "name": "'), 'indented');
  assert.equal(run(['analyze', 'news/a.txt', '--pretty', '-f', 'jsonl']).status, 2, 'JSON Lines cannot be indented');
});

test('--format text: entities by type with counts, key points, quotes with speakers', () => {
  const { status, stdout } = run(['analyze', 'news/b.txt', '-f', 'text']);
  assert.equal(status, 0);
  assert.match(stdout, /^\d+ words, 2 sentences/);
  assert.match(stdout, /^Entities \(\d+\)$/m);
  assert.match(stdout, /^ {2}PERSON \(2 entities, 3 mentions\)$/m);
  assert.match(stdout, /^ {4}Antony Blinken ×2 {2}\(also: Blinken\)$/m);
  assert.match(stdout, /^Key points\n {2}1\. /m);
  assert.match(stdout, /^ {2}“We had candid talks, and more,” — Antony Blinken$/m);
  // Speech with its speaker, one a line; terms in quotation marks (kind 'term') together after them.
  const json = JSON.parse(run(['analyze', 'news/a.txt']).stdout);
  const report = run(['analyze', 'news/a.txt', '-f', 'text']).stdout;
  const quotes = report.slice(report.indexOf('\nQuotes'), report.indexOf('\nKeywords')).trim().split('\n');
  const speech = json.quotes.filter((q) => q.kind === 'speech');
  const terms = json.quotes.filter((q) => q.kind === 'term');
  assert.equal(quotes[0], `Quotes (${speech.length})`);
  assert.deepEqual(quotes.slice(1, 1 + speech.length).map((l) => l.replace(/^ {2}“(.*)” — .*$/, '$1')), speech.map((q) => q.text));
  if (terms.length) assert.equal(quotes.at(-1), `  in quotation marks: ${terms.map((q) => `“${q.text}”`).join(', ')}`);
  else assert.equal(quotes.length, 1 + speech.length);
  const batch = run(['analyze', 'news/a.txt', 'news/b.txt', '-f', 'text']).stdout;
  assert.match(batch, /^== news\/a\.txt ==$/m);
  assert.match(batch, /^== news\/b\.txt ==$/m);
});

// A CSV reader (RFC 4180), to check what the CLI writes parses back to the same fields.
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field); rows.push(row); row = []; field = ''; i++;
    } else field += c;
  }
  return rows;
}

test('--format csv and tsv: one row per entity, mention or quote, fields quoted or escaped', () => {
  const json = JSON.parse(run(['analyze', 'news/b.txt']).stdout);
  const entities = parseCsv(run(['analyze', 'news/b.txt', '-f', 'csv']).stdout);
  assert.deepEqual(entities[0].slice(0, 5), ['file', 'id', 'name', 'type', 'count']);
  assert.equal(entities.length, json.entities.length + 1);
  assert.deepEqual(entities[1].slice(0, 5), ['news/b.txt', '0', json.entities[0].name, json.entities[0].type, String(json.entities[0].count)]);
  const quotes = parseCsv(run(['analyze', 'news/b.txt', '-f', 'csv', '--rows', 'quotes']).stdout);
  const header = quotes[0];
  assert.equal(quotes.length, json.quotes.length + 1);
  assert.equal(quotes[1][header.indexOf('text')], json.quotes[0].text, 'a quote with commas survives the quoting');
  assert.equal(quotes[1][header.indexOf('speakerName')], 'Antony Blinken');
  const mentions = run(['analyze', 'news/b.txt', '-f', 'tsv', '--rows', 'mentions']).stdout.trim().split('\n');
  assert.equal(mentions.length, json.mentions.length + 1);
  assert.ok(mentions.every((line) => line.split('\t').length === mentions[0].split('\t').length));
  assert.equal(run(['analyze', 'news/b.txt', '-f', 'csv', '--rows', 'key-points']).stdout.split('\r\n')[0],
    'file,rank,sentence,start,end,score,short,text');
  assert.equal(run(['analyze', 'news/b.txt', '--rows', 'people', '-f', 'csv']).status, 2);
});

test('CSV and TSV fields: the hard cases', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField('cr\r'), '"cr\r"');
  assert.equal(csvField(null), '');
  assert.equal(csvField(0), '0');
  assert.deepEqual(parseCsv(`${['a,b', 'say "hi"', 'two\r\nlines', ''].map(csvField).join(',')}\r\n`), [['a,b', 'say "hi"', 'two\r\nlines', '']]);
  assert.equal(tsvField('a\tb\nc\rd\\e'), 'a\\tb\\nc\\rd\\\\e');
});

test('--fields keeps or drops parts; a part that does not exist is a usage error', () => {
  const kept = JSON.parse(run(['analyze', 'news/b.txt', '--fields', 'entities,keyPoints']).stdout);
  assert.deepEqual(Object.keys(kept), ['entities', 'keyPoints']);
  const dropped = JSON.parse(run(['analyze', 'news/b.txt', '--fields', '-sentences,-mentions,-text']).stdout);
  for (const gone of ['sentences', 'mentions', 'text']) assert.ok(!(gone in dropped), gone);
  assert.ok('entities' in dropped && 'quotes' in dropped);
  const batch = jsonLines(run(['analyze', 'news/a.txt', 'news/b.txt', '--fields', 'stats']).stdout);
  assert.deepEqual(Object.keys(batch[0]), ['file', 'stats'], 'the file name stays in a batch');
  const typo = run(['analyze', 'news/b.txt', '--fields', 'entites']);
  assert.equal(typo.status, 2);
  assert.match(typo.stderr, /no part named entites/);
  assert.equal(run(['analyze', 'news/b.txt', '--fields', 'entities,-text']).status, 2);
  assert.equal(run(['analyze', 'news/b.txt', '--fields', 'entities', '-f', 'csv']).status, 2);
});

test('every API option as a flag', () => {
  const base = ['analyze', 'news/a.txt', '--fields', 'keyPoints,keywords'];
  assert.equal(JSON.parse(run([...base, '--key-points', '2']).stdout).keyPoints.length, 2);
  assert.equal(JSON.parse(run([...base, '--key-points=1']).stdout).keyPoints.length, 1);
  assert.equal(JSON.parse(run([...base, '--keywords', '3']).stdout).keywords.length, 3);
  assert.equal(JSON.parse(run([...base, '--option', 'keyPoints=3']).stdout).keyPoints.length, 3);
  for (const bad of [['--key-points', 'many'], ['--key-points'], ['--keywords', '2.5'], ['--option', 'novalue'],
    ['--key-points', '9999']]) {
    const out = run([...base, ...bad]);
    assert.equal(out.status, 2, bad.join(' '));
    assert.equal(out.stdout, '');
  }
  assert.match(run([...base, '--key-points', '9999']).stderr, /keyPoints/, 'the API\'s own range message');
  const misspelt = run([...base, '--option', 'keypoints=3']);
  assert.equal(misspelt.status, 2, 'an unknown API option is a usage error');
  assert.equal(misspelt.stdout, '');
  assert.match(misspelt.stderr, /options\.keypoints is not an option; did you mean keyPoints\?/);
  assert.match(run([...base, '--key-points', '-1']).stderr, /from 0 to 50/);
});

test('directories: their files, with -r their subdirectories too; hidden entries skipped; globs', () => {
  const files = (args) => jsonLines(run(['analyze', ...args, '--fields', 'stats']).stdout).map((r) => r.file);
  assert.deepEqual(files(['news']), ['news/a.txt', 'news/b.txt']);
  assert.deepEqual(files(['-r', 'news']), ['news/2024/c.txt', 'news/2024/deep/d.md', 'news/a.txt', 'news/b.txt']);
  assert.deepEqual(files(['news/**/*.txt']), ['news/2024/c.txt', 'news/a.txt', 'news/b.txt']);
  assert.deepEqual(files(['news/*.{txt,md}']), ['news/a.txt', 'news/b.txt']);
  assert.deepEqual(files(['news/2024/**']), ['news/2024/c.txt', 'news/2024/deep/d.md']);
  fs.mkdirSync(path.join(work, 'nothing/here'), { recursive: true });
  const emptyDir = run(['analyze', 'nothing']);
  assert.equal(emptyDir.status, 1, 'a directory with no files to analyze is reported');
  assert.match(emptyDir.stderr, /nothing: no files in this directory \(-r: in its subdirectories too\)/);
  const none = run(['analyze', 'news/*.pdf']);
  assert.equal(none.status, 1);
  assert.match(none.stderr, /news\/\*\.pdf: no file matches/);
  assert.ok(globToRegExp('a/**/b?.[tx]xt').test('a/x/y/b1.txt'));
  assert.ok(!globToRegExp('a/*.txt').test('a/b/c.txt'));
  assert.ok(globToRegExp('[!.]*').test('abc') && !globToRegExp('[!.]*').test('.abc'));
});

test('--jobs: worker threads give the same output as one thread, in input order', () => {
  const names = [];
  for (let i = 0; i < 12; i++) names.push(put(`many/${String(i).padStart(2, '0')}.txt`, i % 3 ? short.repeat(i + 1) : sample.repeat(i + 1)));
  const strip = (stdout) => jsonLines(stdout).map((record) => ({ ...record, timing: null }));
  const one = run(['analyze', 'many', '-j', '1']);
  const four = run(['analyze', 'many', '--jobs', '4']);
  const auto = run(['analyze', 'many']);
  assert.equal(four.status, 0);
  assert.deepEqual(strip(four.stdout).map((r) => r.file), names.map((n) => path.relative(work, n)));
  assert.deepEqual(strip(four.stdout), strip(one.stdout));
  assert.deepEqual(strip(auto.stdout), strip(one.stdout));
  assert.equal(run(['analyze', 'many', '-j', '0']).status, 2);
});

test('empty files warn (exit 0); binary files are refused without stopping the batch', () => {
  put('mixed/1-empty.txt', '');
  put('mixed/2-blank.txt', ' \n\t\n');
  // A program, as in the bug report (/usr/bin/ls analyzed as a "100 min read"); an ELF-like stand-in elsewhere.
  if (fs.existsSync('/usr/bin/ls')) fs.copyFileSync('/usr/bin/ls', path.join(work, 'mixed/3-program'));
  else put('mixed/3-program', Buffer.concat([Buffer.from('\x7fELF\x02\x01\x01\0\0\0'), Buffer.from('usage: ls [FILE]...\n'.repeat(100))]));
  put('mixed/4-utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hello there.', 'utf16le')]));
  put('mixed/5-noise.bin', Buffer.from(Array.from({ length: 4000 }, (_, i) => 0x80 + ((i * 37) % 0x7f))));
  put('mixed/6-latin1.txt', Buffer.from('Le café à Zürich, said Mr Xi.\n', 'latin1'));
  put('mixed/7-good.txt', short);
  const empty = run(['analyze', 'mixed/1-empty.txt']);
  assert.equal(empty.status, 0);
  assert.match(empty.stderr, /mixed\/1-empty\.txt: warning: empty file/);
  assert.equal(JSON.parse(empty.stdout).stats.words, 0);

  const { status, stdout, stderr } = run(['analyze', 'mixed']);
  assert.equal(status, 1, 'a refusal makes the exit status 1');
  const records = jsonLines(stdout);
  assert.equal(records.length, 7, 'one record per file, the batch went on');
  const byName = Object.fromEntries(records.map((r) => [path.basename(r.file), r]));
  assert.deepEqual(byName['1-empty.txt'].warnings, ['empty file']);
  assert.deepEqual(byName['2-blank.txt'].warnings, ['no text (whitespace only)']);
  for (const refused of ['3-program', '4-utf16.txt', '5-noise.bin']) {
    assert.equal(byName[refused].error?.code, 'binary', refused);
    assert.equal(byName[refused].stats, undefined);
  }
  assert.match(byName['4-utf16.txt'].error.message, /UTF-16/);
  assert.match(byName['6-latin1.txt'].warnings[0], /^3 invalid UTF-8 sequences read as U\+FFFD$/);
  assert.ok(byName['6-latin1.txt'].text.includes('caf\uFFFD'));
  assert.ok(byName['7-good.txt'].entities.length > 2);
  assert.match(stderr, /3-program: binary file/);
  assert.doesNotMatch(stderr, /Error:|at .*\.mjs:\d+/, 'no stack trace');
  assert.equal(run(['analyze', '-q', 'mixed/1-empty.txt']).stderr, '', '--quiet silences warnings');
});

test('/dev/zero and a 1 GiB sparse file are refused as too large, read no further than the limit', { timeout: 60000 }, () => {
  const sparse = path.join(work, 'sparse.txt');
  fs.closeSync(fs.openSync(sparse, 'w'));
  fs.truncateSync(sparse, 1024 * 1024 * 1024);
  for (const file of ['/dev/zero', sparse]) {
    const { status, stdout, stderr } = run(['analyze', file]);
    assert.equal(status, 1, file);
    assert.equal(stdout, '');
    assert.match(stderr, /too large: more than 16777216 bytes/, file);
    assert.doesNotMatch(stderr, /RangeError|string longer|ERR_/);
  }
  const batch = jsonLines(run(['analyze', '/dev/zero', 'news/b.txt']).stdout);
  assert.equal(batch[0].error.code, 'input_too_large');
  assert.ok(batch[1].entities.length > 0);
  // Standard input is bounded the same way.
  const piped = spawnSync('sh', ['-c', `head -c 20000000 /dev/zero | "${process.execPath}" "${cli}" analyze -`], { encoding: 'utf8' });
  assert.equal(piped.status, 1);
  assert.match(piped.stderr, /-: too large/);
});

test('the output carries the decoded text: offsets map back after a BOM or invalid bytes', () => {
  put('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(short)]));
  put('broken.txt', Buffer.concat([Buffer.from('Mr Xi \xff met '), Buffer.from('Antony Blinken in Beijing.')]));
  for (const name of ['bom.txt', 'broken.txt']) {
    const result = JSON.parse(run(['analyze', name]).stdout);
    assert.equal(result.stats.chars, result.text.length);
    assert.ok(result.mentions.length > 0);
    for (const m of result.mentions) assert.equal(result.text.slice(m.start, m.end), m.text, name);
  }
  assert.equal(JSON.parse(run(['analyze', 'bom.txt']).stdout).text, short, 'the BOM is not part of the text');
  const stdin = JSON.parse(run(['analyze', '-'], { input: short }).stdout);
  assert.equal(stdin.text, short);
});

test('a progress line on a terminal\'s stderr for more than a few files, none when piped', () => {
  const pty = spawnSync('script', ['-qec', `"${process.execPath}" "${cli}" analyze many > /dev/null`, '/dev/null'], { cwd: work, encoding: 'utf8' });
  if (pty.error) return; // no script(1) here: nothing to drive a terminal with
  assert.match(pty.stdout, /newslens: 12\/12 many\/11\.txt/);
  assert.ok(pty.stdout.includes('\r\x1b[K'), 'the line is redrawn and cleared');
  assert.doesNotMatch(run(['analyze', 'many']).stderr, /newslens: \d+\/\d+/);
  const few = spawnSync('script', ['-qec', `"${process.execPath}" "${cli}" analyze news > /dev/null`, '/dev/null'], { cwd: work, encoding: 'utf8' });
  assert.doesNotMatch(few.stdout, /\d+\/\d+/, 'two files: no progress line');
});

test('OntoNotes types fold onto CoNLL\'s four in one map', () => {
  const cases = { PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC', NORP: 'MISC', EVENT: 'MISC',
    PRODUCT: 'MISC', WORK_OF_ART: 'MISC', LAW: 'MISC', DATE: null, CARDINAL: null, MONEY: null, toString: null };
  for (const [type, conll] of Object.entries(cases)) assert.equal(toConllType(type), conll, type);
});

test('CoNLL spans: the United States joins the organization or place after it, a modifier does not', () => {
  const text = 'the U.S. State Department and U.S. Gulf rigs';
  const spans = conllSpans(text, [{ start: 4, end: 8, type: 'GPE' }, { start: 9, end: 25, type: 'ORG' },
    { start: 30, end: 34, type: 'GPE' }, { start: 35, end: 39, type: 'LOC' }]);
  assert.deepEqual(spans.map((m) => [text.slice(m.start, m.end), m.type]),
    [['U.S. State Department', 'ORG'], ['U.S. Gulf', 'LOC']]);
  const other = 'Ontario-based Magna and Smith Corp';
  const kept = conllSpans(other, [{ start: 0, end: 13, type: 'NORP' }, { start: 14, end: 19, type: 'ORG' },
    { start: 24, end: 29, type: 'PERSON' }, { start: 30, end: 34, type: 'ORG' }]);
  assert.equal(kept.length, 4);
});

test('a record prints as pieces that concatenate to its JSON, a long array cut between elements', () => {
  const mentions = Array.from({ length: 60000 }, (_, i) => ({ start: i, end: i + 1, text: '"\n"', entity: null }));
  const record = { schema: 1, stats: { words: 2 }, sentences: [], mentions, skipped: undefined, entities: [{ aliases: ['a'] }] };
  for (const pretty of [false, true]) {
    const pieces = jsonPieces(record, pretty);
    assert.ok(pieces.length >= 2, `${pieces.length} pieces`);
    assert.equal(pieces.join(''), JSON.stringify(record, null, pretty ? 2 : 0));
  }
  assert.deepEqual(jsonPieces({}, true), ['{}']);
});
