#pragma once
// The value types that flow between pipeline stages. Every offset here is a UTF-8
// byte offset into the analyzed text, half-open [start, end); the json/ stage is the
// only place that converts them to UTF-16 for JS. Invariant for any span s:
//   text.substr(s.start, s.end - s.start) is the surface of s.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace newslens {

enum class TokenKind : std::uint8_t {
  Word,    // letters, digits mixed with letters, inner apostrophes/hyphens: "China’s", "US-China", "Mr"
  Number,  // "2,000.5", "2021", "5%"-less digits with separators
  Punct,   // sentence and clause punctuation, quotes, dashes, brackets
  Symbol,  // currency and other symbols: "$", "€", "%", "&"
  Url,     // "https://…", "www.…", e-mail addresses
  Emoji,   // pictographs incl. ZWJ sequences, flags, modifiers
  Other,   // anything else that is not whitespace (control characters, unassigned)
};

struct Token {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::Other;
  bool newlineBefore = false;  // a line break separates it from the previous token
};

struct Sentence {
  // Sentences tile the text: sentence i+1 starts where sentence i ends, the first
  // starts at 0 and the last ends at text.size(), so no character is ever lost.
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  // Trimmed content span (no leading/trailing whitespace) inside [start, end).
  std::uint32_t contentStart = 0;
  std::uint32_t contentEnd = 0;
  std::uint32_t firstToken = 0;  // token range [firstToken, lastToken)
  std::uint32_t lastToken = 0;
  std::uint32_t paragraph = 0;
  bool boilerplate = false;
};

// OntoNotes entity types (see DESIGN.md).
enum class EntityType : std::uint8_t {
  PERSON,
  NORP,
  ORG,
  GPE,
  LOC,
  FAC,
  EVENT,
  PRODUCT,
  WORK_OF_ART,
  LAW,
  DATE,
  TIME,
  MONEY,
  PERCENT,
  QUANTITY,
  CARDINAL,
  ORDINAL,
};
inline constexpr int kEntityTypeCount = 17;
const char* entityTypeName(EntityType type);

// True for DATE, TIME, MONEY, PERCENT, QUANTITY, CARDINAL and ORDINAL: the types the
// pattern rules find, which group only by identical surface.
inline bool isNumericType(EntityType type) { return type >= EntityType::DATE; }
std::optional<EntityType> entityTypeFromName(std::string_view name);

// What a mention does in the text. Source: the outlet credited for the story in a
// dateline ("(CNN)"), a credit line ("CNN's Jane Doe contributed to this report"), a
// byline ("By Jane Doe, CNN") or an interview credit ("told CNN", "CNN affiliate
// KGO"): highlighted and grouped like any mention, but not counted in salience.
enum class MentionRole : std::uint8_t { Text, Source };

struct Mention {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::uint32_t firstToken = 0;  // token range [firstToken, lastToken); [start, end) may be inside it ("pro-Israel")
  std::uint32_t lastToken = 0;
  EntityType type = EntityType::PERSON;
  float score = 1.0f;                    // tagger confidence in [0,1]
  std::int32_t entity = -1;              // index into Analysis::entities, -1 if unresolved
  MentionRole role = MentionRole::Text;  // set by the entities stage
};

struct Entity {
  std::string name;  // canonical (longest full) form
  EntityType type = EntityType::PERSON;
  std::vector<std::string> aliases;  // distinct surface forms, first-seen order
  std::uint32_t count = 0;
  std::uint32_t firstMention = 0;  // byte offset of the first mention
  float salience = 0.0f;           // [0,1], higher = more central
};

// A word or phrase in a key point that leans on an earlier sentence for its
// meaning ("he", "The President"), and the entity it stands for.
struct Reference {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::int32_t entity = -1;  // index into Analysis::entities
};

struct KeyPoint {
  std::uint32_t sentence = 0;  // index into Analysis::sentences
  float score = 0.0f;
  // The span shown as the point: the sentence's content without a leading news
  // dateline ("WASHINGTON (CNN) — "), inside [contentStart, contentEnd). An empty
  // span (the default) stands for the whole content.
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::string shortText;            // the point as a bullet: attributions, asides, openers deleted
  std::vector<Reference> refersTo;  // inside [start, end), in text order
};

// Speech is someone's words (said, wrote, tweeted, a statement); a term is a quoted
// title, nickname, scare quote or cited word, which is never credited to anyone.
enum class QuoteKind : std::uint8_t { Speech, Term };
const char* quoteKindName(QuoteKind kind);

struct Quote {
  std::uint32_t start = 0;  // the quoted text, without the quote marks
  std::uint32_t end = 0;
  std::int32_t speaker = -1;  // entity index, -1 if unattributed (always -1 for a term)
  QuoteKind kind = QuoteKind::Speech;
  // The words that give the source as the text writes them ("a police spokesman",
  // "he", "Mr Xi"); empty (sourceStart == sourceEnd) when the text names none.
  std::uint32_t sourceStart = 0;
  std::uint32_t sourceEnd = 0;
};

struct Keyword {
  std::string text;
  float score = 0.0f;
};

struct Stats {
  std::uint32_t words = 0;
  std::uint32_t sentences = 0;  // sentences that contain at least one word or number
  std::uint32_t paragraphs = 0;
};

// Wall time of each stage of one Analyzer::analyze() call, in milliseconds
// (std::chrono::steady_clock: performance.now() under Emscripten). Named after
// the stage folders; "text" includes paragraph and boilerplate marking, and
// summary/ is split into keywords and keyPoints. All zero when the stages were
// run by hand instead of through Analyzer::analyze().
struct StageTimes {
  double text = 0.0;
  double ner = 0.0;
  double entities = 0.0;
  double quotes = 0.0;
  double keywords = 0.0;
  double keyPoints = 0.0;
};

struct Analysis {
  std::vector<Token> tokens;
  // The text lowercased, the same length (text/lowered.h): a span's lower case is
  // text::surface(lower, span). Made once, after the tokenizer, for every later stage.
  std::string lower;
  std::vector<Sentence> sentences;
  std::vector<Mention> mentions;    // sorted by start, non-overlapping
  std::vector<Entity> entities;     // sorted by salience, highest first
  std::vector<KeyPoint> keyPoints;  // in article order
  std::vector<Quote> quotes;        // in article order
  std::vector<Keyword> keywords;    // highest score first
  Stats stats;
  StageTimes times;  // how long each stage took (diagnostics only: no stage reads it)
};

}  // namespace newslens
