// Result invariants shared by the WASM tests (the native twin is fuzz/invariants.h).
import assert from 'node:assert/strict';

/** Mentions, quotes and key points slice back out of `text` exactly. */
export function assertSpansSliceBack(text, result) {
  for (const m of result.mentions) assert.equal(text.slice(m.start, m.end), m.text, `mention ${JSON.stringify(m)}`);
  for (const q of result.quotes) assert.equal(text.slice(q.start, q.end), q.text, `quote ${JSON.stringify(q)}`);
  for (const k of result.keyPoints) assert.equal(text.slice(k.start, k.end), k.text, `key point ${JSON.stringify(k)}`);
}

/** Every UTF-16 unit of `text` lies in exactly one sentence span. */
export function assertSentencesTile(text, result) {
  if (text.length === 0) return assert.equal(result.sentences.length, 0);
  assert.ok(result.sentences.length > 0, 'no sentences for a non-empty text');
  assert.equal(result.sentences[0].start, 0);
  assert.equal(result.sentences.at(-1).end, text.length);
  for (let i = 0; i < result.sentences.length; i++) {
    const s = result.sentences[i];
    assert.ok(s.end > s.start, `empty sentence ${i}`);
    if (i > 0) assert.equal(s.start, result.sentences[i - 1].end, `gap or overlap before sentence ${i}`);
  }
}
