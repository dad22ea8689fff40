// CoNLL-2003 tagging through the public JS API: each sentence's tokens are joined
// with single spaces, analyzed, and every mention is mapped back onto the tokens it
// covers by UTF-16 offsets (a token a mention covers only part of is MISC, as CoNLL tags
// "pro-Israel"). Output tags are BIO (IOB2), which conlleval-style scorers read.
// This file is the one home of the OntoNotes→CoNLL type map (bench/ imports it).

/**
 * OntoNotes types folded onto CoNLL-2003's four: PERSON→PER; GPE, LOC, FAC→LOC; ORG→ORG;
 * NORP, EVENT, PRODUCT, WORK_OF_ART, LAW, LANGUAGE→MISC. Dates, times and numbers have
 * no CoNLL counterpart (absent here: tagged O).
 */
export const ONTONOTES_TO_CONLL = Object.freeze({
  PERSON: 'PER', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC', ORG: 'ORG',
  NORP: 'MISC', EVENT: 'MISC', PRODUCT: 'MISC', WORK_OF_ART: 'MISC', LAW: 'MISC', LANGUAGE: 'MISC',
});

/** The CoNLL type of an OntoNotes type, or null when CoNLL has none (dates, numbers). */
export function toConllType(type) {
  return Object.hasOwn(ONTONOTES_TO_CONLL, type) ? ONTONOTES_TO_CONLL[type] : null;
}

const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);

/**
 * The CoNLL type a mention and the mention one space after it take together, or null if
 * they stay two: CoNLL writes "U.S. State Department" as one ORG and "U.S. Gulf" as one
 * LOC, where the product gives the United States its own mention (news_gold's scheme;
 * the NER stage joins every other place or nationality before an organization already).
 * A hyphenated modifier ("Ontario-based Magna") describes what follows. The same rule as
 * conllSpans in tools/lib/evaluate.cpp.
 */
function joinedConllType(text, prev, next) {
  if (next.start !== prev.end + 1 || text[prev.end] !== ' ') return null;
  if (/-[a-z][^\s-]*$/.test(text.slice(prev.start, prev.end))) return null;
  if ((prev.type === 'GPE' || prev.type === 'NORP') && next.type === 'ORG') return 'ORG';
  if (prev.type === 'GPE' && PLACE_TYPES.has(next.type)) return 'LOC';
  return null;
}

/** The mentions of `text` (sorted) with the pairs CoNLL writes as one name joined. */
export function conllSpans(text, mentions) {
  const out = [];
  for (const m of mentions) {
    const prev = out.at(-1);
    const joined = prev ? joinedConllType(text, prev, m) : null;
    if (joined) out[out.length - 1] = { ...prev, end: m.end, type: joined };
    else out.push(m);
  }
  return out;
}

/** Predicted BIO tags for one sentence's tokens. */
export function tagTokens(analyzer, tokens) {
  const starts = [];
  let text = '';
  for (const token of tokens) {
    if (text) text += ' ';
    starts.push(text.length);
    text += token;
  }
  const tags = tokens.map(() => 'O');
  const owner = tokens.map(() => -1);
  conllSpans(text, analyzer.analyze(text).mentions).forEach((m, index) => {
    let type = toConllType(m.type);
    if (!type) return;
    const covered = [];
    for (let i = 0; i < tokens.length; i++) {
      const start = starts[i];
      if (start + tokens[i].length > m.start && start < m.end) covered.push(i);
    }
    if (!covered.length) return;
    // A name inside a CoNLL token ("Chicago" of "Chicago-based", "Israel" of "pro-Israel")
    // makes its tokens a MISC, as CoNLL tags "U.S.-led" and "pro-Israel".
    const last = covered.at(-1);
    if (m.start > starts[covered[0]] || m.end < starts[last] + tokens[last].length) type = 'MISC';
    let first = true;
    for (const i of covered) {
      if (owner[i] !== -1) continue;
      owner[i] = index;
      tags[i] = `${first ? 'B' : 'I'}-${type}`;
      first = false;
    }
  });
  return tags;
}

/** Tags a whole CoNLL file's text; returns its lines, each with one more column. */
export function tagConll(analyzer, content) {
  const lines = content.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const out = [];
  let sentence = [];
  const flush = () => {
    if (!sentence.length) return;
    const tags = tagTokens(analyzer, sentence.map((line) => line.trim().split(/\s+/)[0]));
    sentence.forEach((line, i) => out.push(`${line} ${tags[i]}`));
    sentence = [];
  };
  for (const line of lines) {
    if (line.trim() === '') {
      flush();
      out.push('');
    } else if (line.startsWith('-DOCSTART-')) {
      flush();
      out.push(`${line} O`);
    } else {
      sentence.push(line);
    }
  }
  flush();
  return out;
}
