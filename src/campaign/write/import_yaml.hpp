#pragma once
// The draft of `campaign import` (importer::Draft) as a format v1 YAML file: keys in the order
// of docs/format.md, long texts folded (">-"), every scalar quoted where YAML needs it, and a
// "# TODO:" comment wherever the importer was unsure. Comments are why this is text emission:
// yaml-cpp's Emitter can write comments, but only after a complete node, not the line comments
// beside a key that a clerk reviews.

#include <ostream>
#include <string>
#include <string_view>

#include "campaign/import/notice.hpp"

namespace campaign::write {

struct ImportYamlOptions {
  std::string source;    ///< the input's file name, for the opening comment
  std::string registry;  ///< the `registry:` path (relative to the output file), or "" for none
};

/// Writes `draft` as YAML to `out`. Names of bodies (from `registry`) go into comments beside
/// their ids.
void write_import_yaml(std::ostream& out, const importer::Draft& draft, const model::Model& registry,
                       const ImportYamlOptions& options);

/// `text` as a YAML scalar on one line: plain when YAML reads it back as that same string
/// (starts with a letter or a digit-led number like "127-TB/BCĐ", no ": ", " #", flow
/// indicators, quotes or a reserved word such as "yes" or "null"), else double-quoted with
/// '"', '\' and every character YAML would not keep as written escaped (\xNN, \uXXXX for NEL, LS, PS and the BOM;
/// yaml-cpp reads \N as one raw byte).
std::string yaml_scalar(std::string_view text);

/// `text` as a double-quoted YAML scalar (see yaml_scalar).
std::string yaml_double_quoted(std::string_view text);

}  // namespace campaign::write
