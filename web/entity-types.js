// The entity types NewsLens shows (OntoNotes names, which spaCy users know), each with
// a label for the legend and panel, a short one for inline labels, and a plain
// explanation for tooltips: "NORP" means nothing to a reader, "Nationality, religious
// or political group" does.

/** [type, label, inline label, explanation], in display order. */
export const TYPE_INFO = [
  ['PERSON', 'Person', 'Person', 'A person, real or fictional'],
  ['NORP', 'Nationality or group', 'Group', 'Nationality, religious or political group (e.g. “Chinese”, “Democrats”)'],
  ['ORG', 'Organization', 'Org', 'Company, agency, institution, team or party'],
  ['GPE', 'Country, city or state', 'Place', 'Country, city or state: a place with a government'],
  ['LOC', 'Other location', 'Location', 'A place without a government: region, sea, mountain range'],
  ['FAC', 'Building or facility', 'Facility', 'Building, airport, road or bridge'],
  ['EVENT', 'Event', 'Event', 'Named event: war, storm, summit, tournament'],
  ['PRODUCT', 'Product', 'Product', 'Object, vehicle, food or software (not a service)'],
  ['WORK_OF_ART', 'Title of a work', 'Title', 'Title of a book, film, song, show or artwork'],
  ['LAW', 'Law or treaty', 'Law', 'Named law, treaty or legal document'],
  ['DATE', 'Date', 'Date', 'Date or period: “Monday”, “last year”'],
  ['TIME', 'Time of day', 'Time', 'Time shorter than a day: “10 a.m.”, “overnight”'],
  ['MONEY', 'Money', 'Money', 'Amount of money, with its currency'],
  ['PERCENT', 'Percentage', 'Percent', 'Percentage: “12%”, “a third of a percent”'],
  ['QUANTITY', 'Quantity', 'Quantity', 'Measurement: weight, distance, volume'],
  ['CARDINAL', 'Number', 'Number', 'A number that is none of the types above'],
  ['ORDINAL', 'Ordinal', 'Ordinal', 'Position in an order: “first”, “3rd”'],
];

/** Entity types in display order, with their legend label: [[type, label], …]. */
export const ENTITY_TYPES = TYPE_INFO.map(([type, label]) => [type, label]);

const INFO = new Map(TYPE_INFO.map(([type, label, short, explanation]) => [type, { label, short, explanation }]));

/** The legend label of an entity type ("GPE" → "Country, city or state"); unknown types as given. */
export function typeLabel(type) {
  return INFO.get(type)?.label ?? String(type);
}

/** The inline label of a type, a word or two ("GPE" → "Place"); unknown types as given. */
export function typeShortLabel(type) {
  return INFO.get(type)?.short ?? String(type);
}

/** What a type means, for a tooltip: "NORP" → "Nationality, religious or political group (…)". */
export function typeExplanation(type) {
  return INFO.get(type)?.explanation ?? `Entity type ${type}`;
}
