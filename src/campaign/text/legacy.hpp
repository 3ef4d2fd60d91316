#pragma once
// Vietnamese typed with the legacy 8-bit font encodings of the 1990s (TCVN3/ABC with .Vn
// fonts, VNI with VNI- fonts) and later read as Windows-1252: "Th«ng b¸o" (TCVN3) or
// "Thoâng baùo" (VNI) for "Thông báo". Such text is valid UTF-8, so only its letters betray it.

#include <cstddef>
#include <optional>
#include <string_view>

namespace campaign::text {

/// The legacy encodings recognised. Sources: TCVN 5712:1993 (VN3 = "ABC"), the VNI Windows code
/// table, Microsoft's code page 1258 ("Vietnamese (Windows)": tone marks as combining characters).
enum class LegacyEncoding { tcvn3, vni, windows_1258 };

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

/// True when raw 8-bit `bytes` (not UTF-8) read as Windows-1258 are Vietnamese: at least two
/// tone marks (bytes CC EC D2 DE F2, combining characters in that code page) follow a vowel, and
/// every tone mark in the file composes with the letter before it (NFC). Latin-1 text in other
/// languages (Portuguese "não" would read "năo") has no such marks, and TCVN3 text read so leaves
/// marks on consonants.
bool looks_like_windows_1258(std::string_view bytes);

/// "TCVN3 (ABC)", "VNI" or "Windows-1258": the name clerks know from their converters (UniKey, Vietkey).
std::string_view legacy_encoding_name(LegacyEncoding encoding);

}  // namespace campaign::text
