// Tests of campaign/write/docx as a package: text escaping and cleaning, Vietnamese bytes kept,
// document properties, the zip read back with libzip (entry order, fixed DOS times, no extra
// fields), determinism (twice the same bytes, file and memory alike, whatever TZ says), and
// the documents check() refuses.

#include <zip.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "campaign/write/docx/xml.hpp"
#include "docx_fixture.hpp"

using namespace campaign::write::docx;
using namespace campaign::write::docx::test;

namespace {

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

std::filesystem::path scratch(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / "campaign-docx-test";
  std::filesystem::create_directories(dir);
  return dir / name;
}

unsigned le16(const std::string& s, std::size_t at) {
  return static_cast<unsigned>(static_cast<unsigned char>(s[at])) |
         (static_cast<unsigned>(static_cast<unsigned char>(s[at + 1])) << 8U);
}

// (name, DOS time, DOS date, extra field length) of every local file header, in file order.
struct Entry {
  std::string name;
  unsigned time, date, extra;
};
std::vector<Entry> local_headers(const std::string& zip) {
  std::vector<Entry> entries;
  std::size_t at = 0;
  while (at + 30 <= zip.size() && zip.compare(at, 4, "PK\x03\x04") == 0) {
    unsigned name = le16(zip, at + 26), extra = le16(zip, at + 28);
    REQUIRE((le16(zip, at + 6) & 0x8) == 0);  // no data descriptor: the sizes are in the header
    std::size_t compressed = le16(zip, at + 18) | (std::size_t(le16(zip, at + 20)) << 16);
    entries.push_back({zip.substr(at + 30, name), le16(zip, at + 10), le16(zip, at + 12), extra});
    at += 30 + name + extra + compressed;
  }
  return entries;
}

Document sample() {
  Document doc = document_of({paragraph("Thông báo kết luận")});
  doc.properties.title = "Thông báo 127-TB/BCĐ";
  doc.properties.creator = "Ban Chỉ đạo";
  int note = doc.add_footnote({paragraph("Chú thích")});
  Paragraph p = paragraph("Có chú thích");
  p.runs.push_back(Run::footnote_reference(note));
  doc.sections[0].blocks.push_back(p);
  doc.sections.push_back(Section{.orientation = Orientation::landscape, .blocks = {paragraph("Phụ lục")}});
  return doc;
}

}  // namespace

TEST_CASE("docx text: & < > \" are escaped by pugixml and read back unchanged", "[write][docx]") {
  Document doc = document_of({paragraph("a & b < c > d \"e\" 'f'")});
  doc.sections[0].blocks.push_back(paragraph("x", Align::left, Run{.font = "Font \"A\" & <B>"}));
  doc.properties.title = "<title> & \"quotes\"";
  auto parts = parts_of(doc);
  CHECK(parts["word/document.xml"].find("a &amp; b &lt; c &gt; d") != std::string::npos);
  auto d = parse(parts["word/document.xml"]);
  CHECK(value(*d, "//w:p[1]//w:t") == "a & b < c > d \"e\" 'f'");
  CHECK(value(*d, "//w:p[2]//w:rFonts/@w:ascii") == "Font \"A\" & <B>");
  CHECK(value(*parse(parts["docProps/core.xml"]), "//dc:title") == "<title> & \"quotes\"");
}

TEST_CASE("docx text: characters XML 1.0 forbids are dropped, bad UTF-8 becomes U+FFFD", "[write][docx]") {
  // Hex escapes end at the next non-hex character, hence the pieces.
  const std::string controls = std::string("a\x01") + "b\x0B" + "c\x1F" + "d\x7F" + '\0' + "e";
  CHECK(xml::clean(controls) == std::string("abcd\x7F") + "e");
  CHECK(xml::clean("tab\tlf\ncr\r") == "tab\tlf\ncr\r");
  CHECK(xml::clean("\xEF\xBF\xBE|\xEF\xBF\xBF") == "|");                        // U+FFFE, U+FFFF
  CHECK(xml::clean("a\xC3(b") == "a\xEF\xBF\xBD(b");                            // truncated sequence
  CHECK(xml::clean("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");                  // overlong '/'
  CHECK(xml::clean("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  CHECK(xml::clean("\xF0\x9F\x93\x84") == "\xF0\x9F\x93\x84");                  // U+1F4C4 stays

  std::string dirty = std::string("Ban\x01 Chỉ\x08 đạo\x0C") + '\0' + "\xFF!";
  Document doc = document_of({paragraph(dirty)});
  doc.properties.title = dirty;
  for (const auto& [name, content] : parts_of(doc)) {
    INFO(name);
    parse(content);  // well-formed
    auto control = [](char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r'; };
    CHECK(std::none_of(content.begin(), content.end(), control));
  }
  auto parts = parts_of(doc);
  CHECK(value(*parse(parts["word/document.xml"]), "//w:t") == "Ban Chỉ đạo\xEF\xBF\xBD!");
  CHECK(value(*parse(parts["docProps/core.xml"]), "//dc:title") == "Ban Chỉ đạo\xEF\xBF\xBD!");
}

TEST_CASE("docx text: tabs and newlines become w:tab and w:br, edge spaces are preserved", "[write][docx]") {
  auto d = parse(parts_of(document_of({paragraph(" Nơi nhận:\tx\r\ny ")}))["word/document.xml"]);
  pugi::xml_node r = d->select_node("//w:r").node();
  std::vector<std::string> kids;
  for (pugi::xml_node c : r.children()) kids.push_back(c.name());
  CHECK(kids == std::vector<std::string>{"w:t", "w:tab", "w:t", "w:br", "w:t"});
  CHECK(value(*d, "//w:t[1]/@xml:space") == "preserve");
  CHECK(value(*d, "//w:r/w:t[1]") == " Nơi nhận:");
  CHECK(value(*d, "//w:r/w:t[3]") == "y ");
}

TEST_CASE("docx text: Vietnamese in NFC is written byte for byte", "[write][docx]") {
  // Precomposed (NFC) letters with two diacritics: ầ ế ộ ữ ỹ Đ; the same text decomposed (NFD)
  // would be other bytes, and the writer must not change either.
  const std::string nfc = "Mặt trận Tổ quốc Việt Nam: kết luận, chỉ đạo, thực hiện, hướng dẫn, Đảng ủy, ầếộữỹ";
  const std::string nfd = "Vie\xCC\xA3\xCC\x82t";  // "Việt" decomposed
  auto parts = parts_of(document_of({paragraph(nfc), paragraph(nfd)}));
  CHECK(parts["word/document.xml"].find(">" + nfc + "<") != std::string::npos);
  CHECK(parts["word/document.xml"].find(">" + nfd + "<") != std::string::npos);
  CHECK(value(*parse(parts["word/document.xml"]), "//w:p[1]//w:t") == nfc);
}

TEST_CASE("docx properties: the caller's dates, never the clock, title, creator, language", "[write][docx]") {
  Document doc = sample();
  doc.properties.created = {2024, 7, 15};
  doc.properties.modified = {2024, 12, 31};
  auto parts = parts_of(doc);
  auto core = parse(parts["docProps/core.xml"]);
  CHECK(value(*core, "//dcterms:created") == "2024-07-15T00:00:00Z");
  CHECK(value(*core, "//dcterms:modified") == "2024-12-31T00:00:00Z");
  CHECK(value(*core, "//dcterms:modified/@xsi:type") == "dcterms:W3CDTF");
  CHECK(value(*core, "//dc:title") == "Thông báo 127-TB/BCĐ");
  CHECK(value(*core, "//dc:creator") == "Ban Chỉ đạo");
  CHECK(value(*core, "//dc:language") == "vi-VN");
  CHECK(!core->select_node("//dc:subject"));  // empty properties are left out
  CHECK(value(*parse(parts["docProps/app.xml"]), "//Application") == "campaign");
  auto rels = parse(parts["_rels/.rels"]);
  CHECK(value(*rels, "//Relationship[@Id='rId1']/@Target") == "word/document.xml");
  CHECK(select(*rels, "//Relationship").size() == 3);
}

TEST_CASE("docx properties: an undated document (a draft) names no date", "[write][docx]") {
  Document doc = sample();
  doc.properties.undated = true;
  auto core = parse(parts_of(doc)["docProps/core.xml"]);
  CHECK(!core->select_node("//dcterms:created"));
  CHECK(!core->select_node("//dcterms:modified"));
  CHECK(value(*core, "//dc:title") == "Thông báo 127-TB/BCĐ");
}

TEST_CASE("docx package: fixed entry order, DOS times of the modification date, no extra fields", "[write][docx]") {
  Document doc = sample();
  doc.properties.modified = {2024, 7, 16};
  auto path = scratch("entries.docx");
  REQUIRE(write_docx(doc, path.string()) == "");
  std::string bytes = slurp(path);
  auto entries = local_headers(bytes);
  std::vector<std::string> names;
  for (const Entry& e : entries) names.push_back(e.name);
  CHECK(names == std::vector<std::string>{"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                                          "word/document.xml", "word/styles.xml", "word/settings.xml",
                                          "word/footnotes.xml", "word/header1.xml", "word/footer1.xml",
                                          "word/header2.xml", "word/header3.xml", "word/_rels/document.xml.rels"});
  for (const Entry& e : entries) {
    INFO(e.name);
    CHECK(e.time == 0);                                   // 00:00:00
    CHECK(e.date == ((2024 - 1980) << 9 | 7 << 5 | 16));  // 2024-07-16
    CHECK(e.extra == 0);                                  // no time stamps of the clock
  }
  // libzip reads it back: every part, deflated, with the bytes docx_parts made.
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &err);
  REQUIRE(z);
  CHECK(zip_get_num_entries(z, 0) == static_cast<zip_int64_t>(names.size()));
  for (const Part& part : docx_parts(doc)) {
    zip_stat_t st;
    REQUIRE(zip_stat(z, part.name.c_str(), 0, &st) == 0);
    CHECK(st.comp_method == ZIP_CM_DEFLATE);
    std::string content(st.size, '\0');
    zip_file_t* f = zip_fopen(z, part.name.c_str(), 0);
    REQUIRE(f);
    CHECK(zip_fread(f, content.data(), content.size()) == static_cast<zip_int64_t>(st.size));
    zip_fclose(f);
    CHECK(content == part.content);
  }
  zip_discard(z);
}

TEST_CASE("docx determinism: the same document twice, to a file and to memory, in any time zone", "[write][docx]") {
  Document doc = sample();
  const char* tz = std::getenv("TZ");
  std::string saved = tz ? tz : "";
  std::string first, second, memory;
  setenv("TZ", "Asia/Ho_Chi_Minh", 1);
  tzset();
  REQUIRE(write_docx(doc, scratch("a.docx").string()) == "");
  setenv("TZ", "America/Los_Angeles", 1);
  tzset();
  REQUIRE(write_docx(doc, scratch("b.docx").string()) == "");
  REQUIRE(docx_bytes(doc, memory) == "");
  if (tz)
    setenv("TZ", saved.c_str(), 1);
  else
    unsetenv("TZ");
  tzset();
  first = slurp(scratch("a.docx"));
  second = slurp(scratch("b.docx"));
  CHECK(first.size() > 1000);
  CHECK(first == second);
  CHECK(memory == first);
  // A different date gives different bytes (the date is really used).
  doc.properties.modified = {2025, 1, 1};
  std::string other;
  REQUIRE(docx_bytes(doc, other) == "");
  CHECK(other != first);
}

TEST_CASE("docx errors: impossible documents and unwritable paths are reported, not written", "[write][docx]") {
  std::string out = "old";
  CHECK(docx_bytes(Document{}, out) == "the document has no section");
  CHECK(out.empty());

  Table t{.columns = {1000, 1000, 1000}};
  t.rows.push_back(Row{.cells = {Cell{}, Cell{.span = 3}}});
  CHECK(check(document_of({paragraph("a"), t})) ==
        "section 1, table 1, row 1: the cells span 4 columns, the table has 3");
  t.rows = {Row{.cells = {Cell{.span = 2}, Cell{}}}, Row{.cells = {Cell{}, Cell{.vmerge = VMerge::continue_}, Cell{}}}};
  CHECK(check(document_of({t})) ==
        "section 1, table 1, row 2: the cell at column 2 continues a vertical merge, but no cell of the same columns "
        "is above it");
  t.rows = {Row{.cells = {Cell{.span = 2, .vmerge = VMerge::restart}, Cell{}}},
            Row{.cells = {Cell{.span = 2, .vmerge = VMerge::continue_}, Cell{}}}};
  CHECK(check(document_of({t})) == "");
  CHECK(check(document_of({Table{}})) == "section 1, table 1, no column");

  Paragraph p = paragraph("x");
  p.runs.push_back(Run::footnote_reference(2));
  Document doc = document_of({p});
  doc.add_footnote({paragraph("một")});
  CHECK(check(doc) == "section 1, paragraph 1: footnote reference 2 but the document has 1 footnote(s)");
  Document old = document_of({paragraph("x")});
  old.properties.modified = {1979, 12, 31};
  CHECK(check(old) == "modification year 1979 cannot be stored in a zip entry (1980..2107)");

  auto missing = scratch("no-such-folder") / "x.docx";
  std::string e = write_docx(document_of({paragraph("x")}), missing.string());
  CHECK(e.rfind("cannot write '" + missing.string() + "': ", 0) == 0);
  CHECK(!std::filesystem::exists(missing));
  // A failed write leaves an existing file as it was.
  auto existing = scratch("existing.docx");
  std::ofstream(existing) << "keep";
  CHECK(write_docx(Document{}, existing.string()) == "the document has no section");
  CHECK(slurp(existing) == "keep");
  // A successful one replaces it, even though it was no zip.
  CHECK(write_docx(document_of({paragraph("x")}), existing.string()) == "");
  CHECK(slurp(existing).rfind("PK\x03\x04", 0) == 0);
}
