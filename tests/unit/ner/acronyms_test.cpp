#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "newslens/ner/acronyms.h"
#include "newslens/text/tokenizer.h"

using namespace newslens;
using namespace newslens::ner;

namespace {

// One mention per [first, last) token range of `text`'s tokens, typed as given.
struct Typed {
  std::uint32_t first, last;
  EntityType type;
};

std::vector<EntityType> retyped(std::string_view text, const std::vector<Typed>& spans) {
  const std::vector<Token> tokens = text::tokenize(text);
  std::vector<Mention> mentions;
  for (const Typed& s : spans) {
    Mention m;
    m.firstToken = s.first;
    m.lastToken = s.last;
    m.start = tokens[s.first].start;
    m.end = tokens[s.last - 1].end;
    m.type = s.type;
    mentions.push_back(m);
  }
  typeAcronyms(text, tokens, mentions);
  std::vector<EntityType> out;
  for (const Mention& m : mentions) out.push_back(m.type);
  return out;
}

}  // namespace

TEST_CASE("the initials of a name leave its small words out") {
  CHECK(initialsOf({"Department", "of", "Homeland", "Security"}) == "DHS");
  CHECK(initialsOf({"Veterans", "Affairs"}) == "VA");
  CHECK(initialsOf({"Roudebush", "medical", "center"}).empty());
}

TEST_CASE("an acronym takes the type of the name it abbreviates in the article") {
  // "VA" read as Virginia takes the department's type; so does it spelled with the
  // institution word first ("Department of Veterans Affairs").
  const std::string_view text = "Veterans at VA hospitals waited as the Veterans Affairs Department said .";
  CHECK(retyped(text, {{2, 3, EntityType::GPE}, {7, 10, EntityType::ORG}}) ==
        std::vector<EntityType>{EntityType::ORG, EntityType::ORG});
  const std::string_view of = "The VA said so , the Department of Veterans Affairs said .";
  CHECK(retyped(of, {{1, 2, EntityType::GPE}, {6, 10, EntityType::ORG}}) ==
        std::vector<EntityType>{EntityType::ORG, EntityType::ORG});
  // An acronym read as an organization keeps it; a person's initials decide nothing;
  // nor do two names of different types with the same initials.
  const std::string_view nld = "The NLD won , the National League for Democracy said .";
  CHECK(retyped(nld, {{1, 2, EntityType::ORG}, {5, 9, EntityType::EVENT}})[0] == EntityType::ORG);
  const std::string_view sae = "He was proud to be SAE , Sigma Alpha Epsilon .";
  CHECK(retyped(sae, {{5, 6, EntityType::GPE}, {7, 10, EntityType::PERSON}})[0] == EntityType::GPE);
  const std::string_view two = "MA , Middle Atlantic and Morgan Associates .";
  CHECK(retyped(two, {{0, 1, EntityType::GPE}, {2, 4, EntityType::LOC}, {5, 7, EntityType::ORG}})[0] ==
        EntityType::GPE);
}
