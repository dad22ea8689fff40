#pragma once
// CoNLL-2003 files: reading the four-column format, converting between IOB
// tags, BILOU tags and spans, and scoring with the CoNLL convention (a predicted
// entity counts only when its span and type both match a gold one exactly;
// micro-averaged precision, recall and F1, as conlleval prints them).

#include <array>
#include <istream>
#include <string>
#include <vector>

#include "newslens/ner/tags.h"

namespace newslens::tools {

struct ConllSentence {
  std::vector<std::string> words;
  std::vector<std::string> labels;  // the last column as written (IOB1 or BIO)
  float weight = 1.0f;              // how much a training mistake on it counts (other corpora < 1)
  int document = -1;                // which -DOCSTART- document it is in (-1: none, e.g. other corpora)
};

// Reads sentences from `in`, skipping blank-line runs; -DOCSTART- lines number the
// documents (ConllSentence::document, from 0; sentences before the first are in 0).
// Labels come from the column `labelFromEnd` places before the last (0 = the last).
std::vector<ConllSentence> readConll(std::istream& in, int labelFromEnd = 0);
// Same, from a file; returns false if it cannot be opened.
bool readConllFile(const std::string& path, std::vector<ConllSentence>& out, int labelFromEnd = 0);

struct Span {
  int start = 0;  // token range [start, end)
  int end = 0;
  ner::ConllType type = ner::ConllType::PER;
  bool operator==(const Span& o) const { return start == o.start && end == o.end && type == o.type; }
};

// Spans of an IOB1 or BIO label sequence ("B-X" always opens; "I-X" opens unless it continues X).
std::vector<Span> spansFromIob(const std::vector<std::string>& labels);
std::vector<Span> spansFromTags(const std::vector<ner::Tag>& tags);
std::vector<ner::Tag> tagsFromSpans(const std::vector<Span>& spans, int length);

struct Counts {
  long truePositives = 0, falsePositives = 0, falseNegatives = 0;
  double precision() const;
  double recall() const;
  double f1() const;
};

struct Scores {
  std::array<Counts, ner::kConllTypeCount> byType;
  Counts overall;
  // Adds one sentence's comparison.
  void add(const std::vector<Span>& gold, const std::vector<Span>& predicted);
};

// One table line: "NAME precision P%  recall R%  F1 F  (gold G, predicted N)", the name
// padded to `nameWidth`.
std::string formatCounts(const char* name, const Counts& c, int nameWidth = 8);

// conlleval-style table: one line per type and the micro-averaged overall line.
std::string formatScores(const Scores& scores);

}  // namespace newslens::tools
