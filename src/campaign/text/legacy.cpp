#include "campaign/text/legacy.hpp"

#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

#include "campaign/text/unicode.hpp"

namespace campaign::text {
namespace {

bool is_vietnamese_only(UChar32 c) {
  switch (c) {
    case 0x0102:
    case 0x0103:  // Ă ă
    case 0x0110:
    case 0x0111:  // Đ đ
    case 0x0128:
    case 0x0129:  // Ĩ ĩ
    case 0x0168:
    case 0x0169:  // Ũ ũ
    case 0x01A0:
    case 0x01A1:  // Ơ ơ
    case 0x01AF:
    case 0x01B0:  // Ư ư
      return true;
    default:
      return c >= 0x1EA0 && c <= 0x1EF9;  // Latin Extended Additional: ạ ả ấ … ỹ
  }
}

bool is_ascii_lower(UChar32 c) {
  return c >= 'a' && c <= 'z';
}
bool is_one_of(UChar32 c, const char* ascii) {
  return c > 0 && c < 0x80 && std::strchr(ascii, static_cast<int>(c)) != nullptr;
}
bool is_ascii_vowel(UChar32 c) {
  return is_one_of(c, "aeiouyAEIOUY");
}

// VNI writes a tone or hat as a second byte after the base vowel; these, read as Windows-1252,
// never follow that vowel in Vietnamese Unicode text ("uâ" in "quân" and "iê" in "tiên" do, so
// â and ê count only after a, e, o).
bool is_vni_mark(UChar32 c, UChar32 vowel) {
  switch (c) {
    case 0x00F9:
    case 0x00F8:
    case 0x00FB:
    case 0x00EF:  // ù ø û ï  (sắc, huyền, hỏi, nặng)
    case 0x00E5:
    case 0x00E4:
    case 0x00EB:
    case 0x00FC:  // å ä ë ü
      return is_ascii_vowel(vowel);
    case 0x00E2:
    case 0x00EA:  // "aâ" = â, "eâ" = ê, "oâ" = ô, "aê" = ă
      return is_one_of(vowel, "aeoAEO");
    default:
      return false;
  }
}

// VNI letters that stand alone: ñ Ñ = đ Đ, ö Ö = ư Ư; none is Vietnamese.
bool is_vni_letter(UChar32 c) {
  return c == 0x00F1 || c == 0x00D1 || c == 0x00F6 || c == 0x00D6;
}

bool is_latin1_symbol(UChar32 c) {
  return c >= 0x00A1 && c <= 0x00BF;
}
// A character that TCVN3 text read as Windows-1252 has inside words: ASCII letters and U+00A1–U+00FF.
bool is_word(UChar32 c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0x00A1 && c <= 0x00FF && c != 0x00D7 && c != 0x00F7);
}
bool is_latin1_capital(UChar32 c) {
  return c >= 0x00C0 && c <= 0x00DE && c != 0x00D7;
}

}  // namespace

std::optional<LegacyGuess> guess_legacy_line(std::string_view line) {
  int tcvn3 = 0;
  int vni = 0;
  std::size_t first_tcvn3 = 0;
  std::size_t first_vni = 0;
  UChar32 previous = 0;
  const auto* s = reinterpret_cast<const std::uint8_t*>(line.data());
  const auto length = static_cast<int32_t>(line.size());
  for (int32_t i = 0; i < length;) {
    const int32_t at = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      previous = 0;
      continue;
    }
    if (is_vietnamese_only(c)) return std::nullopt;
    UChar32 next = 0;
    if (i < length) {
      int32_t j = i;
      U8_NEXT(s, j, length, next);
    }
    // Inside a word only: "b¸o", "§¨k", "kÕt"; not «quotes», "© 2024" or "30°".
    bool tcvn3_sign = (is_latin1_symbol(c) && is_word(previous) && is_word(next)) ||
                      (is_latin1_capital(c) && is_ascii_lower(previous) && is_ascii_lower(next));
    bool vni_sign = is_vni_letter(c) || is_vni_mark(c, previous);
    if (tcvn3_sign && tcvn3++ == 0) first_tcvn3 = static_cast<std::size_t>(at);
    if (vni_sign && vni++ == 0) first_vni = static_cast<std::size_t>(at);
    previous = c;
  }
  if (std::max(tcvn3, vni) < 2) return std::nullopt;
  if (tcvn3 >= vni) return LegacyGuess{LegacyEncoding::tcvn3, first_tcvn3};
  return LegacyGuess{LegacyEncoding::vni, first_vni};
}

std::optional<LegacyFind> find_legacy_text(std::string_view text) {
  int line = 1;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view l = text.substr(start, end - start);
    if (std::any_of(l.begin(), l.end(), [](char ch) { return static_cast<unsigned char>(ch) >= 0xC2; }))
      if (auto guess = guess_legacy_line(l)) return LegacyFind{line, *guess};
    if (end == text.size()) break;
    start = end + 1;
    ++line;
  }
  return std::nullopt;
}

bool looks_like_windows_1258(std::string_view bytes) {
  constexpr std::string_view kToneMarks = "\xCC\xEC\xD2\xDE\xF2";  // U+0300 U+0301 U+0309 U+0303 U+0323
  // Vowels in Windows-1258: ASCII, and â ê ô ă ơ ư (Â Ê Ô Ă Ơ Ư), which take tone marks.
  constexpr std::string_view kVowels = "aeiouyAEIOUY\xE2\xEA\xF4\xE3\xF5\xFD\xC2\xCA\xD4\xC3\xD5\xDD";
  int marked = 0;
  for (std::size_t i = 1; i < bytes.size(); ++i)
    if (kToneMarks.find(bytes[i]) != std::string_view::npos && kVowels.find(bytes[i - 1]) != std::string_view::npos)
      ++marked;
  if (marked < 2) return false;
  UErrorCode status = U_ZERO_ERROR;
  std::string utf8(bytes.size() * 3 + 16, '\0');
  const int32_t n = ucnv_convert("UTF-8", "windows-1258", utf8.data(), static_cast<int32_t>(utf8.size()), bytes.data(),
                                 static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return false;
  utf8.resize(static_cast<std::size_t>(n));
  const std::string composed = to_nfc(utf8);
  const auto* s = reinterpret_cast<const std::uint8_t*>(composed.data());
  const auto length = static_cast<int32_t>(composed.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323) return false;  // left over
  }
  return true;
}

std::string_view legacy_encoding_name(LegacyEncoding encoding) {
  switch (encoding) {
    case LegacyEncoding::tcvn3:
      return "TCVN3 (ABC, .Vn fonts)";
    case LegacyEncoding::vni:
      return "VNI (VNI- fonts)";
    case LegacyEncoding::windows_1258:
      return "Windows-1258 (CP1258, \"Vietnamese (Windows)\")";
  }
  return {};
}

}  // namespace campaign::text
