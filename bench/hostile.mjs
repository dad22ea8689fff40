// The hostile shapes of issue #18: valid texts that are as dense as text gets in
// what the core keeps per byte (tokens, sentences, mentions, quotes, entity
// candidates). Shared by `npm run bench -- --only hostile` (time and peak heap at
// 1×/4×/16×) and tests/wasm/hostile_memory.test.mjs (peak heap per MiB, asserted:
// memory is deterministic, time is not).
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { repoRoot } from './corpus.mjs';
import createNewsLensModule from '../dist/newslens.js';
import { Analyzer } from '../web/index.js';

export const MiB = 1024 * 1024;

const FIRST = ['Anna', 'Ben', 'Carla', 'David', 'Elena', 'Frank', 'Grace', 'Henry', 'Irene', 'James', 'Karen', 'Louis',
  'Maria', 'Nathan', 'Olga', 'Peter', 'Rosa', 'Samuel', 'Tina', 'Victor', 'Wendy', 'Xavier', 'Yvonne', 'Zach'];
const LETTERS = 'ABCDEFGHIJKLMNOPRSTVW';
const SURNAMES = ['Brown', 'Clark', 'Evans', 'Green', 'Hall', 'King', 'Lewis', 'Moore', 'Nash', 'Owens', 'Price', 'Reed'];
const SUFFIXES = ['', 'son', 'ley', 'ton', 'field', 'wood', 'man', 'er', 'by', 'well', 'ford', 'ham'];

/**
 * Each shape: what it is dense in, and its k-th repeating unit. Units vary where
 * variety costs more (distinct names are distinct entity candidates).
 */
export const shapes = {
  'a\\u2028': { what: 'a sentence every 4 bytes (U+2028 line separators)', unit: () => 'a\u2028' },
  '5% ': { what: 'a PERCENT mention every 3 bytes', unit: () => '5% ' },
  numbers: { what: 'a CARDINAL mention every 2 bytes ("1 2 3 …")', unit: (k) => `${k % 10} ` },
  quotes: { what: 'a quotation every 4 bytes (\'"a" \')', unit: () => '"a" ' },
  names: { what: 'a two-word name every 9 bytes ("Ann Lee, ")', unit: () => 'Ann Lee, ' },
  'same surname': {
    what: 'many full names sharing a surname, each followed by the bare surname ("<First> <I>. Smith spoke. Smith said.")',
    unit: (k) => `${FIRST[k % FIRST.length]} ${LETTERS[Math.floor(k / FIRST.length) % LETTERS.length]}. Smith spoke. Smith said. `,
  },
  'distinct surnames': {
    what: 'control for "same surname": the same units, each with its own surname',
    unit: (k) => {
      const surname = SURNAMES[k % SURNAMES.length] + SUFFIXES[Math.floor(k / SURNAMES.length) % SUFFIXES.length];
      return `${FIRST[k % FIRST.length]} ${LETTERS[Math.floor(k / 144) % LETTERS.length]}. ${surname} spoke. ${surname} said. `;
    },
  },
};

/** Shape `name` repeated to at most `bytes` bytes of UTF-8 (whole units, within one unit of `bytes`). */
export function buildShape(name, bytes) {
  const { unit } = shapes[name];
  const parts = [];
  let size = 0;
  for (let k = 0; ; k++) {
    const u = unit(k);
    const length = Buffer.byteLength(u);
    if (size + length > bytes) break;
    parts.push(u);
    size += length;
  }
  return parts.join('');
}

let compiled;
async function freshModule() {
  compiled ??= await WebAssembly.compile(fs.readFileSync(path.join(repoRoot, 'dist/newslens.wasm')));
  return createNewsLensModule({
    instantiateWasm: (imports, done) => {
      WebAssembly.instantiate(compiled, imports).then((instance) => done(instance, compiled));
      return {};
    },
    print: () => {}, printErr: () => {},
  });
}

/**
 * Analyzes `text` in a fresh instance (after one tiny warm-up analysis). Returns
 * `peakBytes`, the most malloc held above the warm instance during the analysis
 * (dlmalloc's max footprint: deterministic, byte-exact), `memoryBytes`, the WASM
 * memory growth (what the tab pays: it starts at 16 MB and grows in steps of ~20%),
 * wall time, the core's stage times and the result's sizes; `error` when it failed.
 */
export async function measure(text) {
  const module = await freshModule();
  const analyzer = new Analyzer(module, {});
  analyzer.analyze('Warm up. Mr Xi met Joe Biden in Bali on Monday.');
  const footprint = module.heapFootprint();
  const memory = analyzer.heapBytes;
  const t0 = performance.now();
  let result;
  let error;
  try {
    result = analyzer.analyze(text);
  } catch (e) {
    error = `${e.code ?? e.name}: ${e.message}`;
  }
  const ms = performance.now() - t0;
  const bytes = Buffer.byteLength(text);
  // After a trap the instance is gone: its gauges are not read.
  const out = { bytes, ms, error };
  if (!error) {
    out.peakBytes = module.heapPeak() - footprint;
    out.memoryBytes = analyzer.heapBytes - memory;
    out.peakPerMiB = out.peakBytes / (bytes / MiB);
    out.coreMs = result.timing.ms;
    out.stages = result.timing.stages;
    out.counts = { sentences: result.sentences.length, mentions: result.mentions.length,
      entities: result.entities.length, quotes: result.quotes.length };
  }
  analyzer.dispose();
  return out;
}

/** The growth exponent between two measurements: log(y2 / y1) / log(x2 / x1) (1 = linear). */
export function exponent(x1, y1, x2, y2) {
  return y1 > 0 && y2 > 0 ? Math.log(y2 / y1) / Math.log(x2 / x1) : NaN;
}
