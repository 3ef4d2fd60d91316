#pragma once
// The input of `campaign import` as paragraphs and table rows (importer::Block): from text or
// Markdown, and from a DOCX package (word/document.xml, read with libzip and pugixml).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "campaign/import/notice.hpp"

namespace campaign::importer {

/// Paragraphs of decoded text (UTF-8, LF line ends): a blank line ends a paragraph, lines
/// starting with a bullet ("- ", "• "), a number ("2. ") or '|' start one, the lines of a
/// paragraph are joined with a space. Markdown is reduced to its text: heading marks ("# "),
/// emphasis ('*', "**"), table rows split into cells (separator rows dropped); a line of three
/// or more tab-separated fields is a table row too. Text is NFC with spaces collapsed.
std::vector<Block> text_blocks(std::string_view text);

/// Limits on a DOCX package, against zip bombs: the uncompressed size of word/document.xml and
/// the number of entries.
struct DocxLimits {
  std::size_t max_document_bytes = 64u << 20;
  std::size_t max_entries = 10'000;
};

/// Outcome of docx_blocks: the blocks, or why the bytes are not a readable DOCX.
struct DocxBlocks {
  std::vector<Block> blocks;
  std::string error;
};

/// Paragraphs (w:p: runs' w:t, w:tab as a space, w:br as a space) and table rows (w:tr, each
/// w:tc's paragraphs joined with a space) of the main document part, in order. Refuses a
/// package that is not a zip, has no word/document.xml, declares or inflates to more than
/// `limits` (checked while inflating, not trusted from the header), or is not XML.
DocxBlocks docx_blocks(std::string_view bytes, const DocxLimits& limits = {});

/// Collapses runs of white space (and no-break spaces) to one space, trims, and normalises
/// to NFC. Invisible controls that validate refuses (E020) do not pass: a control character
/// (NEL U+0085, a form feed) is white space, a bidi control is removed.
std::string clean_text(std::string_view text);

}  // namespace campaign::importer
