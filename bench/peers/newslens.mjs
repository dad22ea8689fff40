// NewsLens through its public JS API (web/index.js → dist/newslens.js + .wasm), as an app would use it.
import { createAnalyzer } from '../../web/index.js';
import { toConllType } from '../../bin/conll.mjs';

export const name = 'NewsLens';
export const what = 'full analysis (web/index.js analyze: tokens, sentences, entities, key points, quotes, keywords)';

export async function create() {
  const analyzer = await createAnalyzer();
  return {
    run: (text) => analyzer.analyze(text),
    // OntoNotes → CoNLL-2003 by the CLI's map; numeric and temporal types have no counterpart.
    entities: (text) => analyzer.analyze(text).mentions
      .filter((m) => toConllType(m.type))
      .map((m) => ({ start: m.start, end: m.end, type: toConllType(m.type) })),
    heapBytes: () => analyzer.heapBytes,
    analyzer,
  };
}
