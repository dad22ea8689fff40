#include "lib/gazetteers.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <optional>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unordered_map>

#include "newslens/text/tokenizer.h"
#include "newslens/text/utf8.h"

namespace newslens::tools {
namespace {

using ner::Gazetteer;
using Json = nlohmann::json;

// A list file and where its names sit: a top-level array `key`, whose items are
// strings or objects holding the name under `field` (and optionally a second name).
struct ListSource {
  const char* file;
  const char* key;
  const char* field;  // "" for string items
  Gazetteer category;
  const char* field2 = "";  // a second name per item, e.g. a city's state
  Gazetteer category2 = Gazetteer::Region;
};

const ListSource kSources[] = {
    {"dariusk-corpora/humans/firstNames.json", "firstNames", "", Gazetteer::FirstName},
    {"dariusk-corpora/humans/lastNames.json", "lastNames", "", Gazetteer::LastName},
    {"dariusk-corpora/humans/celebrities.json", "celebrities", "", Gazetteer::FullName},
    {"dariusk-corpora/humans/britishActors.json", "britishActors", "", Gazetteer::FullName},
    {"dariusk-corpora/humans/scientists.json", "scientists", "", Gazetteer::FullName},
    {"dariusk-corpora/humans/authors.json", "authors", "", Gazetteer::FullName},
    {"dariusk-corpora/humans/richpeople.json", "richPeople", "name", Gazetteer::FullName},
    {"dariusk-corpora/humans/englishHonorifics.json", "englishHonorifics", "", Gazetteer::Title},
    {"dariusk-corpora/humans/prefixes.json", "prefixes", "", Gazetteer::Title},
    {"dariusk-corpora/geography/countries.json", "countries", "", Gazetteer::Country},
    {"dariusk-corpora/geography/countries_with_capitals.json", "countries", "name", Gazetteer::Country, "capital",
     Gazetteer::City},
    {"dariusk-corpora/geography/nationalities.json", "nationalities", "", Gazetteer::Nationality},
    {"dariusk-corpora/geography/us_cities.json", "cities", "city", Gazetteer::City, "state", Gazetteer::Region},
    {"dariusk-corpora/geography/us_state_capitals.json", "capitals", "capital", Gazetteer::City, "state",
     Gazetteer::Region},
    {"dariusk-corpora/geography/english_towns_cities.json", "towns", "", Gazetteer::City},
    {"dariusk-corpora/geography/english_towns_cities.json", "cities", "", Gazetteer::City},
    {"dariusk-corpora/geography/canadian_municipalities.json", "municipalities", "name", Gazetteer::City, "province",
     Gazetteer::Region},
    {"dariusk-corpora/geography/canada_provinces_and_territories.json", "provinces", "", Gazetteer::Region},
    {"dariusk-corpora/geography/canada_provinces_and_territories.json", "territories", "", Gazetteer::Region},
    {"dariusk-corpora/geography/rivers.json", "rivers", "name", Gazetteer::Water},
    {"dariusk-corpora/geography/oceans.json", "oceans", "name", Gazetteer::Water},
    {"dariusk-corpora/geography/oceans.json", "seas", "name", Gazetteer::Water},
    {"dariusk-corpora/corporations/fortune500.json", "companies", "", Gazetteer::Organization},
    {"dariusk-corpora/corporations/nasdaq.json", "corporations", "name", Gazetteer::Organization},
    {"dariusk-corpora/corporations/djia.json", "corporations", "name", Gazetteer::Organization},
    {"dariusk-corpora/corporations/newspapers.json", "newspapers", "", Gazetteer::Organization},
    {"dariusk-corpora/corporations/charities.json", "charities", "", Gazetteer::Organization},
    {"dariusk-corpora/governments/us_federal_agencies.json", "agencies", "", Gazetteer::Organization},
    {"dariusk-corpora/governments/uk_political_parties.json", "parties", "", Gazetteer::Organization},
};

// Lowercased tokens of `name` joined by single spaces, as features.cpp looks them up.
std::string phraseKey(std::string_view name, std::size_t& tokenCount) {
  std::string joined;
  tokenCount = 0;
  for (const Token& t : text::tokenize(name)) {
    if (!joined.empty()) joined += ' ';
    joined += text::lowercase(ner::normalizeToken(name.substr(t.start, t.end - t.start)));
    ++tokenCount;
  }
  return joined;
}

class PhraseCollector {
 public:
  void add(std::string_view name, Gazetteer category) {
    std::size_t tokens = 0;
    const std::string key = phraseKey(name, tokens);
    if (tokens == 0 || tokens > 8) return;
    bits_[key] |= static_cast<std::uint16_t>(1u << static_cast<int>(category));
    maxTokens_ = std::max(maxTokens_, tokens);
  }
  // Replaces `knownWords`' phrase table with these phrases, or with its own and these
  // together (`merge`); with `merge` only phrases of at most its longest length are added.
  void store(const ner::FeatureHasher& hash, ner::KnownWords& knownWords, bool merge = false) const {
    std::map<std::uint32_t, std::uint16_t> byKey;  // sorted: the blob compresses a little better
    if (merge)
      for (std::size_t k = 0; k < knownWords.phraseKeys.size(); ++k)
        byKey[knownWords.phraseKeys[k]] |= knownWords.phraseBits[k];
    for (const auto& [phrase, bits] : bits_) {
      const std::size_t tokens = static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1;
      if (!merge || tokens <= knownWords.maxPhraseTokens) byKey[ner::hashPhrase(hash, phrase)] |= bits;
    }
    const std::uint32_t longest = merge ? knownWords.maxPhraseTokens : static_cast<std::uint32_t>(maxTokens_);
    knownWords.phraseKeys.clear();
    knownWords.phraseBits.clear();
    for (const auto& [key, bits] : byKey) {
      knownWords.phraseKeys.push_back(key);
      knownWords.phraseBits.push_back(bits);
    }
    knownWords.maxPhraseTokens = longest;
    if (merge) knownWords.index();
  }
  std::size_t size() const { return bits_.size(); }

 private:
  std::unordered_map<std::string, std::uint16_t> bits_;
  std::size_t maxTokens_ = 0;
};

// Census files: "NAME  freq cumfreq rank" lines, most frequent first, upper case.
bool readCensus(const std::string& path, std::size_t limit, Gazetteer category, PhraseCollector& out) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  for (std::size_t n = 0; n < limit && std::getline(in, line); ++n) {
    std::istringstream fields(line);
    std::string name;
    if (fields >> name) out.add(name, category);
  }
  return true;
}

// NLP4J's types onto ours: albums, songs, films, TV shows and books are all works; the
// demonyms join the nationality list; occupations, currencies, "other" and the
// abbreviated place names are left out.
std::optional<Gazetteer> wikiCategory(std::string_view type) {
  if (type == "place") return Gazetteer::WikiPlace;
  if (type == "person" || type == "person_name_part") return Gazetteer::WikiPerson;
  if (type == "organization") return Gazetteer::WikiOrganization;
  if (type == "music_work" || type == "film_tv" || type == "written_work") return Gazetteer::WikiWork;
  if (type == "product") return Gazetteer::WikiProduct;
  if (type == "event") return Gazetteer::WikiEvent;
  if (type == "demonym") return Gazetteer::Nationality;
  return std::nullopt;
}

// Reads nlp4j/entities.tsv ("phrase<TAB>type,type"; lowercased, digits as 0). Phrases
// with a digit are skipped: the list wrote every digit as 0, which text never matches.
bool readNlp4j(const std::string& path, const std::string& wanted, PhraseCollector& out) {
  std::ifstream in(path);
  if (!in) return false;
  const std::string list = "," + wanted + ",";
  std::string line;
  while (std::getline(in, line)) {
    const std::size_t tab = line.find('\t');
    if (line.empty() || line[0] == '#' || tab == std::string::npos) continue;
    const std::string phrase = line.substr(0, tab);
    if (phrase.find('0') != std::string::npos) continue;
    std::istringstream types(line.substr(tab + 1));
    for (std::string type; std::getline(types, type, ',');) {
      const std::optional<Gazetteer> category = wikiCategory(type);
      const std::string group = type == "music_work" || type == "film_tv" || type == "written_work" ? "work"
                                : type == "person_name_part"                                        ? "person"
                                                                                                    : type;
      if (category && (wanted == "all" || list.find("," + group + ",") != std::string::npos))
        out.add(phrase, *category);
    }
  }
  return true;
}

}  // namespace

GazetteerReport buildGazetteer(const std::string& dir, const ner::FeatureHasher& hash, std::size_t lastNames,
                               std::size_t firstNames, const std::string& wikiTypes, ner::KnownWords& knownWords) {
  GazetteerReport report;
  PhraseCollector phrases;
  for (const ListSource& source : kSources) {
    std::ifstream in(dir + "/" + source.file);
    const Json doc = in ? Json::parse(in, nullptr, false) : Json();
    if (!doc.is_object() || !doc.contains(source.key) || !doc[source.key].is_array()) {
      report.missing.push_back(std::string(source.file) + ":" + source.key);
      continue;
    }
    for (const Json& item : doc[source.key]) {
      if (item.is_string()) phrases.add(item.get<std::string>(), source.category);
      if (!item.is_object()) continue;
      if (item.contains(source.field) && item[source.field].is_string())
        phrases.add(item[source.field].get<std::string>(), source.category);
      if (*source.field2 && item.contains(source.field2) && item[source.field2].is_string())
        phrases.add(item[source.field2].get<std::string>(), source.category2);
    }
  }
  // US presidents: first and last names of each person.
  {
    std::ifstream in(dir + "/dariusk-corpora/humans/us_presidents.json");
    const Json doc = in ? Json::parse(in, nullptr, false) : Json();
    if (doc.is_object() && doc.contains("objects") && doc["objects"].is_array()) {
      for (const Json& role : doc["objects"]) {
        if (!role.is_object() || !role.contains("person") || !role["person"].is_object()) continue;
        const Json& person = role["person"];
        if (person.value("firstname", Json()).is_string() && person.value("lastname", Json()).is_string())
          phrases.add(person["firstname"].get<std::string>() + " " + person["lastname"].get<std::string>(),
                      Gazetteer::FullName);
      }
    } else {
      report.missing.push_back("dariusk-corpora/humans/us_presidents.json");
    }
  }
  const std::string census = dir + "/census1990-names/";
  if (!readCensus(census + "dist.male.first", firstNames, Gazetteer::FirstName, phrases))
    report.missing.push_back("census1990-names/dist.male.first");
  if (!readCensus(census + "dist.female.first", firstNames, Gazetteer::FirstName, phrases))
    report.missing.push_back("census1990-names/dist.female.first");
  if (!readCensus(census + "dist.all.last", lastNames, Gazetteer::LastName, phrases))
    report.missing.push_back("census1990-names/dist.all.last");
  if (!wikiTypes.empty() && !readNlp4j(dir + "/nlp4j/entities.tsv", wikiTypes, phrases))
    report.missing.push_back("nlp4j/entities.tsv");
  phrases.store(hash, knownWords);
  report.phrases = phrases.size();
  return report;
}

long addNlp4jPhrases(const std::string& dir, const ner::FeatureHasher& hash, const std::string& wikiTypes,
                     ner::KnownWords& knownWords) {
  PhraseCollector phrases;
  if (!readNlp4j(dir + "/nlp4j/entities.tsv", wikiTypes, phrases)) return -1;
  phrases.store(hash, knownWords, true);
  return static_cast<long>(phrases.size());
}

void buildCasingProfile(const std::vector<ConllSentence>& sentences, const ner::FeatureHasher& hash, int minCount,
                        ner::KnownWords& knownWords) {
  struct Tally {
    int lower = 0, capitalized = 0, allCaps = 0;
  };
  std::unordered_map<std::string, Tally> tallies;
  std::vector<std::string> norms;
  for (const ConllSentence& s : sentences) {
    norms.clear();
    for (const std::string& w : s.words) norms.push_back(ner::normalizeToken(w));
    if (ner::isCapsLine(norms)) continue;
    for (std::size_t i = 1; i < norms.size(); ++i) {
      const std::string& w = norms[i];
      if (norms[i - 1] == "\"" || norms[i - 1] == ":") continue;  // often a quoted sentence start
      bool upper = false, lower = false, firstUpper = false;
      for (std::size_t k = 0; k < w.size(); ++k) {
        const unsigned char ch = w[k];
        if (ch >= 'a' && ch <= 'z') lower = true;
        if (ch >= 'A' && ch <= 'Z') upper = true, firstUpper = firstUpper || !lower;
      }
      if (!upper && !lower) continue;
      Tally& t = tallies[text::lowercase(w)];
      if (!lower && w.size() > 1)
        ++t.allCaps;
      else if (firstUpper)
        ++t.capitalized;
      else
        ++t.lower;
    }
  }
  std::map<std::uint32_t, std::uint8_t> byKey;
  for (const auto& [word, t] : tallies) {
    const int total = t.lower + t.capitalized + t.allCaps;
    if (total < minCount) continue;
    ner::Casing casing = ner::Casing::Mixed;
    if (t.lower * 10 >= total * 9)
      casing = ner::Casing::Lower;
    else if (t.allCaps * 10 >= total * 6)
      casing = ner::Casing::AllCaps;
    else if ((t.capitalized + t.allCaps) * 10 >= total * 9)
      casing = ner::Casing::Capitalized;
    byKey[ner::hashWord(hash, word)] = static_cast<std::uint8_t>(casing);
  }
  knownWords.wordKeys.clear();
  knownWords.wordCasing.clear();
  for (const auto& [key, casing] : byKey) {
    knownWords.wordKeys.push_back(key);
    knownWords.wordCasing.push_back(casing);
  }
}

long readClusters(const std::string& path, const ner::FeatureHasher& hash, std::size_t maxWords, int levels,
                  int keyBits, ner::KnownWords& knownWords) {
  std::ifstream in(path);
  if (!in) return -1;
  std::vector<std::pair<std::string, std::vector<std::uint32_t>>> rows;
  std::uint32_t maxId = 0;
  std::string line;
  while (rows.size() < maxWords && std::getline(in, line)) {
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos || tab == 0) return -1;
    std::istringstream ids(line.substr(tab + 1));
    std::vector<std::uint32_t> path;
    for (std::uint32_t id; (levels == 0 || static_cast<int>(path.size()) < levels) && ids >> id;) path.push_back(id);
    if (path.empty() || (!rows.empty() && path.size() != rows.front().second.size())) return -1;
    for (std::uint32_t id : path) maxId = std::max(maxId, id);
    rows.emplace_back(line.substr(0, tab), std::move(path));
  }
  if (rows.empty()) return -1;
  int bits = 1;
  while ((1u << bits) <= maxId) ++bits;
  const int depth = static_cast<int>(rows.front().second.size());
  if (depth * bits > 16 || keyBits < 16 || keyBits > 32) return -1;
  std::map<std::uint32_t, std::uint16_t> byKey;  // the first (most frequent) spelling of a key wins
  for (const auto& [word, path] : rows) {
    std::uint32_t code = 0;
    for (std::uint32_t id : path) code = code << bits | id;
    byKey.emplace(ner::clusterKey(hash, text::lowercase(ner::normalizeToken(word)), keyBits),
                  static_cast<std::uint16_t>(code));
  }
  knownWords.clusterKeys.clear();
  knownWords.clusterPaths.clear();
  for (const auto& [key, code] : byKey) {
    knownWords.clusterKeys.push_back(key);
    knownWords.clusterPaths.push_back(code);
  }
  knownWords.clusterLevels = static_cast<std::uint8_t>(depth);
  knownWords.clusterBits = static_cast<std::uint8_t>(bits);
  knownWords.clusterKeyBits = static_cast<std::uint8_t>(keyBits);
  return static_cast<long>(byKey.size());
}

}  // namespace newslens::tools
