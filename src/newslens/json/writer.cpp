#include "newslens/json/writer.h"

#include <cmath>
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

void Writer::separate() {
  if (sink_ && out_.size() >= chunkBytes_ && !afterKey_) cut();
  if (afterKey_) {
    afterKey_ = false;
    return;
  }
  if (depth_ == 0) return;
  if (!first_[depth_ - 1]) out_ += ',';
  first_[depth_ - 1] = false;
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
  write(name);
  out_ += ':';
  if (depth_ == 1) topKey_.assign(out_, at, std::string::npos);
  afterKey_ = true;
}

void Writer::string(std::string_view s) {
  separate();
  write(s);
}

void Writer::write(std::string_view s) {
  // Printable ASCII without '"' or '\\' is its own JSON: most of a news text.
  bool plain = true;
  for (unsigned char ch : s)
    if (ch < 0x20 || ch >= 0x7F || ch == '"' || ch == '\\') {
      plain = false;
      break;
    }
  if (plain) {
    out_ += '"';
    out_.append(s.data(), s.size());
    out_ += '"';
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
