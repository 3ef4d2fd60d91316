#pragma once
// Words for administrative changes (docs/territory.md): an obligation carried by a successor's
// body ("BCĐ xã (Xã Đăk Tôre) → BCĐ xã (Xã Kon Braih) (từ 01/07/2025, theo …)"), and why a
// former units' figure cannot be rolled up into their successor.

#include <string>

#include "campaign/schedule/obligation.hpp"
#include "campaign/targets/rollup.hpp"
#include "campaign/write/language.hpp"

namespace campaign::write {

/// The body an obligation falls on, and for one carried from a unit that ceased, the former
/// unit's body, an arrow, the successor's and when and by what ("(từ 01/07/2025, theo Nghị
/// quyết 1677/NQ-UBTVQH15)"); for a split unit, the former body and that no single unit
/// carries it. Plain schedule::body_label otherwise.
std::string carried_body_label(const model::Model& model, const schedule::Obligation& obligation, Language lang);

/// Why a value of `unit` could not be rolled up from its former units: "Xã Kon Braih: không
/// cộng dồn được từ Xã Tân Lập, Xã Đăk Ruồng, Xã Đăk Tôre: …".
std::string refusal_text(const targets::Refusal& refusal, Language lang);

/// The stable key of a refusal reason (JSON): "mean-without-weights", "no-rule", "missing-weight",
/// "zero-weights", "part-missing", "split".
std::string_view refusal_key(targets::RefusalReason reason);

/// The note on the map a table is drawn on: "Theo địa giới hành chính ngày 01/07/2025: …".
std::string map_note(const targets::UnitMap& map, Language lang);

}  // namespace campaign::write
