// The language check of <news-lens> (its language-note part; the demo shows it
// through the element): NewsLens's model reads English, and a German or Chinese
// article analyzed silently gives confident nonsense ("Montag" a place). Two cheap
// signals, no model: the share of letters in each script, and for Latin-script text
// the share of words that are the commonest function words of each language.

// The commonest function words of each language (news prose is about 35–45% of them).
const STOP_WORDS = {
  English: 'the of and to in a is that for it on was with he as at by said from his be an are have but not they has this which who had were will their been its would after more',
  German: 'der die und den von zu das mit sich des auf für ist im dem nicht ein eine als auch es werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über zum zur war vor',
  French: 'le la les de des et un une du en est que qui dans pour pas sur au par il elle ne se ce avec plus sont mais ont été aux cette leur nous',
  Spanish: 'el la los las de del y en que un una por con para es se no al lo como más pero sus su fue ha este esta entre también desde',
  Italian: 'il la di che e è un una per non del della con sono si le al gli lo ha ma anche più alla dei nel delle',
  Portuguese: 'o os as de do da dos das e em um uma que para com não no na por mais se foi ao pelo pela é uma também',
  Dutch: 'de het een en van in is dat op te zijn met voor niet aan er ook als bij door om maar naar dan werd heeft',
  Swedish: 'och att det som en på är av för med till den har inte om ett var jag men från han vid',
  Polish: 'i w na z że się nie do to jest o jak po ale od przez dla za oraz jego który',
  Turkish: 've bir bu da de için ile olarak çok daha ama gibi en olan ne kadar sonra',
  Indonesian: 'yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena oleh adalah',
};
/** @type {Array<[string, Set<string>]>} */
const LISTS = Object.entries(STOP_WORDS).map(([language, words]) => [language, new Set(words.split(' '))]);

// Scripts other than Latin, and what a text mostly in them most likely is.
/** @type {Array<[string, RegExp, string]>} */
const SCRIPTS = [
  ['Han', /\p{Script=Han}/u, 'Chinese'], ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'Japanese'],
  ['Hangul', /\p{Script=Hangul}/u, 'Korean'], ['Cyrillic', /\p{Script=Cyrillic}/u, 'Russian or another Cyrillic-script language'],
  ['Greek', /\p{Script=Greek}/u, 'Greek'], ['Arabic', /\p{Script=Arabic}/u, 'Arabic'], ['Hebrew', /\p{Script=Hebrew}/u, 'Hebrew'],
  ['Devanagari', /\p{Script=Devanagari}/u, 'Hindi'], ['Thai', /\p{Script=Thai}/u, 'Thai'],
];
const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;
const SAMPLE = 20000; // characters looked at: enough for a verdict, cheap on a 10 MB paste

function scriptCounts(text) {
  const counts = new Map([['Latin', 0]]);
  let letters = 0;
  for (const ch of text) {
    if (!LETTER.test(ch)) continue;
    letters++;
    if (LATIN.test(ch)) { counts.set('Latin', counts.get('Latin') + 1); continue; }
    const script = SCRIPTS.find(([, pattern]) => pattern.test(ch));
    if (script) counts.set(script[0], (counts.get(script[0]) ?? 0) + 1);
  }
  return { letters, counts };
}

function byScript(counts, letters) {
  const [top, n] = [...counts].filter(([name]) => name !== 'Latin').sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (!top || n / letters < 0.3 || counts.get('Latin') / letters > 0.6) return null;
  // Japanese mixes kanji (Han) with kana: any real share of kana says Japanese.
  if (top === 'Han' && (counts.get('Kana') ?? 0) > n * 0.1) return 'Japanese';
  return SCRIPTS.find(([name]) => name === top)[2];
}

function byStopWords(text) {
  const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  if (words.length < 20) return null;
  /** @type {Array<[string, number]>} */
  const shares = LISTS.map(([language, list]) => [language, words.filter((w) => list.has(w)).length / words.length]);
  shares.sort((a, b) => b[1] - a[1]);
  const english = shares.find(([language]) => language === 'English')[1];
  const [best, share] = shares[0];
  // English news is ~40% these words; another language's text has few English ones.
  if (best === 'English' || share < 0.15 || english > 0.2 || share < english * 1.5) return null;
  return best;
}

/**
 * Guesses whether `text` is in a language other than English. Returns
 * {language, message} for a text that looks like another language ("German",
 * "This looks like German; NewsLens reads English…"), or null for English, mixed or
 * too-short text (a wrong warning on an English article would be worse than none).
 * @param {string} text
 * @returns {{language: string, message: string} | null}
 */
export function detectNonEnglish(text) {
  const sample = String(text).slice(0, SAMPLE);
  const { letters, counts } = scriptCounts(sample);
  if (letters < 12) return null;
  const language = byScript(counts, letters) ?? byStopWords(sample);
  if (!language) return null;
  return {
    language,
    message: `This looks like ${language}; NewsLens reads English, so the names, types and key points below may be wrong.`,
  };
}
