#include "newslens/json/writer.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>

namespace newslens::json {

// nlohmann's own serializer bound to the output, for the strings that need escaping
// or UTF-8 checking: one place decides those bytes, the same as dump() would.
struct Writer::Escaper {
  explicit Escaper(std::string& out)
      : serializer(nlohmann::detail::output_adapter<char, std::string>(out), ' ',
                   nlohmann::detail::error_handler_t::replace) {}
  nlohmann::detail::serializer<nlohmann::ordered_json> serializer;
};

namespace {

// Length of the well-formed UTF-8 sequence at s[pos] (a byte >= 0x80), or 0 when it
// is not one (overlong, surrogate, above U+10FFFF, truncated): the strict check
// nlohmann's decoder makes, so a string passing it is written as its own bytes.
std::size_t wellFormedAt(std::string_view s, std::size_t pos) {
  const auto at = [&](std::size_t i) { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0u; };
  const auto tail = [&](std::size_t i, unsigned lo, unsigned hi) { return at(i) >= lo && at(i) <= hi; };
  const unsigned b = at(pos);
  if (b >= 0xC2 && b <= 0xDF) return tail(pos + 1, 0x80, 0xBF) ? 2 : 0;
  if (b >= 0xE0 && b <= 0xEF) {
    const unsigned lo = b == 0xE0 ? 0xA0 : 0x80, hi = b == 0xED ? 0x9F : 0xBF;
    return tail(pos + 1, lo, hi) && tail(pos + 2, 0x80, 0xBF) ? 3 : 0;
  }
  if (b >= 0xF0 && b <= 0xF4) {
    const unsigned lo = b == 0xF0 ? 0x90 : 0x80, hi = b == 0xF4 ? 0x8F : 0xBF;
    return tail(pos + 1, lo, hi) && tail(pos + 2, 0x80, 0xBF) && tail(pos + 3, 0x80, 0xBF) ? 4 : 0;
  }
  return 0;
}

// True when the 8 bytes at `p` are ASCII with no control character, '"' or '\\': a
// word at a time. The zero-byte test ((x - 1s) & ~x & 0x80s) never misses a match
// (it may flag a byte above a real match, which only sends the word to the byte loop).
bool plainAscii8(const char* p) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  if (w & kHigh) return false;
  const auto hasZero = [&](std::uint64_t x) { return ((x - kOnes) & ~x & kHigh) != 0; };
  const bool control = ((w - kOnes * 0x20) & ~w & kHigh) != 0;  // a byte below 0x20
  return !control && !hasZero(w ^ (kOnes * '"')) && !hasZero(w ^ (kOnes * '\\'));
}

// True when `s` is its own JSON string content: well-formed UTF-8 with no control
// character, '"' or '\\' (nlohmann copies everything else as is, DEL included).
bool plainJson(std::string_view s) {
  for (std::size_t pos = 0; pos < s.size();) {
    if (pos + 8 <= s.size() && plainAscii8(s.data() + pos)) {
      pos += 8;
      continue;
    }
    const unsigned char ch = static_cast<unsigned char>(s[pos]);
    if (ch < 0x80) {
      if (ch < 0x20 || ch == '"' || ch == '\\') return false;
      ++pos;
      continue;
    }
    const std::size_t length = wellFormedAt(s, pos);
    if (length == 0) return false;
    pos += length;
  }
  return true;
}

}  // namespace

Writer::Writer(std::string& out) : out_(out) {}
Writer::~Writer() = default;

void Writer::streamTo(std::function<void(std::string_view)> sink, std::size_t chunkBytes) {
  sink_ = std::move(sink);
  chunkBytes_ = chunkBytes;
}

void Writer::flush() {
  if (!sink_ || out_.empty()) return;
  sink_(out_);
  out_.clear();
}

void Writer::cut() {
  if (depth_ == 1 && !first_[0]) {
    out_ += '}';
    flush();
    out_ += '{';
    first_[0] = true;
  } else if (depth_ == 2 && array_[1] && !first_[1]) {
    out_ += "]}";
    flush();
    out_ += '{';
    out_ += topKey_;
    out_ += '[';
    first_[1] = true;
  }
}

bool Writer::startItem() {
  if (sink_ && out_.size() >= chunkBytes_ && !afterKey_) cut();
  if (afterKey_) {
    afterKey_ = false;
    return false;
  }
  if (depth_ == 0) return false;
  const bool comma = !first_[depth_ - 1];
  first_[depth_ - 1] = false;
  return comma;
}

void Writer::separate() {
  if (startItem()) out_ += ',';
}

void Writer::open(char bracket) {
  separate();
  out_ += bracket;
  // Deeper nesting than the schema has is a programming error; keep the bytes valid anyway.
  if (depth_ < kMaxDepth) first_[depth_] = true, array_[depth_] = bracket == '[';
  ++depth_;
}

void Writer::close(char bracket) {
  out_ += bracket;
  if (depth_ > 0) --depth_;
}

void Writer::beginObject() { open('{'); }
void Writer::endObject() { close('}'); }
void Writer::beginArray() { open('['); }
void Writer::endArray() { close(']'); }

void Writer::key(std::string_view name) {
  separate();
  const std::size_t at = out_.size();
  if (plainJson(name)) {
    appendQuoted(name, ":");
  } else {
    write(name);
    out_ += ':';
  }
  if (depth_ == 1) topKey_.assign(out_, at, std::string::npos);
  afterKey_ = true;
}

void Writer::string(std::string_view s) {
  separate();
  write(s);
}

void Writer::appendQuoted(std::string_view s, std::string_view after) {
  // One append of the whole piece: a capacity check, not three.
  const std::size_t at = out_.size();
  out_.append(s.size() + 2 + after.size(), '"');
  char* p = out_.data() + at + 1;
  if (!s.empty()) std::memcpy(p, s.data(), s.size());
  if (!after.empty()) std::memcpy(p + s.size() + 1, after.data(), after.size());
}

void Writer::write(std::string_view s) {
  // Most of a news text needs no escaping: its bytes are its JSON.
  if (plainJson(s)) {
    appendQuoted(s, "");
    return;
  }
  if (!escaper_) escaper_ = std::make_unique<Escaper>(out_);
  escaper_->serializer.dump(nlohmann::ordered_json(std::string(s)), false, false, 0);
}

void Writer::boolean(bool b) {
  separate();
  out_ += b ? "true" : "false";
}

void Writer::null() {
  separate();
  out_ += "null";
}

void Writer::number(double x) {
  separate();
  if (!std::isfinite(x)) {
    out_ += "null";
    return;
  }
  char digits[64];
  const char* end = nlohmann::detail::to_chars(digits, digits + sizeof digits, x);
  out_.append(digits, static_cast<std::size_t>(end - digits));
}

}  // namespace newslens::json
