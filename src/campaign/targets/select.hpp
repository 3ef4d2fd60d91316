#pragma once
// Choosing indicators by the --indicator REF of campaign targets / compare.

#include <string>
#include <vector>

#include "campaign/targets/effective.hpp"

namespace campaign::targets {

/// Result of resolve: the indicators named, or an error message (for "campaign: ...").
struct Resolved {
  std::vector<IndicatorRef> indicators;
  std::string error;
};

/// Resolves REFs: "DOCUMENT#INDICATOR" ("127-TB/BCĐ#1", compared after NFC; the document
/// number also ignoring case, as model::resolve_document), or a bare
/// indicator id ("1") when one document only has it. Errors name the REF and list the known
/// refs (with a "did you mean" when one is close, ignoring case and tone marks).
Resolved resolve(const model::Model& model, const std::vector<std::string>& refs);

/// The effective indicators that are, or replace (through amendments), one of `named`; all of
/// `effective` when `named` is empty.
std::vector<Effective> select(const model::Model& model, const std::vector<Effective>& effective,
                              const std::vector<IndicatorRef>& named);

}  // namespace campaign::targets
