#include "campaign/text/case.hpp"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "campaign/text/unicode.hpp"

namespace campaign::text {

std::string to_upper(std::string_view utf8) {
  icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())));
  text.toUpper(icu::Locale("vi"));
  std::string out;
  text.toUTF8String(out);
  return to_nfc(out);
}

}  // namespace campaign::text
