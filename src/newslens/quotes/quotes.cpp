#include "newslens/quotes/quotes.h"

namespace newslens::quotes {

std::vector<Quote> findQuotes(std::string_view, const Analysis&) { return {}; }

}  // namespace newslens::quotes
