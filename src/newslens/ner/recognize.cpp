#include "newslens/ner/recognize.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>

#include "newslens/growth.h"
#include "newslens/lexicon/lexicon.h"
#include "newslens/lexicon/table.h"
#include "newslens/ner/acronyms.h"
#include "newslens/ner/document_words.h"
#include "newslens/ner/hyphen_names.h"
#include "newslens/ner/mentions.h"
#include "newslens/ner/name_particles.h"
#include "newslens/ner/patterns.h"
#include "newslens/ner/recognize_document.h"
#include "newslens/ner/span_typer.h"
#include "newslens/ner/tagger.h"
#include "newslens/ner/type_rules.h"
#include "newslens/noinline.h"
#include "newslens/text/span.h"
#include "newslens/text/utf8.h"

namespace newslens::ner {
namespace {

// Longest run of tokens tagged at once: keeps one pathological "sentence"
// (a 10 MB paste without punctuation) from needing one huge Viterbi lattice.
constexpr std::uint32_t kMaxChunkTokens = 256;

// True for a hyphenated word whose last part is lower case ("Ontario-based", "U.S.-led").
bool hasLowerTail(std::string_view word) {
  const std::size_t dash = word.rfind('-');
  return dash != std::string_view::npos && dash + 1 < word.size() && word[dash + 1] >= 'a' && word[dash + 1] <= 'z';
}

// True when words [begin, end) are the United States as news writes it before a name:
// "U.S.", "US" or "United States" ("USA Today", "America Online" and "Us Weekly" are
// names of their own).
bool isUnitedStates(const std::vector<std::string_view>& words, std::size_t begin, std::size_t end) {
  if (end - begin == 1) return words[begin] == "U.S." || words[begin] == "US";
  return end - begin == 2 && words[begin] == "United" && words[begin + 1] == "States";
}

// Type of the name that modifies a role inside a span ("Google" in "Google CFO
// Patrick Pichette", "Labour" in "Labour leader Ed Miliband"): a listed country, city
// or region is a place, a listed nationality a group, anything else an organization.
EntityType modifierType(const std::vector<std::string_view>& words, const KnownWords& known,
                        const FeatureHasher& hash) {
  const std::uint16_t bits = phraseCategories(known, hash, words);
  if (hasPlaceCategory(bits) || isUnitedStates(words, 0, words.size())) return EntityType::GPE;
  if (hasCategory(bits, Gazetteer::Nationality)) return EntityType::NORP;
  return EntityType::ORG;
}

// Where a capitalised title word sits inside the span, between a name and a
// capitalised name ("Google CFO Patrick Pichette", "PepsiCo CEO Indra Nooyi"): news
// glues the employer, the role and the person, and they are two names. 0 if none.
std::size_t innerTitle(const std::vector<std::string_view>& span) {
  for (std::size_t k = 1; k + 1 < span.size(); ++k) {
    if (!text::startsAsciiCapital(span[k]) || !isTitleWord(span[k]) || isPersonalHonorific(span[k])) continue;
    const std::vector<std::string_view> rest(span.begin() + static_cast<std::ptrdiff_t>(k), span.end());
    const std::size_t titles = titleWords(rest);
    // "U.S. Justice Department": a title before an institution word names the institution.
    if (titles < rest.size() && text::startsAsciiCapital(rest[titles]) && !isInstitutionWord(rest[titles])) return k;
  }
  return 0;
}

// True for a lower-case word of three letters or more that is no name particle ("ten",
// "van") and no small word of a title ("of", "and").
bool isOrdinaryWord(std::string_view w) {
  if (w.size() < 3 || !std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return false;
  return !lexicon::isNameParticle(w) && !lexicon::isTitleSmallWord(w);
}

// True for a lower-case small word of a title ("and", "of", "the") that is no name
// particle ("van", "de"): a name never ends with one.
bool isSmallWord(std::string_view w) {
  return !w.empty() && w[0] >= 'a' && w[0] <= 'z' && lexicon::isTitleSmallWord(w) && !lexicon::isNameParticle(w);
}

// Where a lower-case role word sits inside a person span, between a capitalised name
// and the person ("Disney star Zendaya Coleman", "Chelsea striker Diego Costa"): an
// ordinary word ("Kengo wa Dondo" keeps its particle) cannot be inside a name. 0 if none.
std::size_t innerRoleWord(const std::vector<std::string_view>& span) {
  for (std::size_t k = 1; k + 1 < span.size(); ++k)
    if (isOrdinaryWord(span[k]) && text::startsAsciiCapital(span[k - 1]) && text::startsAsciiCapital(span[k + 1]))
      return k;
  return 0;
}

// How many words open `span` with the United States as a modifier of the name after
// them ("U.S. Congress", "US Navy", "United States Senate"): news_gold's scheme, after
// OntoNotes, makes the country its own GPE mention ("U.S." GPE + "Congress" ORG). 0 if none.
std::size_t unitedStatesModifier(const std::vector<std::string_view>& span) {
  if (span.size() > 1 && isUnitedStates(span, 0, 1)) return 1;
  if (span.size() > 2 && isUnitedStates(span, 0, 2)) return 2;
  return 0;
}

// True when token `t` is a "#" or "@" glued to the next word, or that word
// ("#BringBackClarkson", "@CNNPhotos"): a hashtag or a handle is no mention in news_gold's
// scheme, whatever name it spells (on the 500 CNN dev articles the tagger read 35 as names).
bool isTagOrHandle(std::string_view text, const std::vector<Token>& tokens, std::uint32_t t) {
  const auto marks = [&](std::uint32_t k) {
    const std::string_view w = text::surface(text, tokens[k]);
    return (w == "#" || w == "@") && k + 1 < tokens.size() && tokens[k].end == tokens[k + 1].start;
  };
  return marks(t) || (t > 0 && marks(t - 1));
}

// lexicon::isGenericStandIn of a word as written ("University", "Dad"), or an acronym of
// a common noun (lexicon::isCommonNounAcronym) written in capitals ("PTSD").
bool isGenericWord(std::string_view word) {
  const text::LowerWord lower(word);
  if (lexicon::isGenericStandIn(lower.view())) return true;
  // "PTSD", "DNA": an acronym of a common noun, written in capitals ("Tv" is no acronym).
  return !text::hasAsciiLower(word) && lexicon::isCommonNounAcronym(lower.view());
}

// True for a span that is a generic word or a bare title alone, after a "The" at most
// ("the University", "The University's settlement", "her Dad", "the Internet", "as CFO",
// "the President said", "PTSD"): no name.
bool isBareWord(const std::vector<std::string_view>& span) {
  const std::size_t lead = span.size() == 2 && (span[0] == "The" || span[0] == "the") ? 1 : 0;
  return span.size() == lead + 1 && (isTitleWord(span[lead]) || isGenericWord(span[lead]));
}

// What typing one span needs besides its words, reused from span to span (two
// allocations a span otherwise): the span's own words and the typer's features.
struct TyperBuffers {
  std::vector<std::string_view> span;
  std::vector<std::uint32_t> features;
};

// One tagged chunk and what its spans are read with: the text and its tokens, the
// chunk's words (from token `first` on), the model and its feature hasher (one for the
// document: building one mixes forty template seeds), the document's tagger and context
// (to read the chunk again), the article's type votes and the buffers a span is typed
// with, one span at a time.
struct Chunk {
  std::string_view text;
  const std::vector<Token>& tokens;
  const std::vector<std::string_view>& words;
  std::uint32_t first;
  const Model& model;
  const FeatureHasher& hash;
  Tagger& tagger;
  const DocumentWords* document;
  TypeVotes& votes;
  TyperBuffers& buffers;
};

// The type a span's head or context states outright, over the typer's reading `read`
// (the typer weighs these cues among forty features and loses them to a tagger type's
// prior): a law's or a school's head ("Abuja Accord", "North High School"), a nationality's member ("Welshman"), a
// listed place, a place's kind ("Tafawa Balewa town"), a platform in a service context (news_gold's scheme: "on
// Twitter", "a Facebook page"; "Facebook", "eBay" are listed companies), a city as the other side of a match result
// ("lost 1-0 to Burnley": its club; a country's is its national team, kept a place).
std::optional<EntityType> statedType(const SpanInSentence& in, const std::vector<std::string_view>& span,
                                     const std::array<float, kNameTypeCount>& scores, EntityType read,
                                     const Model& model, const FeatureHasher& hash) {
  if (namesLaw(in)) return EntityType::LAW;
  if (nationalityMember(in, model.knownWords, hash)) return EntityType::NORP;
  const bool place = read == EntityType::GPE || read == EntityType::LOC || read == EntityType::FAC;
  if (place && namesInstitution(in)) return EntityType::ORG;
  // A listed country, city, state or province is a GPE, though it also names a river
  // ("Missouri", "Congo") or ends in a region word ("South Africa", "Ivory Coast"): the
  // typer learned those as the trainer's LOC rules type them (ner/type_rules.h).
  if (read == EntityType::LOC && hasPlaceCategory(phraseCategories(model.knownWords, hash, span)))
    return EntityType::GPE;
  if (const std::optional<EntityType> place = placeKindType(in, read, model.knownWords, hash)) return place;
  if (servicePlausible(scores) && usedAsService(in)) return EntityType::PRODUCT;
  if ((read == EntityType::GPE || read == EntityType::LOC) && clubPlausible(scores) && opponentInScoreLine(in) &&
      !hasCategory(phraseCategories(model.knownWords, hash, span), Gazetteer::Country))
    return EntityType::ORG;
  return std::nullopt;
}

// The OntoNotes type of words [begin, end) of the chunk `words`, which the tagger
// typed `conll`: the span typer's choice when the model has one, else type_rules.h.
// Its scores are added to `votes`.
EntityType spanType(const std::vector<std::string_view>& words, std::size_t begin, std::size_t end, ConllType conll,
                    const Model& model, const FeatureHasher& hash, TypeVotes& votes, TyperBuffers& buffers) {
  std::vector<std::string_view>& span = buffers.span;
  std::vector<std::uint32_t>& features = buffers.features;
  span.assign(words.begin() + static_cast<std::ptrdiff_t>(begin), words.begin() + static_cast<std::ptrdiff_t>(end));
  if (model.typer.empty()) return ontonotesType(conll, span, model.knownWords, hash);
  spanTypeFeatures(SpanInSentence{words, begin, end, conll}, model.knownWords, hash, features);
  const std::array<float, kNameTypeCount> scores = spanTypeScores(model.typer, features);
  const SpanInSentence in{words, begin, end, conll};
  const EntityType read = typeWithinMargin(scores, conll, kCrossMargin);
  const std::optional<EntityType> stated = statedType(in, span, scores, read, model, hash);
  votes.add(span, scores, stated);
  return stated.value_or(read);
}

// True when the span over chunk words [begin, end), which opens with the United States
// (unitedStatesModifier), is a name of its own that keeps the country: an event ("U.S.
// Open", "US Masters"), a product or a work, or a gazetteer phrase ("U.S. Virgin
// Islands"). Read without adding to the article's votes: only its parts become mentions.
bool keepsCountry(const Chunk& chunk, std::size_t begin, std::size_t end, ConllType conll) {
  const Model& model = chunk.model;
  const FeatureHasher& hash = chunk.hash;
  std::vector<std::string_view>& span = chunk.buffers.span;
  span.assign(chunk.words.begin() + static_cast<std::ptrdiff_t>(begin),
              chunk.words.begin() + static_cast<std::ptrdiff_t>(end));
  if (phraseCategories(model.knownWords, hash, span) != 0) return true;
  EntityType type = ontonotesType(conll, span, model.knownWords, hash);
  if (!model.typer.empty()) {
    std::vector<std::uint32_t>& features = chunk.buffers.features;
    spanTypeFeatures(SpanInSentence{chunk.words, begin, end, conll}, model.knownWords, hash, features);
    type = typeWithinMargin(spanTypeScores(model.typer, features), conll, kCrossMargin);
  }
  return type == EntityType::EVENT || type == EntityType::PRODUCT || type == EntityType::WORK_OF_ART;
}

// True when token `t` of the chunk opens its sentence (a chunk starts one): only
// punctuation stands before it, or a dateline's ")" glued to it ("(CNN)Singer-songwriter
// David Crosby").
bool opensSentence(const Chunk& chunk, std::uint32_t t) {
  const std::vector<std::string_view>& words = chunk.words;
  const std::uint32_t k = t - chunk.first;
  return std::all_of(
             words.begin(), words.begin() + k,
             [](std::string_view w) { return !w.empty() && !std::isalnum(static_cast<unsigned char>(w[0])); }) ||
         (k > 0 && words[k - 1] == ")" && chunk.tokens[t - 1].end == chunk.tokens[t].start);
}

// The chunk's words with the hyphenated span over chunk words [begin, end) written as
// its pieces: a cut word by its name ("a Israel group"), a split one by its parts with
// a "-" between them ("the Israeli - Palestinian conflict"). `at` gets each piece's
// first word in the result.
std::vector<std::string_view> piecesInPlace(std::string_view text, const std::vector<Token>& tokens,
                                            const std::vector<std::string_view>& words, std::uint32_t chunkFirst,
                                            const std::vector<NamePiece>& pieces, std::vector<std::uint32_t>& at) {
  const std::uint32_t begin = pieces.front().firstToken - chunkFirst, end = pieces.front().lastToken - chunkFirst;
  std::vector<std::string_view> out(words.begin(), words.begin() + begin);
  for (const NamePiece& p : pieces) {
    if (!at.empty()) out.push_back("-");
    at.push_back(static_cast<std::uint32_t>(out.size()));
    for (const std::string_view w : text::surfacesWithin(text, tokens, p.firstToken, p.lastToken, p.start, p.end))
      out.push_back(w);
  }
  out.insert(out.end(), words.begin() + end, words.end());
  return out;
}

// Puts the names the hyphenated span over tokens [first, last) holds into `out`
// (hyphen_names.h: "pro-Israel" → "Israel", "Israeli-Palestinian" → two). The tagger
// reads the sentence again with the pieces in the word's place: each piece must be a
// name of its own in that reading, typed as a span is (spanType, with the tagger's
// type of the piece, not of the compound: "Chicago-based" is MISC, "Chicago" LOC).
// False, with nothing added, when the span is one name as it stands or the tagger
// does not read every piece as a name ("Pre-election").
bool addHyphenPieces(const Chunk& chunk, const SpanReading& reading, float confidence, std::vector<Mention>& out) {
  const std::vector<Token>& tokens = chunk.tokens;
  const Model& model = chunk.model;
  const FeatureHasher& hash = chunk.hash;
  const std::uint32_t first = reading.first, last = reading.last;
  const std::vector<NamePiece> pieces = hyphenNamePieces(chunk.text, tokens, reading, model.knownWords, hash);
  if (pieces.empty()) return false;
  std::vector<std::uint32_t> at;
  const std::vector<std::string_view> local = piecesInPlace(chunk.text, tokens, chunk.words, chunk.first, pieces, at);
  const std::vector<TagSpan> spans = decodeSpans(chunk.tagger.tag(local, chunk.document).tags);
  std::vector<Mention> found;
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    const std::uint32_t begin = at[k], end = begin + (pieces[k].lastToken - pieces[k].firstToken);
    const auto span =
        std::find_if(spans.begin(), spans.end(), [&](const TagSpan& s) { return s.start == begin && s.end == end; });
    if (span == spans.end()) return false;
    Mention m = mentionOver(tokens, first, last, EntityType::PERSON, confidence);
    m.start = pieces[k].start;
    m.end = pieces[k].end;
    m.type = spanType(local, begin, end, span->type, model, hash, chunk.votes, chunk.buffers);
    found.push_back(m);
  }
  out.insert(out.end(), found.begin(), found.end());
  return true;
}

// A tagger span being cut down to its name: its first token and its words; cuts are
// made at the front or the back only.
struct SpanCut {
  std::uint32_t first;
  std::vector<std::string_view> words;
  void dropFront(std::size_t k) {
    first += static_cast<std::uint32_t>(k);
    words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(k));
  }
};

// Cuts from the span's edges what is never part of a name the tagger swept in; false
// when no name is left (or it is a hashtag, a handle, a generic word or a bare title).
bool trimSpanEdges(const Chunk& chunk, ConllType conll, SpanCut& cut) {
  const std::vector<Token>& tokens = chunk.tokens;
  std::vector<std::string_view>& span = cut.words;
  // An emoji or stray symbol the tagger swept into a span's edge is never part of a name.
  const auto notName = [&](std::uint32_t t) {
    return tokens[t].kind == TokenKind::Emoji || tokens[t].kind == TokenKind::Other;
  };
  while (!span.empty() && notName(cut.first)) cut.dropFront(1);
  while (!span.empty() && notName(cut.first + static_cast<std::uint32_t>(span.size()) - 1)) span.pop_back();
  if (span.empty() || isTagOrHandle(chunk.text, tokens, cut.first)) return false;
  // A name neither starts nor ends with an ordinary lower-case word ("aircraft carriers
  // Vinson", "Ireland-born actor"), which the tagger sweeps in beside a capitalised one.
  while (span.size() > 1 && isOrdinaryWord(span.front())) cut.dropFront(1);
  while (span.size() > 1 && isOrdinaryWord(span.back())) span.pop_back();
  // Nor does it end with a title's small word ("the University and allows"): the
  // tagger ran on past the name ("Parks and Recreation" keeps its inner "and").
  while (span.size() > 1 && isSmallWord(span.back())) span.pop_back();
  // "the CEO of New Generation Media Corp.": a title and "of" before a name give a
  // person's role in it; the name starts after them ("Secretary of State", "Bank of
  // England" are names: a title's continuation or an institution word; "Justice for
  // Victims of Trafficking Act" is one: only "of" gives the role). On the 500 CNN dev
  // articles: 5 spans ("CEO of Starbucks", "Bishop of Leicester").
  if (conll != ConllType::PER && span.size() > 2 && text::startsAsciiCapital(span[0]) && isTitleWord(span[0]) &&
      !isInstitutionWord(span[0]) && span[1] == "of" && text::startsAsciiCapital(span[2]) &&
      !isTitleContinuation(span[2]))
    cut.dropFront(2);
  return !span.empty() && !isBareWord(span);
}

// Splits off the names that lead the span as modifiers of a role or of another name
// (each its own mention in `out`): an employer before a title ("Google CFO Patrick
// Pichette"), before a lower-case role word ("Disney star Zendaya Coleman"), and the
// United States before a name. `conll` becomes PER where what is left is a person.
// False when what is left is a bare title ("U.S. President"): a role and no name.
bool splitLeadingNames(const Chunk& chunk, float confidence, SpanCut& cut, ConllType& conll,
                       std::vector<Mention>& out) {
  const Model& model = chunk.model;
  const FeatureHasher& hash = chunk.hash;
  const auto splitOff = [&](std::size_t k, EntityType type) {
    out.push_back(mentionOver(chunk.tokens, cut.first, cut.first + static_cast<std::uint32_t>(k), type, confidence));
    cut.dropFront(k);
  };
  const auto modifier = [&](std::size_t k) {
    return modifierType(
        std::vector<std::string_view>(cut.words.begin(), cut.words.begin() + static_cast<std::ptrdiff_t>(k)),
        model.knownWords, hash);
  };
  if (const std::size_t k = innerTitle(cut.words); k > 0) {
    splitOff(k, modifier(k));
    conll = ConllType::PER;
  }
  if (const std::size_t k = conll == ConllType::PER ? innerRoleWord(cut.words) : 0; k > 0) {
    splitOff(k, modifier(k));
    cut.dropFront(1);  // the role word
  }
  // "U.S. Congress" → "U.S." (GPE) + "Congress". (The CoNLL mapping joins them again, as
  // CoNLL writes "U.S. State Department": tools/lib/evaluate.cpp, bin/conll.mjs.)
  if (const std::size_t k = unitedStatesModifier(cut.words);
      k > 0 && !keepsCountry(chunk, cut.first - chunk.first, cut.first - chunk.first + cut.words.size(), conll)) {
    splitOff(k, EntityType::GPE);
    if (cut.words.size() == 1 && isTitleWord(cut.words.front())) return false;
  }
  return true;
}

// Strips what leads a person's name: descriptor compounds ("Ten-month-old Buseiwa") and
// titles ("Mr Xi", "President Xi Jinping"). True when the span is a person by an
// honorific ("Mr Xi" is a person whatever the tagger's type: CoNLL's Reuters rarely
// wrote "Mr"); `bareTitle` is set when only a title is left, which is no person.
bool stripPersonTitles(ConllType conll, SpanCut& cut, bool& bareTitle) {
  std::vector<std::string_view>& span = cut.words;
  while (conll == ConllType::PER && span.size() > 1 && hasLowerTail(span.front())) cut.dropFront(1);
  const bool honorific = span.size() > 1 && isPersonalHonorific(span.front());
  if (conll == ConllType::PER || honorific) {
    cut.dropFront(titleWords(span));
    bareTitle = span.size() == 1 && isTitleWord(span.front());
  }
  return honorific;
}

// Turns the tagger's span of chunk words [start, end) into mentions: its edges trimmed,
// the names that modify a role or another name split off, titles stripped from a
// person, a hyphenated name cut into its pieces, and the rest typed.
void spanMentions(const Chunk& chunk, std::uint32_t start, std::uint32_t end, ConllType conll, float confidence,
                  std::vector<Mention>& out) {
  const std::vector<std::string_view>& words = chunk.words;
  SpanCut cut{chunk.first + start, std::vector<std::string_view>(words.begin() + start, words.begin() + end)};
  // The span follows a title word and "of"/"for" ("Secretary of").
  const bool afterTitle =
      start > 1 && (words[start - 1] == "of" || words[start - 1] == "for") && isTitleWord(words[start - 2]);
  if (!trimSpanEdges(chunk, conll, cut)) return;
  const std::uint32_t last = cut.first + static_cast<std::uint32_t>(cut.words.size());  // only the front moves now
  // "Secretary of [State Antony Blinken]": a span that starts inside a title the tagger
  // left out is the person the title names.
  if (cut.words.size() > 1 && afterTitle && isTitleContinuation(cut.words.front()) &&
      text::startsAsciiCapital(cut.words[1])) {
    cut.dropFront(1);
    conll = ConllType::PER;
  }
  if (!splitLeadingNames(chunk, confidence, cut, conll, out)) return;
  bool bareTitle = false;
  const bool honorific = stripPersonTitles(conll, cut, bareTitle);
  if (bareTitle) return;
  const SpanReading reading{cut.first, last, conll == ConllType::PER, opensSentence(chunk, cut.first)};
  if (!honorific && addHyphenPieces(chunk, reading, confidence, out)) return;
  const EntityType type = honorific ? EntityType::PERSON
                                    : spanType(words, cut.first - chunk.first, last - chunk.first, conll, chunk.model,
                                               chunk.hash, chunk.votes, chunk.buffers);
  out.push_back(mentionOver(chunk.tokens, cut.first, last, type, confidence));
}

// True when the hyphenated word `reading` holds names (hyphenNamePieces) and each is a
// gazetteer phrase: a listed place, nationality or organization ("anti-American",
// "London-based"), which a word the tagger left out needs ("Co-pilot", "anti-Semitism",
// "super-Earths" hold none).
bool knownPieces(const Chunk& chunk, const SpanReading& reading) {
  const FeatureHasher& hash = chunk.hash;
  const std::vector<NamePiece> pieces =
      hyphenNamePieces(chunk.text, chunk.tokens, reading, chunk.model.knownWords, hash);
  return !pieces.empty() && std::all_of(pieces.begin(), pieces.end(), [&](const NamePiece& p) {
    const std::vector<std::string_view> words =
        text::surfacesWithin(chunk.text, chunk.tokens, p.firstToken, p.lastToken, p.start, p.end);
    return phraseCategories(chunk.model.knownWords, hash, words) != 0;
  });
}

// "anti-Muslim", "neo-Nazi", "Israel-advocate": a hyphenated word with a capital in it
// that the tagger left out may still hold a name (hyphen_names.h), which addHyphenPieces
// finds as it does in a tagged span, the tagger reading the sentence again with the name
// in the word's place. The names found go into the chunk's mentions out[before…) in order.
void addUntaggedHyphenNames(const Chunk& chunk, const Tagging& tagging, std::size_t before, std::vector<Mention>& out) {
  std::vector<Mention> found;
  std::size_t next = before;  // the first of the chunk's mentions not ending before token t
  for (std::uint32_t k = 0; k < chunk.words.size(); ++k) {
    const std::uint32_t t = chunk.first + k;
    while (next < out.size() && out[next].lastToken <= t) ++next;
    if (next < out.size() && out[next].firstToken <= t) continue;
    const std::string_view w = chunk.words[k];
    // The capital first: most tokens have none, and find() is a memchr call in WASM.
    if (std::none_of(w.begin(), w.end(), text::isAsciiUpper) || w.find('-') == std::string_view::npos) continue;
    const SpanReading reading{t, t + 1, false, opensSentence(chunk, t)};
    if (knownPieces(chunk, reading)) addHyphenPieces(chunk, reading, tagging.confidence[k], found);
  }
  if (found.empty()) return;
  const auto mid = static_cast<std::ptrdiff_t>(out.size());
  out.insert(out.end(), found.begin(), found.end());
  std::inplace_merge(out.begin() + static_cast<std::ptrdiff_t>(before), out.begin() + mid, out.end(),
                     [](const Mention& a, const Mention& b) { return a.start < b.start; });
}

// Tags the tokens `words` (from token `first` on; `ids`: what tagger.describe() gave
// them) and appends their mentions to `out` (`buffers`: what its spans are typed with).
void tagChunk(std::string_view text, const std::vector<std::string_view>& words, const std::uint32_t* ids,
              const std::vector<Token>& tokens, std::uint32_t first, const Model& model, const FeatureHasher& hash,
              Tagger& tagger, const DocumentWords* document, TypeVotes& votes, TyperBuffers& buffers,
              std::vector<Mention>& out) {
  const Tagging tagging = tagger.tag(words, document, ids);
  const Chunk chunk{text, tokens, words, first, model, hash, tagger, document, votes, buffers};
  const std::size_t before = out.size();
  for (const TagSpan& decoded : decodeSpans(tagging.tags)) {
    const std::uint32_t start = decoded.start, end = decoded.end;
    // The span is as sure as its least sure token.
    const float confidence = *std::min_element(tagging.confidence.begin() + start, tagging.confidence.begin() + end);
    spanMentions(chunk, start, end, decoded.type, confidence, out);
  }
  addUntaggedHyphenNames(chunk, tagging, before, out);
  // "Ministry of Foreign Affairs" when the tagger found only "Foreign Affairs": an
  // institution word and "of"/"for" right before an organization belong to it.
  for (std::size_t k = before; k < out.size(); ++k) {
    Mention& m = out[k];
    const std::uint32_t limit = k > before ? out[k - 1].lastToken : first;
    if (m.type != EntityType::ORG || m.firstToken < limit + 2 || m.start != tokens[m.firstToken].start) continue;
    const std::string_view joiner = words[m.firstToken - 1 - first], head = words[m.firstToken - 2 - first];
    if ((joiner == "of" || joiner == "for") && isInstitutionWord(head)) {
      const std::uint32_t end = m.end;  // a piece of a hyphenated word ends inside it
      m = mentionOver(tokens, m.firstToken - 2, m.lastToken, EntityType::ORG, m.score);
      m.end = end;
    }
  }
  // "Chinese Foreign Ministry", "Russian Interior Ministry": a place or nationality right
  // before an organization names the organization; a hyphenated modifier describes it
  // instead ("Ontario-based Magna", "Communist-led CGT"), and the United States stays
  // its own mention ("U.S. Justice Department", news_gold's scheme).
  for (std::size_t k = before + 1; k < out.size(); ++k) {
    Mention& prev = out[k - 1];
    const Mention& cur = out[k];
    if (prev.lastToken == cur.firstToken && cur.type == EntityType::ORG && prev.end == tokens[prev.lastToken - 1].end &&
        cur.start == tokens[cur.firstToken].start && (prev.type == EntityType::GPE || prev.type == EntityType::NORP) &&
        !hasLowerTail(words[prev.lastToken - 1 - first]) &&
        !isUnitedStates(words, prev.firstToken - first, prev.lastToken - first)) {
      prev = mentionOver(tokens, prev.firstToken, cur.lastToken, EntityType::ORG, std::min(prev.score, cur.score));
      out.erase(out.begin() + static_cast<std::ptrdiff_t>(k));
      --k;
    }
  }
}

// The source of a news dateline at the start of a sentence: "(CNN)Share …",
// "Lagos, Nigeria (CNN)A few …", "LONDON (Reuters) - …": one to three capitalised
// words in parentheses, after nothing or after a place (capitalised words and commas),
// and glued to the next word or followed by a dash. The outlet is an organization
// whatever the tagger made of it (Reuters-trained, it rarely saw one there).
// Returns the source's token range, or an empty range.
text::TokenSpan datelineSource(std::string_view text, const std::vector<Token>& tokens, const Sentence& s) {
  std::uint32_t k = s.firstToken;
  const auto is = [&](std::uint32_t t, std::string_view what) {
    return t < s.lastToken && text::surface(text, tokens[t]) == what;
  };
  while (
      k < s.lastToken && k < s.firstToken + 6 && !is(k, "(") &&
      (is(k, ",") || (tokens[k].kind == TokenKind::Word && text::startsAsciiCapital(text::surface(text, tokens[k])))))
    ++k;
  if (!is(k, "(")) return {};
  std::uint32_t close = k + 1;
  while (close < s.lastToken && close < k + 5 && tokens[close].kind == TokenKind::Word &&
         text::startsAsciiCapital(text::surface(text, tokens[close])))
    ++close;
  if (close == k + 1 || close > k + 4 || !is(close, ")") || close + 1 >= s.lastToken) return {};
  const Token& after = tokens[close + 1];
  const bool glued = after.start == tokens[close].end && after.kind == TokenKind::Word;
  const std::string_view next = text::surface(text, after);
  const bool dash = next == "-" || next == "--" || next == "\xE2\x80\x94" || next == "\xE2\x80\x93";
  return glued || dash ? text::TokenSpan{k + 1, close} : text::TokenSpan{};
}

// Puts each sentence's dateline source into `mentions` (sorted) as an ORG, replacing
// what the tagger found on those tokens. The sources are disjoint and in text order
// (one per sentence at most), so one merge does it, where erasing and inserting per
// source cost a pass over every mention each: quadratic in a long paste of articles.
void addDatelineSources(std::string_view text, const std::vector<Token>& tokens, const std::vector<Sentence>& sentences,
                        std::vector<Mention>& mentions) {
  std::vector<Mention> sources;
  for (const Sentence& s : sentences) {
    const text::TokenSpan source = datelineSource(text, tokens, s);
    if (source.first != source.last)
      sources.push_back(mentionOver(tokens, source.first, source.last, EntityType::ORG, 1.0f));
  }
  if (sources.empty()) return;
  const auto byStart = [](const Mention& a, const Mention& b) { return a.start < b.start; };
  const auto overlaps = [](const Mention& a, const Mention& b) { return a.start < b.end && b.start < a.end; };
  if (!std::is_sorted(mentions.begin(), mentions.end(), byStart)) {  // not what the tagger gives; kept exact anyway
    for (const Mention& m : sources) {
      mentions.erase(std::remove_if(mentions.begin(), mentions.end(), [&](const Mention& t) { return overlaps(t, m); }),
                     mentions.end());
      mentions.insert(std::lower_bound(mentions.begin(), mentions.end(), m, byStart), m);
    }
    return;
  }
  // Drop what a source overlaps: only the first source ending after t starts can.
  mentions.erase(std::remove_if(mentions.begin(), mentions.end(),
                                [&](const Mention& t) {
                                  const auto near =
                                      std::partition_point(sources.begin(), sources.end(),
                                                           [&](const Mention& m) { return m.end <= t.start; });
                                  return near != sources.end() && overlaps(t, *near);
                                }),
                 mentions.end());
  // Merge the sources in from the back, in place: each goes before the mentions that
  // start where it does or later.
  std::size_t kept = mentions.size(), left = sources.size();
  mentions.resize(kept + left);
  for (std::size_t to = kept + left; left > 0;)
    mentions[--to] =
        kept > 0 && mentions[kept - 1].start >= sources[left - 1].start ? mentions[--kept] : sources[--left];
}

// Calls visit(words, first) for each run of at most kMaxChunkTokens tokens of each
// sentence, `words` their texts, `first` the index of the first: one run's texts
// at a time, never the whole document's (16 bytes a token on a 16 MB paste), in one
// buffer refilled for each run (not a vector allocated per run).
template <typename Visit>
void forEachChunk(std::string_view text, const std::vector<Token>& tokens, const std::vector<Sentence>& sentences,
                  Visit&& visit) {
  std::vector<std::string_view> words;
  for (const Sentence& s : sentences)
    for (std::uint32_t first = s.firstToken; first < s.lastToken; first += kMaxChunkTokens) {
      const std::uint32_t last = std::min(s.lastToken, first + kMaxChunkTokens);
      words.resize(last - first);  // sized once, then written in place: no capacity check per word
      for (std::uint32_t k = first; k < last; ++k) words[k - first] = text::surface(text, tokens[k]);
      visit(static_cast<const std::vector<std::string_view>&>(words), first);
    }
}

// Merges the tagger's mentions (sorted) into the pattern mentions (sorted, disjoint)
// in place: every tagged mention, and each pattern mention that overlaps neither the
// tagged mention after it nor the mention before it, in text order. In place because
// a dense number text has a pattern mention every 2 bytes (32 bytes each): a merged
// copy beside them would double the stage's memory.
void mergeTagged(const std::vector<Mention>& tagged, std::vector<Mention>& patterns) {
  // Which patterns stay: the tagged mentions ending before a pattern come before it.
  std::size_t t = 0, kept = 0;
  std::int64_t backEnd = -1;  // end of the mention placed last; -1 for none yet
  for (const Mention& p : patterns) {
    while (t < tagged.size() && tagged[t].end <= p.start) backEnd = tagged[t++].end;
    const bool overlapsNext = t < tagged.size() && tagged[t].start < p.end;
    if (overlapsNext || backEnd > static_cast<std::int64_t>(p.start)) continue;
    backEnd = p.end;
    patterns[kept++] = p;
  }
  // The kept patterns move to the back; the merge then writes from the front, never
  // past what it still has to read.
  patterns.resize(kept);
  patterns.resize(kept + tagged.size());
  std::move_backward(patterns.begin(), patterns.begin() + static_cast<std::ptrdiff_t>(kept), patterns.end());
  std::size_t w = 0;
  t = 0;
  for (std::size_t r = tagged.size(); r < patterns.size(); ++r) {
    const Mention p = patterns[r];
    while (t < tagged.size() && tagged[t].end <= p.start) patterns[w++] = tagged[t++];
    patterns[w++] = p;
  }
  while (t < tagged.size()) patterns[w++] = tagged[t++];
}

// Types each tagged mention that names a holiday or a historical period DATE
// ("International Women's Day", "Christmas", "the Middle Ages"): OntoNotes and news_gold's
// scheme treat them as dates. A person ("Jason Day") and a title in quotation marks (the
// film "Independence Day") keep their type. After the votes, which would give every
// occurrence back the type the typer learned for holidays (EVENT).
void typeHolidaysAsDates(std::string_view text, const std::vector<Token>& tokens, std::vector<Mention>& mentions) {
  // One set of buffers for every mention: the words as written, their lowercased bytes
  // one after another (with each word's end) and the views of those.
  std::vector<std::string_view> words, lower;
  std::vector<std::size_t> ends;
  std::string lowered;
  for (Mention& m : mentions) {
    if (m.type == EntityType::PERSON) continue;
    if (m.firstToken > 0) {
      const std::string_view before = text::surface(text, tokens[m.firstToken - 1]);
      if (before == "\"" || before == "'" || before == "\xE2\x80\x9C" || before == "\xE2\x80\x98") continue;
    }
    text::surfacesWithin(text, tokens, m.firstToken, m.lastToken, m.start, m.end, words);
    lowered.clear();
    ends.clear();
    for (const std::string_view w : words) {
      text::appendLowercase(lowered, w);
      ends.push_back(lowered.size());
    }
    lower.clear();
    for (std::size_t k = 0, from = 0; k < ends.size(); from = ends[k++])
      lower.push_back(std::string_view(lowered).substr(from, ends[k] - from));
    if (lexicon::isHolidayOrPeriod(lower)) m.type = EntityType::DATE;
  }
}

// True when the one-word NORP mention `m` names a language in use: after "in",
// "into" or a form of "speak", and before punctuation or the end ("in Tamil --", "speaks
// English,", "the pledge in Italian?"): news_gold's scheme, after OntoNotes, leaves
// languages out; "a Tamil author" and "in British and other media" stay NORP.
bool isLanguageInUse(std::string_view text, const std::vector<Token>& tokens, const Mention& m) {
  if (m.type != EntityType::NORP || m.lastToken - m.firstToken != 1 || m.firstToken == 0) return false;
  const std::string_view before = text::surface(text, tokens[m.firstToken - 1]);
  if (!lexicon::inList(before, {"in", "into", "speak", "speaks", "spoke", "speaking", "spoken"})) return false;
  if (m.lastToken == tokens.size()) return true;
  const std::string_view after = text::surface(text, tokens[m.lastToken]);
  return lexicon::inList(after, {",", ".", ";", ":", "?", "!", ")", "--", "\xE2\x80\x94", "\xE2\x80\x93"});
}

// True when tokens [t, t + 3) spell a website's address without its scheme, glued, its
// name capitalised ("Style.com", "CNN.com", "Change.org"): news names an outlet or a
// campaign site so. The tokenizer splits such an address at its period.
bool isWebsiteName(std::string_view text, const std::vector<Token>& tokens, std::uint32_t t) {
  if (t + 3 > tokens.size() || tokens[t].kind != TokenKind::Word || tokens[t].end != tokens[t + 1].start ||
      tokens[t + 1].end != tokens[t + 2].start || text::surface(text, tokens[t + 1]) != ".")
    return false;
  if (t + 3 < tokens.size() && tokens[t + 2].end == tokens[t + 3].start &&
      text::surface(text, tokens[t + 3]) != ".")  // "Style.com/news", "CNN.com's"
    return false;
  const std::string_view name = text::surface(text, tokens[t]);
  return name.size() >= 2 && text::startsAsciiCapital(name) &&
         lexicon::inList(text::surface(text, tokens[t + 2]), {"com", "org", "net", "gov", "edu"});
}

// Adds an ORG mention for each website name (isWebsiteName) no tagged mention touches, or
// only one of its name word:
// news_gold's scheme types news websites ORG ("Style.com"), and the tagger, trained on
// 1996 news, reads none of them. `tagged` stays sorted.
void addWebsiteNames(std::string_view text, const std::vector<Token>& tokens, std::vector<Mention>& tagged) {
  std::vector<Mention> sites;
  std::size_t next = 0;
  for (std::uint32_t t = 0; t < tokens.size(); ++t) {
    if (!isWebsiteName(text, tokens, t)) continue;
    while (next < tagged.size() && tagged[next].end <= tokens[t].start) ++next;
    const Mention site = mentionOver(tokens, t, t + 3, EntityType::ORG, 1.0f);
    if (next < tagged.size() && tagged[next].start < site.end) {
      // The tagger's name of the site's first word alone ("CNN" of "CNN.com") gives way.
      Mention& m = tagged[next];
      if (m.firstToken == t && m.lastToken == t + 1 && m.start == site.start && m.end == tokens[t].end) m = site;
      continue;
    }
    sites.push_back(site);
  }
  if (sites.empty()) return;
  const auto mid = static_cast<std::ptrdiff_t>(tagged.size());
  tagged.insert(tagged.end(), sites.begin(), sites.end());
  std::inplace_merge(tagged.begin(), tagged.begin() + mid, tagged.end(),
                     [](const Mention& a, const Mention& b) { return a.start < b.start; });
}

}  // namespace

bool isKnownPlace(const Model& model, const std::vector<std::string_view>& words) {
  return !model.empty && hasPlaceCategory(phraseCategories(model.knownWords, FeatureHasher(model.hashSeed), words));
}

NEWSLENS_NOINLINE std::vector<Mention> recognize(std::string_view text, const std::vector<Token>& tokens,
                                                 const std::vector<Sentence>& sentences, const Model& model) {
  std::vector<Mention> tagged;
  if (!model.empty) {
    Tagger tagger(model);  // one for the document: its words' weight rows are shared by every sentence
    DocumentWords document;
    std::size_t chunks = 0;
    std::vector<std::uint32_t> ids;  // the tagger's ids of every chunk's words: tagging looks none up again
    forEachChunk(text, tokens, sentences, [&](const std::vector<std::string_view>& words, std::uint32_t) {
      bool capsLine = false;
      const std::vector<const TokenInfo*>& described = tagger.describe(words, capsLine, &ids);
      document.add(described, capsLine);
      ++chunks;
    });
    // A lone sentence has no document around it: it is tagged without that context,
    // as the trainer tags part of its documents.
    const DocumentWords* context = chunks > 1 ? &document : nullptr;
    TypeVotes votes;
    const FeatureHasher hash(model.hashSeed);
    TyperBuffers buffers;
    std::size_t described = 0;
    forEachChunk(text, tokens, sentences, [&](const std::vector<std::string_view>& words, std::uint32_t first) {
      tagChunk(text, words, &ids[described], tokens, first, model, hash, tagger, context, votes, buffers, tagged);
      described += words.size();
    });
    // Every occurrence of a name takes the type its occurrences vote for together.
    std::vector<std::string_view> words;  // one mention's at a time
    for (Mention& m : tagged) {
      text::surfacesWithin(text, tokens, m.firstToken, m.lastToken, m.start, m.end, words);
      if (const auto type = votes.winner(words)) m.type = *type;
    }
    typeAcronyms(text, tokens, tagged);
    dropSentenceInitialWords(text, tokens, sentences, model, tagged);
    restoreSentenceInitialWords(text, tokens, sentences, tagged);
    joinNameParticles(text, tokens, tagged);
    typeHolidaysAsDates(text, tokens, tagged);
  }
  addDatelineSources(text, tokens, sentences, tagged);
  addWebsiteNames(text, tokens, tagged);
  std::vector<Mention> out = matchPatterns(text, tokens, sentences);
  mergeTagged(tagged, out);
  // A nationality word the patterns or the tagger found, used as a language.
  out.erase(std::remove_if(out.begin(), out.end(), [&](const Mention& m) { return isLanguageInUse(text, tokens, m); }),
            out.end());
  releaseSpare(out);
  return out;
}

}  // namespace newslens::ner
