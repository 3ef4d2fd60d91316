#pragma once
// Writing a docx::Document (model.hpp) as a .docx file: an Open Packaging Conventions zip
// (ECMA-376 Part 2) built with libzip, its XML parts with pugixml. Deterministic: the same
// Document gives the same bytes (fixed part order, fixed entry times taken from
// Properties::modified, deflate at one fixed level, no clock, no environment). See docs/docx.md.

#include <string>
#include <vector>

#include "campaign/write/docx/model.hpp"

namespace campaign::write::docx {

/// One entry of the package: its name in the zip ("word/document.xml") and its bytes.
struct Part {
  std::string name;
  std::string content;
};

/// The parts of `document` in the order they are zipped: [Content_Types].xml, _rels/.rels,
/// docProps/core.xml, docProps/app.xml, word/document.xml, word/styles.xml, word/settings.xml,
/// word/footnotes.xml (when there are footnotes), word/header*.xml and word/footer*.xml (when a
/// section numbers its pages), word/_rels/document.xml.rels. `document` must pass check().
std::vector<Part> docx_parts(const Document& document);

/// Writes `document` to `path` (libzip writes a temporary file beside it and renames it over
/// `path` only when complete). Returns "" or an error message: what check() finds, or the
/// file error ("cannot write 'x.docx': …").
std::string write_docx(const Document& document, const std::string& path);

/// The same bytes into `out` (e.g. for stdout); returns "" or an error message.
std::string docx_bytes(const Document& document, std::string& out);

}  // namespace campaign::write::docx
