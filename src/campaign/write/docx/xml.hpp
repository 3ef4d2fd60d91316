#pragma once
// Small helpers over pugixml for the DOCX parts: clean text, a document with its XML
// declaration, elements with a w:val, and raw (unindented) serialisation. Escaping of
// & < > " is pugixml's; clean() removes what XML 1.0 cannot hold at all.

#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace campaign::write::docx::xml {

/// Namespace URIs of the parts (ECMA-376 Part 1 §17, Part 2 §9-11).
inline constexpr const char* ns_w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char* ns_r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline constexpr const char* ns_rels = "http://schemas.openxmlformats.org/package/2006/relationships";
inline constexpr const char* ns_types = "http://schemas.openxmlformats.org/package/2006/content-types";

/// `text` as XML 1.0 character data (§2.2 Char): valid UTF-8 is kept byte for byte except
/// C0 controls other than tab, LF and CR, and U+FFFE/U+FFFF, which are dropped; bytes that are
/// not UTF-8 (or overlong forms, surrogates) become U+FFFD.
std::string clean(std::string_view text);

/// Starts `doc` with `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` and returns its
/// root element `root`.
pugi::xml_node start(pugi::xml_document& doc, const char* root);

/// `doc` serialised without indentation or line breaks, as Word writes its parts.
std::string serialise(const pugi::xml_document& doc);

/// Appends `name` to `parent` and returns it.
inline pugi::xml_node add(pugi::xml_node parent, const char* name) {
  return parent.append_child(name);
}

/// Sets attribute `name` of `node` to `value` (cleaned) and returns `node`.
pugi::xml_node set(pugi::xml_node node, const char* name, std::string_view value);
pugi::xml_node set(pugi::xml_node node, const char* name, int value);

/// Appends `<name w:val="value"/>` to `parent` and returns it.
pugi::xml_node add_val(pugi::xml_node parent, const char* name, std::string_view value);
pugi::xml_node add_val(pugi::xml_node parent, const char* name, int value);

/// Appends `<name>text</name>` (text cleaned) to `parent` and returns it.
pugi::xml_node add_text(pugi::xml_node parent, const char* name, std::string_view text);

}  // namespace campaign::write::docx::xml
