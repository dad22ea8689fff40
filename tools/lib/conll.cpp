#include "lib/conll.h"

#include <cstdio>
#include <fstream>
#include <sstream>

namespace newslens::tools {

std::vector<ConllSentence> readConll(std::istream& in, int labelFromEnd) {
  std::vector<ConllSentence> out;
  ConllSentence current;
  std::string line;
  int document = 0;
  bool started = false;  // a sentence was read since the last -DOCSTART-
  auto flush = [&] {
    if (!current.words.empty()) {
      current.document = document;
      started = true;
      out.push_back(std::move(current));
    }
    current = ConllSentence{};
  };
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::istringstream fields(line);
    std::vector<std::string> columns;
    for (std::string field; fields >> field;) columns.push_back(field);
    if (columns.empty()) {
      flush();
      continue;
    }
    if (columns[0] == "-DOCSTART-") {
      flush();
      if (started) ++document, started = false;
      continue;
    }
    current.words.push_back(columns.front());
    const int label = static_cast<int>(columns.size()) - 1 - labelFromEnd;
    current.labels.push_back(label >= 1 ? columns[label] : "O");
  }
  flush();
  return out;
}

bool readConllFile(const std::string& path, std::vector<ConllSentence>& out, int labelFromEnd) {
  std::ifstream in(path);
  if (!in) return false;
  out = readConll(in, labelFromEnd);
  return true;
}

std::vector<Span> spansFromIob(const std::vector<std::string>& labels) {
  std::vector<Span> spans;
  bool open = false;
  for (int i = 0; i < static_cast<int>(labels.size()); ++i) {
    const std::string& label = labels[i];
    const auto type = label.size() > 2 && label[1] == '-' ? ner::conllTypeFromName(label.substr(2)) : std::nullopt;
    if (!type) {
      open = false;
      continue;
    }
    const bool continues = label[0] == 'I' && open && spans.back().type == *type && spans.back().end == i;
    if (continues) {
      spans.back().end = i + 1;
    } else {
      spans.push_back(Span{i, i + 1, *type});
      open = true;
    }
  }
  return spans;
}

std::vector<Span> spansFromTags(const std::vector<ner::Tag>& tags) {
  std::vector<Span> spans;
  for (const ner::TagSpan& s : ner::decodeSpans(tags))
    spans.push_back(Span{static_cast<int>(s.start), static_cast<int>(s.end), s.type});
  return spans;
}

std::vector<ner::Tag> tagsFromSpans(const std::vector<Span>& spans, int length) {
  std::vector<ner::Tag> tags(length, ner::kOutside);
  for (const Span& s : spans) {
    if (s.end - s.start == 1) {
      tags[s.start] = ner::makeTag(s.type, ner::Position::U);
      continue;
    }
    tags[s.start] = ner::makeTag(s.type, ner::Position::B);
    for (int i = s.start + 1; i < s.end - 1; ++i) tags[i] = ner::makeTag(s.type, ner::Position::I);
    tags[s.end - 1] = ner::makeTag(s.type, ner::Position::L);
  }
  return tags;
}

double Counts::precision() const {
  return truePositives + falsePositives ? double(truePositives) / double(truePositives + falsePositives) : 0.0;
}
double Counts::recall() const {
  return truePositives + falseNegatives ? double(truePositives) / double(truePositives + falseNegatives) : 0.0;
}
double Counts::f1() const {
  const double p = precision(), r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

void Scores::add(const std::vector<Span>& gold, const std::vector<Span>& predicted) {
  for (const Span& p : predicted) {
    bool hit = false;
    for (const Span& g : gold) hit = hit || g == p;
    Counts& c = byType[static_cast<int>(p.type)];
    (hit ? c.truePositives : c.falsePositives)++;
    (hit ? overall.truePositives : overall.falsePositives)++;
  }
  for (const Span& g : gold) {
    bool hit = false;
    for (const Span& p : predicted) hit = hit || g == p;
    if (!hit) byType[static_cast<int>(g.type)].falseNegatives++, overall.falseNegatives++;
  }
}

std::string formatCounts(const char* name, const Counts& c, int nameWidth) {
  char line[200];
  std::snprintf(line, sizeof line, "%-*s precision %6.2f%%  recall %6.2f%%  F1 %6.2f  (gold %ld, predicted %ld)\n",
                nameWidth, name, 100 * c.precision(), 100 * c.recall(), 100 * c.f1(),
                c.truePositives + c.falseNegatives, c.truePositives + c.falsePositives);
  return line;
}

std::string formatScores(const Scores& scores) {
  std::string out;
  for (int t = 0; t < ner::kConllTypeCount; ++t)
    out += formatCounts(ner::conllTypeName(static_cast<ner::ConllType>(t)), scores.byType[t]);
  out += formatCounts("overall", scores.overall);
  return out;
}

}  // namespace newslens::tools
