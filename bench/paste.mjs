// The 10 MB paste of issue #19: one text of 10 MiB of UTF-8 (the CNN/DM dev articles,
// cycled, one paragraph break apart; the sample article repeated when the file is
// missing), analyzed with every field in a fresh instance after a tiny warm-up.
import fs from 'node:fs';
import { loadSample } from './corpus.mjs';
import { MiB, measure } from './hostile.mjs';

/** Whole articles from `cnndmPath` (or the sample), cycled, up to `bytes` bytes of UTF-8. */
export function buildPaste(cnndmPath, bytes) {
  const articles = fs.existsSync(cnndmPath)
    ? fs.readFileSync(cnndmPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).article.trim())
    : [loadSample().trim()];
  const parts = [];
  let size = 0;
  for (let k = 0; ; k++) {
    const part = articles[k % articles.length];
    const length = Buffer.byteLength(part) + 2;
    if (size + length > bytes) break;
    parts.push(part);
    size += length;
  }
  return parts.join('\n\n');
}

/** `runs` fresh-instance analyses of the paste: each run's wall ms and stages, and the median. */
export async function paste(cnndmPath, runs, mib = 10) {
  const text = buildPaste(cnndmPath, mib * MiB);
  const samples = [];
  for (let r = 0; r < runs; r++) samples.push(await measure(text));
  const failed = samples.find((s) => s.error);
  if (failed) return { bytes: failed.bytes, error: failed.error };
  const sorted = [...samples].sort((a, b) => a.ms - b.ms);
  const med = sorted[sorted.length >> 1];
  return { bytes: med.bytes, runs, ms: med.ms, coreMs: med.coreMs, stages: med.stages, counts: med.counts,
    peakBytes: med.peakBytes, runsMs: samples.map((s) => s.ms) };
}
