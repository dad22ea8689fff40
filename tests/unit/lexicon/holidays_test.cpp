#include <doctest/doctest.h>

#include <string_view>
#include <vector>

#include "newslens/lexicon/lexicon.h"

using newslens::lexicon::isHolidayOrPeriod;
using V = std::vector<std::string_view>;

TEST_CASE("holidays and named periods: by name, by a possessive or 'World'/'International' before 'Day'") {
  CHECK(isHolidayOrPeriod(V{"christmas"}));
  CHECK(isHolidayOrPeriod(V{"middle", "ages"}));
  CHECK(isHolidayOrPeriod(V{"international", "women", "'s", "day"}));
  CHECK(isHolidayOrPeriod(V{"mother", "\xE2\x80\x99s", "day"}));
  CHECK(isHolidayOrPeriod(V{"new", "year", "'s", "eve"}));
  CHECK(isHolidayOrPeriod(V{"christmas", "eve"}));
  CHECK(isHolidayOrPeriod(V{"world", "book", "day"}));
  CHECK(isHolidayOrPeriod(V{"labor", "day"}));
  // A band, a person, a TV show and a plain day are none.
  CHECK(!isHolidayOrPeriod(V{"green", "day"}));
  CHECK(!isHolidayOrPeriod(V{"doris", "day"}));
  CHECK(!isHolidayOrPeriod(V{"new", "day"}));
  CHECK(!isHolidayOrPeriod(V{"day"}));
  CHECK(!isHolidayOrPeriod(V{}));
}
