// ICU-backed implementation of campaign/text/unicode.hpp.
//
// Strings cross the API as UTF-8; internally ICU works on UTF-16 icu::UnicodeString.
// Ill-formed UTF-8 is not an error here (callers validate with find_invalid_utf8 first):
// ICU reads each ill-formed sequence as U+FFFD.

#include "campaign/text/unicode.hpp"

#include <fmt/format.h>
#include <unicode/brkiter.h>
#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <memory>

namespace campaign::text {
namespace {

constexpr CodeRange kHiddenControls[] = {{0x00, 0x1F}, {0x7F, 0x9F}, {0x202A, 0x202E}, {0x2066, 0x2069}};

icu::StringPiece piece(std::string_view utf8) {
  return icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size()));
}

icu::UnicodeString to_unicode(std::string_view utf8) {
  return icu::UnicodeString::fromUTF8(piece(utf8));
}

std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

// Columns of one code point, in the spirit of Markus Kuhn's wcwidth but from ICU's
// current Unicode data: marks, format and control characters (ZWSP U+200B, ZWJ, BOM,
// variation selectors, ...) take none; East Asian Wide and Fullwidth take two.
int codepoint_width(UChar32 c) {
  if (c == 0x00AD) return 1;  // soft hyphen: terminals show it
  const auto category = static_cast<UCharCategory>(u_charType(c));
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR ||
      category == U_CONTROL_CHAR) {
    return 0;
  }
  if (u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) return 0;
  if (c >= 0x1160 && c <= 0x11FF) return 0;  // Hangul medial vowels and final consonants join
  const auto east_asian = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  if (east_asian == U_EA_WIDE || east_asian == U_EA_FULLWIDTH) return 2;
  return 1;
}

// Columns of `text[start, limit)` (UTF-16 indices).
int width_of(const icu::UnicodeString& text, std::int32_t start, std::int32_t limit) {
  int width = 0;
  for (std::int32_t i = start; i < limit;) {
    const UChar32 c = text.char32At(i);
    width += codepoint_width(c);
    i += U16_LENGTH(c);
  }
  return width;
}

// Character (grapheme cluster) iterator for the root locale, one per thread because
// ICU break iterators are not thread-safe. Null if ICU data is missing.
icu::BreakIterator* grapheme_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
    return U_SUCCESS(status) ? std::move(it) : nullptr;
  }();
  return iterator.get();
}

// End of the grapheme cluster starting at `start`. Without ICU's iterator: one code
// point followed by the zero-width ones (enough to keep Vietnamese marks with their letter).
std::int32_t next_boundary(icu::BreakIterator* it, const icu::UnicodeString& text, std::int32_t start) {
  if (it != nullptr) return it->following(start);
  std::int32_t end = text.moveIndex32(start, 1);
  while (end < text.length() && codepoint_width(text.char32At(end)) == 0) {
    end = text.moveIndex32(end, 1);
  }
  return end;
}

// Vietnamese collator, one per thread (Collator::compare is const but clones are cheap
// and avoid relying on ICU's internal locking). Null if ICU has no data for "vi".
const icu::Collator* vi_collator() {
  thread_local std::unique_ptr<icu::Collator> collator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(icu::Locale("vi"), status));
    if (U_FAILURE(status)) return std::unique_ptr<icu::Collator>();
    // NFC and NFD spellings of a name must compare equal.
    c->setAttribute(UCOL_NORMALIZATION_MODE, UCOL_ON, status);
    return c;
  }();
  return collator.get();
}

std::string spaces(int count) {
  return std::string(count > 0 ? static_cast<std::size_t>(count) : 0, ' ');
}

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const auto length = static_cast<std::int64_t>(bytes.size());
  for (std::int64_t i = 0; i < length;) {
    const std::int64_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) return static_cast<std::size_t>(start);
  }
  return std::nullopt;
}

std::span<const CodeRange> hidden_control_ranges() {
  return kHiddenControls;
}

std::optional<HiddenControl> find_hidden_control(std::string_view utf8, std::string_view allowed) {
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    const int32_t at = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) continue;
    const auto cp = static_cast<char32_t>(c);
    const auto in = [cp](const CodeRange& r) { return cp >= r.first && cp <= r.last; };
    const bool hidden = std::any_of(std::begin(kHiddenControls), std::end(kHiddenControls), in) &&
                        !(c < 0x80 && allowed.find(static_cast<char>(c)) != std::string_view::npos);
    if (hidden)
      return HiddenControl{static_cast<std::size_t>(at), static_cast<std::size_t>(i - at), static_cast<char32_t>(c)};
  }
  return std::nullopt;
}

std::string escape_controls(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  std::string out;
  out.reserve(text.size());
  for (int32_t i = 0; i < length;) {
    const int32_t at = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) {  // each byte of an ill-formed sequence on its own
      for (int32_t b = at; b < i; ++b) out += fmt::format("\\x{:02x}", s[b]);
      continue;
    }
    const bool bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    if (u_charType(c) != U_CONTROL_CHAR && !bidi) {
      out.append(text.substr(static_cast<std::size_t>(at), static_cast<std::size_t>(i - at)));
    } else if (c == '\n' || c == '\r' || c == '\t') {
      out += c == '\n' ? "\\n" : c == '\r' ? "\\r" : "\\t";
    } else {
      out += c < 0x80 ? fmt::format("\\x{:02x}", c) : fmt::format("\\u{:04x}", c);
    }
  }
  return out;
}

int count_code_points(std::string_view utf8) {
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  int count = 0;
  for (int32_t i = 0; i < length; ++count) U8_FWD_1(s, i, length);
  return count;
}

std::string_view first_code_points(std::string_view utf8, int n) {
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  for (int k = 0; k < n && i < length; ++k) U8_FWD_1(s, i, length);
  return utf8.substr(0, static_cast<std::size_t>(i));
}

bool is_nfc(std::string_view utf8) {
  // ASCII is always NFC: most scalars (ids, dates, numbers, keys) stop here.
  if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) return true;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return true;  // no ICU data: nothing sensible to report
  const bool normalized =
      nfc->isNormalizedUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())), status);
  return U_FAILURE(status) || normalized;
}

std::string to_nfc(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(utf8);
  const icu::UnicodeString normalized = nfc->normalize(to_unicode(utf8), status);
  return U_FAILURE(status) ? std::string(utf8) : to_utf8(normalized);
}

std::string to_lower(std::string_view utf8) {
  icu::UnicodeString text = to_unicode(to_nfc(utf8));
  text.toLower(icu::Locale::getRoot());
  // Lowercasing can leave a string that is no longer NFC (e.g. U+0130); normalize again.
  return to_nfc(to_utf8(text));
}

std::string fold(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString lowered = to_unicode(to_lower(utf8));
  if (U_FAILURE(status)) return to_utf8(lowered);
  const icu::UnicodeString decomposed = nfd->normalize(lowered, status);
  if (U_FAILURE(status)) return to_utf8(lowered);
  icu::UnicodeString out;
  for (std::int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;  // tone and vowel marks (NFD splits them off)
    out.append(c == 0x0111 ? UChar32{'d'} : c);         // đ has no decomposition
  }
  return to_utf8(out);
}

bool starts_lower(std::string_view utf8) {
  if (utf8.empty()) return false;
  std::int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const std::uint8_t*>(utf8.data()), i, static_cast<std::int32_t>(utf8.size()), c);
  return c >= 0 && u_isULowercase(c);
}

namespace {

// The columns of `utf8`, counted until they pass `stop_above` (then some value above it).
int width_up_to(std::string_view utf8, int stop_above) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(utf8.data());
  const auto length = static_cast<std::int64_t>(utf8.size());
  int width = 0;
  for (std::int64_t i = 0; i < length && width <= stop_above;) {
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    width += c < 0 ? 1 : codepoint_width(c);  // ill-formed: shown as U+FFFD
  }
  return width;
}

}  // namespace

int display_width(std::string_view utf8) {
  return width_up_to(utf8, INT_MAX - 2);
}

bool wider_than(std::string_view utf8, int width) {
  return width_up_to(utf8, width) > width;
}

std::string truncate_to_width(std::string_view utf8, int width, std::string_view ellipsis) {
  if (width < 0) width = 0;
  if (display_width(utf8) <= width) return std::string(utf8);
  const int ellipsis_width = display_width(ellipsis);
  if (ellipsis_width > width) return truncate_to_width(ellipsis, width, "");

  const icu::UnicodeString text = to_unicode(utf8);
  icu::BreakIterator* it = grapheme_iterator();
  if (it != nullptr) it->setText(text);
  const int budget = width - ellipsis_width;
  int used = 0;
  std::int32_t cut = 0;
  while (cut < text.length()) {
    const std::int32_t end = next_boundary(it, text, cut);
    const int cluster = width_of(text, cut, end);
    if (used + cluster > budget) break;
    used += cluster;
    cut = end;
  }
  std::string out = to_utf8(text.tempSubString(0, cut));
  out.append(ellipsis);
  return out;
}

std::string truncate_at_word(std::string_view utf8, int width, std::string_view ellipsis) {
  if (display_width(utf8) <= width) return std::string(utf8);
  std::string cut = truncate_to_width(utf8, width, ellipsis);
  if (cut.size() < ellipsis.size() || cut.compare(cut.size() - ellipsis.size(), ellipsis.size(), ellipsis) != 0)
    return cut;  // narrower than the ellipsis itself
  cut.resize(cut.size() - ellipsis.size());
  const bool at_space = cut.size() < utf8.size() && utf8[cut.size()] == ' ';  // the cut already ends a word
  const std::size_t space = cut.rfind(' ');
  if (!at_space && space != std::string::npos && space > cut.size() / 2) cut.resize(space);
  while (!cut.empty() && (cut.back() == ' ' || cut.back() == ',' || cut.back() == ';' || cut.back() == ':'))
    cut.pop_back();
  return cut + std::string(ellipsis);
}

int widest_word(std::string_view utf8) {
  int widest = 0;
  std::size_t start = 0;
  while (start <= utf8.size()) {
    std::size_t end = utf8.find(' ', start);
    if (end == std::string_view::npos) end = utf8.size();
    widest = std::max(widest, display_width(utf8.substr(start, end - start)));
    start = end + 1;
  }
  return widest;
}

std::vector<std::string> wrap_to_width(std::string_view utf8, int width) {
  width = std::max(width, 1);
  std::vector<std::string> lines(1);
  int used = 0;
  std::size_t start = 0;
  while (start < utf8.size()) {
    const std::size_t word_start = std::min(utf8.find_first_not_of(' ', start), utf8.size());
    if (word_start == utf8.size()) break;  // trailing spaces
    std::size_t end = utf8.find(' ', word_start);
    if (end == std::string_view::npos) end = utf8.size();
    const std::string_view gap = utf8.substr(start, word_start - start);
    std::string_view word = utf8.substr(word_start, end - word_start);
    int w = display_width(word);
    const int gap_width = static_cast<int>(gap.size());
    if (used > 0 && used + gap_width + w <= width) {
      lines.back().append(gap);
      used += gap_width;
    } else if (used > 0 || (lines.size() == 1 && !gap.empty() && gap_width + w <= width)) {
      if (used > 0) {
        lines.emplace_back();
        used = 0;
      } else {  // leading spaces of the text: kept
        lines.back().append(gap);
        used = gap_width;
      }
    }
    if (used + w > width) {
      // A word wider than a line: broken between grapheme clusters, in one pass over it (cutting
      // one line's worth at a time and measuring the rest again was quadratic: a text of one
      // 15 MB word did not finish).
      const icu::UnicodeString text = to_unicode(word);
      icu::BreakIterator* it = grapheme_iterator();
      if (it != nullptr) it->setText(text);
      std::int32_t piece = 0;
      std::int32_t cut = 0;
      while (cut < text.length()) {
        const std::int32_t next = next_boundary(it, text, cut);
        const int cluster = width_of(text, cut, next);
        if (used + cluster > width && (used > 0 || cut > piece)) {  // the line is full: this cluster starts the next
          lines.back().append(to_utf8(text.tempSubString(piece, cut - piece)));
          lines.emplace_back();
          used = 0;
          piece = cut;
          continue;
        }
        used += cluster;  // a cluster wider than a whole line stands alone on its line
        cut = next;
      }
      lines.back().append(to_utf8(text.tempSubString(piece, cut - piece)));
      start = end;
      continue;
    }
    lines.back().append(word);
    used += w;
    start = end;
  }
  if (lines.size() > 1 && lines.back().empty()) lines.pop_back();
  return lines;
}

std::string pad_right(std::string_view utf8, int width) {
  return std::string(utf8) + spaces(width - display_width(utf8));
}

std::string pad_left(std::string_view utf8, int width) {
  return spaces(width - display_width(utf8)) + std::string(utf8);
}

int compare_vi(std::string_view a, std::string_view b) {
  if (const icu::Collator* collator = vi_collator()) {
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult result = collator->compareUTF8(piece(a), piece(b), status);
    if (U_SUCCESS(status)) return static_cast<int>(result);
  }
  // No collation data: code point order of the NFC forms is at least deterministic.
  const int byte_order = to_nfc(a).compare(to_nfc(b));
  return (byte_order > 0) - (byte_order < 0);
}

}  // namespace campaign::text
