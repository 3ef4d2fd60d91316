#pragma once
// Helpers for the tests of campaign/write/docx: the parts of a document by name, parsed back
// with pugixml, and XPath queries over them.

#include <catch2/catch.hpp>
#include <map>
#include <memory>
#include <pugixml.hpp>
#include <string>

#include "campaign/write/docx/docx.hpp"

namespace campaign::write::docx::test {

/// The parts of `doc` by zip entry name (check(doc) must be "").
inline std::map<std::string, std::string> parts_of(const Document& doc) {
  REQUIRE(check(doc) == "");
  std::map<std::string, std::string> parts;
  for (const Part& p : docx_parts(doc)) parts[p.name] = p.content;
  return parts;
}

/// `xml` parsed by pugixml, keeping whitespace-only text as Word does; the test fails if it
/// is not well-formed.
inline std::unique_ptr<pugi::xml_document> parse(const std::string& xml) {
  auto doc = std::make_unique<pugi::xml_document>();
  pugi::xml_parse_result r =
      doc->load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_declaration | pugi::parse_ws_pcdata);
  INFO(r.description() << " at offset " << r.offset);
  REQUIRE(r);
  return doc;
}

/// The nodes `xpath` selects in `doc`.
inline pugi::xpath_node_set select(const pugi::xml_document& doc, const char* xpath) {
  return doc.select_nodes(xpath);
}

/// The string value of `xpath` in `doc` ("" if nothing matches): an attribute's value, an element's text.
inline std::string value(const pugi::xml_document& doc, const char* xpath) {
  return pugi::xpath_query(xpath).evaluate_string(doc);
}

/// A one-section document holding `blocks`, with fixed dates.
inline Document document_of(std::vector<Block> blocks) {
  Document doc;
  doc.properties.created = {2024, 7, 15};
  doc.properties.modified = {2024, 7, 16};
  Section s;
  s.blocks = std::move(blocks);
  doc.sections.push_back(std::move(s));
  return doc;
}

}  // namespace campaign::write::docx::test
