#include "lib/corpora.h"

namespace newslens::tools {
namespace {

bool oneOf(std::string_view type, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names)
    if (type == n) return true;
  return false;
}

bool readMapped(const std::string& path, float weight, std::optional<ner::ConllType> (*map)(std::string_view),
                std::vector<ConllSentence>& out) {
  std::vector<ConllSentence> sentences;
  if (!readConllFile(path, sentences)) return false;
  mapLabels(sentences, map);
  for (ConllSentence& s : sentences) {
    s.weight = weight;
    s.document = -1;  // loose sentences: no document context
    out.push_back(std::move(s));
  }
  return true;
}

}  // namespace

std::optional<ner::ConllType> crossnerType(std::string_view type) {
  using ner::ConllType;
  if (oneOf(type, {"person", "politician", "writer", "scientist", "researcher", "musicalartist"}))
    return ConllType::PER;
  if (oneOf(type, {"organisation", "politicalparty", "band", "university", "magazine", "academicjournal"}))
    return ConllType::ORG;
  if (oneOf(type, {"location", "country", "astronomicalobject"})) return ConllType::LOC;
  if (oneOf(type, {"misc", "event", "election", "award", "book", "album", "song", "poem", "product", "conference"}))
    return ConllType::MISC;
  return std::nullopt;
}

std::optional<ner::ConllType> wnutType(std::string_view type) {
  using ner::ConllType;
  if (type == "person") return ConllType::PER;
  if (type == "location") return ConllType::LOC;
  if (type == "corporation" || type == "group") return ConllType::ORG;
  if (type == "creative-work" || type == "product") return ConllType::MISC;
  return std::nullopt;
}

void mapLabels(std::vector<ConllSentence>& sentences, std::optional<ner::ConllType> (*map)(std::string_view)) {
  for (ConllSentence& s : sentences)
    for (std::string& label : s.labels) {
      const bool tagged = label.size() > 2 && (label[0] == 'B' || label[0] == 'I') && label[1] == '-';
      const std::optional<ner::ConllType> type = tagged ? map(std::string_view(label).substr(2)) : std::nullopt;
      label = type ? std::string(1, label[0]) + "-" + ner::conllTypeName(*type) : "O";
    }
}

bool readCrossner(const std::string& dir, float weight, std::vector<ConllSentence>& out) {
  bool ok = true;
  for (const char* domain : {"politics", "music", "literature", "science", "ai"})
    ok = readMapped(dir + "/" + domain + "_train.txt", weight, crossnerType, out) && ok;
  return ok;
}

bool readWnut(const std::string& path, float weight, std::vector<ConllSentence>& out) {
  return readMapped(path, weight, wnutType, out);
}

}  // namespace newslens::tools
