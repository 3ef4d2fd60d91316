// Tests of write/deadlines_table.cpp: status words and due texts in English and Vietnamese,
// the obligations table, the missing reports grouped for the terminal, the statistics with
// their share cell, and the table of what --lenient skipped.

#include "campaign/write/deadlines_table.hpp"

#include <catch2/catch.hpp>

#include "deadlines_fixture.hpp"

using namespace campaign;
using schedule::Status;
using write::Language;
using write::test::d;

namespace {

schedule::Item item(Status status, long days = 0, bool late = false, calendar::Date done_on = {}) {
  schedule::Item i;
  i.status = status;
  i.days = days;
  i.late = late;
  i.done_on = done_on;
  return i;
}

std::vector<std::string> texts(const std::vector<write::Cell>& row) {
  std::vector<std::string> out;
  for (const auto& c : row) out.push_back(c.text);
  return out;
}

std::vector<std::string> headings(const write::Table& t) {
  std::vector<std::string> out;
  for (const auto& c : t.columns) out.push_back(c.heading);
  return out;
}

}  // namespace

TEST_CASE("deadlines: every status in words, English and Vietnamese", "[write][deadlines]") {
  using write::status_text;
  const auto en = Language::english, vi = Language::vietnamese;
  CHECK(status_text(item(Status::done, 0, false, d(2024, 9, 28)), en) == "done 28/09/2024");
  CHECK(status_text(item(Status::done, 0, false, d(2024, 9, 28)), vi) == "Đã hoàn thành 28/09/2024");
  CHECK(status_text(item(Status::done, 3, true, d(2024, 10, 3)), en) == "done late 03/10/2024 +3d");
  CHECK(status_text(item(Status::done, 3, true, d(2024, 10, 3)), vi) == "Hoàn thành muộn 03/10/2024 (3 ngày)");
  CHECK(status_text(item(Status::overdue, 93), en) == "overdue 93 days");
  CHECK(status_text(item(Status::overdue, 1), en) == "overdue 1 day");
  CHECK(status_text(item(Status::overdue, 93), vi) == "Quá hạn 93 ngày");
  CHECK(status_text(item(Status::due_today), en) == "due today");
  CHECK(status_text(item(Status::due_today), vi) == "Đến hạn hôm nay");
  CHECK(status_text(item(Status::due_soon, 1), en) == "due soon, 1 day");
  CHECK(status_text(item(Status::due_soon, 3), vi) == "Sắp đến hạn (còn 3 ngày)");
  CHECK(status_text(item(Status::upcoming, 87), en) == "upcoming, 87 days");
  CHECK(status_text(item(Status::upcoming, 87), vi) == "Chưa đến hạn (còn 87 ngày)");
  CHECK(status_text(item(Status::ongoing), en) == "ongoing");
  CHECK(status_text(item(Status::ongoing), vi) == "Thường xuyên");
  CHECK(status_text(item(Status::no_date), en) == "no date");
  CHECK(status_text(item(Status::no_date), vi) == "Chưa xác định được hạn");
}

TEST_CASE("deadlines: the obligations table, sorted by due date, undated then ongoing last", "[write][deadlines]") {
  write::test::Deadlines dl;
  const write::Table en = write::obligations_table(dl.view, Language::english);
  CHECK(headings(en) == std::vector<std::string>{"Status", "Due", "Period", "Body", "Via", "Task", "Text"});
  CHECK(en.columns.back().flexible);
  REQUIRE(en.rows.size() == 11);
  using V = std::vector<std::string>;
  CHECK(texts(en.rows[0]) == V{"done 25/07/2024", "trong tháng 7/2024 → 31/07/2024", "", "UBND huyện", "",
                               "04-TB/BCĐ#1.1", "Tham quan mô hình"});
  CHECK(texts(en.rows[1]) == V{"overdue 5 days", "trong tháng 9/2024 → 30/09/2024", "", "Ủy ban MTTQ Việt Nam huyện",
                               "", "04-TB/BCĐ#1.4", "Tổng hợp | báo cáo"});
  CHECK(texts(en.rows[2]) == V{"done late 03/10/2024 +3d", "30/09/2024", "Q3/2024", "BCĐ Cuộc vận động xã (Xã Tân Lập)",
                               "Ủy ban MTTQ Việt Nam huyện", "04-TB/BCĐ#1.2", "Báo cáo định kỳ hàng quý"});
  CHECK(texts(en.rows[3])[3] == "BCĐ Cuộc vận động xã (Thị trấn Đăk Rve)");
  CHECK(texts(en.rows[4])[3] == "BCĐ Cuộc vận động xã (Xã Đăk Kôi)");
  CHECK(texts(en.rows[5]) ==
        V{"due soon, 3 days", "08/10/2024", "", "UBND huyện", "", "04-TB/BCĐ#1.3", "Gửi danh sách"});
  CHECK(texts(en.rows[6])[0] == "upcoming, 87 days");
  CHECK(texts(en.rows[6])[2] == "Q4/2024");
  CHECK(texts(en.rows[9]) ==
        V{"no date", "khi có chỉ đạo → ?", "", "UBND huyện", "", "04-TB/BCĐ#1.5", "Tổ chức hội nghị"});
  CHECK(texts(en.rows[10]) ==
        V{"ongoing", "–", "", "Ủy ban MTTQ Việt Nam huyện", "", "04-TB/BCĐ#1.6", "Thường xuyên theo dõi"});
  // Styles the text writer colours by.
  CHECK(en.rows[0][0].style == "done");
  CHECK(en.rows[1][0].style == "overdue");
  CHECK(en.rows[2][0].style == "late");
  CHECK(en.rows[5][0].style == "due-soon");
  CHECK(en.rows[10][0].style == "ongoing");

  const write::Table vi = write::obligations_table(dl.view, Language::vietnamese);
  CHECK(headings(vi) == std::vector<std::string>{"Tình trạng", "Thời hạn", "Kỳ báo cáo", "Cơ quan, đơn vị", "Gửi qua",
                                                 "Nhiệm vụ", "Nội dung"});
  CHECK(texts(vi.rows[2])[0] == "Hoàn thành muộn 03/10/2024 (3 ngày)");
  CHECK(texts(vi.rows[2])[2] == "quý III/2024");
}

TEST_CASE("deadlines: missing reports, grouped for the terminal and not in circulation", "[write][deadlines]") {
  write::test::Deadlines dl;
  const write::Table grouped = write::missing_table(dl.view, Language::english, true);
  CHECK(headings(grouped) == std::vector<std::string>{"Task", "Period", "Due", "Via", "Body"});
  REQUIRE(grouped.rows.size() == 2);
  using V = std::vector<std::string>;
  CHECK(texts(grouped.rows[0]) == V{"04-TB/BCĐ#1.2", "Q3/2024", "30/09/2024", "Ủy ban MTTQ Việt Nam huyện",
                                    "BCĐ Cuộc vận động xã (Thị trấn Đăk Rve)"});
  CHECK(texts(grouped.rows[1]) == V{"", "", "", "", "BCĐ Cuộc vận động xã (Xã Đăk Kôi)"});
  CHECK(grouped.rows[1][4].style == "missing");
  const write::Table vi = write::missing_table(dl.view, Language::vietnamese, false);
  CHECK(headings(vi).back() == "Cơ quan, đơn vị chưa gửi báo cáo");
  REQUIRE(vi.rows.size() == 2);
  CHECK(texts(vi.rows[1]) == V{"04-TB/BCĐ#1.2", "quý III/2024", "30/09/2024", "Ủy ban MTTQ Việt Nam huyện",
                               "BCĐ Cuộc vận động xã (Xã Đăk Kôi)"});
}

TEST_CASE("deadlines: statistics per body and per document, a total row, numeric cells", "[write][deadlines]") {
  write::test::Deadlines dl;
  const write::Table t = write::statistics_table(dl.view, write::StatsBy::body, Language::english);
  CHECK(headings(t) == std::vector<std::string>{"Body", "On time", "Late", "Not yet due", "Overdue", "On time %"});
  for (std::size_t c = 1; c < t.columns.size(); ++c) CHECK(t.columns[c].align == write::Align::right);
  using V = std::vector<std::string>;
  REQUIRE(t.rows.size() == 6);
  CHECK(texts(t.rows[0]) == V{"UBND huyện", "1", "0", "1", "0", "100.0%"});
  CHECK(texts(t.rows[1]) == V{"Ủy ban MTTQ Việt Nam huyện", "0", "0", "0", "1", "0.0%"});
  CHECK(texts(t.rows[2]) == V{"BCĐ Cuộc vận động xã (Xã Tân Lập)", "0", "1", "1", "0", "0.0%"});
  CHECK(texts(t.rows[5]) == V{"Total", "1", "1", "4", "3", "20.0%"});
  CHECK(t.rows[5][3].number == 4.0);
  const write::Cell& share = t.rows[5][5];
  CHECK(share.number == Approx(20.0));
  CHECK(share.percent);
  CHECK(share.decimals == 1);
  CHECK_FALSE(t.rows[5][0].number);

  const write::Table docs = write::statistics_table(dl.view, write::StatsBy::document, Language::vietnamese);
  CHECK(headings(docs) ==
        std::vector<std::string>{"Văn bản", "Đúng hạn", "Muộn", "Chưa đến hạn", "Quá hạn", "Tỷ lệ đúng hạn"});
  REQUIRE(docs.rows.size() == 2);
  CHECK(texts(docs.rows[0]) == V{"04-TB/BCĐ", "1", "1", "4", "3", "20.0%"});
  CHECK(texts(docs.rows[1])[0] == "Tổng cộng");
}

TEST_CASE("deadlines: the share is '–', not 0%, before anything fell due", "[write][deadlines]") {
  write::test::Deadlines early({}, d(2024, 7, 12));
  const write::Table t = write::statistics_table(early.view, write::StatsBy::body, Language::english);
  const write::Cell& share = t.rows.back().back();
  CHECK(share.text == "–");
  CHECK_FALSE(share.number);
}

TEST_CASE("deadlines: the skipped table and its words in both languages", "[write][deadlines]") {
  write::test::Deadlines dl(write::test::skipped());
  const write::Table en = write::skipped_table(dl.view, Language::english);
  CHECK(headings(en) == std::vector<std::string>{"Place", "What", "Effect", "Error"});
  REQUIRE(en.rows.size() == 2);
  using V = std::vector<std::string>;
  CHECK(texts(en.rows[0]) ==
        V{"a.yaml:40", "task 04-TB/BCĐ#2.1", "left out", "responsible body 'x' is not a body [E013]"});
  CHECK(texts(en.rows[1]) ==
        V{"a.yaml:31", "deadline of task 04-TB/BCĐ#1.5", "listed without a date", "cannot read the deadline [E010]"});
  const write::Table vi = write::skipped_table(dl.view, Language::vietnamese);
  CHECK(headings(vi) == std::vector<std::string>{"Vị trí", "Nội dung", "Xử lý", "Lỗi"});
  CHECK(texts(vi.rows[0])[1] == "nhiệm vụ 04-TB/BCĐ#2.1");
  CHECK(texts(vi.rows[0])[2] == "bỏ qua");
  CHECK(texts(vi.rows[1])[2] == "vẫn liệt kê, không có hạn");

  using What = schedule::Skipped::What;
  auto words = [](What what, std::string name, Language lang) {
    schedule::Skipped s;
    s.what = what;
    s.name = std::move(name);
    return write::skipped_what(s, lang) + " / " + write::skipped_effect(s, lang);
  };
  CHECK(words(What::document, "04-TB/BCĐ", Language::english) == "document 04-TB/BCĐ / left out");
  CHECK(words(What::document, "", Language::vietnamese) == "văn bản / bỏ qua");
  CHECK(words(What::directive, "04-TB/BCĐ mục 3", Language::english) == "directive 04-TB/BCĐ mục 3 / left out");
  CHECK(words(What::directive, "04-TB/BCĐ mục 3", Language::vietnamese) == "04-TB/BCĐ mục 3 / bỏ qua");
  CHECK(words(What::submission, "", Language::english) == "submission / left out");
  CHECK(words(What::completion, "", Language::vietnamese) == "nhiệm vụ đã hoàn thành / bỏ qua");
  CHECK(words(What::body, "bcd-xa", Language::english) == "body bcd-xa / read in part");
  CHECK(words(What::unit, "tan-lap", Language::vietnamese) == "đơn vị hành chính tan-lap / chỉ đọc được một phần");
  CHECK(words(What::indicator, "04-TB/BCĐ#1", Language::english) == "indicator 04-TB/BCĐ#1 / read in part");
  CHECK(words(What::result, "", Language::english) == "result / read in part");
  CHECK(words(What::file, "", Language::english) == "file / not read");
  CHECK(words(What::file, "", Language::vietnamese) == "tệp / không đọc được");
}
