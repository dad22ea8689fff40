// wink-nlp 2 with wink-eng-lite-web-model. Its entities are numeric/temporal only
// (DATE, CARDINAL, MONEY, …): no people, places or organizations, so no CoNLL score.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export const name = 'wink-nlp';
export const what = 'readDoc(text) + entities() with detail and span';

export async function create() {
  const nlp = winkNLP(model);
  const its = nlp.its;
  return {
    run(text) {
      const doc = nlp.readDoc(text);
      const entities = doc.entities();
      return { detail: entities.out(its.detail), spans: entities.out(its.span) };
    },
    entities: null,
  };
}
