#pragma once
// The ground floor of word knowledge: every built-in English word list that more
// than one stage reads (titles and honorifics, stop words, reporting verbs,
// abbreviations, country aliases). Contract:
// - each list lives here once; a stage that needs a variant asks for it by meaning
//   (a flag on the one entry), never by keeping its own copy;
// - lookups take a word already lowercased (text::lowercase) and compare it exactly;
//   the title lookups also ignore one trailing period ("mr." is "mr");
// - no state: every function is a pure lookup in a constant table.
// (The model's gazetteers and casing profile are data of the model: ner::KnownWords.)

#include <cstddef>
#include <string_view>
#include <vector>

namespace newslens::lexicon {

// --- titles (titles.cpp): one table, each word flagged with what it is ---

// Honorifics: "mr", "mrs", "ms", "mx", "miss", "dr", "prof", "sir", "dame".
bool isHonorific(std::string_view lowerWord);

// The honorifics that by themselves make the name after them a person's, whatever
// type the tagger gave it: "mr", "mrs", "ms", "mx", "miss", "dr" ("prof", "sir" and
// "dame" are honorifics but not personal ones: the tagger decides those spans).
bool isPersonalHonorific(std::string_view lowerWord);

// Titles entity naming strips from a person's name: the honorifics but "mx", plus
// offices and ranks ("president", "secretary", "senator", "gen", "pope", "judge").
bool isPersonalTitle(std::string_view lowerWord);

// Titles ner::titleWords() strips from the front of a PERSON span: nearly
// isPersonalTitle, plus role and rank words ("spokesman", "director", "colonel",
// "sheikh", "deputy"); the table in titles.cpp says where the two differ and why.
bool isTitleWord(std::string_view lowerWord);

// Words that join a multi-word title once one started: "of", "for", "the", "state",
// "foreign", "affairs", "general", "former", "acting" … ("Secretary of State").
bool isTitleJoiner(std::string_view lowerWord);

// Lower-case particles inside a person's name, between its capitalised words:
// "van", "von", "de", "der", "ten", "ter", "da", "di", "bin", "ibn", "al", "la" …
// ("Pieter ten Hoopen", "Ludwig van Beethoven", "Osama bin Laden").
bool isNameParticle(std::string_view lowerWord);

// Abbreviated titles whose period never ends a sentence, given without the period:
// "mr", "dr", "gen", "sen", "st", "hon", "supt" …
bool isTitleAbbreviation(std::string_view lowerWord);

// Other abbreviations that keep their period but may end a sentence, without the
// period: "jr", "inc", "ltd", "vs", "etc", "jan", "sept", "approx" …
bool isAbbreviation(std::string_view lowerWord);

// --- stop words (stop_words.cpp): one table, flagged by who ignores the word ---

// Function words and reporting verbs that say nothing about what a sentence is
// about: sentence-overlap scoring ignores them.
bool isScoringStopWord(std::string_view lowerWord);

// The wider list keyword extraction ignores: function words plus the verbs,
// adverbs, numbers and time words that carry no topic in news prose.
bool isKeywordStopWord(std::string_view lowerWord);

// The stop words of every list above, lowercase and sorted: stopWord(i) for i < stopWordCount().
std::size_t stopWordCount();
std::string_view stopWord(std::size_t i);

// The commonest lower-case words of English news, commonest first (their counts in the
// CoNLL-2003 training text, scripts/gen-common-words.mjs): what the tagger prepares once
// per model (ner::WordRows::commonWords), so that no document pays for their first use.
std::vector<std::string_view> commonNewsWords();

// Function words that may follow a name used as the head of its phrase, not as a
// modifier ("and", "to", "was", "who", "since"): "US officials" vs "the US and".
bool isClauseWord(std::string_view lowerWord);

// --- speech (speech.cpp) ---

// Verbs that report speech: "said", "says", "told", "added", "warned",
// "according" (as in "according to"), "stated", "insisted", …
bool isReportingVerb(std::string_view lowerWord);

// Words that may sit between a subject and its verb: "Mr Xi also said",
// "she has said", "he would add".
bool isAuxiliary(std::string_view lowerWord);

// A possessive clitic token as the tokenizer splits it off: "’s", "'s", "’", "'"
// (either case of the s: this one needs no lowercasing).
bool isPossessive(std::string_view word);

// How news writing uses speech words beyond that list (quotes/ attribution; the
// summary's short forms can drop "police said" with them):
struct SpeechVerb {
  bool speech = false;   // a verb that reports words: "said", "tweeted", "saying", "described"
  bool finite = false;   // a finite form with its own subject ("said", "says"; not "say", "saying")
  bool inverts = false;  // may come before its subject after a quote: "…," said Mr Xi ("told" may not)
  bool strong = false;   // names the act of speaking itself (not "described", "reported", "noted")
};

// How `lowerWord` reports speech; all false for other words.
SpeechVerb speechVerb(std::string_view lowerWord);

// Verbs that give a name or title rather than words: "called", "dubbed", "titled",
// "named" ("a documentary called “…”" quotes a title, not speech).
bool isNamingVerb(std::string_view lowerWord);

// Nouns for a text that carries someone's words: "statement", "tweet", "post",
// "letter", "interview", "pledge", "report", "caption", "note" …
bool isSpeechNoun(std::string_view lowerWord);

// Nouns that stand for an organization in "the ___ said": "group", "broadcaster",
// "ministry", "company", "agency", "department" …
bool isOrganizationNoun(std::string_view lowerWord);

// Forms of "to be" that make the next participle passive: "is", "was", "been" …
bool isBeForm(std::string_view lowerWord);

// Prepositions that end a subject phrase: "for", "of", "on", "in", "at" …
bool isPreposition(std::string_view lowerWord);

// Words that start a new clause, so a subject phrase never runs across them:
// "that", "who", "which", "because", "when", "while", "if" …
bool isClauseOpener(std::string_view lowerWord);

// Words a title keeps lowercase ("Parks and Recreation", "The Hindus: An History").
bool isTitleSmallWord(std::string_view lowerWord);

// --- genders (first_names.cpp): for "he"/"she"; generated from the US Census 1990
// first-name tables (scripts/gen-first-names.mjs): common US names only, names given
// to both sexes left out, so an unknown or shared name answers Unknown, never a guess ---

enum class Gender : unsigned char { Unknown, Male, Female };

// The gender of a first name given lowercased ("james" → Male, "lily" → Female,
// "jordan" → Unknown).
Gender firstNameGender(std::string_view lowerName);

// The gender an honorific or gendered title marks ("mr" → Male, "mrs", "ms",
// "miss", "dame", "lady" → Female), Unknown for others ("dr"). A trailing period is
// ignored.
Gender honorificGender(std::string_view lowerWord);

// The gender a third-person pronoun states ("he", "him", "his", "himself" → Male;
// "she", "her", "hers", "herself" → Female), Unknown for others ("they", "it").
Gender pronounGender(std::string_view lowerWord);

// --- discourse (discourse.cpp) ---

// Words and contractions that negate: "not", "no", "never", "without", "didn't" …
// A summary may shorten a sentence but must never drop one of these.
bool isNegation(std::string_view lowerWord);

// Connectives that open a sentence and tie it to the one before: "but", "however",
// "meanwhile", "also", "still" … A bullet point reads the same without them.
bool isDiscourseOpener(std::string_view lowerWord);

// Pronouns and demonstratives that lean on an earlier sentence for what they mean:
// "he", "she", "it", "they", "his", "their", "this", "those" …
bool isLeaningPronoun(std::string_view lowerWord);

// --- name contexts (name_contexts.cpp): words around a name that say how news uses it ---

// Nouns after a platform's name when it means the service: "page", "account", "feed",
// "users", "post", "video", "followers" … ("her Facebook page", "Twitter users").
bool isServiceNoun(std::string_view lowerWord);

// Capitalised words that alone name no one: an institution word standing for one named
// before or never ("the University", "Hospital leadership"), a kinship word used as
// address ("her Dad"), "Internet" (news_gold's scheme). Inside a name they are part of
// it ("University of North Carolina").
bool isGenericStandIn(std::string_view lowerWord);

// Acronyms of common nouns, lowercased: conditions, tests, devices, formats and terms
// ("ptsd", "dna", "suv", "gps", "ivf", "tv"). Written alone in capitals they name no one.
bool isCommonNounAcronym(std::string_view lowerWord);

// Prepositions before a platform's name when it means the service: "on", "via" ("on Twitter").
bool isServicePreposition(std::string_view lowerWord);

// What a lower-case noun right after a name says the name is, as news writes a place
// with its kind ("Buratai village", "Tafawa Balewa town", "Rivers state", "the Darfur
// region", "the Mayo camp"): a settlement (town, village, city, state, province,
// county, district …), a region, a camp; None for any other word.
enum class PlaceKind { None, Settlement, Region, Camp };
PlaceKind placeKindNoun(std::string_view lowerWord);

// Words right before the other side of a match result, in a sentence with a score
// ("lost 1-0 to Burnley", "held 1-1 at home to Southampton", "a 3-0 win over Newcastle",
// "beat Levante 2-0"): "to", "with", "over", "against", "beat", "defeated", "v" …
bool isOpponentWord(std::string_view lowerWord);

// The last word of a law's or a treaty's name: "act", "treaty", "accord(s)",
// "agreement", "protocol", "amendment" ("Affordable Care Act", "Abuja Accord", "Fifth
// Amendment"). Unlike "convention" or "law" ("Democratic National Convention",
// "Harvard Law") it ends no organization's or event's name.
bool isLawHead(std::string_view lowerWord);

// The last word of an institution's name that news_gold's scheme types ORG though it
// is also a building: "school", "university", "college", "hospital", "clinic",
// "academy", "institute", "foundation" ("North High School", "Wills Eye Hospital").
bool isInstitutionHead(std::string_view lowerWord);

// Verbs that take a platform with "to" when it means the service: "took to Twitter",
// "posted to Facebook", "went to Instagram" ("took", "posted", "uploaded", "turned" …).
bool isPostingVerb(std::string_view lowerWord);

// A company's legal form closing its name, lowercased without its period: "corp",
// "corporation", "inc", "incorporated", "ltd", "llc", "plc", "co". News writes the
// name with it once ("New Generation Media Corp.") and without it after.
bool isCompanySuffix(std::string_view lowerWordWithoutDot);

// --- holidays (holidays.cpp) ---

// True for a named holiday or historical period, given as its lowercased words with a
// possessive as its own word ("christmas", "international women 's day", "labor day",
// "new year 's eve", "the"-less "middle ages"): OntoNotes, and news_gold's scheme after
// it, treat them as dates, not names.
bool isHolidayOrPeriod(const std::vector<std::string_view>& lowerWords);

// --- places (places.cpp) ---

// The canonical key of a well-known country or union alias with dots removed
// ("us", "usa", "america", "united states of america" → "united states";
// "uk", "britain" → "united kingdom"), or the input itself when it is none.
std::string_view countryKey(std::string_view lowerNameWithoutDots);

// The last part of a hyphenated ancestry group, which news writes as one people
// ("African-American", "Mexican-Americans", "Chinese-Canadian"): "american(s)",
// "canadian(s)", "australian(s)". Such a compound is one NORP, not two.
bool isAncestryCompoundTail(std::string_view lowerWord);

}  // namespace newslens::lexicon
