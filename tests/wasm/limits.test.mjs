// Hostile and extreme inputs through the public JS API on the real WASM module
// (DESIGN.md, "Contracts"): no trap, a result or a clear NewsLensError, every
// character in exactly one sentence, spans slice back, the analyzer still works.
// Durations are printed, never asserted (bench/ measures speed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createAnalyzer, NewsLensError, MAX_INPUT_BYTES } from '../../web/index.js';
import { assertSentencesTile, assertSpansSliceBack } from './invariants.mjs';

const sample = fs.readFileSync(new URL('../../web/samples/us-china-talks.txt', import.meta.url), 'utf8');
const analyzer = await createAnalyzer();
const reference = analyzer.analyze(sample);

function stillWorks() {
  const again = analyzer.analyze(sample);
  assert.equal(again.sentences.length, reference.sentences.length);
  assert.deepEqual(again.mentions, reference.mentions);
}

// Analyzes `input`, checks every invariant on the text the offsets refer to,
// prints the time, and checks the analyzer afterwards.
function analyzeChecked(name, input) {
  const started = performance.now();
  const result = analyzer.analyze(input);
  const ms = performance.now() - started;
  const text = typeof input === 'string' ? input : result.text;
  assert.equal(typeof text, 'string', `${name}: no text to check against`);
  assert.equal(result.schema, 1);
  assert.equal(result.stats.chars, text.length, `${name}: stats.chars`);
  assertSentencesTile(text, result);
  assertSpansSliceBack(text, result);
  console.log(`${name}: ${text.length} UTF-16 units, ${result.sentences.length} sentences, ` +
    `${result.mentions.length} mentions in ${ms.toFixed(0)} ms (core ${result.timing.ms.toFixed(0)} ms)`);
  stillWorks();
  return result;
}

function repeatTo(unit, length) {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

test('empty and whitespace-only input', () => {
  assert.equal(analyzeChecked('empty', '').sentences.length, 0);
  const blank = analyzeChecked('whitespace', ' \t\n\r\n\u00A0\u2028\u3000 ');
  assert.equal(blank.stats.words, 0);
  assert.equal(blank.stats.sentences, 0);
});

test('invalid UTF-8 bytes via Uint8Array are replaced, never lost', () => {
  const bytes = new Uint8Array([
    0x4d, 0x72, 0x20, 0x58, 0x69, 0x20, 0xff, 0xfe, 0x2e, 0x20, // "Mr Xi \xff\xfe. "
    0xc3, 0x28, 0x20, 0xe2, 0x82, 0x20, 0xf0, 0x9f, 0x98, 0x20, // broken sequences
    0xed, 0xa0, 0x80, 0x20, 0xc0, 0xaf, 0x20, 0x80, 0x80, 0x2e, // surrogate, overlong, stray continuations
  ]);
  const result = analyzeChecked('invalid UTF-8', bytes);
  assert.equal(result.text, new TextDecoder().decode(bytes));
  assert.ok(result.text.includes('\uFFFD'));
  const empty = analyzer.analyze(new Uint8Array(0));
  assert.equal(empty.text, '');
  assert.equal(empty.sentences.length, 0);
});

test('NUL bytes and other control characters', () => {
  analyzeChecked('NUL bytes', 'Mr\0 Xi\0met\0\0 Biden.\0\0\0 In Beijing.\0');
  analyzeChecked('only NULs', '\0'.repeat(1000));
  analyzeChecked('control characters', Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('x'));
});

test('a 10 MB paste', () => {
  const text = repeatTo(sample + '\n\n', 10 * 1024 * 1024);
  const result = analyzeChecked('10 MB paste', text);
  assert.ok(result.sentences.length > 10000);
});

test('a 1 MB single token', () => {
  const result = analyzeChecked('1 MB token', 'x'.repeat(1024 * 1024));
  assert.equal(result.sentences.length, 1);
  assert.equal(result.stats.words, 1);
  analyzeChecked('1 MB token in a sentence', `Mr Xi said ${'Ab'.repeat(512 * 1024)}. Then he left.`);
  analyzeChecked('1 MB URL', `https://example.com/${'a/'.repeat(512 * 1024)}`);
});

test('100k one-letter lines', () => {
  const text = 'a\n'.repeat(100000);
  const result = analyzeChecked('100k one-letter lines', text);
  assert.equal(result.stats.words, 100000);
  assert.equal(result.sentences.length, 100000);
});

test('deeply nested and unbalanced quotes', () => {
  let nested = '';
  for (let i = 0; i < 2000; i++) nested += ['"He said ', '“she said ', '‘they said ', '«we said '][i % 4];
  nested += 'nothing';
  for (let i = 1999; i >= 0; i--) nested += ['"', '”', '’', '»'][i % 4];
  analyzeChecked('nested quotes', nested);
  analyzeChecked('unbalanced quotes', '“'.repeat(50000) + ' Mr Xi said. ' + '”'.repeat(50000));
});

test('HTML and script source is analyzed as plain text', () => {
  const html = '<!doctype html><html><head><script>alert(document.cookie)</script>' +
    '<style>body{background:url(javascript:alert(1))}</style></head><body>' +
    '<img src=x onerror="alert(1)"><p>Mr Xi met <b>Joe Biden</b> in <a href="//evil.example">Beijing</a>.</p>' +
    '<svg onload=alert(1)></svg><!-- comment --></body></html>';
  analyzeChecked('HTML source', html);
  analyzeChecked('script source', 'function f(a){return a<b&&c>d?"x":\'y\'}; /* comment */ f(1);'.repeat(200));
});

test('RTL and CJK text', () => {
  analyzeChecked('Arabic', 'قال الرئيس إن المحادثات استمرت في بكين. وأضاف: «نحن متفائلون». هل ستنجح؟');
  analyzeChecked('Hebrew', 'ראש הממשלה נפגש עם הנשיא בירושלים. "זה יום חשוב," אמר.');
  analyzeChecked('bidi controls', '\u202Eevil\u202C Mr Xi \u2067met\u2069 \u200FBiden\u200E.');
  analyzeChecked('Chinese', '中国国家主席习近平在北京会见了美国国务卿布林肯。双方讨论了“台湾问题”！会谈持续了三个小时？');
  analyzeChecked('Japanese and Korean', '東京で会議が開かれた。「引用」と彼は言った。한국 대통령이 말했다. 全角ＡＢＣ１２３．');
});

test('emoji with ZWJ sequences, flags, modifiers and lone surrogates', () => {
  const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}';
  analyzeChecked('emoji', `The ${family} met 🇺🇸🇨🇳 leaders 👍🏽 in Paris. 🏴‍☠️‍‍‍ ${family.repeat(1000)}.`);
  analyzeChecked('dangling ZWJ and variation selectors', '\u200D\uFE0F\u200D a\u200D.\u{1F3FB}\u{E0067}\uFE0F');
  analyzeChecked('lone surrogates', '\uD800 Mr Xi \uDFFF met \uDC00\uD800 Biden. \uD83D');
});

test('hostile options: a clear NewsLensError, not a trap', () => {
  const isBadOptions = (e) => e instanceof NewsLensError && e.code === 'bad_options';
  const cyclic = {};
  cyclic.self = cyclic;
  let deep = [];
  for (let i = 0; i < 1000; i++) deep = [deep];
  for (const options of [cyclic, { keyPoints: 10n }, { keyPoints: 2 ** 64 }, { keywords: -1 }]) {
    assert.throws(() => analyzer.analyze(sample, options), isBadOptions);
  }
  // Deep nesting under an unknown key reaches the core's parser, which is not recursive,
  // and is refused for the key (not a trap).
  assert.throws(() => analyzer.analyze('Still fine.', { unknown: deep }),
    (e) => isBadOptions(e) && /^options\.unknown is not an option/.test(e.message));
  stillWorks();
});

test('over the limit: a clear NewsLensError, not a trap', () => {
  const isTooLarge = (e) => e instanceof NewsLensError && e.code === 'input_too_large' && /limit/.test(e.message);
  assert.throws(() => analyzer.analyze('a'.repeat(MAX_INPUT_BYTES + 1)), isTooLarge);
  // Fewer UTF-16 units than the limit but more UTF-8 bytes: refused by the core.
  assert.throws(() => analyzer.analyze('€'.repeat(MAX_INPUT_BYTES / 3 + 1)), isTooLarge);
  assert.throws(() => analyzer.analyze(new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x61)), isTooLarge);
  // Exactly at the limit is accepted.
  const atLimit = analyzer.analyze('a '.repeat(MAX_INPUT_BYTES / 2));
  assert.equal(atLimit.stats.chars, MAX_INPUT_BYTES);
  stillWorks();
});

test('a result of many parts (~1 MiB of JSON each) is assembled whole, keys in schema order', () => {
  // ~40 characters of JSON per byte: ~10 MiB of mentions, cut between elements.
  const text = repeatTo('1 2 3 ', 256 * 1024) + sample;
  const result = analyzeChecked('256 KiB of numbers, then the sample', text);
  assert.deepEqual(Object.keys(result), ['schema', 'stats', 'sentences', 'mentions', 'entities', 'keyPoints', 'quotes',
    'keywords', 'timing']);
  assert.equal(result.mentions.filter((m) => m.end <= 256 * 1024 && m.type === 'CARDINAL').length, 256 * 1024 / 2);
  // The sample's names come last and keep their entities, as in the sample alone.
  const names = (r) => r.mentions.filter((m) => m.type === 'PERSON').map((m) => r.entities[m.entity].name);
  assert.deepEqual(names(result), names(reference));
  assert.ok(result.mentions.every((m, i) => i === 0 || result.mentions[i - 1].end <= m.start), 'in text order, parts joined');
});

test('a part of the result longer than a JS string can be: result_too_large, and the analyzer goes on', async () => {
  // V8's longest string is 2^29 - 24 units, which 16 MiB of input cannot reach in one
  // part: the same path, with the limit lowered.
  const small = await createAnalyzer({ maxResultChars: 4096 });
  assert.throws(() => small.analyze(sample), (e) => e instanceof NewsLensError && e.code === 'result_too_large' &&
    /options\.fields/.test(e.message));
  // Without the long parts it fits.
  const fewer = small.analyze(sample, { fields: ['stats', 'entities'] });
  assert.ok(fewer.entities.length > 5);
  assert.deepEqual(fewer.entities, reference.entities);
  // Refused, not crashed: the same instance answers again, the same way.
  assert.throws(() => small.analyze(sample), (e) => e.code === 'result_too_large');
  assert.equal(small.analyze('Mr Xi met Joe Biden.').mentions.length, 2);
  assert.equal(small.instanceStarts, 1);
});
