// compromise 14 (its default "three" build) + the compromise-dates plugin.
import nlp from 'compromise';
import dates from 'compromise-dates';

export const name = 'compromise';
export const what = 'nlp(text) + people(), places(), organizations(), dates() as JSON with offsets';

nlp.plugin(dates);

const kinds = [['people', 'PER'], ['places', 'LOC'], ['organizations', 'ORG']];

export async function create() {
  return {
    run(text) {
      const doc = nlp(text);
      const out = {};
      for (const [method] of kinds) out[method] = doc[method]().json({ offset: true });
      out.dates = doc.dates().json({ offset: true });
      return out;
    },
    entities(text) {
      const doc = nlp(text);
      return kinds.flatMap(([method, type]) => doc[method]().json({ offset: true })
        .map((m) => ({ start: m.offset.start, end: m.offset.start + m.offset.length, type })));
    },
  };
}
