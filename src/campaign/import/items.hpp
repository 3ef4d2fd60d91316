#pragma once
// Internal to campaign/import: the numbered items and their tasks, "Nơi nhận" and the signing
// block, cited documents and footnotes, read into a Draft.

#include <vector>

#include "campaign/import/notice.hpp"
#include "campaign/import/sections.hpp"

namespace campaign::importer::detail {

/// Numbered items as directives: a lead text ending with ':' or naming only bodies is the
/// addressees, otherwise the item is a task itself; bullets and paragraphs below are tasks,
/// each with its deadline, report frequency and "(qua …)".
void read_items(const std::vector<Block>& blocks, const Sections& s, const model::Model& registry, Draft& d);

/// "Nơi nhận" lines as recipients (resolved where the registry knows them), the signing block as
/// signer: the last line written like a name, the others as the title.
void read_recipients_and_signer(const std::vector<Block>& blocks, const Sections& s, const model::Model& registry,
                                Draft& d);

/// Documents cited with a number and date in items and tasks as references (in order of first
/// citation), each task's citations of them; footnotes as the title of the document cited just
/// before their marker, else kept in Draft::footnotes.
void read_references_and_footnotes(const std::vector<Block>& blocks, const Sections& s, const model::Model& registry,
                                   Draft& d);

}  // namespace campaign::importer::detail
