// newslens-rouge: ROUGE-1/2/Lsum F (rouge-score conventions, see lib/rouge.h).
//   newslens-rouge REFERENCE.txt CANDIDATE.txt   one summary each, one sentence a line
//   newslens-rouge --pairs FILE.jsonl            {"reference": [sentences], "candidate": [sentences]}
//                                                 a line; prints the mean over lines
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "lib/rouge.h"

using namespace newslens::tools;

namespace {

int usage() {
  std::fprintf(stderr,
               "usage: newslens-rouge REFERENCE.txt CANDIDATE.txt\n"
               "       newslens-rouge --pairs FILE.jsonl   (lines {\"reference\": [..], \"candidate\": [..]})\n");
  return 2;
}

bool readFile(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

void print(const RougeScores& s, std::size_t documents) {
  std::printf("documents  %zu\n", documents);
  std::printf("           %9s %9s %9s\n", "P", "R", "F");
  const auto row = [](const char* name, const RougeScore& r) {
    std::printf("%-10s %9.2f %9.2f %9.2f\n", name, 100 * r.precision, 100 * r.recall, 100 * r.f);
  };
  row("ROUGE-1", s.rouge1);
  row("ROUGE-2", s.rouge2);
  row("ROUGE-Lsum", s.rougeLsum);
}

std::string joinLines(const nlohmann::json& sentences) {
  std::string out;
  for (const auto& s : sentences) {
    if (!s.is_string()) return {};
    out += (out.empty() ? "" : "\n") + s.get<std::string>();
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) return usage();
  const std::string first = argv[1];
  if (first == "--pairs") {
    std::ifstream in(argv[2]);
    if (!in) {
      std::fprintf(stderr, "newslens-rouge: cannot open %s\n", argv[2]);
      return 1;
    }
    RougeMean mean;
    std::string line;
    std::size_t lineNumber = 0;
    while (std::getline(in, line)) {
      ++lineNumber;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      const auto j = nlohmann::json::parse(line, nullptr, false);
      if (!j.is_object() || !j.contains("reference") || !j["reference"].is_array() || !j.contains("candidate") ||
          !j["candidate"].is_array()) {
        std::fprintf(stderr, "newslens-rouge: %s:%zu: expected {\"reference\": [..], \"candidate\": [..]}\n", argv[2],
                     lineNumber);
        return 1;
      }
      mean.add(scoreSummary(joinLines(j["reference"]), joinLines(j["candidate"])));
    }
    print(mean.mean(), mean.count());
    return 0;
  }
  std::string reference, candidate;
  if (!readFile(argv[1], reference) || !readFile(argv[2], candidate)) {
    std::fprintf(stderr, "newslens-rouge: cannot read %s\n", readFile(argv[1], reference) ? argv[2] : argv[1]);
    return 1;
  }
  print(scoreSummary(reference, candidate), 1);
  return 0;
}
