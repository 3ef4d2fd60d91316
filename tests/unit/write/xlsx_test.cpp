// Tests of campaign/write/xlsx.hpp and of the target table through the csv and html writers:
// the xlsx is unzipped again (unzip -p) and its cells checked as numbers; the csv is read back
// with an RFC 4180 reader; the html is checked for balanced tags with python3's html.parser.

#include "campaign/write/xlsx.hpp"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "../targets/fixture.hpp"
#include "campaign/targets/table.hpp"
#include "campaign/write/targets_table.hpp"

using namespace campaign;

namespace {

write::Table appendix_table() {
  static auto loaded = targets::test::load({"data"});
  return write::to_table(
      targets::build_target_table(loaded.model, targets::effective_indicators(loaded.model, std::nullopt),
                                  targets::UnitOrder::registry, std::nullopt),
      {});
}

std::string run(const std::string& command) {
  std::string out;
  FILE* p = popen(command.c_str(), "r");
  if (!p) return out;
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  pclose(p);
  return out;
}

// A minimal RFC 4180 reader: CRLF records, quoted fields with doubled quotes.
std::vector<std::vector<std::string>> read_csv(const std::string& s) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (quoted) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"')
        field += '"', ++i;
      else if (c == '"')
        quoted = false;
      else
        field += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(field), field.clear();
    } else if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
      rows.back().push_back(field), field.clear();
      rows.emplace_back();
      ++i;
    } else {
      field += c;
    }
  }
  if (!field.empty() || !rows.back().empty())
    rows.back().push_back(field);
  else
    rows.pop_back();
  return rows;
}

}  // namespace

TEST_CASE("excel number formats and stored values follow the written decimals", "[write][xlsx]") {
  CHECK(write::excel_number_format(2, true) == "0.00%");
  CHECK(write::excel_number_format(1, true) == "0.0%");
  CHECK(write::excel_number_format(0, true) == "0%");
  CHECK(write::excel_number_format(0, false) == "0");
  write::Cell c;
  c.number = 20.33, c.percent = true, c.decimals = 2;
  CHECK(write::excel_value(c) == 0.2033);
  c.number = 15.3, c.decimals = 1;
  CHECK(write::excel_value(c) == 0.153);
  c.number = 120, c.percent = false, c.decimals = 0;
  CHECK(write::excel_value(c) == 120);
}

TEST_CASE("the appendix as xlsx: numeric cells, percent formats, the merged 'Trong đó'", "[write][xlsx]") {
  if (run("command -v unzip").empty()) {
    WARN("unzip not found: xlsx contents not checked");
    return;
  }
  auto dir = std::filesystem::temp_directory_path() / ("campaign-xlsx-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  std::string path = (dir / "chi-tieu.xlsx").string();
  REQUIRE(write::write_xlsx(path, appendix_table(), "Chỉ tiêu").empty());
  std::string sheet = run("unzip -p '" + path + "' xl/worksheets/sheet1.xml");
  std::string strings = run("unzip -p '" + path + "' xl/sharedStrings.xml");
  std::string styles = run("unzip -p '" + path + "' xl/styles.xml");
  std::filesystem::remove_all(dir);
  // Headings over rows 1-2, "Trong đó" merged over D1:J1 (the seven units), data in row 3.
  CHECK(sheet.find("<mergeCell ref=\"D1:J1\"/>") != std::string::npos);
  CHECK(sheet.find("<mergeCell ref=\"A1:A2\"/>") != std::string::npos);
  CHECK(sheet.find("<mergeCell ref=\"C1:C2\"/>") != std::string::npos);
  CHECK(strings.find("Trong đó") != std::string::npos);
  CHECK(strings.find("Mục tiêu toàn huyện") != std::string::npos);
  CHECK(strings.find("Thị trấn Đăk Rve") != std::string::npos);
  // Numbers, not text: 20.33%, 22%, 14%, 42%, 16.5%, 15%, 17.5%, 15.3% stored as fractions.
  for (const char* cell : {"C3", "D3", "E3", "F3", "G3", "H3", "I3", "J3"})
    CHECK(sheet.find(std::string("<c r=\"") + cell + "\" s=") != std::string::npos);
  for (const char* v : {"<v>0.2033</v>", "<v>0.22</v>", "<v>0.14</v>", "<v>0.42</v>", "<v>0.165</v>", "<v>0.15</v>",
                        "<v>0.175</v>", "<v>0.153</v>"})
    CHECK(sheet.find(v) != std::string::npos);
  CHECK(sheet.find("t=\"s\"><v>0.") == std::string::npos);  // no number stored as a string
  CHECK(styles.find("formatCode=\"0.00%\"") != std::string::npos);
  CHECK(styles.find("formatCode=\"0.0%\"") != std::string::npos);
  CHECK(styles.find("formatCode=\"0%\"") != std::string::npos);
  CHECK(sheet.find("<col ") != std::string::npos);  // widths set
}

TEST_CASE("the appendix as csv reads back through an RFC 4180 parser", "[write][csv]") {
  std::ostringstream out;
  write::CsvStyle no_bom;
  no_bom.bom = false;
  write::write_csv(out, appendix_table(), no_bom);
  auto rows = read_csv(out.str());
  REQUIRE(rows.size() == 2);
  CHECK(rows[0] == std::vector<std::string>{"TT", "Nội dung chỉ tiêu", "Mục tiêu toàn huyện (%)", "Xã Tân Lập (%)",
                                            "Xã Đăk Ruồng (%)", "Xã Đăk Tôre (%)", "Xã Đăk Tô Lung (%)",
                                            "Xã Đăk Kôi (%)", "Xã Đăk Pnê (%)", "Thị trấn Đăk Rve (%)"});
  CHECK(rows[1] == std::vector<std::string>{"1", "Tỷ lệ sinh con thứ 3 trở lên", "20.33", "22", "14", "42", "16.5",
                                            "15", "17.5", "15.3"});
  std::ostringstream bom;
  write::write_csv(bom, appendix_table());
  CHECK(bom.str().rfind("\xEF\xBB\xBF", 0) == 0);
}

TEST_CASE("the appendix as html is well-formed", "[write][html]") {
  if (run("command -v python3").empty()) {
    WARN("python3 not found: html not checked");
    return;
  }
  std::ostringstream out;
  write::write_html(out, appendix_table(), "vi");
  auto path = std::filesystem::temp_directory_path() / ("campaign-html-" + std::to_string(getpid()) + ".html");
  std::ofstream(path) << out.str();
  const char* checker = R"PY(
import sys, html.parser
VOID = {"meta", "br", "hr", "img", "link", "input", "col"}
class P(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.stack = []; self.errors = []; self.cells = []
    def handle_starttag(self, tag, attrs):
        if tag not in VOID: self.stack.append(tag)
    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag: self.errors.append(tag)
    def handle_data(self, data):
        if self.stack and self.stack[-1] == "td": self.cells.append(data)
p = P(); p.feed(open(sys.argv[1], encoding="utf-8").read()); p.close()
print("ok" if not p.errors and not p.stack else "bad %s %s" % (p.errors, p.stack))
print("|".join(p.cells))
)PY";
  std::string result = run("python3 -c '" + std::string(checker) + "' '" + path.string() + "'");
  std::filesystem::remove(path);
  CHECK(result == "ok\n1|Tỷ lệ sinh con thứ 3 trở lên|20.33%|22%|14%|42%|16.5%|15%|17.5%|15.3%\n");
}

namespace {

// Writes `table` as an xlsx in a temporary folder and returns its sheet1.xml, sharedStrings.xml
// and styles.xml ("" when unzip is missing).
struct Unzipped {
  std::string sheet, strings, styles;
};

Unzipped unzipped(const write::Table& table) {
  if (run("command -v unzip").empty()) return {};
  auto dir = std::filesystem::temp_directory_path() / ("campaign-xlsx2-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "t.xlsx").string();
  REQUIRE(write::write_xlsx(path, table, "Bảng").empty());
  Unzipped out{run("unzip -p '" + path + "' xl/worksheets/sheet1.xml"),
               run("unzip -p '" + path + "' xl/sharedStrings.xml"), run("unzip -p '" + path + "' xl/styles.xml")};
  std::filesystem::remove_all(dir);
  return out;
}

write::Cell text_cell(std::string text) {
  return write::Cell{std::move(text), std::nullopt, false, 0, {}};
}

write::Cell number_cell(std::string text, double value, int decimals, bool percent = false) {
  return write::Cell{std::move(text), value, percent, decimals, {}};
}

}  // namespace

TEST_CASE("xlsx: a title row merged across, the group under it, counts with their decimals", "[write][xlsx]") {
  write::Table t;
  t.title = "Chỉ tiêu <2024> & kết quả";
  t.columns = {{"TT"}, {"Nội dung chỉ tiêu"}, {"Tổng"}, {"Xã A"}, {"Xã B"}};
  t.group = write::Table::Group{"Trong đó", 3, 2};
  t.rows = {
      {text_cell("1"), text_cell("Số hộ"), number_cell("30.5", 30.5, 1), number_cell("12", 12, 0), text_cell("–")}};
  const Unzipped x = unzipped(t);
  if (x.sheet.empty()) {
    WARN("unzip not found: xlsx contents not checked");
    return;
  }
  CHECK(x.sheet.find("<mergeCell ref=\"A1:E1\"/>") != std::string::npos);  // the title
  CHECK(x.sheet.find("<mergeCell ref=\"A3:A4\"/>") != std::string::npos);  // headings over two rows
  CHECK(x.sheet.find("<mergeCell ref=\"C3:C4\"/>") != std::string::npos);
  CHECK(x.sheet.find("<mergeCell ref=\"D3:E3\"/>") != std::string::npos);  // "Trong đó"
  CHECK(x.sheet.find("<mergeCell ref=\"D4") == std::string::npos);         // unit headings: one row
  CHECK(x.sheet.find("ySplit=\"4\"") != std::string::npos);                // frozen under the headings
  CHECK(x.sheet.find("<c r=\"C5\" s=") != std::string::npos);
  CHECK(x.sheet.find("<v>30.5</v>") != std::string::npos);
  CHECK(x.sheet.find("<v>12</v>") != std::string::npos);
  CHECK(x.sheet.find("<c r=\"E5\" s=\"") != std::string::npos);
  CHECK(x.strings.find("Chỉ tiêu &lt;2024&gt; &amp; kết quả") != std::string::npos);
  CHECK(x.strings.find("Trong đó") != std::string::npos);
  CHECK(x.strings.find("<t>–</t>") != std::string::npos);  // "–" stays text
  CHECK(x.styles.find("formatCode=\"0.0\"") != std::string::npos);
  CHECK(x.styles.find("%") == std::string::npos);  // no percent format asked for
}

TEST_CASE("xlsx: without title or group, headings in row 1 and data from row 2", "[write][xlsx]") {
  write::Table t;
  t.columns = {{"Tên"}};
  t.rows = {{text_cell("Xã Tân Lập")}, {number_cell("16.50%", 16.5, 2, true)}};
  const Unzipped x = unzipped(t);
  if (x.sheet.empty()) return;
  CHECK(x.sheet.find("<mergeCell") == std::string::npos);
  CHECK(x.sheet.find("ySplit=\"1\"") != std::string::npos);
  CHECK(x.sheet.find("<c r=\"A3\" s=") != std::string::npos);
  CHECK(x.sheet.find("<v>0.165</v>") != std::string::npos);
  CHECK(x.styles.find("formatCode=\"0.00%\"") != std::string::npos);
}

TEST_CASE("xlsx: an unwritable path is an error message, not a crash", "[write][xlsx]") {
  write::Table t;
  t.columns = {{"A"}};
  CHECK(write::write_xlsx("/nonexistent-dir/t.xlsx", t, "Bảng") ==
        "cannot write '/nonexistent-dir/t.xlsx': No such file or directory");
  CHECK(write::excel_number_format(3, false) == "0.000");
  write::Cell text;
  text.text = "abc";
  CHECK(write::excel_value(text) == 0);
}
