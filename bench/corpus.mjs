// Inputs for the bench, all read from the repo or ../shared/data (never the network).
// Every system sees exactly the same strings; words are counted once, here, by one rule.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const samplePath = path.join(repoRoot, 'web/samples/us-china-talks.txt');
export const defaultCnndmPath = path.join(repoRoot, '../shared/data/cnndm/dev.jsonl');
export const defaultConllPath = path.join(repoRoot, '../shared/data/conll2003/valid.txt');

/** Words = whitespace-separated tokens holding a letter or digit (the same rule for every system). */
export function countWords(text) {
  let n = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) n++;
  return n;
}

export function loadSample() {
  return fs.readFileSync(samplePath, 'utf8');
}

/** The sample article repeated `times` times, as paragraphs of one longer text. */
export function repeatText(text, times) {
  return Array.from({ length: times }, () => text.trim()).join('\n\n');
}

/** The sample article plus the first `count` CNN dev articles. */
export function loadThroughputCorpus(cnndmPath, count) {
  const docs = [{ id: 'sample', text: loadSample() }];
  if (count > 0) {
    const lines = fs.readFileSync(cnndmPath, 'utf8').split('\n');
    for (const line of lines) {
      if (docs.length > count) break;
      if (line.trim()) {
        const row = JSON.parse(line);
        docs.push({ id: row.id, text: row.article });
      }
    }
  }
  return { docs, words: docs.reduce((sum, d) => sum + countWords(d.text), 0),
    chars: docs.reduce((sum, d) => sum + d.text.length, 0) };
}

/**
 * The first `limit` sentences of a CoNLL-2003 file (IOB1 tags), each as text (tokens
 * joined by one space), token character ranges and gold entities as token spans.
 */
export function loadConll(conllPath, limit) {
  const sentences = [];
  let tokens = [];
  let tags = [];
  const flush = () => {
    if (tokens.length) sentences.push(conllSentence(tokens, tags));
    tokens = [];
    tags = [];
  };
  for (const line of fs.readFileSync(conllPath, 'utf8').split('\n')) {
    if (sentences.length >= limit) break;
    const fields = line.trim().split(' ');
    if (!line.trim() || fields[0] === '-DOCSTART-') { flush(); continue; }
    tokens.push(fields[0]);
    tags.push(fields[fields.length - 1]);
  }
  if (sentences.length < limit) flush();
  return sentences.slice(0, limit);
}

function conllSentence(tokens, tags) {
  const ranges = [];
  let offset = 0;
  for (const token of tokens) {
    ranges.push([offset, offset + token.length]);
    offset += token.length + 1;
  }
  // IOB1: I-X continues an entity of type X; B-X (or a type change) starts a new one.
  const gold = [];
  let current = null;
  tags.forEach((tag, i) => {
    const [prefix, type] = tag === 'O' ? ['O', null] : tag.split('-');
    if (type && current && current.type === type && prefix === 'I') {
      current.end = i + 1;
      return;
    }
    current = type ? { start: i, end: i + 1, type } : null;
    if (current) gold.push(current);
  });
  return { text: tokens.join(' '), tokens, ranges, gold };
}
