#pragma once
// Vietnamese typed with the legacy 8-bit font encodings of the 1990s (TCVN3/ABC with .Vn
// fonts, VNI with VNI- fonts) and later read as Windows-1252: "Th«ng b¸o" (TCVN3) or
// "Thoâng baùo" (VNI) for "Thông báo". Such text is valid UTF-8, so only its letters betray it.

#include <cstddef>
#include <optional>
#include <string_view>

namespace campaign::text {

/// The legacy encodings recognised. Sources: TCVN 5712:1993 (VN3 = "ABC"), the VNI Windows code table.
enum class LegacyEncoding { tcvn3, vni };

/// Where a line looks like legacy-encoded Vietnamese.
struct LegacyGuess {
  LegacyEncoding encoding;
  std::size_t offset = 0;  ///< byte offset, in the line, of the first telltale character
};

/// Guesses whether one line of UTF-8 text is Vietnamese in a legacy encoding read as
/// Windows-1252. A line qualifies only when it holds none of the letters that exist only in
/// Vietnamese Unicode (ă đ ĩ ũ ơ ư, U+1EA0–U+1EF9) and at least two telltales: for TCVN3 the
/// symbols U+00A1–U+00BF or a capital Latin-1 letter next to a lower-case one ("kÕt"); for VNI
/// the marks that follow a base vowel ("aù", "eâ", "ñ" for đ). nullopt for ordinary text.
std::optional<LegacyGuess> guess_legacy_line(std::string_view line);

/// The first line of `text` ('\n'-separated UTF-8) that looks legacy-encoded: its 1-based line
/// number and the guess. Lines that are pure ASCII are skipped cheaply.
struct LegacyFind {
  int line = 0;
  LegacyGuess guess;
};
std::optional<LegacyFind> find_legacy_text(std::string_view text);

/// "TCVN3 (ABC)" or "VNI": the name clerks know from their converters (UniKey, Vietkey).
std::string_view legacy_encoding_name(LegacyEncoding encoding);

}  // namespace campaign::text
