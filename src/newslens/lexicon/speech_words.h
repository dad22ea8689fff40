#pragma once
// The words news writing uses to attribute speech, beyond lexicon's reporting
// verbs: how each speech verb may be placed, the nouns that carry someone's words
// (a statement, a tweet), and the small function-word classes an attribution
// phrase is parsed with. Lookups take a lowercased word (text::lowercase).
// Used by quotes/ (attribution) and usable by summary/ (short forms drop "police said").

#include <string_view>

namespace newslens::lexicon {

struct SpeechVerb {
  bool speech = false;   // a verb that reports words: "said", "tweeted", "saying", "described"
  bool finite = false;   // a finite form with its own subject ("said", "says"; not "say", "saying")
  bool inverts = false;  // may come before its subject after a quote: "…," said Mr Xi ("told" may not)
  bool strong = false;   // names the act of speaking itself (not "described", "reported", "noted")
};

// How `lowerWord` reports speech; all false for other words.
SpeechVerb speechVerb(std::string_view lowerWord);

// Nouns for a text that carries someone's words: "statement", "tweet", "post",
// "letter", "interview", "pledge", "report", "caption", "note" …
bool isSpeechNoun(std::string_view lowerWord);

// Nouns that stand for an organization in "the ___ said": "group", "broadcaster",
// "ministry", "company", "agency", "department" …
bool isOrganizationNoun(std::string_view lowerWord);

// Forms of "to be" that make the next participle passive: "is", "was", "been" …
bool isBeForm(std::string_view lowerWord);

// Determiners and possessive pronouns that open a noun phrase: "the", "a", "his" …
bool isDeterminer(std::string_view lowerWord);

// Prepositions that end a subject phrase: "for", "of", "on", "in", "at" …
bool isPreposition(std::string_view lowerWord);

// Words that start a new clause, so a subject phrase never runs across them:
// "that", "who", "which", "because", "when", "while", "if" …
bool isClauseOpener(std::string_view lowerWord);

// Words a title keeps lowercase ("Parks and Recreation", "The Hindus: An History").
bool isTitleSmallWord(std::string_view lowerWord);

}  // namespace newslens::lexicon
