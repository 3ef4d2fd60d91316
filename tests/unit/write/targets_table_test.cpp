// Tests of write/targets_table.cpp and write/target_values.cpp: the appendix layout (TT, name,
// total, "Trong đó" over the units, "–" for `~`), the transposed layout, the running numbers
// and document names when indicators come from several documents, the amendment history, and
// how values, gaps and headings read.

#include "campaign/write/targets_table.hpp"

#include "campaign/write/target_values.hpp"
#include "targets_fixture.hpp"

using namespace campaign;
using write::Language;

namespace {

model::Decimal dec(std::string_view s) {
  return *model::Decimal::parse(s);
}

targets::TargetTable district_table(const model::Model& m, std::optional<model::Date> as_of = std::nullopt) {
  return targets::build_target_table(m, targets::effective_indicators(m, std::nullopt), targets::UnitOrder::registry,
                                     as_of);
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

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("targets: the appendix layout, Vietnamese", "[write][targets]") {
  const load::Loaded l = write::test::load_text(write::test::kDistrict);
  const write::Table t = write::to_table(district_table(l.model), {});
  // A rate and a count: their units in a column of their own ("Đơn vị tính"), not after the name.
  CHECK(headings(t) == V{"TT", "Nội dung chỉ tiêu", "Đơn vị tính", "Mục tiêu toàn huyện", "Xã Tân Lập",
                         "Thị trấn Đăk Rve", "Xã Đăk Kôi"});
  CHECK(t.columns[0].align == write::Align::right);
  CHECK(t.columns[1].flexible);
  CHECK(t.columns[3].align == write::Align::right);
  REQUIRE(t.group);
  CHECK(t.group->heading == "Trong đó");
  CHECK(t.group->first == 4);
  CHECK(t.group->count == 3);
  CHECK(t.title.empty());
  REQUIRE(t.rows.size() == 2);
  CHECK(texts(t.rows[0]) == V{"1", "Tỷ lệ sinh con thứ 3 trở lên", "%", "20.33%", "22%", "15.3%", "–"});
  CHECK(texts(t.rows[1]) == V{"2", "Số hộ thoát nghèo", "hộ", "30", "10", "12", "8"});
  const write::Cell& total = t.rows[0][3];
  CHECK(total.number == Approx(20.33));
  CHECK(total.percent);
  CHECK(total.decimals == 2);
  CHECK(t.rows[0][5].decimals == 1);
  CHECK_FALSE(t.rows[0][6].number);  // "–" is no number,
  CHECK(t.rows[0][6].no_value);      // and an empty cell in csv and xlsx
  CHECK_FALSE(t.rows[1][4].percent);
  CHECK(t.rows[0][0].number == 1);  // TT is a number (xlsx), its text "1"
  CHECK_FALSE(t.rows[0][1].number);
}

TEST_CASE("targets: one unit, no unit column, the name keeps a free-text unit", "[write][targets]") {
  const load::Loaded l = write::test::load_text(write::test::kDistrict);
  auto table = district_table(l.model);
  table.rows.erase(table.rows.begin());  // the count only
  const write::Table t = write::to_table(table, {});
  CHECK(headings(t) ==
        V{"TT", "Nội dung chỉ tiêu", "Mục tiêu toàn huyện", "Xã Tân Lập", "Thị trấn Đăk Rve", "Xã Đăk Kôi"});
  CHECK(texts(t.rows[0]) == V{"2", "Số hộ thoát nghèo (hộ)", "30", "10", "12", "8"});
  CHECK(t.group->first == 3);
}

TEST_CASE("targets: the appendix layout, English, with the as-of date in the title", "[write][targets]") {
  const load::Loaded l = write::test::load_text(write::test::kDistrict);
  const write::Table t = write::to_table(district_table(l.model, model::Date{2024, 10, 5}), {Language::english, false});
  CHECK(headings(t) == V{"No.", "Indicator", "Unit", "District total", "Xã Tân Lập", "Thị trấn Đăk Rve", "Xã Đăk Kôi"});
  CHECK(t.group->heading == "Of which");
  CHECK(t.title == "Targets in effect on 05/10/2024");
  const write::Table vi = write::to_table(district_table(l.model, model::Date{2024, 10, 5}), {});
  CHECK(vi.title == "Chỉ tiêu có hiệu lực ngày 05/10/2024");
}

TEST_CASE("targets: the transposed layout, units in rows after the area row", "[write][targets]") {
  const load::Loaded l = write::test::load_text(write::test::kDistrict);
  const write::Table t = write::to_table(district_table(l.model), {Language::vietnamese, true});
  CHECK(headings(t) == V{"TT", "Đơn vị", "1. Tỷ lệ sinh con thứ 3 trở lên", "2. Số hộ thoát nghèo (hộ)"});
  CHECK_FALSE(t.group);
  CHECK(t.columns[2].flexible);
  REQUIRE(t.rows.size() == 4);
  CHECK(texts(t.rows[0]) == V{"", "Toàn huyện", "20.33%", "30"});
  CHECK(texts(t.rows[1]) == V{"1", "Xã Tân Lập", "22%", "10"});
  CHECK(texts(t.rows[3]) == V{"3", "Xã Đăk Kôi", "–", "8"});
  const write::Table en = write::to_table(district_table(l.model), {Language::english, true});
  CHECK(headings(en)[1] == "Unit");
  CHECK(en.rows[0][1].text == "Whole district");
}

TEST_CASE("targets: indicators of several documents are numbered and name their document", "[write][targets]") {
  const load::Loaded l = write::test::load_text(write::test::kDistrict);
  targets::TargetTable table = district_table(l.model);
  model::Document other = l.model.documents[0];
  other.number = "02-TB/BCĐ";
  table.rows[1].effective.current.document = &other;
  const write::Table t = write::to_table(table, {});
  CHECK(texts(t.rows[0])[0] == "1");
  CHECK(texts(t.rows[0])[1] == "Tỷ lệ sinh con thứ 3 trở lên (01-TB/BCĐ)");
  CHECK(texts(t.rows[1])[0] == "2");
  CHECK(texts(t.rows[1])[1] == "Số hộ thoát nghèo (02-TB/BCĐ)");  // "hộ" in the unit column
  CHECK(texts(t.rows[1])[2] == "hộ");
  const write::Table transposed = write::to_table(table, {Language::vietnamese, true});
  CHECK(headings(transposed)[3] == "2. Số hộ thoát nghèo (hộ) (02-TB/BCĐ)");
}

TEST_CASE("targets: the history table, a stub for a document not loaded, then the loaded version", "[write][targets]") {
  const load::Loaded l = write::test::load_text(write::test::kDistrict);
  const auto ref = targets::find_indicator(l.model, "01-TB/BCĐ#1");
  REQUIRE(ref);
  targets::Version stub;
  stub.document = "120-CV/BCĐ";
  stub.issued = model::Date{2024, 2, 2};
  stub.name = "Số cặp vợ chồng sinh con thứ 3";
  stub.changes = {{targets::ChangeKind::not_loaded, "01-TB/BCĐ", "", "", {}, {}, false, false}};
  targets::Version loaded;
  loaded.indicator = ref;
  loaded.document = "01-TB/BCĐ";
  loaded.issued = model::Date{2024, 7, 11};
  loaded.name = ref->indicator->name;
  loaded.changes = {{targets::ChangeKind::set_anew, "120-CV/BCĐ", "", "", {}, {}, false, false},
                    {targets::ChangeKind::target, "Xã Tân Lập", "", "", dec("10"), dec("22"), false, true}};
  const write::Table t = write::history_table(l.model, {stub, loaded}, targets::UnitOrder::name, Language::vietnamese);
  CHECK(headings(t) == V{"Văn bản", "Ngày ban hành", "Nội dung chỉ tiêu", "Mục tiêu toàn huyện", "Thị trấn Đăk Rve",
                         "Xã Đăk Kôi", "Xã Tân Lập", "Thay đổi"});
  REQUIRE(t.group);
  CHECK(t.group->first == 4);
  CHECK(t.group->count == 3);
  CHECK(t.columns.back().flexible);
  REQUIRE(t.rows.size() == 2);
  CHECK(texts(t.rows[0]) == V{"120-CV/BCĐ", "02/02/2024", "Số cặp vợ chồng sinh con thứ 3", "", "", "", "",
                              "không có trong các tệp đã đọc; tên theo trích dẫn của 01-TB/BCĐ"});
  CHECK(texts(t.rows[1]) == V{"01-TB/BCĐ", "11/07/2024", "Tỷ lệ sinh con thứ 3 trở lên", "20.33%", "15.3%", "–", "22%",
                              "giao lại chỉ tiêu (120-CV/BCĐ không có trong các tệp đã đọc); Xã Tân Lập: 10 → 22%"});
  const write::Table en = write::history_table(l.model, {loaded}, targets::UnitOrder::registry, Language::english);
  CHECK(headings(en) == V{"Document", "Issued", "Indicator", "District total", "Xã Tân Lập", "Thị trấn Đăk Rve",
                          "Xã Đăk Kôi", "Changes"});
  CHECK(en.rows[0].back().text == "targets set anew (120-CV/BCĐ not loaded); Xã Tân Lập: 10 → 22%");
}

TEST_CASE("target values: as written with %, '–' for none, signed gaps in points", "[write][targets]") {
  model::Indicator percent;
  percent.unit = "percent";
  model::Indicator count;
  count.unit = "count";
  CHECK(write::format_value(dec("20.33"), percent) == "20.33%");
  CHECK(write::format_value(dec("16.50"), percent) == "16.50%");
  CHECK(write::format_value(dec("22"), count) == "22");
  CHECK(write::format_value(std::optional<model::Decimal>{}, count) == "–");
  CHECK(write::format_number(std::nullopt, true) == "–");
  CHECK(write::format_gap(dec("1.2"), percent, Language::vietnamese) == "+1.2 điểm %");
  CHECK(write::format_gap(dec("-0.80"), percent, Language::english) == "-0.80 pp");
  CHECK(write::format_gap(dec("0.00"), percent, Language::english) == "0 pp");
  CHECK(write::format_gap(dec("3"), count, Language::vietnamese) == "+3");
  CHECK(write::format_gap(dec("-2"), count, Language::english) == "-2");
  const write::Cell none = write::value_cell(std::nullopt, percent);
  CHECK(none.text == "–");
  CHECK_FALSE(none.number);
  const write::Cell v = write::value_cell(dec("15.30"), percent);
  CHECK(v.text == "15.30%");
  CHECK(v.decimals == 2);
  CHECK(v.number == Approx(15.3));
}

TEST_CASE("target values: the total heading and the area label follow the area's kind", "[write][targets]") {
  using model::UnitKind;
  auto area = [](UnitKind k) { return std::optional<model::Area>{model::Area{"x", k, {}}}; };
  CHECK(write::total_heading(area(UnitKind::district), Language::vietnamese) == "Mục tiêu toàn huyện");
  CHECK(write::total_heading(area(UnitKind::province), Language::vietnamese) == "Mục tiêu toàn tỉnh");
  CHECK(write::total_heading(area(UnitKind::province), Language::english) == "Province total");
  CHECK(write::total_heading(area(UnitKind::commune), Language::vietnamese) == "Mục tiêu toàn xã");
  CHECK(write::total_heading(area(UnitKind::other), Language::vietnamese) == "Mục tiêu chung");
  CHECK(write::total_heading(std::nullopt, Language::english) == "Total");
  CHECK(write::area_label(area(UnitKind::district), Language::vietnamese) == "Toàn huyện");
  CHECK(write::area_label(area(UnitKind::city), Language::english) == "Whole city");
  CHECK(write::area_label(std::nullopt, Language::vietnamese) == "Toàn địa bàn");
  CHECK(write::area_label(std::nullopt, Language::english) == "Whole area");
}
