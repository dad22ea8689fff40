// NewsLens through its public JS API (web/index.js → dist/newslens.js + .wasm), as an app would use it.
import { createAnalyzer } from '../../web/index.js';

export const name = 'NewsLens';
export const what = 'full analysis (web/index.js analyze: tokens, sentences, entities, key points, quotes, keywords)';

// OntoNotes → CoNLL-2003. Numeric and temporal types have no CoNLL counterpart.
const toConll = {
  PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC',
  NORP: 'MISC', EVENT: 'MISC', PRODUCT: 'MISC', WORK_OF_ART: 'MISC', LAW: 'MISC', LANGUAGE: 'MISC',
};

export async function create() {
  const analyzer = await createAnalyzer();
  return {
    run: (text) => analyzer.analyze(text),
    entities: (text) => analyzer.analyze(text).mentions
      .filter((m) => toConll[m.type])
      .map((m) => ({ start: m.start, end: m.end, type: toConll[m.type] })),
    heapBytes: () => analyzer.heapBytes,
    analyzer,
  };
}
