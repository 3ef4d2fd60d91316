#include "campaign/text/regex.hpp"

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>

namespace campaign::text {
namespace {

// The code points of `utf8` (ill-formed bytes skipped).
template <typename F>
void for_each_code_point(std::string_view utf8, F&& f) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(utf8.data());
  const auto length = static_cast<std::int32_t>(utf8.size());
  for (std::int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c >= 0) f(static_cast<char32_t>(c));
  }
}

}  // namespace

std::string regex_char(char32_t c) {
  // Syntax characters get a backslash (valid with and without ECMA-262's `u` flag); '-' and
  // controls are written \uXXXX, so that they mean themselves inside a class too.
  constexpr std::string_view kSyntax = "^$\\.*+?()[]{}|/";
  constexpr std::string_view kPlain = " _:,;'\"#%&@!<>=~`";
  const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  if (c < 0x80 && (alnum || kPlain.find(static_cast<char>(c)) != std::string_view::npos))
    return std::string(1, static_cast<char>(c));
  if (c < 0x80 && kSyntax.find(static_cast<char>(c)) != std::string_view::npos)
    return fmt::format("\\{}", static_cast<char>(c));
  return fmt::format("\\u{:04X}", static_cast<std::uint32_t>(c));
}

std::string regex_either_case(std::string_view utf8) {
  std::string out;
  for_each_code_point(utf8, [&](char32_t c) {
    const auto upper = static_cast<char32_t>(u_toupper(static_cast<UChar32>(c)));
    const auto lower = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
    if (upper == lower) {
      out += regex_char(c);
      return;
    }
    auto letter = [](char32_t l) {  // letters as themselves, so that the pattern stays readable
      if (l < 0x80) return regex_char(l);
      std::string utf8_letter;
      char buffer[U8_MAX_LENGTH];
      std::int32_t n = 0;
      UBool error = false;
      const auto code_point = static_cast<std::uint32_t>(l);  // U8_APPEND takes it unsigned
      U8_APPEND(reinterpret_cast<std::uint8_t*>(buffer), n, U8_MAX_LENGTH, code_point, error);
      return error ? regex_char(l) : std::string(buffer, static_cast<std::size_t>(n));
    };
    out += fmt::format("[{}{}]", letter(lower), letter(upper));
  });
  return out;
}

std::string regex_class(std::span<const CodeRange> ranges, std::span<const std::string_view> chars, bool negate) {
  std::string out = negate ? "[^" : "[";
  for (const CodeRange& r : ranges)
    out += r.first == r.last ? regex_char(r.first) : regex_char(r.first) + "-" + regex_char(r.last);
  for (std::string_view c : chars) for_each_code_point(c, [&](char32_t cp) { out += regex_char(cp); });
  return out + "]";
}

}  // namespace campaign::text
