// The package parts of a .docx around word/document.xml (body.cpp): content types,
// relationships, styles, settings, document properties, footnotes, headers and footers.

#include <fmt/format.h>

#include "campaign/write/docx/body.hpp"
#include "campaign/write/docx/docx.hpp"
#include "campaign/write/docx/xml.hpp"

namespace campaign::write::docx {
namespace {

using xml::add;
using xml::add_val;
using xml::set;

constexpr const char* wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
constexpr const char* rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

// A part of the word/ folder with its content type and relationship type.
struct WordPart {
  std::string file;  // "header1.xml"
  std::string type;  // "header"
  std::string content;
};

std::string content_types(const std::vector<WordPart>& word) {
  pugi::xml_document doc;
  pugi::xml_node types = xml::start(doc, "Types");
  set(types, "xmlns", xml::ns_types);
  set(set(add(types, "Default"), "Extension", "rels"), "ContentType",
      "application/vnd.openxmlformats-package.relationships+xml");
  set(set(add(types, "Default"), "Extension", "xml"), "ContentType", "application/xml");
  auto override_ = [&](const std::string& part, const std::string& type) {
    set(set(add(types, "Override"), "PartName", part), "ContentType", type);
  };
  override_("/word/document.xml", std::string(wml) + "document.main+xml");
  for (const WordPart& p : word) override_("/word/" + p.file, wml + p.type + "+xml");
  override_("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
  override_("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
  return xml::serialise(doc);
}

void relationship(pugi::xml_node rels, const std::string& id, const std::string& type, const std::string& target) {
  set(set(set(add(rels, "Relationship"), "Id", id), "Type", type), "Target", target);
}

std::string package_rels() {
  pugi::xml_document doc;
  pugi::xml_node rels = xml::start(doc, "Relationships");
  set(rels, "xmlns", xml::ns_rels);
  relationship(rels, "rId1", std::string(rel) + "officeDocument", "word/document.xml");
  relationship(rels, "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
               "docProps/core.xml");
  relationship(rels, "rId3", std::string(rel) + "extended-properties", "docProps/app.xml");
  return xml::serialise(doc);
}

// word/_rels/document.xml.rels: rId1, rId2… in the order of `word`.
std::string document_rels(const std::vector<WordPart>& word) {
  pugi::xml_document doc;
  pugi::xml_node rels = xml::start(doc, "Relationships");
  set(rels, "xmlns", xml::ns_rels);
  for (std::size_t i = 0; i < word.size(); ++i)
    relationship(rels, fmt::format("rId{}", i + 1), rel + word[i].type, word[i].file);
  return xml::serialise(doc);
}

pugi::xml_node word_root(pugi::xml_document& doc, const char* name) {
  pugi::xml_node root = xml::start(doc, name);
  set(root, "xmlns:w", xml::ns_w);
  set(root, "xmlns:r", xml::ns_r);
  return root;
}

void fonts(pugi::xml_node rpr, const std::string& font) {
  pugi::xml_node f = add(rpr, "w:rFonts");
  for (const char* a : {"w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"}) set(f, a, font);
}

pugi::xml_node style(pugi::xml_node styles, const char* type, const char* id, const char* name, bool is_default) {
  pugi::xml_node s = add(styles, "w:style");
  set(s, "w:type", type);
  if (is_default) set(s, "w:default", 1);
  set(s, "w:styleId", id);
  add_val(s, "w:name", name);
  return s;
}

// Normal carries the font, size and language again: LibreOffice reads them there first.
std::string styles_xml(const Document& d) {
  pugi::xml_document doc;
  pugi::xml_node styles = word_root(doc, "w:styles");
  pugi::xml_node defaults = add(styles, "w:docDefaults");
  auto run_defaults = [&](pugi::xml_node parent) {
    pugi::xml_node rpr = add(parent, "w:rPr");
    fonts(rpr, d.font);
    add_val(rpr, "w:sz", d.size_half_points);
    add_val(rpr, "w:szCs", d.size_half_points);
    set(set(add_val(rpr, "w:lang", d.lang), "w:eastAsia", d.lang), "w:bidi", "ar-SA");
  };
  run_defaults(add(defaults, "w:rPrDefault"));
  set(set(set(add(add(add(defaults, "w:pPrDefault"), "w:pPr"), "w:spacing"), "w:after", 0), "w:line", 240),
      "w:lineRule", "auto");
  pugi::xml_node normal = style(styles, "paragraph", "Normal", "Normal", true);
  add(normal, "w:qFormat");
  run_defaults(normal);
  pugi::xml_node font = style(styles, "character", "DefaultParagraphFont", "Default Paragraph Font", true);
  add_val(font, "w:uiPriority", 1);
  add(font, "w:semiHidden");
  pugi::xml_node table = style(styles, "table", "TableNormal", "Normal Table", true);
  add(table, "w:semiHidden");
  pugi::xml_node mar = add(add(table, "w:tblPr"), "w:tblCellMar");
  for (auto [side, w] : {std::pair{"w:top", 0}, {"w:left", 108}, {"w:bottom", 0}, {"w:right", 108}})
    set(set(add(mar, side), "w:w", w), "w:type", "dxa");
  pugi::xml_node note = style(styles, "paragraph", "FootnoteText", "footnote text", false);
  add_val(note, "w:basedOn", "Normal");
  add_val(add(note, "w:pPr"), "w:jc", "both");
  pugi::xml_node note_rpr = add(note, "w:rPr");
  const int note_size = std::max(d.size_half_points - 4, 16);
  add_val(note_rpr, "w:sz", note_size);
  add_val(note_rpr, "w:szCs", note_size);
  pugi::xml_node mark = style(styles, "character", "FootnoteReference", "footnote reference", false);
  add_val(add(mark, "w:rPr"), "w:vertAlign", "superscript");
  for (auto [id, name] : {std::pair{"Header", "header"}, {"Footer", "footer"}})
    add_val(style(styles, "paragraph", id, name, false), "w:basedOn", "Normal");
  return xml::serialise(doc);
}

std::string settings_xml(const Document& d) {
  pugi::xml_document doc;
  pugi::xml_node settings = word_root(doc, "w:settings");
  set(add(settings, "w:zoom"), "w:percent", 100);
  add_val(settings, "w:defaultTabStop", 720);
  add_val(settings, "w:characterSpacingControl", "doNotCompress");
  if (!d.footnotes.empty()) {
    pugi::xml_node pr = add(settings, "w:footnotePr");
    set(add(pr, "w:footnote"), "w:id", -1);
    set(add(pr, "w:footnote"), "w:id", 0);
  }
  pugi::xml_node compat = add(add(settings, "w:compat"), "w:compatSetting");
  set(set(set(compat, "w:name", "compatibilityMode"), "w:uri", "http://schemas.microsoft.com/office/word"), "w:val",
      15);
  add_val(settings, "w:themeFontLang", d.lang);
  return xml::serialise(doc);
}

// Word requires the separator (-1) and continuation separator (0) footnotes before any note.
std::string footnotes_xml(const Document& d) {
  pugi::xml_document doc;
  pugi::xml_node notes = word_root(doc, "w:footnotes");
  for (auto [id, kind] : {std::pair{-1, "separator"}, {0, "continuationSeparator"}}) {
    pugi::xml_node note = set(set(add(notes, "w:footnote"), "w:type", kind), "w:id", id);
    pugi::xml_node p = add(note, "w:p");
    set(set(set(add(add(p, "w:pPr"), "w:spacing"), "w:after", 0), "w:line", 240), "w:lineRule", "auto");
    add(add(p, "w:r"), fmt::format("w:{}", kind).c_str());
  }
  int id = 1;
  for (const Footnote& f : d.footnotes) {
    pugi::xml_node note = set(add(notes, "w:footnote"), "w:id", id++);
    Footnote paragraphs = f.empty() ? Footnote{Paragraph{}} : f;
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
      pugi::xml_node p = body::paragraph(note, paragraphs[i], "FootnoteText");
      if (i > 0) continue;
      // The mark, then a space, before the first paragraph's text.
      pugi::xml_node first = p.child("w:r");
      pugi::xml_node mark = first ? p.insert_child_before("w:r", first) : add(p, "w:r");
      add_val(add(mark, "w:rPr"), "w:rStyle", "FootnoteReference");
      add(mark, "w:footnoteRef");
      pugi::xml_node space = p.insert_child_after("w:r", mark);
      set(xml::add_text(space, "w:t", " "), "xml:space", "preserve");
    }
  }
  return xml::serialise(doc);
}

// A header (w:hdr) or footer (w:ftr) holding the page number, or one empty paragraph.
std::string margin_part(const char* root, const PageNumbers* numbers) {
  pugi::xml_document doc;
  pugi::xml_node part = word_root(doc, root);
  Paragraph p;
  if (numbers) {
    p.align = numbers->align;
    Run page = Run::page_number();
    page.size_half_points = numbers->size_half_points;
    p.runs.push_back(page);
  }
  body::paragraph(part, p, std::string_view(root) == "w:hdr" ? "Header" : "Footer");
  return xml::serialise(doc);
}

std::string core_xml(const Properties& p, const std::string& lang) {
  pugi::xml_document doc;
  pugi::xml_node core = xml::start(doc, "cp:coreProperties");
  set(core, "xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
  set(core, "xmlns:dc", "http://purl.org/dc/elements/1.1/");
  set(core, "xmlns:dcterms", "http://purl.org/dc/terms/");
  set(core, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  for (auto [name, value] : {std::pair{"dc:title", &p.title},
                             {"dc:subject", &p.subject},
                             {"dc:creator", &p.creator},
                             {"dc:description", &p.description}})
    if (!value->empty()) xml::add_text(core, name, *value);
  xml::add_text(core, "dc:language", lang);
  for (auto [name, date] : {std::pair{"dcterms:created", &p.created}, {"dcterms:modified", &p.modified}})
    if (!p.undated)
      set(xml::add_text(core, name, calendar::format_iso(*date) + "T00:00:00Z"), "xsi:type", "dcterms:W3CDTF");
  return xml::serialise(doc);
}

std::string app_xml() {
  pugi::xml_document doc;
  pugi::xml_node props = xml::start(doc, "Properties");
  set(props, "xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
  xml::add_text(props, "Application", "campaign");
  xml::add_text(props, "DocSecurity", "0");
  return xml::serialise(doc);
}

}  // namespace

std::vector<Part> docx_parts(const Document& d) {
  std::vector<WordPart> word{{"styles.xml", "styles", styles_xml(d)}, {"settings.xml", "settings", settings_xml(d)}};
  if (!d.footnotes.empty()) word.push_back({"footnotes.xml", "footnotes", footnotes_xml(d)});
  auto add_part = [&](const char* type, std::string content) {
    int n = 1;
    for (const WordPart& p : word) n += p.type == type;
    word.push_back({fmt::format("{}{}.xml", type, n), type, std::move(content)});
    return fmt::format("rId{}", word.size());
  };
  // Once any section numbers its pages, every section names all its headers and footers
  // (empty ones where it shows no number), so none inherits another section's.
  bool numbered = false;
  for (const Section& s : d.sections) numbered |= s.numbers.place != NumberPlace::none;
  std::vector<body::HeaderRefs> refs(d.sections.size());
  std::string empty_header, empty_footer;
  for (std::size_t i = 0; numbered && i < d.sections.size(); ++i) {
    const PageNumbers& n = d.sections[i].numbers;
    auto empty = [&](bool header) {
      std::string& id = header ? empty_header : empty_footer;
      if (id.empty()) id = add_part(header ? "header" : "footer", margin_part(header ? "w:hdr" : "w:ftr", nullptr));
      return id;
    };
    refs[i].header = n.place == NumberPlace::header ? add_part("header", margin_part("w:hdr", &n)) : empty(true);
    refs[i].footer = n.place == NumberPlace::footer ? add_part("footer", margin_part("w:ftr", &n)) : empty(false);
    if (n.place != NumberPlace::none && !n.on_first_page) {
      refs[i].first_header = empty(true);
      refs[i].first_footer = empty(false);
    }
  }
  std::vector<Part> parts{{"[Content_Types].xml", content_types(word)},
                          {"_rels/.rels", package_rels()},
                          {"docProps/core.xml", core_xml(d.properties, d.lang)},
                          {"docProps/app.xml", app_xml()},
                          {"word/document.xml", body::document_xml(d, refs)}};
  for (WordPart& p : word) parts.push_back({"word/" + p.file, std::move(p.content)});
  parts.push_back({"word/_rels/document.xml.rels", document_rels(word)});
  return parts;
}

}  // namespace campaign::write::docx
