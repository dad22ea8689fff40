#include "newslens/ner/word_classes.h"

#include <algorithm>
#include <initializer_list>
#include <utility>
#include <vector>

#include "newslens/lexicon/table.h"

namespace newslens::ner::wordclass {
namespace {

struct Group {
  Classes classes;
  std::initializer_list<std::string_view> words;
};

// One table of (word, classes), built once from the groups below, with a hash index
// (at most half full), so a lookup is one hash and usually one compare whatever the
// number of lists.
struct Table {
  std::vector<std::pair<std::string_view, Classes>> words;  // sorted, each word once
  std::vector<std::uint32_t> slots;                         // row + 1; 0 = empty
  lexicon::FirstByteLengths lengths;                        // of the words
};

template <std::size_t N>
Table buildTable(const Group (&groups)[N]) {
  std::vector<std::pair<std::string_view, Classes>> all;
  for (const Group& group : groups)
    for (std::string_view word : group.words) all.emplace_back(word, group.classes);
  std::sort(all.begin(), all.end());
  Table table;
  for (const auto& entry : all) {
    if (!table.words.empty() && table.words.back().first == entry.first)
      table.words.back().second |= entry.second;
    else
      table.words.push_back(entry);
  }
  std::size_t size = 16;
  while (size < 2 * table.words.size()) size <<= 1;
  table.slots.assign(size, 0);
  for (std::uint32_t row = 0; row < table.words.size(); ++row) {
    std::size_t slot = lexicon::wordHash(table.words[row].first) & (size - 1);
    while (table.slots[slot] != 0) slot = (slot + 1) & (size - 1);
    table.slots[slot] = row + 1;
    table.lengths.add(table.words[row].first);
  }
  return table;
}

// The word lists, one group per class (a word may stand in several groups).
const Group kGroups[] = {
    {kNumberWord,
     {"zero",   "one",    "two",    "three",    "four",     "five",    "six",     "seven",     "eight",    "nine",
      "ten",    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
      "twenty", "thirty", "forty",  "fifty",    "sixty",    "seventy", "eighty",  "ninety"}},
    {kMultiplier,
     {"hundred", "thousand", "million", "billion", "trillion", "dozen", "crore", "lakh", "bn", "mn", "tn", "trn"}},
    {kOrdinalWord,
     {"first",       "second",     "third",      "fourth",    "fifth",      "sixth",      "seventh",   "eighth",
      "ninth",       "tenth",      "eleventh",   "twelfth",   "thirteenth", "fourteenth", "fifteenth", "sixteenth",
      "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth",  "fortieth",   "fiftieth",  "sixtieth",
      "seventieth",  "eightieth",  "ninetieth",  "hundredth", "thousandth", "millionth"}},
    {kWeekday,
     {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays", "wednesdays",
      "thursdays", "fridays", "saturdays", "sundays"}},
    {kMonth, {"january", "february", "march",    "april", "may",  "june", "july", "august", "september",
              "october", "november", "december", "jan.",  "feb.", "mar.", "apr.", "jun.",   "jul.",
              "aug.",    "sep.",     "sept.",    "oct.",  "nov.", "dec.", "jan",  "feb",    "mar",
              "apr",     "jun",      "jul",      "aug",   "sep",  "sept", "oct",  "nov",    "dec"}},
    // "May" is a modal verb, "March" a verb, "June" and "August" names: these and
    // the bare abbreviations count only with a day, a year or a preposition.
    {kAmbiguousMonth,
     {"may", "march", "june", "august", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec", "mar."}},
    {kDateUnit,
     {"day", "days", "week", "weeks", "weekend", "weekends", "fortnight", "fortnights", "month", "months", "year",
      "years", "decade", "decades", "century", "centuries", "millennium", "millennia"}},
    {kTimeUnit, {"hour", "hours", "minute", "minutes", "second", "seconds", "hrs", "mins"}},
    {kQuantityUnit,
     {"km",        "kms",      "kilometre",  "kilometres",  "kilometer",  "kilometers",  "mile",       "miles",
      "metre",     "metres",   "meter",      "meters",      "centimetre", "centimetres", "centimeter", "centimeters",
      "cm",        "mm",       "millimetre", "millimetres", "millimeter", "millimeters", "kg",         "kgs",
      "kilo",      "kilos",    "kilogram",   "kilograms",   "kilogramme", "kilogrammes", "gram",       "grams",
      "gramme",    "grammes",  "tonne",      "tonnes",      "ton",        "tons",        "pound",      "pounds",
      "lb",        "lbs",      "ounce",      "ounces",      "oz",         "foot",        "feet",       "ft",
      "ft.",       "inch",     "inches",     "yard",        "yards",      "acre",        "acres",      "hectare",
      "hectares",  "litre",    "litres",     "liter",       "liters",     "gallon",      "gallons",    "barrel",
      "barrels",   "megawatt", "megawatts",  "gigawatt",    "gigawatts",  "kilowatt",    "kilowatts",  "mw",
      "gw",        "kw",       "kwh",        "mwh",         "gwh",        "mph",         "kph",        "knot",
      "knots",     "calorie",  "calories",   "megabyte",    "megabytes",  "gigabyte",    "gigabytes",  "terabyte",
      "terabytes", "mb",       "gb",         "tb",          "decibel",    "decibels",    "volt",       "volts",
      "watt",      "watts",    "sq"}},
    {kUnitPrefix, {"square", "cubic", "nautical", "sq"}},
    {kDegree, {"degree", "degrees"}},
    {kTemperatureScale, {"celsius", "fahrenheit", "centigrade", "c", "f"}},
    {kCurrencyWord,
     {"dollar",  "dollars", "euro",   "euros",   "pound",    "pounds", "sterling", "yuan",    "renminbi", "yen",
      "rupee",   "rupees",  "rouble", "roubles", "ruble",    "rubles", "peso",     "pesos",   "franc",    "francs",
      "cent",    "cents",   "pence",  "dinar",   "dinars",   "riyal",  "riyals",   "dirham",  "dirhams",  "shekel",
      "shekels", "lira",    "rand",   "baht",    "ringgit",  "rupiah", "naira",    "krona",   "kronor",   "krone",
      "kroner",  "real",    "reais",  "hryvnia", "hryvnias", "zloty",  "forint",   "bitcoin", "bitcoins"}},
    {kCurrencyCode, {"usd", "eur", "gbp", "jpy", "cny", "rmb", "hkd", "inr", "rs",  "rs.", "chf", "cad",
                     "aud", "rub", "krw", "sgd", "nzd", "brl", "zar", "try", "sek", "nok", "dkk", "mxn"}},
    {kCurrencyPrefix, {"us", "u.s.", "hk", "a", "au", "c", "ca", "s", "nz", "nt", "r", "z"}},
    {kCurrencyRegion,
     {"us", "u.s.", "american", "hong", "kong", "australian", "canadian", "singapore", "taiwan", "new", "zealand",
      "swiss", "mexican"}},
    {kPercentWord, {"percent", "pct", "per-cent", "percentage"}},
    {kMeridiem, {"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "noon", "midnight"}},
    {kTimezone,
     {"gmt", "bst", "utc", "est", "edt", "et", "pt", "pst", "pdt", "cet", "cest", "jst", "hkt", "aest", "ist", "cst",
      "cdt", "mst", "mdt"}},
    {kPartOfDay, {"morning", "afternoon", "evening", "night"}},
    {kDayRelative, {"yesterday", "today", "tomorrow"}},
    {kTimeWord, {"noon", "midnight", "midday", "tonight"}},
    {kSeason, {"spring", "summer", "autumn", "fall", "winter"}},
    {kRelative, {"last", "next", "this", "coming", "past", "upcoming"}},
    {kRelativeAfterThe, {"previous", "following", "same", "preceding", "final"}},
    {kRecent, {"recent"}},
    {kApprox,
     {"about", "around", "approximately", "nearly", "almost", "roughly", "some", "more", "less", "fewer", "at", "up"}},
    {kQuantifier, {"several", "few", "many"}},
    {kDurationTail, {"ago", "later", "earlier", "old"}},
    {kYearContext, {"in",     "since",   "by",         "until",   "till",   "from",      "during",  "before",
                    "after",  "through", "throughout", "between", "of",     "early",     "late",    "mid",
                    "around", "circa",   "fiscal",     "year",    "spring", "summer",    "autumn",  "winter",
                    "the",    "for",     "as",         "to",      "than",   "copyright", "\xC2\xA9"}},
    {kMonthContext,
     {"in", "since", "by",   "until", "till", "from", "during", "before", "after", "through", "throughout", "between",
      "of", "early", "late", "mid",   "last", "next", "this",   "on",     "each",  "every",   "to"}},
    {kPeriodEdge, {"early", "mid", "late"}},
    {kEdgeAdverb, {"earlier", "later"}},
    {kPeriodPart, {"end", "beginning", "start", "middle", "turn", "rest", "remainder", "close"}},
    {kCalendarPart, {"quarter", "half"}},
    {kYearNoun,
     {"election", "elections", "census", "budget", "season", "campaign", "summit", "olympics", "games", "was", "is",
      "will", "saw", "marked", "marks", "fiscal"}},
    {kDeterminer, {"no", "the", "this", "that", "each", "every", "any", "which", "another", "a"}},
    {kNameHead, {"party",      "parties",      "airways",       "airlines",    "air",        "embassy",    "consulate",
                 "army",       "navy",         "republic",      "empire",      "kingdom",    "academy",    "church",
                 "bank",       "council",      "association",   "federation",  "union",      "league",     "front",
                 "congress",   "institute",    "university",    "college",     "society",    "revolution", "civil",
                 "war",        "express",      "broadcasting",  "open",        "grand",      "museum",     "committee",
                 "convention", "national",     "cross",         "football",    "premier",    "times",      "post",
                 "motors",     "airport",      "railways",      "corporation", "foundation", "ministry",   "guard",
                 "liberation", "youth",        "movement",      "alliance",    "coalition",  "state",      "states",
                 "network",    "news",         "press",         "agency",      "company",    "group",      "ocean",
                 "sea",        "gulf",         "forces",        "force",       "defense",    "defence",    "cup",
                 "prix",       "championship", "championships", "club",        "wells",      "riviera",    "alps"}},
    {kNationalityHead,
     {"north", "south", "sri", "new", "saudi", "latin", "costa", "puerto", "middle", "sierra", "el", "east", "west"}},
    // Demonyms, religions and political groups (NORP). Capitalisation is
    // checked by the rule, so "polish" the verb never matches.
    {kNationality,
     {"afghan", "afghans", "albanian", "albanians", "algerian", "algerians", "american", "americans", "angolan",
      "angolans", "argentine", "argentines", "argentinian", "argentinians", "armenian", "armenians", "australian",
      "australians", "austrian", "austrians", "azerbaijani", "azerbaijanis", "azeri", "azeris", "bahraini", "bahrainis",
      "bangladeshi", "bangladeshis", "belarusian", "belarusians", "belgian", "belgians", "bolivian", "bolivians",
      "bosnian", "bosnians", "brazilian", "brazilians", "british", "briton", "britons", "brits", "bulgarian",
      "bulgarians", "burmese", "cambodian", "cambodians", "cameroonian", "cameroonians", "canadian", "canadians",
      "chadian", "chilean", "chileans", "chinese", "colombian", "colombians", "congolese", "croatian", "croatians",
      "croat", "croats", "cuban", "cubans", "cypriot", "cypriots", "czech", "czechs", "danish", "danes", "dutch",
      "ecuadorian", "ecuadorians", "egyptian", "egyptians", "emirati", "emiratis", "english", "eritrean", "eritreans",
      "estonian", "estonians", "ethiopian", "ethiopians", "european", "europeans", "filipino", "filipinos", "finnish",
      "finns", "french", "frenchman", "frenchmen", "georgian", "georgians", "german", "germans", "ghanaian",
      "ghanaians", "greek", "greeks", "guatemalan", "guatemalans", "haitian", "haitians", "honduran", "hondurans",
      "hungarian", "hungarians", "icelandic", "indian", "indians", "indonesian", "indonesians", "iranian", "iranians",
      "iraqi", "iraqis", "irish", "israeli", "israelis", "italian", "italians", "ivorian", "ivorians", "jamaican",
      "jamaicans", "japanese", "jordanian", "jordanians", "kazakh", "kazakhs", "kenyan", "kenyans", "korean", "koreans",
      "kosovar", "kosovars", "kuwaiti", "kuwaitis", "kyrgyz", "laotian", "latvian", "latvians", "lebanese", "liberian",
      "liberians", "libyan", "libyans", "lithuanian", "lithuanians", "macedonian", "macedonians", "malagasy", "malay",
      "malays", "malaysian", "malaysians", "malian", "malians", "maltese", "mexican", "mexicans", "moldovan",
      "moldovans", "mongolian", "mongolians", "montenegrin", "moroccan", "moroccans", "mozambican", "namibian",
      "nepali", "nepalis", "nepalese", "nicaraguan", "nicaraguans", "nigerian", "nigerians", "norwegian", "norwegians",
      "omani", "omanis", "pakistani", "pakistanis", "palestinian", "palestinians", "panamanian", "peruvian",
      "peruvians", "persian", "polish", "portuguese", "qatari", "qataris", "romanian", "romanians", "russian",
      "russians", "rwandan", "rwandans", "saudi", "saudis", "scottish", "scots", "senegalese", "serbian", "serbians",
      "serb", "serbs", "singaporean", "singaporeans", "slovak", "slovaks", "slovenian", "slovenians", "somali",
      "somalis", "spanish", "spaniard", "spaniards", "sudanese", "swedish", "swedes", "swiss", "syrian", "syrians",
      "taiwanese", "tajik", "tajiks", "tanzanian", "tanzanians", "thai", "thais", "tibetan", "tibetans", "tunisian",
      "tunisians", "turkish", "turks", "turkmen", "ugandan", "ugandans", "ukrainian", "ukrainians", "uruguayan",
      "uruguayans", "uzbek", "uzbeks", "venezuelan", "venezuelans", "vietnamese", "welsh", "yemeni", "yemenis",
      "zambian", "zambians", "zimbabwean", "zimbabweans", "uyghur", "uyghurs", "uighur", "uighurs", "kurd", "kurds",
      "kurdish", "arab", "arabs", "arabian", "asian", "asians", "african", "africans", "hispanic", "hispanics",
      "latino", "latinos", "latina", "latinas", "soviet", "soviets", "catalan", "catalans", "basque", "basques",
      "flemish", "texan", "texans", "californian", "californians", "londoner", "londoners", "parisian", "parisians",
      "muscovites", "hongkongers", "scandinavian", "scandinavians", "nordic", "maori", "inuit", "rohingya", "pashtun",
      "pashtuns", "tamil", "tamils", "hutu", "hutus", "tutsi", "tutsis", "yazidi", "yazidis", "druze", "bedouin",
      // religions
      "muslim", "muslims", "christian", "christians", "jew", "jews", "jewish", "hindu", "hindus", "buddhist",
      "buddhists", "sikh", "sikhs", "catholic", "catholics", "protestant", "protestants", "evangelical", "evangelicals",
      "anglican", "anglicans", "methodist", "methodists", "baptist", "baptists", "lutheran", "lutherans", "mormon",
      "mormons", "islamic", "sunni", "sunnis", "shia", "shias", "shiite", "shiites", "shi'ite", "shi'ites", "sufi",
      "sufis", "jain", "jains", "taoist", "copts", "coptic", "orthodox", "pentecostal", "presbyterian", "quaker",
      "quakers", "amish", "hasidic",
      // political groups
      "republican", "republicans", "democrat", "democrats", "democratic", "conservative", "conservatives", "tory",
      "tories", "liberal", "liberals", "communist", "communists", "socialist", "socialists", "marxist", "marxists",
      "leninist", "maoist", "maoists", "nazi", "nazis", "fascist", "fascists", "bolshevik", "bolsheviks", "zionist",
      "zionists", "islamist", "islamists", "jihadist", "jihadists", "unionist", "unionists", "nationalist",
      "nationalists", "libertarian", "libertarians", "brexiteer", "brexiteers", "remainer", "remainers", "peronist",
      "gaullist", "chavista", "chavistas"}},
};

const Table& table() {
  static const Table kTable = buildTable(kGroups);
  return kTable;
}

}  // namespace

std::string foldWord(std::string_view token) {
  std::string out;
  foldWord(token, out);
  return out;
}

void foldWord(std::string_view token, std::string& out) {
  out.resize(token.size());
  out.resize(foldWord(token, out.data()));
}

std::size_t foldWord(std::string_view token, char* out) {
  char* to = out;
  for (std::size_t i = 0; i < token.size(); ++i) {
    const char c = token[i];
    if (c == '\xE2' && i + 2 < token.size() && token[i + 1] == '\x80' && token[i + 2] == '\x99') {
      *to++ = '\'';  // ’ (U+2019)
      i += 2;
    } else {
      *to++ = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
  }
  return static_cast<std::size_t>(to - out);
}

Classes classify(std::string_view folded) {
  const Table& t = table();
  if (!t.lengths.mayList(folded)) return 0;  // most tokens of a text
  const std::size_t mask = t.slots.size() - 1;
  for (std::size_t slot = lexicon::wordHash(folded) & mask; t.slots[slot] != 0; slot = (slot + 1) & mask) {
    const auto& entry = t.words[t.slots[slot] - 1];
    if (entry.first.size() == folded.size() && lexicon::sameBytes(entry.first, folded)) return entry.second;
  }
  return 0;
}

bool isNationalityPair(std::string_view first, std::string_view second) {
  static const std::pair<std::string_view, std::string_view> kPairs[] = {
      {"north", "korean"},    {"north", "koreans"},  {"south", "korean"},   {"south", "koreans"},
      {"south", "african"},   {"south", "africans"}, {"sri", "lankan"},     {"sri", "lankans"},
      {"new", "zealander"},   {"new", "zealanders"}, {"saudi", "arabian"},  {"latin", "american"},
      {"latin", "americans"}, {"costa", "rican"},    {"costa", "ricans"},   {"puerto", "rican"},
      {"puerto", "ricans"},   {"middle", "eastern"}, {"sierra", "leonean"}, {"sierra", "leoneans"},
      {"south", "sudanese"},  {"el", "salvadoran"},  {"north", "american"}, {"north", "americans"},
      {"east", "timorese"},   {"west", "african"},   {"east", "african"},   {"south", "asian"},
      {"east", "asian"},      {"east", "german"},    {"west", "german"},    {"west", "indian"},
      {"west", "indians"}};
  for (const auto& pair : kPairs)
    if (pair.first == first && pair.second == second) return true;
  return false;
}

}  // namespace newslens::ner::wordclass
