#pragma once
// Compact JSON written piece by piece into one std::string, without building a
// tree: the result of a 10 MB paste is hundreds of thousands of small values, and a
// nlohmann tree of them costs more time and memory than the text itself. The bytes
// are exactly what nlohmann's dump(-1, ' ', false, error_handler_t::replace) gives
// for the same tree: numbers through its to_chars (shortest round-trip doubles),
// strings through its escaper (invalid UTF-8 becomes U+FFFD), no whitespace.

#include <charconv>
#include <cstring>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>

namespace newslens::json {

class Writer {
 public:
  // Appends to `out`, which must outlive the writer (reserve it beforehand).
  explicit Writer(std::string& out);
  ~Writer();
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  // From now on, once the output holds `chunkBytes`, hands it to `sink` as a whole
  // JSON object (and empties it) at the next place where what follows can start one:
  // before a key of the top-level object, or before an element of an array that is a
  // top-level value, which then goes on under the same key in the next piece. So no
  // piece is much longer than a chunk plus one element, each parses alone, and the
  // pieces, merged in order (an array extends the one before it under its key, any
  // other value is set), are the JSON written.
  void streamTo(std::function<void(std::string_view)> sink, std::size_t chunkBytes);
  // Hands what is left to the sink (nothing without one).
  void flush();

  // Containers. Every begin must be closed by its end; nesting is limited to kMaxDepth.
  void beginObject();
  void endObject();
  void beginArray();
  void endArray();

  // An object key (inside an object, before its value).
  void key(std::string_view name);
  // A key written as a string literal, which must need no escaping (the schema's keys
  // are ASCII identifiers): its bytes are copied without the check, and with the comma
  // before it in one append. A result writes tens of keys for every mention.
  template <std::size_t N>
  void key(const char (&name)[N]) {
    char piece[N + 3];
    const std::size_t n = literalPiece(name, piece);
    out_.append(piece + 3 + N - n, n);
    afterKey_ = true;
  }

  // A value: in an array, or after key().
  void string(std::string_view s);
  void boolean(bool b);
  void null();
  void number(double x);  // non-finite → null, as nlohmann writes it
  template <typename Int, std::enable_if_t<std::is_integral_v<Int> && !std::is_same_v<Int, bool>, int> = 0>
  void number(Int x) {
    separate();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, x).ptr;
    out_.append(digits, static_cast<std::size_t>(end - digits));
  }

  // `key(name)` then the value (`name` a std::string_view, or a literal as key() takes it).
  template <typename Name, typename T>
  void field(const Name& name, const T& value) {
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool> && std::is_array_v<Name>) {
      literalIntField(name, value);
    } else {
      key(name);
      if constexpr (std::is_convertible_v<const T&, std::string_view>)
        string(value);
      else if constexpr (std::is_same_v<T, bool>)
        boolean(value);
      else
        number(value);
    }
  }

 private:
  static constexpr int kMaxDepth = 16;
  static constexpr std::size_t kMaxLiteralKey = 24;
  void separate();  // the comma before a value or key that is not its container's first
  // separate()'s decision without the write: true when a comma goes first.
  bool startItem();
  // Fills `piece` (N + 3 bytes) with ',"name":' and returns how many of its last bytes
  // are the key's JSON: all of them when startItem() says a comma goes first, else all
  // but the comma. The copy has a constant length, so it compiles to a few moves.
  template <std::size_t N>
  std::size_t literalPiece(const char (&name)[N], char* piece) {
    static_assert(N >= 1 && N <= kMaxLiteralKey + 1, "a literal key is short");
    const bool comma = startItem();
    piece[0] = ',';
    piece[1] = '"';
    std::memcpy(piece + 2, name, N - 1);
    piece[N + 1] = '"';
    piece[N + 2] = ':';
    if (depth_ == 1) topKey_.assign(piece + 1, N + 2);
    return comma ? N + 3 : N + 2;
  }
  // A literal key and its integer value, in one append.
  template <std::size_t N, typename Int>
  void literalIntField(const char (&name)[N], Int x) {
    char piece[N + 3 + 24];
    const std::size_t n = literalPiece(name, piece);
    const char* end = std::to_chars(piece + N + 3, piece + sizeof piece, x).ptr;
    const char* from = piece + 3 + N - n;
    out_.append(from, static_cast<std::size_t>(end - from));
    afterKey_ = false;
  }
  void cut();  // ends the piece here, if a piece can end here (streamTo)
  void open(char bracket);
  void close(char bracket);
  void write(std::string_view s);  // a string's JSON, without separate()
  // '"' s '"' then `after`, for an `s` that needs no escaping.
  void appendQuoted(std::string_view s, std::string_view after);
  struct Escaper;

  std::string& out_;
  std::function<void(std::string_view)> sink_;
  std::size_t chunkBytes_ = 0;
  bool first_[kMaxDepth] = {};
  bool array_[kMaxDepth] = {};
  int depth_ = 0;
  bool afterKey_ = false;
  std::string topKey_;                // the JSON of the top-level object's last key, colon included
  std::unique_ptr<Escaper> escaper_;  // nlohmann's serializer, made on the first string that needs it
};

}  // namespace newslens::json
