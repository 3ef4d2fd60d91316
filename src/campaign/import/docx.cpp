// DOCX -> blocks: the main document part of a WordprocessingML package (ECMA-376 Part 1 §17),
// read with libzip from memory and pugixml. Only text is read: runs (w:t), tabs and breaks as
// spaces, paragraphs and table rows in document order. The inflated size is counted while
// reading, so a zip bomb stops at the limit whatever its header declares.
#include <zip.h>

#include <array>
#include <memory>
#include <pugixml.hpp>

#include "campaign/i18n/translate.hpp"
#include "campaign/import/blocks.hpp"

namespace campaign::importer {
namespace {

struct ArchiveCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct FileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

// Text of a paragraph (or of any element): w:t in order, w:tab and w:br/w:cr as a space.
// Elements deeper than kMaxDepth are not read (Word nests a few levels; this bounds the stack).
constexpr int kMaxDepth = 64;

void collect_text(const pugi::xml_node& node, std::string& out, int depth = 0) {
  if (depth > kMaxDepth) return;
  for (const pugi::xml_node& child : node.children()) {
    const std::string_view name = child.name();
    if (name == "w:t")
      out += child.text().get();
    else if (name == "w:tab" || name == "w:br" || name == "w:cr")
      out += ' ';
    else if (name != "w:instrText" && name != "w:delText")
      collect_text(child, out, depth + 1);
  }
}

void read_table(const pugi::xml_node& table, std::vector<Block>& blocks) {
  for (const pugi::xml_node& row : table.children("w:tr")) {
    Block block;
    for (const pugi::xml_node& cell : row.children("w:tc")) {
      std::string text;
      for (const pugi::xml_node& part : cell.children()) {
        std::string piece;
        collect_text(part, piece);
        if (!piece.empty()) text += (text.empty() ? "" : " ") + piece;
      }
      // A cell merged across columns (w:gridSpan) counts once per column it spans.
      int span = cell.child("w:tcPr").child("w:gridSpan").attribute("w:val").as_int(1);
      if (span < 1 || span > 64) span = 1;
      for (int i = 0; i < span; ++i) block.cells.push_back(i == 0 ? clean_text(text) : std::string());
    }
    for (const auto& c : block.cells) block.text += (block.text.empty() ? "" : " | ") + c;
    if (!block.cells.empty()) blocks.push_back(std::move(block));
  }
}

// Reads entry `index` into `out`, refusing more than `limit` bytes.
std::string read_entry(zip_t* archive, zip_uint64_t index, std::size_t limit, std::string& out) {
  std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(archive, index, 0));
  if (!file) return i18n::trf("cannot open word/document.xml: {}", zip_strerror(archive));
  std::array<char, 64 * 1024> buffer{};
  for (;;) {
    const zip_int64_t n = zip_fread(file.get(), buffer.data(), buffer.size());
    if (n < 0) return i18n::tr("cannot inflate word/document.xml: the package is damaged");
    if (n == 0) return "";
    if (out.size() + static_cast<std::size_t>(n) > limit)
      return i18n::trf(
          "word/document.xml inflates to more than {} bytes (a zip bomb, or not a notice; the limit is 4 "
          "times --max-file-size); refused",
          limit);
    out.append(buffer.data(), static_cast<std::size_t>(n));
  }
}

}  // namespace

DocxBlocks docx_blocks(std::string_view bytes, const DocxLimits& limits) {
  DocxBlocks result;
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    zip_error_fini(&error);
    return {{}, i18n::tr("cannot read the DOCX package")};
  }
  std::unique_ptr<zip_t, ArchiveCloser> archive(zip_open_from_source(source, ZIP_RDONLY, &error));
  zip_error_fini(&error);
  if (!archive) {
    zip_source_free(source);
    return {{}, i18n::tr("not a DOCX file: it is not a zip package")};
  }
  const zip_int64_t entries = zip_get_num_entries(archive.get(), 0);
  if (entries < 0 || static_cast<std::uint64_t>(entries) > limits.max_entries)
    return {{}, i18n::trf("the DOCX package has more than {} entries; refused", limits.max_entries)};
  const zip_int64_t index = zip_name_locate(archive.get(), "word/document.xml", 0);
  if (index < 0) return {{}, i18n::tr("not a DOCX file: the package has no word/document.xml")};
  std::string xml;
  result.error = read_entry(archive.get(), static_cast<zip_uint64_t>(index), limits.max_document_bytes, xml);
  if (!result.error.empty()) return result;
  pugi::xml_document doc;
  if (!doc.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata_single))
    return {{}, i18n::tr("not a DOCX file: word/document.xml is not XML")};
  const pugi::xml_node body = doc.child("w:document").child("w:body");
  if (!body) return {{}, i18n::tr("not a DOCX file: word/document.xml has no w:body")};

  for (const pugi::xml_node& node : body.children()) {
    const std::string_view name = node.name();
    if (name == "w:p") {
      std::string text;
      collect_text(node, text);
      std::string cleaned = clean_text(text);
      if (!cleaned.empty()) result.blocks.push_back({std::move(cleaned), {}});
    } else if (name == "w:tbl") {
      read_table(node, result.blocks);
    }
  }
  return result;
}

}  // namespace campaign::importer
