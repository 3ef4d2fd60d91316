// Tests of write/table.cpp: the text writer (display-width alignment of NFC and NFD
// Vietnamese, flexible columns wrapped at words, the group heading, colours only when
// asked), Markdown escaping, CSV (RFC 4180 quoting, CRLF, BOM, formula neutralisation) and HTML
// (escaping, the group heading's colspan).

#include "campaign/write/table.hpp"

#include <catch2/catch.hpp>
#include <sstream>

#include "campaign/text/unicode.hpp"

using namespace campaign;
using write::Align;
using write::Cell;
using write::Column;
using write::Table;

namespace {

Cell cell(std::string s, std::string style = {}) {
  return Cell{std::move(s), {}, false, 0, std::move(style)};
}

Cell number(std::string s, double value, int decimals = 0, bool percent = false) {
  return Cell{std::move(s), value, percent, decimals, {}};
}

std::string as_text(const Table& t, write::TextStyle style = {}) {
  std::ostringstream out;
  write::write_text(out, t, style);
  return out.str();
}

std::string as_markdown(const Table& t) {
  std::ostringstream out;
  write::write_markdown(out, t);
  return out.str();
}

std::string as_csv(const Table& t, bool bom = false) {
  std::ostringstream out;
  write::CsvStyle style;
  style.bom = bom;
  write::write_csv(out, t, style);
  return out.str();
}

std::string as_html(const Table& t, const std::string& lang = "vi") {
  std::ostringstream out;
  write::write_html(out, t, lang);
  return out.str();
}

// "Đăk Tôre" decomposed (NFD): ă = a + U+0306, ô = o + U+0302 (Đ has no decomposition).
const std::string kTore = "Đăk Tôre";
const std::string kToreNfd =
    "\xC4\x90"
    "a\xCC\x86k To\xCC\x82re";

// A target table's shape: TT, name, total, then two units under "Trong đó".
Table grouped() {
  Table t;
  t.columns = {{"TT", Align::right}, {"Tên"}, {"Tổng", Align::right}, {"Xã A", Align::right}, {"Xã B", Align::right}};
  t.group = Table::Group{"Trong đó", 3, 2};
  t.rows = {{cell("1"), cell("Tỷ lệ"), number("20.33%", 20.33, 2, true), number("22%", 22, 0, true), cell("–")}};
  return t;
}

}  // namespace

TEST_CASE("text: columns line up by display width, NFC and NFD alike", "[write][table]") {
  REQUIRE(kToreNfd != kTore);
  REQUIRE(text::to_nfc(kToreNfd) == kTore);
  Table t;
  t.columns = {{"Xã"}, {"Số", Align::right}, {"Ghi chú"}};
  t.rows = {{cell(kTore), number("7", 7), cell("NFC")},
            {cell(kToreNfd), number("12", 12), cell("NFD")},
            {cell("Ia"), number("100", 100), cell("")}};
  CHECK(as_text(t) ==
        "Xã         Số  Ghi chú\n"
        "--------  ---  -------\n"
        "Đăk Tôre    7  NFC\n" +
            kToreNfd + "   12  NFD\n" + "Ia        100\n");  // no trailing spaces after an empty last cell
}

TEST_CASE("text: a title, then a blank line, then the table", "[write][table]") {
  Table t;
  t.title = "Danh sách";
  t.columns = {{"A"}};
  t.rows = {{cell("x")}};
  CHECK(as_text(t) == "Danh sách\n\nA\n-\nx\n");
}

TEST_CASE("text: a flexible column wraps at spaces to fit the width, continuing under itself", "[write][table]") {
  Table t;
  t.columns = {{"Mã"}, {"Nội dung", Align::left, 0, true}};
  t.rows = {{cell("1.1"), cell("Tiếp tục quán triệt, triển khai thực hiện")}};
  // 3 + 2 + 25 columns: no word cut, every word kept (issue 17; it was cut with "…" before).
  CHECK(as_text(t, {30, false}) ==
        "Mã   Nội dung\n---  -------------------------\n1.1  Tiếp tục quán triệt,\n     triển khai thực hiện\n");
  CHECK(as_text(t, {0, false}).ends_with("1.1  Tiếp tục quán triệt, triển khai thực hiện\n"));  // no limit: whole
  // Decomposed, "ệ" (e + U+0323 + U+0302) counts one column and stays whole.
  Table nfd;
  nfd.columns = {{"Mã"}, {"Nội dung", Align::left, 0, true}};
  nfd.rows = {{cell("1.1"), cell("Tiếp tục quán trie\xCC\xA3\xCC\x82t, triển khai")}};
  const std::string out = as_text(nfd, {30, false});
  CHECK(out.ends_with("1.1  Tiếp tục quán trie\xCC\xA3\xCC\x82t,\n     triển khai\n"));
}

TEST_CASE("text: a flexible column is never wrapped narrower than 24 columns", "[write][table]") {
  Table t;
  t.columns = {{"Mã"}, {"Nội dung", Align::left, 0, true}};
  t.rows = {{cell("1.1"), cell("Tiếp tục quán triệt, triển khai thực hiện")}};
  CHECK(as_text(t, {10, false}) ==
        "Mã   Nội dung\n---  ------------------------\n1.1  Tiếp tục quán triệt,\n     triển khai thực hiện\n");
}

TEST_CASE("text: numbers are never wrapped, a table too wide goes in parts repeating the first column",
          "[write][table]") {
  Table t;
  t.columns = {{"TT", Align::right}, {"A", Align::right}, {"B", Align::right}, {"C", Align::right}};
  t.rows = {{cell("1"), cell("1234567890"), cell("2234567890"), cell("3234567890")}};
  CHECK(as_text(t, {30, false}) ==
        "TT           A           B\n--  ----------  ----------\n 1  1234567890  2234567890\n\n"
        "TT           C\n--  ----------\n 1  3234567890\n");
}

TEST_CASE("text: section lines go before their row, wrapped with a hanging indent", "[write][table]") {
  Table t;
  t.columns = {{"A"}, {"B"}};
  t.rows = {{cell("x"), cell("y")}, {cell("z"), cell("w")}};
  t.sections = {{1, {"Nhiệm vụ 1 — báo cáo định kỳ hàng quý", "  Tiếp tục"}}};
  CHECK(as_text(t, {20, false}) == "A  B\n-  -\nx  y\nNhiệm vụ 1 — báo cáo\n  định kỳ hàng quý\n  Tiếp tục\nz  w\n");
}

TEST_CASE("text: max_width cuts a column whatever the terminal", "[write][table]") {
  Table t;
  t.columns = {{"A", Align::left, 4}, {"B"}};
  t.rows = {{cell("abcdefgh"), cell("x")}};
  CHECK(as_text(t) == "A     B\n----  -\nabc…  x\n");
}

TEST_CASE("text: the group heading starts over its first column", "[write][table]") {
  // Its own line: it runs on over the next columns rather than widening the first.
  CHECK(as_text(grouped()) ==
        "                   Trong đó\n"
        "TT  Tên      Tổng  Xã A  Xã B\n"
        "--  -----  ------  ----  ----\n"
        " 1  Tỷ lệ  20.33%   22%     –\n");
}

TEST_CASE("text: colours by cell style only when asked, never on headings", "[write][table]") {
  Table t;
  t.columns = {{"Tình trạng"}, {"Việc"}};
  t.rows = {{cell("Quá hạn", "overdue"), cell("a", "done")}, {cell("x", "no-such-style"), cell("b", "late")}};
  const std::string plain = as_text(t, {0, false});
  CHECK(plain.find('\x1b') == std::string::npos);
  const std::string coloured = as_text(t, {0, true});
  CHECK(coloured ==
        "Tình trạng  Việc\n"
        "----------  ----\n"
        "\x1b[31mQuá hạn   \x1b[0m  \x1b[32ma\x1b[0m\n"
        "x           \x1b[35mb\x1b[0m\n");
}

TEST_CASE("markdown: a pipe table with right-aligned numbers, '|' and newlines escaped", "[write][table]") {
  Table t;
  t.title = "Kết quả | 2024";
  t.columns = {{"Tên | viết tắt"}, {"Số", Align::right}};
  t.rows = {{cell("a|b\r\nc"), number("3", 3)}};
  CHECK(as_markdown(t) ==
        "**Kết quả \\| 2024**\n\n"
        "| Tên \\| viết tắt | Số |\n"
        "| --- | ---: |\n"
        "| a\\|b<br>c | 3 |\n");
  t.title.clear();
  CHECK(as_markdown(t).starts_with("| Tên"));
}

TEST_CASE("csv: RFC 4180 quoting, CRLF, the BOM unless left out, no group row", "[write][table]") {
  Table t = grouped();
  t.rows.push_back({cell("2"), cell("a, b"), cell("say \"hi\""), cell("two\nlines"), cell("plain")});
  const std::string csv = as_csv(t);
  // Percentages as plain numbers, the unit in the heading of a column of percentages only.
  CHECK(csv ==
        "TT,Tên,Tổng (%),Xã A (%),Xã B\r\n"
        "1,Tỷ lệ,20.33,22,–\r\n"
        "2,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",plain\r\n");
  CHECK(as_csv(t, true) == "\xEF\xBB\xBF" + csv);
  std::ostringstream by_default;
  write::write_csv(by_default, t);
  CHECK(by_default.str() == "\xEF\xBB\xBF" + csv);
}

TEST_CASE("csv: a no-value cell is empty, Column::unit names the unit, --locale vi", "[write][table]") {
  Table t = grouped();
  t.rows[0][4] = cell("–");
  t.rows[0][4].no_value = true;
  t.columns[1].unit = "điểm %";
  t.rows.push_back(
      {cell("2"), cell("a; b, c"), number("-0.5", -0.5, 1, true), number("1.25", 1.25, 2, true), number("3", 3)});
  CHECK(as_csv(t) ==
        "TT,Tên (điểm %),Tổng (%),Xã A (%),Xã B\r\n"
        "1,Tỷ lệ,20.33,22,\r\n"
        "2,\"a; b, c\",-0.5,1.25,3\r\n");
  write::CsvStyle vi;
  vi.bom = false, vi.separator = ';', vi.decimal = ',';
  std::ostringstream out;
  write::write_csv(out, t, vi);
  CHECK(out.str() ==
        "TT;Tên (điểm %);Tổng (%);Xã A (%);Xã B\r\n"
        "1;Tỷ lệ;20,33;22;\r\n"
        "2;\"a; b, c\";-0,5;1,25;3\r\n");
  CHECK(write::csv_field(cell("a,b"), vi) == "a,b");              // ',' needs no quotes when ';' separates
  CHECK(write::csv_field(number("-0.00", -0.001, 2)) == "0.00");  // no negative zero
}

TEST_CASE("csv: text starting with = + - @ tab or CR is guarded with ', numbers are plain numbers", "[write][table]") {
  CHECK(write::csv_field(cell("=SUM(A1:A9)")) == "'=SUM(A1:A9)");
  CHECK(write::csv_field(cell("+84 912")) == "'+84 912");
  CHECK(write::csv_field(cell("-0.6")) == "'-0.6");  // text that looks like a number is still text
  CHECK(write::csv_field(cell("@cmd")) == "'@cmd");
  CHECK(write::csv_field(cell("\tx")) == "'\tx");
  CHECK(write::csv_field(cell("\rx")) == "\"'\rx\"");
  CHECK(write::csv_field(cell("=1,2")) == "\"'=1,2\"");
  CHECK(write::csv_field(cell("a=b")) == "a=b");
  CHECK(write::csv_field(number("-0.6", -0.6, 1)) == "-0.6");
  CHECK(write::csv_field(number("+1", 1)) == "1");
  CHECK(write::csv_field(number("20.33%", 20.33, 2, true)) == "20.33");  // the "%" goes into the heading
  // A number shown with words goes out as the number, at its decimals.
  CHECK(write::csv_field(number("+1.2 điểm %", 1.2, 1)) == "1.2");
  CHECK(write::csv_field(number("-0.80 pp", -0.8, 2)) == "-0.80");
}

TEST_CASE("html: every text escaped, the title in <title> and <h1>", "[write][table]") {
  CHECK(write::escape_html("a & b < c > d \" e ' f") == "a &amp; b &lt; c &gt; d &quot; e &#39; f");
  Table t;
  t.title = "Chỉ tiêu <2024> & \"kết quả\"";
  t.columns = {{"Tên"}, {"Số", Align::right}};
  t.rows = {{cell("<script>alert('x')</script>"), number("1", 1)}, {cell("b"), Cell{"2", 2.0, false, 0, "overdue"}}};
  const std::string html = as_html(t, "en\"x");
  CHECK(
      html.starts_with("<!DOCTYPE html>\n<html lang=\"en&quot;x\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<title>Chỉ tiêu &lt;2024&gt; &amp; &quot;kết quả&quot;</title>\n"));
  CHECK(html.find("<h1>Chỉ tiêu &lt;2024&gt; &amp; &quot;kết quả&quot;</h1>\n") != std::string::npos);
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("<tr><td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</td><td class=\"num\">1</td></tr>\n") !=
        std::string::npos);
  CHECK(html.find("<tr><td>b</td><td class=\"num overdue\">2</td></tr>\n") != std::string::npos);
  CHECK(html.find("<thead>\n<tr><th>Tên</th><th>Số</th></tr>\n</thead>") != std::string::npos);
  CHECK(html.ends_with("</tbody>\n</table>\n</body>\n</html>\n"));
  t.title.clear();
  const std::string untitled = as_html(t);
  CHECK(untitled.find("<title>campaign</title>") != std::string::npos);
  CHECK(untitled.find("<h1>") == std::string::npos);
  CHECK(untitled.find("<html lang=\"vi\">") != std::string::npos);
}

TEST_CASE("html: the group heading spans its columns, the others span two rows", "[write][table]") {
  const std::string html = as_html(grouped());
  CHECK(html.find("<thead>\n"
                  "<tr><th rowspan=\"2\">TT</th><th rowspan=\"2\">Tên</th><th rowspan=\"2\">Tổng</th>"
                  "<th colspan=\"2\">Trong đó</th></tr>\n"
                  "<tr><th>Xã A</th><th>Xã B</th></tr>\n"
                  "</thead>") != std::string::npos);
  CHECK(html.find("th{background:#eee;text-align:center}") != std::string::npos);
}
