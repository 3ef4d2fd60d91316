#pragma once
// JSON Schema (draft 2020-12) of format v1, generated from the one schema table
// (load/schema.hpp), for editors that validate YAML as the clerk types (e.g. VS Code's YAML
// extension with `# yaml-language-server: $schema=campaign.schema.json`).

#include <ostream>

namespace campaign::write {

/// Writes the JSON Schema of a format v1 file: every record as a `$defs` entry with its
/// required keys, `additionalProperties: false`, enumerations and descriptions.
void write_json_schema(std::ostream& out);

}  // namespace campaign::write
