#pragma once
// Names of bodies in a notice resolved against the registry (model::resolve_body): the
// addressees of a numbered item, the lines of "Nơi nhận", the issuer of a cited document.

#include <string>
#include <string_view>
#include <vector>

#include "campaign/model/model.hpp"

namespace campaign::importer {

/// The id of the one body `text` names (id, name, full name or alias, or one unit's body), also
/// read with a leading "các" added or dropped ("cơ quan, đơn vị, phòng, ban, ngành cấp huyện");
/// "" when none or several.
std::string resolve_one(const model::Model& registry, std::string_view text);

/// The id of the body named by the longest run of leading words of `text` ("Ban Thường vụ Huyện
/// ủy" of "Ban Thường vụ Huyện ủy và các nghị quyết"), or "".
std::string resolve_prefix(const model::Model& registry, std::string_view text);

/// The addressees of an item's lead text ("UBND huyện, UBMTTQVN huyện, các TCCS Đảng, cơ quan,
/// đơn vị, phòng, ban, ngành cấp huyện và Ban Chỉ đạo Cuộc vận động các xã, thị trấn:"): the
/// longest runs of words that name a body, left to right; a name missing the qualifier that a
/// later name ends with is read with it ("Đảng ủy, BCĐ Cuộc vận động các xã, thị trấn" names
/// "Đảng ủy các xã, thị trấn" too). `unresolved`: the words that name nothing, as written.
struct Addressees {
  std::vector<std::string> ids;
  std::vector<std::string> unresolved;
};
Addressees resolve_addressees(const model::Model& registry, std::string_view heading);

}  // namespace campaign::importer
