#include "campaign/load/source.hpp"

#include <fmt/format.h>
#include <unicode/ucnv.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>

#include "campaign/i18n/translate.hpp"
#include "campaign/text/legacy.hpp"
#include "campaign/text/unicode.hpp"

namespace campaign::load {

namespace {

std::string normalize_line_ends(std::string_view in) {
  if (in.find('\r') == std::string_view::npos) return std::string(in);
  std::string out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < in.size() && in[i + 1] == '\n') ++i;
    } else {
      out.push_back(in[i]);
    }
  }
  return out;
}

bool transcode(std::string_view bytes, const char* charset, std::string& out) {
  UErrorCode status = U_ZERO_ERROR;
  out.resize(bytes.size() * 3 + 16);  // UTF-8 needs at most 3 bytes per UTF-16 unit or 8-bit byte
  int32_t n = ucnv_convert("UTF-8", charset, out.data(), static_cast<int32_t>(out.size()), bytes.data(),
                           static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return false;
  out.resize(static_cast<std::size_t>(n));
  return true;
}

// The first C0 control character but tab, LF and CR, or DEL, in raw bytes (which may not be
// UTF-8 yet): YAML 1.2 §5.1 allows none of them.
std::optional<std::size_t> first_control(std::string_view bytes) {
  auto it = std::find_if(bytes.begin(), bytes.end(), [](char ch) {
    auto c = static_cast<unsigned char>(ch);
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
  });
  if (it == bytes.end()) return std::nullopt;
  return static_cast<std::size_t>(it - bytes.begin());
}

bool has_multibyte_utf8(std::string_view text) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c >= 0x80) return true;
  }
  return false;
}

// A file whose first characters are ASCII written as UTF-16 without a byte-order mark: every
// other byte of the first ones is NUL.
std::optional<std::size_t> utf16_without_bom(std::string_view bytes) {
  const std::size_t n = std::min<std::size_t>(bytes.size() & ~std::size_t{1}, 16);
  if (n < 4) return std::nullopt;
  bool le = true, be = true;
  for (std::size_t i = 0; i < n; i += 2) {
    le = le && bytes[i] != 0 && bytes[i + 1] == 0;
    be = be && bytes[i] == 0 && bytes[i + 1] != 0;
  }
  if (le) return 1;
  if (be) return 0;
  return std::nullopt;
}

// UTF-32, which campaign does not read: "LE" or "BE" when the file starts with its byte-order
// mark (FF FE 00 00, 00 00 FE FF; UTF-32LE's starts with UTF-16LE's) or, without one, with
// ASCII characters of four bytes each (three of them NUL).
std::optional<std::string_view> utf32_byte_order(std::string_view bytes) {
  using namespace std::string_view_literals;
  if (bytes.starts_with("\xFF\xFE\0\0"sv)) return "LE";
  if (bytes.starts_with("\0\0\xFE\xFF"sv)) return "BE";
  const std::size_t n = std::min<std::size_t>(bytes.size() & ~std::size_t{3}, 16);
  if (n < 8) return std::nullopt;
  bool le = true, be = true;
  for (std::size_t i = 0; i < n; i += 4) {
    const bool zeros_after = bytes.substr(i + 1, 3) == "\0\0\0"sv;
    const bool zeros_before = bytes.substr(i, 3) == "\0\0\0"sv;
    le = le && bytes[i] != 0 && zeros_after;
    be = be && bytes[i + 3] != 0 && zeros_before;
  }
  if (le) return "LE";
  if (be) return "BE";
  return std::nullopt;
}

Decoded failed(std::string_view prefix_text, std::string problem) {
  Decoded result;
  result.ok = false;
  result.problem = std::move(problem);
  result.text = normalize_line_ends(prefix_text);
  return result;
}

Decoded decode_utf16(std::string_view bytes, bool le) {
  const char* charset = le ? "UTF-16LE" : "UTF-16BE";
  std::string_view body = bytes.substr(2);
  auto unit = [&](std::size_t i) -> std::uint16_t {
    auto lo = static_cast<unsigned char>(body[i + (le ? 0 : 1)]);
    auto hi = static_cast<unsigned char>(body[i + (le ? 1 : 0)]);
    return static_cast<std::uint16_t>(hi << 8 | lo);
  };
  auto prefix = [&](std::size_t end) {
    std::string utf8;
    transcode(body.substr(0, end), charset, utf8);
    return utf8;
  };
  const std::size_t even = body.size() & ~std::size_t{1};
  for (std::size_t i = 0; i < even; i += 2) {  // unpaired surrogates: ICU would put U+FFFD silently
    std::uint16_t u = unit(i);
    if (U16_IS_LEAD(u) && i + 2 < even && U16_IS_TRAIL(unit(i + 2))) {
      i += 2;
    } else if (U16_IS_SURROGATE(u)) {
      return failed(
          prefix(i),
          i18n::trf("invalid UTF-16 (an unpaired surrogate) at byte offset {}; save the file as UTF-8", i + 2));
    }
  }
  if (body.size() % 2 != 0)
    return failed(prefix(even),
                  i18n::trf("the file starts with a UTF-16 byte-order mark but ends in the middle of a character at "
                            "byte offset {}; save the file as UTF-8",
                            bytes.size() - 1));
  Decoded result;
  result.encoding = charset;
  std::string utf8;
  if (!transcode(body, charset, utf8))
    return failed({},
                  i18n::tr("the file starts with a UTF-16 byte-order mark but is not valid UTF-16; save the file as "
                           "UTF-8"));
  result.text = normalize_line_ends(utf8);
  return result;
}

// The hint for 8-bit text that is not UTF-8: the legacy encoding it looks like, if any.
std::string eight_bit_hint(std::string_view body) {
  if (text::looks_like_windows_1258(body))
    return i18n::trf(
        "the file looks like Vietnamese saved in the {} code page: open it as that encoding (e.g. "
        "UniKey's converter, source \"Vietnamese locale CP 1258\") and save it as UTF-8",
        text::legacy_encoding_name(text::LegacyEncoding::windows_1258));
  std::string as_1252;
  if (transcode(body, "windows-1252", as_1252))
    if (auto found = text::find_legacy_text(normalize_line_ends(as_1252)))
      return i18n::trf(
          "the file looks like Vietnamese in the legacy {} encoding: convert it to Unicode (e.g. "
          "UniKey's converter) and save it as UTF-8",
          text::legacy_encoding_name(found->guess.encoding));
  return i18n::tr("save the file as UTF-8");
}

}  // namespace

Decoded decode(std::string_view bytes) {
  if (auto order = utf32_byte_order(bytes))
    return failed({}, i18n::trf("the file is in UTF-32{} (4 bytes per character), which campaign does not read; save "
                                "it as UTF-8",
                                *order));
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) return decode_utf16(bytes, bytes[0] == '\xFF');
  Decoded result;
  std::size_t skipped = 0;
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    result.encoding = "UTF-8 with BOM";
    skipped = 3;
  }
  std::string_view body = bytes.substr(skipped);
  if (auto nul = utf16_without_bom(body))
    return failed(body.substr(0, *nul),
                  i18n::trf("the file looks like UTF-16 without a byte-order mark (a NUL byte at byte offset {}); "
                            "save it as UTF-8",
                            *nul + skipped));
  const std::optional<std::size_t> bad = text::find_invalid_utf8(body);
  const std::optional<std::size_t> control = first_control(body);
  // A NUL anywhere before the first invalid byte means binary, even after another control.
  const std::size_t nul = control ? body.find('\0', *control) : std::string_view::npos;
  if (nul != std::string_view::npos && (!bad || nul < *bad))
    return failed(body.substr(0, nul),
                  i18n::trf("a NUL byte at byte offset {}: the file is not text (a spreadsheet or a picture saved "
                            "as .yaml?); save it as UTF-8 text",
                            nul + skipped));
  if (bad) {
    // An 8-bit file holds no valid multi-byte UTF-8 sequence and, being text, no controls.
    const std::string hint =
        !has_multibyte_utf8(body) && !control ? eight_bit_hint(body) : std::string(i18n::tr("save the file as UTF-8"));
    return failed(body.substr(0, *bad), i18n::trf("invalid UTF-8 at byte offset {}; {}", *bad + skipped, hint));
  }
  if (control) {
    auto c = static_cast<unsigned char>(body[*control]);
    return failed(body.substr(0, *control),
                  c == 0x0B ? i18n::trf("a control character (U+{:04X}, as Word writes for a manual line break) at "
                                        "byte offset {}; YAML allows none but tab and line ends: delete it",
                                        c, *control + skipped)
                            : i18n::trf("a control character (U+{:04X}) at byte offset {}; YAML allows none but tab "
                                        "and line ends: delete it",
                                        c, *control + skipped));
  }
  result.text = normalize_line_ends(body);
  return result;
}

}  // namespace campaign::load
