#include <cstdint>

#include "newslens/lexicon/lexicon.h"
#include "newslens/lexicon/table.h"

namespace newslens::lexicon {
namespace {

// Which stop-word lists hold a word (one entry per word, flagged).
enum : std::uint8_t {
  kScoring = 1,  // sentence-overlap scoring: function words and reporting verbs
  kKeyword = 2,  // keyword extraction: the wide list of words that carry no topic
  kClause = 4,   // function words that can follow a name heading its phrase
};

// Sorted (checked at compile time below) for binary search.
constexpr FlaggedWord kStopWords[] = {
    {"a", kScoring | kKeyword}, {"able", kKeyword}, {"about", kScoring | kKeyword}, {"above", kScoring | kKeyword},
    {"according", kScoring}, {"across", kKeyword}, {"after", kScoring | kKeyword | kClause}, {"afterwards", kKeyword},
    {"again", kScoring | kKeyword}, {"against", kScoring | kKeyword}, {"ago", kKeyword}, {"all", kScoring | kKeyword},
    {"almost", kKeyword}, {"alone", kKeyword}, {"along", kKeyword}, {"already", kKeyword},
    {"also", kScoring | kKeyword}, {"although", kKeyword}, {"always", kKeyword}, {"am", kScoring | kKeyword},
    {"among", kKeyword}, {"amongst", kKeyword}, {"an", kScoring | kKeyword}, {"and", kScoring | kKeyword | kClause},
    {"another", kKeyword}, {"any", kScoring | kKeyword}, {"anyone", kKeyword}, {"anything", kKeyword},
    {"anyway", kKeyword}, {"anywhere", kKeyword}, {"are", kScoring | kKeyword | kClause}, {"around", kKeyword},
    {"as", kScoring | kKeyword | kClause}, {"at", kScoring | kKeyword | kClause}, {"ate", kKeyword},
    {"away", kKeyword}, {"back", kKeyword}, {"bad", kKeyword}, {"be", kScoring | kKeyword}, {"became", kKeyword},
    {"because", kScoring | kKeyword}, {"become", kKeyword}, {"becomes", kKeyword}, {"been", kScoring | kKeyword},
    {"before", kScoring | kKeyword | kClause}, {"began", kKeyword}, {"behind", kKeyword},
    {"being", kScoring | kKeyword}, {"below", kScoring | kKeyword}, {"beside", kKeyword}, {"besides", kKeyword},
    {"between", kScoring | kKeyword}, {"beyond", kKeyword}, {"big", kKeyword}, {"biggest", kKeyword},
    {"both", kScoring | kKeyword}, {"bought", kKeyword}, {"broke", kKeyword}, {"brought", kKeyword},
    {"built", kKeyword}, {"but", kScoring | kKeyword | kClause}, {"by", kScoring | kKeyword | kClause},
    {"call", kKeyword}, {"called", kKeyword}, {"calls", kKeyword}, {"came", kKeyword},
    {"can", kScoring | kKeyword | kClause}, {"cannot", kKeyword}, {"chose", kKeyword}, {"click", kKeyword},
    {"cnn", kScoring}, {"come", kKeyword}, {"comes", kKeyword}, {"coming", kKeyword},
    {"could", kScoring | kKeyword | kClause}, {"current", kKeyword}, {"currently", kKeyword}, {"day", kKeyword},
    {"days", kKeyword}, {"did", kScoring | kKeyword}, {"do", kScoring | kKeyword}, {"does", kScoring | kKeyword},
    {"doing", kScoring | kKeyword}, {"done", kKeyword}, {"down", kScoring | kKeyword}, {"dr", kKeyword},
    {"drew", kKeyword}, {"drove", kKeyword}, {"during", kScoring | kKeyword}, {"each", kScoring | kKeyword},
    {"earlier", kKeyword}, {"eight", kKeyword}, {"either", kKeyword}, {"else", kKeyword}, {"elsewhere", kKeyword},
    {"enough", kKeyword}, {"even", kScoring | kKeyword}, {"ever", kKeyword}, {"every", kKeyword},
    {"everyone", kKeyword}, {"everything", kKeyword}, {"everywhere", kKeyword}, {"except", kKeyword},
    {"expected", kKeyword}, {"far", kKeyword}, {"fell", kKeyword}, {"felt", kKeyword}, {"few", kScoring | kKeyword},
    {"first", kKeyword}, {"five", kKeyword}, {"flew", kKeyword}, {"for", kScoring | kKeyword | kClause},
    {"former", kKeyword}, {"found", kKeyword}, {"four", kKeyword}, {"friday", kKeyword},
    {"from", kScoring | kKeyword | kClause}, {"further", kScoring | kKeyword}, {"gave", kKeyword},
    {"get", kScoring | kKeyword}, {"gets", kKeyword}, {"getting", kKeyword}, {"give", kKeyword}, {"given", kKeyword},
    {"go", kKeyword}, {"goes", kKeyword}, {"going", kKeyword}, {"gone", kKeyword}, {"good", kKeyword},
    {"got", kScoring | kKeyword}, {"grew", kKeyword}, {"had", kScoring | kKeyword | kClause},
    {"has", kScoring | kKeyword | kClause}, {"have", kScoring | kKeyword | kClause}, {"having", kScoring | kKeyword},
    {"he", kScoring | kKeyword}, {"held", kKeyword}, {"hence", kKeyword}, {"her", kScoring | kKeyword},
    {"here", kScoring | kKeyword}, {"hers", kScoring | kKeyword}, {"herself", kScoring | kKeyword},
    {"high", kKeyword}, {"him", kScoring | kKeyword}, {"himself", kScoring | kKeyword}, {"his", kScoring | kKeyword},
    {"hit", kKeyword}, {"hold", kKeyword}, {"holds", kKeyword}, {"hope", kKeyword}, {"hoped", kKeyword},
    {"how", kScoring | kKeyword}, {"however", kKeyword}, {"i", kScoring | kKeyword}, {"if", kScoring | kKeyword},
    {"in", kScoring | kKeyword | kClause}, {"including", kKeyword}, {"indeed", kKeyword}, {"instead", kKeyword},
    {"into", kScoring | kKeyword | kClause}, {"is", kScoring | kKeyword | kClause},
    {"it", kScoring | kKeyword | kClause}, {"its", kScoring | kKeyword | kClause}, {"itself", kScoring | kKeyword},
    {"just", kScoring | kKeyword}, {"keen", kKeyword}, {"kept", kKeyword}, {"knew", kKeyword}, {"know", kKeyword},
    {"known", kKeyword}, {"knows", kKeyword}, {"last", kKeyword}, {"later", kKeyword}, {"least", kKeyword},
    {"led", kKeyword}, {"left", kKeyword}, {"less", kKeyword}, {"let", kKeyword}, {"like", kScoring | kKeyword},
    {"likely", kKeyword}, {"little", kKeyword}, {"look", kKeyword}, {"looking", kKeyword}, {"looks", kKeyword},
    {"lost", kKeyword}, {"lot", kKeyword}, {"lots", kKeyword}, {"low", kKeyword}, {"made", kKeyword},
    {"make", kKeyword}, {"makes", kKeyword}, {"making", kKeyword}, {"many", kScoring | kKeyword},
    {"may", kScoring | kKeyword | kClause}, {"me", kScoring | kKeyword}, {"meant", kKeyword}, {"meanwhile", kKeyword},
    {"meet", kKeyword}, {"met", kKeyword}, {"might", kScoring | kKeyword | kClause}, {"monday", kKeyword},
    {"month", kKeyword}, {"months", kKeyword}, {"more", kScoring | kKeyword}, {"moreover", kKeyword},
    {"most", kScoring | kKeyword}, {"mostly", kKeyword}, {"mr", kScoring | kKeyword}, {"mrs", kScoring | kKeyword},
    {"ms", kScoring | kKeyword}, {"much", kScoring | kKeyword}, {"must", kScoring | kKeyword | kClause},
    {"my", kScoring | kKeyword}, {"myself", kKeyword}, {"near", kKeyword}, {"nearly", kKeyword},
    {"neither", kKeyword}, {"never", kKeyword}, {"nevertheless", kKeyword}, {"new", kScoring | kKeyword},
    {"next", kKeyword}, {"nine", kKeyword}, {"no", kScoring | kKeyword}, {"nobody", kKeyword}, {"none", kKeyword},
    {"nor", kScoring | kKeyword | kClause}, {"not", kScoring | kKeyword}, {"nothing", kKeyword},
    {"now", kScoring | kKeyword}, {"nowhere", kKeyword}, {"of", kScoring | kKeyword | kClause},
    {"off", kScoring | kKeyword}, {"often", kKeyword}, {"on", kScoring | kKeyword | kClause},
    {"once", kScoring | kKeyword}, {"one", kScoring | kKeyword}, {"only", kScoring | kKeyword}, {"onto", kKeyword},
    {"or", kScoring | kKeyword | kClause}, {"other", kScoring | kKeyword}, {"others", kKeyword},
    {"otherwise", kKeyword}, {"our", kScoring | kKeyword}, {"ours", kKeyword}, {"ourselves", kKeyword},
    {"out", kScoring | kKeyword}, {"over", kScoring | kKeyword | kClause}, {"own", kScoring | kKeyword},
    {"paid", kKeyword}, {"part", kKeyword}, {"per", kKeyword}, {"perhaps", kKeyword}, {"please", kKeyword},
    {"possibly", kKeyword}, {"put", kKeyword}, {"ran", kKeyword}, {"ranging", kKeyword}, {"rather", kKeyword},
    {"read", kKeyword}, {"really", kKeyword}, {"recent", kKeyword}, {"recently", kKeyword}, {"regarding", kKeyword},
    {"rose", kKeyword}, {"s", kScoring}, {"said", kScoring}, {"same", kScoring | kKeyword}, {"saturday", kKeyword},
    {"saw", kKeyword}, {"say", kScoring}, {"says", kScoring}, {"second", kKeyword}, {"see", kKeyword},
    {"seem", kKeyword}, {"seemed", kKeyword}, {"seems", kKeyword}, {"sent", kKeyword}, {"set", kKeyword},
    {"seven", kKeyword}, {"several", kKeyword}, {"share", kKeyword}, {"she", kScoring | kKeyword}, {"shot", kKeyword},
    {"should", kScoring | kKeyword | kClause}, {"show", kKeyword}, {"showed", kKeyword}, {"shown", kKeyword},
    {"since", kKeyword | kClause}, {"six", kKeyword}, {"so", kScoring | kKeyword}, {"some", kScoring | kKeyword},
    {"someone", kKeyword}, {"something", kKeyword}, {"sometimes", kKeyword}, {"somewhere", kKeyword},
    {"sought", kKeyword}, {"spent", kKeyword}, {"spoke", kKeyword}, {"still", kKeyword}, {"stood", kKeyword},
    {"struck", kKeyword}, {"subscribe", kKeyword}, {"such", kScoring | kKeyword}, {"sunday", kKeyword},
    {"t", kScoring}, {"take", kKeyword}, {"taken", kKeyword}, {"takes", kKeyword}, {"tell", kKeyword},
    {"ten", kKeyword}, {"than", kScoring | kKeyword | kClause}, {"that", kScoring | kKeyword | kClause},
    {"the", kScoring | kKeyword}, {"their", kScoring | kKeyword}, {"theirs", kKeyword}, {"them", kScoring | kKeyword},
    {"themselves", kKeyword}, {"then", kScoring | kKeyword}, {"there", kScoring | kKeyword}, {"thereby", kKeyword},
    {"therefore", kKeyword}, {"these", kScoring | kKeyword}, {"they", kScoring | kKeyword}, {"thing", kKeyword},
    {"things", kKeyword}, {"think", kKeyword}, {"thinks", kKeyword}, {"third", kKeyword},
    {"this", kScoring | kKeyword}, {"those", kScoring | kKeyword}, {"though", kKeyword}, {"thought", kKeyword},
    {"three", kKeyword}, {"threw", kKeyword}, {"through", kScoring | kKeyword}, {"throughout", kKeyword},
    {"thursday", kKeyword}, {"thus", kKeyword}, {"time", kKeyword}, {"times", kKeyword},
    {"to", kScoring | kKeyword | kClause}, {"today", kKeyword}, {"together", kKeyword}, {"told", kScoring},
    {"tomorrow", kKeyword}, {"too", kScoring | kKeyword}, {"took", kKeyword}, {"top", kKeyword}, {"toward", kKeyword},
    {"towards", kKeyword}, {"tuesday", kKeyword}, {"two", kKeyword}, {"under", kScoring | kKeyword},
    {"until", kScoring | kKeyword}, {"up", kScoring | kKeyword}, {"upon", kKeyword}, {"us", kScoring | kKeyword},
    {"use", kKeyword}, {"used", kKeyword}, {"uses", kKeyword}, {"using", kKeyword}, {"very", kScoring | kKeyword},
    {"via", kKeyword}, {"want", kKeyword}, {"wanted", kKeyword}, {"wants", kKeyword},
    {"was", kScoring | kKeyword | kClause}, {"way", kKeyword}, {"ways", kKeyword}, {"we", kScoring | kKeyword},
    {"wednesday", kKeyword}, {"week", kKeyword}, {"weeks", kKeyword}, {"well", kKeyword}, {"went", kKeyword},
    {"were", kScoring | kKeyword | kClause}, {"what", kScoring | kKeyword}, {"whatever", kKeyword},
    {"when", kScoring | kKeyword}, {"whence", kKeyword}, {"whenever", kKeyword}, {"where", kScoring | kKeyword},
    {"whereas", kKeyword}, {"whether", kKeyword}, {"which", kScoring | kKeyword | kClause},
    {"while", kScoring | kKeyword | kClause}, {"who", kScoring | kKeyword | kClause}, {"whoever", kKeyword},
    {"whole", kKeyword}, {"whom", kScoring | kKeyword}, {"whose", kKeyword | kClause}, {"why", kScoring | kKeyword},
    {"will", kScoring | kKeyword | kClause}, {"with", kScoring | kKeyword | kClause}, {"within", kKeyword},
    {"without", kKeyword}, {"won", kKeyword}, {"would", kScoring | kKeyword | kClause}, {"wrote", kKeyword},
    {"year", kKeyword}, {"years", kKeyword}, {"yesterday", kKeyword}, {"yet", kKeyword}, {"you", kScoring | kKeyword},
    {"your", kScoring | kKeyword}, {"yours", kKeyword}, {"yourself", kKeyword},
};
static_assert(isSorted(kStopWords), "kStopWords must stay sorted");

}  // namespace

bool isScoringStopWord(std::string_view w) { return (flagsOf(kStopWords, w) & kScoring) != 0; }
bool isKeywordStopWord(std::string_view w) { return (flagsOf(kStopWords, w) & kKeyword) != 0; }
bool isClauseWord(std::string_view w) { return (flagsOf(kStopWords, w) & kClause) != 0; }

}  // namespace newslens::lexicon
