#pragma once
// Bodies and documents named the way clerks write them: by id ("ubnd-huyen"), by name
// ("UBND huyện"), full name or alias ("UBMTTQVN huyện"), and one unit's body of a per-unit
// body ("bcd-xa@tan-lap", "BCĐ xã Tân Lập", "UBND xã (Xã Đăk Kôi)"). Issue 10, item 6.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "campaign/model/model.hpp"

namespace campaign::model {

/// How a text named a body.
enum class NameMatch : std::uint8_t { id, name, full_name, alias };

/// A body found by name: `body` indexes Model::bodies; `unit` indexes Model::units when the text
/// named one unit's body of a per-unit body (nullopt otherwise).
struct BodyMatch {
  std::size_t body = 0;
  std::optional<std::size_t> unit;
  NameMatch how = NameMatch::id;

  auto operator<=>(const BodyMatch&) const = default;
};

/// Outcome of resolve_body: one match, or none (`matches` empty), or several (ambiguous: the
/// same name or alias given to more than one body).
struct BodyResolution {
  std::vector<BodyMatch> matches;

  [[nodiscard]] bool unique() const { return matches.size() == 1; }
};

/// Resolves `text` to a body, in this order: an id ("ubnd-huyen"), ID@UNIT with a per-unit body
/// and a unit id ("bcd-xa@tan-lap"); a body's name, full name or alias compared after NFC and
/// case-insensitively ("ubnd huyện", "UBMTTQVN huyện"); for per-unit bodies, one of those
/// followed by a unit's name, its name without the kind word, or its name in parentheses
/// ("BCĐ xã Tân Lập", "UBND xã Đăk Kôi", "BCĐ Cuộc vận động xã (Thị trấn Đăk Rve)"), also with
/// the body's trailing kind word replaced by the unit's ("BCĐ xã" + "Thị trấn Đăk Rve" as
/// "BCĐ thị trấn Đăk Rve"). Never guesses past case: spelling and tone marks must be right.
BodyResolution resolve_body(const Model& model, std::string_view text);

/// The id a match stands for: "ubnd-huyen", or "bcd-xa@tan-lap" for one unit's body.
std::string match_id(const Model& model, const BodyMatch& match);

/// "did you mean" for a body nobody's id, name or alias matches: the closest id, name or
/// alias after text::fold (case and tone marks ignored), returned as its id with the name in
/// parentheses when it differs ("ubnd-huyen (UBND huyện)"); "" when nothing is close.
std::string suggest_body(const Model& model, std::string_view text);

/// The document numbered `number` among the complete documents, compared after NFC, then
/// case-insensitively; nullptr when none (or several) match.
const Document* resolve_document(const Model& model, std::string_view number);

/// "did you mean" for a document number: the closest loaded number after text::fold
/// ("127-TB/BCD" -> "127-TB/BCĐ"); "" when nothing is close.
std::string suggest_document(const Model& model, std::string_view number);

/// A unit's name without its leading kind word: "Xã Tân Lập" -> "Tân Lập", "Thị trấn Đăk Rve"
/// -> "Đăk Rve"; the name itself when it does not start with its kind's word.
std::string short_unit_name(const Unit& unit);

}  // namespace campaign::model
