// Tests of write/deadlines_report.cpp: how the text, Markdown and CSV reports of
// check-deadlines are assembled (headline, "Not counted" lines, the INCOMPLETE line and the
// skipped parts at the end, the statistics layout).

#include "campaign/write/deadlines_report.hpp"

#include <catch2/catch.hpp>
#include <sstream>

#include "deadlines_fixture.hpp"

using namespace campaign;
using write::test::Deadlines;

namespace {

std::string text_of(const write::DeadlinesView& view, bool summary = false,
                    write::Language language = write::Language::english) {
  std::ostringstream out;
  write::write_deadlines_text(out, view, {summary, {}, false, language});
  return out.str();
}

std::string markdown_of(const write::DeadlinesView& view, bool summary = false) {
  std::ostringstream out;
  write::write_deadlines_markdown(out, view, {summary, {}});
  return out.str();
}

std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

}  // namespace

TEST_CASE("deadlines text: headline, not counted, obligations, then the missing reports", "[write][deadlines]") {
  Deadlines dl;
  const auto out = lines(text_of(dl.view));
  REQUIRE(out.size() == 37);
  CHECK(out[0] ==
        "As of 05/10/2024 (due soon: within 7 days): 11 shown, 2 done, 3 overdue, 1 due-soon, 3 upcoming, "
        "1 ongoing, 1 no-date");
  CHECK(out[1] == "Not counted: 05-TB/BCĐ, issued 10/10/2024, after 05/10/2024");
  CHECK(out[2].empty());
  CHECK(out[3].starts_with("Status                    Due         Period   Body"));
  // Grouped by task (issue 17): the task once, the deadline as written once, the date in the rows.
  CHECK(out[5] == "04-TB/BCĐ#1.1 — Tham quan mô hình");
  CHECK(out[6] == "  Due: trong tháng 7/2024 → 31/07/2024");
  CHECK(out[7] == "done 25/07/2024           31/07/2024           UBND huyện");
  CHECK(out[8].empty());
  CHECK(out[9] == "04-TB/BCĐ#1.2 — Báo cáo định kỳ hàng quý (via Ủy ban MTTQ Việt Nam huyện)");
  CHECK(out[30].empty());
  CHECK(out[31] == "Missing reports: 2 due and not received as of 05/10/2024");
  CHECK(out[32].empty());
  CHECK(out[33].starts_with("Task           Period   Due         Via"));
  CHECK(out[35].starts_with("04-TB/BCĐ#1.2  Q3/2024  30/09/2024  Ủy ban MTTQ Việt Nam huyện  BCĐ"));
  CHECK(out[36] == "                                                                BCĐ Cuộc vận động xã (Xã Đăk Kôi)");
  CHECK(text_of(dl.view).find("INCOMPLETE") == std::string::npos);
}

TEST_CASE("deadlines text: --lenient's skipped parts are announced first and listed last", "[write][deadlines]") {
  Deadlines dl(write::test::skipped());
  const std::string text = text_of(dl.view);
  CHECK(
      text.starts_with("INCOMPLETE: --lenient skipped 2 broken parts of the input (listed at the end); run "
                       "'campaign validate' for details\nAs of 05/10/2024"));
  INFO(text);
  CHECK(
      text.ends_with("\nSkipped by --lenient: 2\n\n"
                     "Place      What                            Effect                 Error\n"
                     "---------  ------------------------------  ---------------------  "
                     "-----------------------------------------\n"
                     "a.yaml:40  task 04-TB/BCĐ#2.1              left out               responsible body 'x' is not "
                     "a body [E013]\n"
                     "a.yaml:31  deadline of task 04-TB/BCĐ#1.5  listed without a date  cannot read the deadline "
                     "[E010]\n"));
  Deadlines one({write::test::skipped().front()});
  CHECK(text_of(one.view).starts_with("INCOMPLETE: --lenient skipped 1 broken part of the input (listed"));
}

TEST_CASE("deadlines text --summary: statistics by body, then by document", "[write][deadlines]") {
  Deadlines dl;
  const auto out = lines(text_of(dl.view, true));
  CHECK(out[0] == "Statistics by body as of 05/10/2024");
  CHECK(out[1] == "Not counted: 05-TB/BCĐ, issued 10/10/2024, after 05/10/2024");
  CHECK(out[2].empty());
  CHECK(out[3].starts_with("Body"));
  CHECK(out[3].ends_with("On time  Late  Not yet due  Overdue  On time %"));
  CHECK(out[10].starts_with("Total"));
  CHECK(out[10].ends_with("1     1            4        3      20.0%"));
  CHECK(out[11].empty());
  CHECK(out[12] == "Statistics by document");
  CHECK(out[14].starts_with("Document"));
  CHECK(out[16].starts_with("04-TB/BCĐ"));
}

TEST_CASE("deadlines markdown: Vietnamese titles, not counted lines, the missing list", "[write][deadlines]") {
  Deadlines dl;
  const std::string md = markdown_of(dl.view);
  // Grouped by task (issue 13): the task's number, document and label once, then its bodies.
  CHECK(
      md.starts_with("Chưa tính: 05-TB/BCĐ ban hành ngày 10/10/2024, sau ngày 05/10/2024  \n\n"
                     "**Tình hình thực hiện nhiệm vụ (tính đến ngày 05/10/2024)**\n\n"
                     "#### Nhiệm vụ 1.1 (04-TB/BCĐ): Tham quan mô hình\n\n"
                     "| STT | Cơ quan, đơn vị | Kỳ báo cáo | Thời hạn | Tình trạng |\n"
                     "|---:|"));
  CHECK(md.find("\n| 1 | UBND huyện |  | trong tháng 7/2024 → 31/07/2024 | Đã hoàn thành 25/07/2024 |\n") !=
        std::string::npos);
  // Every text escaped: the '|' of a task's label in its heading too.
  CHECK(md.find("\n#### Nhiệm vụ 1.4 (04-TB/BCĐ): Tổng hợp \\| báo cáo\n") != std::string::npos);
  CHECK(md.find("\n| 1 | Ủy ban MTTQ Việt Nam huyện |  | trong tháng 9/2024 → 30/09/2024 | Quá hạn 5 ngày |\n") !=
        std::string::npos);
  CHECK(md.find("Tham quan mô hình\n\nTham quan mô hình") == std::string::npos);  // a label that is the text: once
  // The missing reports by period, then task, one row per body.
  const std::size_t missing = md.find(
      "\n**Danh sách cơ quan, đơn vị chưa gửi báo cáo (tính đến ngày 05/10/2024)**\n\n"
      "#### Kỳ báo cáo quý III/2024\n\n*Nhiệm vụ 1.2 (04-TB/BCĐ): ");
  CHECK(missing != std::string::npos);
  CHECK(md.find("| STT | Cơ quan, đơn vị chưa gửi báo cáo | Gửi qua | Quá hạn |\n", missing) != std::string::npos);
  CHECK(md.ends_with("| BCĐ Cuộc vận động xã (Xã Đăk Kôi) | Ủy ban MTTQ Việt Nam huyện | 5 ngày |\n\n"));
  CHECK(md.find("CHƯA ĐẦY ĐỦ") == std::string::npos);
}

TEST_CASE("deadlines markdown: the INCOMPLETE line in bold and the skipped table last", "[write][deadlines]") {
  Deadlines dl(write::test::skipped());
  const std::string md = markdown_of(dl.view, true);
  CHECK(
      md.starts_with("**CHƯA ĐẦY ĐỦ: bỏ qua 2 phần bị lỗi của dữ liệu đầu vào (liệt kê ở cuối); chạy 'campaign "
                     "validate' để xem chi tiết**\n\nChưa tính: 05-TB/BCĐ"));
  CHECK(md.find("**Kết quả thực hiện nhiệm vụ theo cơ quan, đơn vị (tính đến ngày 05/10/2024)**") != std::string::npos);
  CHECK(md.find("**Kết quả thực hiện nhiệm vụ theo văn bản (tính đến ngày 05/10/2024)**") != std::string::npos);
  CHECK(md.find("**Phần dữ liệu bị bỏ qua do có lỗi (--lenient)**\n\n| Vị trí | Nội dung | Xử lý | Lỗi |\n|") !=
        std::string::npos);
  // Every cell escaped for Markdown: '#' and '[' ']' too.
  CHECK(md.ends_with(
      "\n| a.yaml:40 | nhiệm vụ 04-TB/BCĐ\\#2.1 | bỏ qua | responsible body 'x' is not a body \\[E013\\] |\n"
      "| a.yaml:31 | thời hạn của nhiệm vụ 04-TB/BCĐ\\#1.5 | vẫn liệt kê, không có hạn | cannot read "
      "the deadline \\[E010\\] |\n"));
}

TEST_CASE("deadlines csv: the obligations, with the skipped parts as rows", "[write][deadlines]") {
  Deadlines dl(write::test::skipped());
  const write::Table t = write::deadlines_csv_table(dl.view, {});
  std::vector<std::string> heads;
  for (const auto& c : t.columns) heads.push_back(c.heading);
  // Beside each Vietnamese column what a spreadsheet can sort and filter: a code, days, ISO dates.
  CHECK(heads == std::vector<std::string>{"Tình trạng", "Mã tình trạng", "Số ngày (quá hạn, muộn hoặc còn lại)",
                                          "Ngày hoàn thành (YYYY-MM-DD)", "Thời hạn", "Hạn (YYYY-MM-DD)", "Kỳ báo cáo",
                                          "Cơ quan, đơn vị", "Gửi qua", "Nhiệm vụ", "Nội dung"});
  REQUIRE(t.rows.size() == 13);
  const auto& row = t.rows[11];
  REQUIRE(row.size() == 11);
  CHECK(row[0].text == "Lỗi dữ liệu: bỏ qua");
  CHECK(row[1].text == "skipped");
  for (std::size_t c = 2; c < 9; ++c) CHECK(row[c].text.empty());
  CHECK(row[9].text == "nhiệm vụ 04-TB/BCĐ#2.1");
  CHECK(row[10].text == "a.yaml:40: responsible body 'x' is not a body [E013]");
  CHECK(t.rows[12][0].text == "Lỗi dữ liệu: vẫn liệt kê, không có hạn");
  for (const auto& r : t.rows) CHECK(r.size() == t.columns.size());
}

TEST_CASE("deadlines csv --summary: one rectangular table, what a row counts by first", "[write][deadlines]") {
  Deadlines dl;
  const write::Table t = write::deadlines_csv_table(dl.view, {true, {}});
  std::vector<std::string> heads;
  for (const auto& c : t.columns) heads.push_back(c.heading);
  CHECK(heads ==
        std::vector<std::string>{"Theo", "Tên", "Đúng hạn", "Muộn", "Chưa đến hạn", "Quá hạn", "Tỷ lệ đúng hạn"});
  REQUIRE(t.rows.size() == 7);  // 5 bodies, 1 document, the total once
  CHECK(t.rows[0][0].text == "Cơ quan, đơn vị");
  CHECK(t.rows[0][1].text == "UBND huyện");
  CHECK(t.rows[5][0].text == "Văn bản");
  CHECK(t.rows[5][1].text == "04-TB/BCĐ");
  CHECK(t.rows[6][0].text == "Tổng cộng");
  CHECK(t.rows[6][1].text.empty());
  CHECK(t.rows[6][6].text == "20.0%");
  for (const auto& r : t.rows) CHECK(r.size() == t.columns.size());
}

TEST_CASE("deadlines csv: codes, days and ISO dates beside the Vietnamese words", "[write][deadlines]") {
  Deadlines dl;
  const write::Table t = write::deadlines_csv_table(dl.view, {});
  for (const auto& row : t.rows) {
    CHECK(row[1].text != "");                                               // every row has a status code
    if (row[4].text.size() == 15) CHECK(row[4].text.starts_with("ngày "));  // never a bare dd/mm/yyyy
  }
  bool overdue = false, done = false, report = false;
  for (const auto& row : t.rows) {
    if (row[1].text == "overdue" && row[5].text == "2024-09-30" && !row[6].text.empty()) {  // a report
      overdue = true;
      CHECK(row[2].number == 5);  // 30/09 to 05/10
      CHECK(row[0].text == "Quá hạn 5 ngày");
      CHECK(row[4].text == "ngày 30/09/2024");
    }
    if (row[1].text == "done" && !row[3].text.empty()) {
      done = true;
      CHECK(row[3].text.size() == 10);
      CHECK(row[3].text[4] == '-');
    }
    if (row[1].text == "ongoing" || row[1].text == "no-date") CHECK(row[5].text.empty());
    report = report || row[6].text == "quý III/2024";
  }
  CHECK(overdue);
  CHECK(done);
  CHECK(report);
}

TEST_CASE("deadlines --missing: only the missing reports, in text, md and csv", "[write][deadlines]") {
  Deadlines dl;
  write::DeadlinesLayout missing;
  missing.missing = true;
  missing.language = write::Language::english;
  std::ostringstream text;
  write::write_deadlines_text(text, dl.view, missing);
  const auto out = lines(text.str());
  CHECK(out[0] == "Not counted: 05-TB/BCĐ, issued 10/10/2024, after 05/10/2024");
  CHECK(out[1] == "Missing reports: 2 due and not received as of 05/10/2024");
  CHECK(text.str().find("Status") == std::string::npos);  // no obligations table
  std::ostringstream md;
  write::write_deadlines_markdown(md, dl.view, missing);
  CHECK(md.str().find("**Danh sách cơ quan, đơn vị chưa gửi báo cáo (tính đến ngày 05/10/2024)**") !=
        std::string::npos);
  CHECK(md.str().find("Tình hình thực hiện nhiệm vụ") == std::string::npos);
  const write::Table t = write::deadlines_csv_table(dl.view, missing);
  std::vector<std::string> heads;
  for (const auto& c : t.columns) heads.push_back(c.heading);
  CHECK(heads == std::vector<std::string>{"Nhiệm vụ", "Kỳ báo cáo", "Thời hạn", "Hạn (YYYY-MM-DD)", "Số ngày quá hạn",
                                          "Gửi qua", "Cơ quan, đơn vị chưa gửi báo cáo"});
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0][0].text == "04-TB/BCĐ#1.2");  // every row whole: no blank repeated cells
  CHECK(t.rows[1][0].text == "04-TB/BCĐ#1.2");
  CHECK(t.rows[1][2].text == "ngày 30/09/2024");
  CHECK(t.rows[1][3].text == "2024-09-30");
  CHECK(t.rows[1][4].number == 5);
}

TEST_CASE("deadlines text in Vietnamese: headline, headings and status words (--lang vi, the default)",
          "[write][deadlines]") {
  Deadlines dl;
  const std::string vi = text_of(dl.view, false, write::Language::vietnamese);
  CHECK(vi.rfind("Tính đến ngày ", 0) == 0);
  CHECK(vi.find("Tình trạng") != std::string::npos);
  CHECK(vi.find("Cơ quan, đơn vị") != std::string::npos);
  CHECK(vi.find("Quá hạn") != std::string::npos);
  CHECK(vi.find("As of") == std::string::npos);
  CHECK(vi.find("overdue") == std::string::npos);
  const std::string summary = text_of(dl.view, true, write::Language::vietnamese);
  CHECK(summary.rfind("Thống kê theo cơ quan, đơn vị, tính đến ngày ", 0) == 0);
  CHECK(summary.find("Thống kê theo văn bản") != std::string::npos);
}
