// Tests of write/compare_table.cpp (with the words of write/targets_wording.cpp): the comparison
// table with results, with results given as fractions and without results (the allocation
// view); the lines under it (area method, summary, result sets set aside, notes); and several
// comparisons flattened into one table for csv and html.

#include "campaign/write/compare_table.hpp"

#include "campaign/write/targets_wording.hpp"
#include "targets_fixture.hpp"

using namespace campaign;
using write::Language;
using write::test::compare_ref;

namespace {

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

targets::Change change(targets::ChangeKind kind, std::string subject = "", std::string before = "",
                       std::string after = "", std::optional<model::Decimal> from = std::nullopt,
                       std::optional<model::Decimal> to = std::nullopt, bool to_percent = false) {
  return {kind, std::move(subject), std::move(before), std::move(after), from, to, false, to_percent};
}

// kDistrict with results for 2024 of indicator 1: `values` inside a flow mapping.
load::Loaded with_results(std::string_view values) {
  return write::test::load_text(std::string(write::test::kDistrict) +
                                "results:\n  - {indicator: \"01-TB/BCĐ#1\", period: \"2024\", as_of: 2024-12-31, "
                                "values: {" +
                                std::string(values) + "}}\n");
}

}  // namespace

TEST_CASE("compare: the table with results, the area row first", "[write][compare]") {
  const load::Loaded l = with_results("tan-lap: 21.4, dak-rve: 16");
  const targets::Comparison c = compare_ref(l.model, "01-TB/BCĐ#1");
  const write::Table t = write::comparison_table(l.model, c, Language::vietnamese);
  CHECK(t.title ==
        "Chỉ tiêu 1 (01-TB/BCĐ): Tỷ lệ sinh con thứ 3 trở lên — kết quả năm 2024, số liệu đến 31/12/2024; "
        "thấp hơn là tốt");
  CHECK(headings(t) == V{"TT", "Đơn vị", "Chỉ tiêu giao", "Kết quả", "Chênh lệch", "Đánh giá"});
  REQUIRE(t.rows.size() == 4);
  CHECK(texts(t.rows[0]) == V{"", "Toàn huyện", "20.33%", "18.70%", "-1.63 điểm %", "đạt"});
  CHECK(texts(t.rows[1]) == V{"1", "Xã Tân Lập", "22%", "21.4%", "-0.6 điểm %", "đạt"});
  CHECK(texts(t.rows[2]) == V{"2", "Thị trấn Đăk Rve", "15.3%", "16%", "+0.7 điểm %", "không đạt"});
  CHECK(texts(t.rows[3]) == V{"3", "Xã Đăk Kôi", "–", "", "", "không giao"});
  // The gap is a number (so CSV writes -0.6, not a guarded text), the result a percentage.
  CHECK(t.rows[1][4].number == Approx(-0.6));
  CHECK(t.rows[1][4].decimals == 1);
  CHECK(t.rows[1][3].percent);
  CHECK_FALSE(t.rows[3][3].number);

  const write::Table en = write::comparison_table(l.model, c, Language::english);
  CHECK(en.title ==
        "Indicator 1 (01-TB/BCĐ): Tỷ lệ sinh con thứ 3 trở lên — results for 2024, as of 31/12/2024; lower "
        "is better");
  CHECK(headings(en) == V{"No.", "Unit", "Target", "Result", "Gap", "Status"});
  CHECK(texts(en.rows[0]) == V{"", "Whole district", "20.33%", "18.70%", "-1.63 pp", "met"});
  CHECK(texts(en.rows[3]).back() == "no target");
}

TEST_CASE("compare: results as fractions add a numerator / denominator column", "[write][compare]") {
  const load::Loaded l =
      with_results("tan-lap: {numerator: 3, denominator: 40}, dak-rve: {numerator: 9, denominator: 40}");
  const targets::Comparison c = compare_ref(l.model, "01-TB/BCĐ#1");
  const write::Table t = write::comparison_table(l.model, c, Language::vietnamese);
  CHECK(headings(t) == V{"TT", "Đơn vị", "Chỉ tiêu giao", "Kết quả", "Tử số / mẫu số", "Chênh lệch", "Đánh giá"});
  CHECK(texts(t.rows[0]) == V{"", "Toàn huyện", "20.33%", "15.00%", "12 / 80", "-5.33 điểm %", "đạt"});
  CHECK(texts(t.rows[1]) == V{"1", "Xã Tân Lập", "22%", "7.50%", "3 / 40", "-14.50 điểm %", "đạt"});
  CHECK(texts(t.rows[2]) == V{"2", "Thị trấn Đăk Rve", "15.3%", "22.50%", "9 / 40", "+7.20 điểm %", "không đạt"});
  CHECK(texts(t.rows[3])[4].empty());
  CHECK(headings(write::comparison_table(l.model, c, Language::english))[4] == "Numerator / denominator");
  const auto footer = write::comparison_footer(l.model, c, Language::english);
  REQUIRE_FALSE(footer.empty());
  CHECK(footer[0] == "Result for the whole district: sum of numerators / sum of denominators of 2 units (12 / 80)");
}

TEST_CASE("compare: without results, each target against the area total", "[write][compare]") {
  const load::Loaded l = write::test::load_text(write::test::kDistrict);
  const targets::Comparison c = compare_ref(l.model, "01-TB/BCĐ#2");
  const write::Table t = write::comparison_table(l.model, c, Language::vietnamese);
  CHECK(t.title == "Chỉ tiêu 2 (01-TB/BCĐ): Số hộ thoát nghèo (hộ) — cao hơn là tốt");
  CHECK(headings(t) == V{"TT", "Đơn vị", "Chỉ tiêu giao", "Chênh lệch so với mục tiêu toàn huyện", "So sánh"});
  REQUIRE(t.rows.size() == 4);
  CHECK(texts(t.rows[0]) == V{"", "Toàn huyện", "30", "", ""});
  CHECK(texts(t.rows[1]) == V{"1", "Xã Tân Lập", "10", "-20", "thấp hơn"});
  CHECK(t.rows[1][3].number == Approx(-20));
  const write::Table en = write::comparison_table(l.model, c, Language::english);
  CHECK(headings(en) == V{"No.", "Unit", "Target", "Against the district total", "Position"});
  CHECK(texts(en.rows[3]) == V{"3", "Xã Đăk Kôi", "8", "-22", "below"});
  CHECK(write::comparison_footer(l.model, c, Language::vietnamese) ==
        V{"chưa có kết quả; chỉ tiêu giao: 0 cao hơn, 3 thấp hơn, 0 bằng mục tiêu toàn huyện"});
  CHECK(write::comparison_footer(l.model, c, Language::english) ==
        V{"no results; targets: 0 above, 3 below, 0 equal to the district total"});
}

TEST_CASE("compare: the footer, with a unit missing, under --partial, with notes and results set aside",
          "[write][compare]") {
  const load::Loaded l = with_results("tan-lap: 21.4");
  const targets::Comparison missing = compare_ref(l.model, "01-TB/BCĐ#1");
  CHECK(write::comparison_footer(l.model, missing, Language::vietnamese) ==
        V{"Kết quả toàn huyện: chưa tính vì thiếu kết quả của 1/2 đơn vị (Thị trấn Đăk Rve); thêm --partial để tính "
          "trên 1 đơn vị có kết quả",
          "1/2 xã, thị trấn đạt (1 chưa có kết quả)"});
  CHECK(write::comparison_table(l.model, missing, Language::english).rows[0].back().text ==
        "not evaluated: 1/2 units without a result");

  targets::Comparison partial = compare_ref(l.model, "01-TB/BCĐ#1", true);
  CHECK(write::comparison_table(l.model, partial, Language::vietnamese).rows[0].back().text ==
        "không đạt, tính trên 1/2 đơn vị có kết quả");  // 21.4% > 20.33%
  const targets::IndicatorRef one = partial.indicator.current;
  const targets::IndicatorRef two = *targets::find_indicator(l.model, "01-TB/BCĐ#2");
  partial.set_aside.push_back({&l.model.results[0], one, two});
  partial.indicator.notes.push_back(
      {targets::NoteKind::amended_not_loaded, "01-TB/BCĐ#1", "120-CV/BCĐ#1", "120-CV/BCĐ", {}});
  const auto footer = write::comparison_footer(l.model, partial, Language::english);
  REQUIRE(footer.size() == 4);
  CHECK(footer[0].starts_with("Result for the whole district: mean of the results of 1 unit,"));
  CHECK(footer[0].ends_with(", on 1/2 units with a result (--partial)"));
  CHECK(V(footer.begin() + 1, footer.end()) ==
        V{"1/2 communes met (1 without a result)",
          "1 result set filed under 01-TB/BCĐ#1 (2024) set aside: 01-TB/BCĐ#2 replaced that indicator from 11/07/2024",
          "Note: 01-TB/BCĐ#1 amends 120-CV/BCĐ#1; 120-CV/BCĐ is not loaded, so the amendment stands alone"});
  CHECK(write::comparison_footer(l.model, partial, Language::vietnamese)[2] ==
        "Không dùng 1 bộ kết quả ghi cho 01-TB/BCĐ#1 (năm 2024): 01-TB/BCĐ#2 đã thay thế chỉ tiêu này từ ngày "
        "11/07/2024");
}

TEST_CASE("compare: several comparisons flattened under the first one's headings", "[write][compare]") {
  const load::Loaded l = with_results("tan-lap: 21.4, dak-rve: 16");
  const std::vector<targets::Comparison> all{compare_ref(l.model, "01-TB/BCĐ#1"), compare_ref(l.model, "01-TB/BCĐ#2")};
  const write::Table t = write::flatten(l.model, all, Language::vietnamese);
  // A rate and a count: the unit in a column of its own after the indicator.
  CHECK(headings(t) ==
        V{"Chỉ tiêu", "Đơn vị tính", "TT", "Đơn vị", "Chỉ tiêu giao", "Kết quả", "Chênh lệch", "Đánh giá"});
  REQUIRE(t.rows.size() == 8);
  CHECK(texts(t.rows[0]) == V{"01-TB/BCĐ#1", "%", "", "Toàn huyện", "20.33%", "18.70%", "-1.63 điểm %", "đạt"});
  // The allocation view's five cells, padded to seven.
  CHECK(texts(t.rows[5]) == V{"01-TB/BCĐ#2", "hộ", "1", "Xã Tân Lập", "10", "-20", "thấp hơn", ""});
  CHECK(t.columns[6].unit.empty());  // no "điểm %" over the gaps of a count
  for (const auto& row : t.rows) CHECK(row.size() == t.columns.size());
  CHECK(t.title ==
        "01-TB/BCĐ#1: 1/2 xã, thị trấn đạt; 01-TB/BCĐ#2: chưa có kết quả; chỉ tiêu giao: 0 cao hơn, 3 "
        "thấp hơn, 0 bằng mục tiêu toàn huyện");
  CHECK(write::flatten(l.model, {}, Language::english).columns.empty());
  CHECK(headings(write::flatten(l.model, all, Language::english))[0] == "Indicator");
}

TEST_CASE("wording: changes between versions, in both languages", "[write][compare]") {
  using targets::ChangeKind;
  const std::optional<model::Area> province{model::Area{"tỉnh Kon Tum", model::UnitKind::province, {}}};
  auto both = [&](const targets::Change& c) {
    return write::change_text(c, province, Language::english) + " | " +
           write::change_text(c, province, Language::vietnamese);
  };
  const auto d = [](std::string_view s) { return *model::Decimal::parse(s); };
  CHECK(both(change(ChangeKind::first_version)) == "first version | giao lần đầu");
  CHECK(both(change(ChangeKind::name, "", "Cũ", "Mới")) == "name: “Cũ” → “Mới” | tên: “Cũ” → “Mới”");
  CHECK(both(change(ChangeKind::unit, "", "count", "percent")) ==
        "unit: count → percent | đơn vị tính: số lượng → tỷ lệ %");
  CHECK(both(change(ChangeKind::better, "", "higher", "lower")) ==
        "better: higher → lower | chiều đánh giá: cao hơn là tốt → thấp hơn là tốt");
  CHECK(both(change(ChangeKind::year, "", "2024", "2025")) == "year: 2024 → 2025 | năm: 2024 → 2025");
  CHECK(both(change(ChangeKind::total, "", "", "", d("30"), d("15.25"), true)) ==
        "total: 30 → 15.25% | mục tiêu toàn tỉnh: 30 → 15.25%");
  CHECK(both(change(ChangeKind::target, "Huyện Kon Rẫy", "", "", d("8"), std::nullopt, true)) ==
        "Huyện Kon Rẫy: 8 → – | Huyện Kon Rẫy: 8 → –");
  CHECK(both(change(ChangeKind::none)) == "no change in name, unit or values | không đổi tên, đơn vị tính hay giá trị");
  CHECK(write::changes_text({change(ChangeKind::first_version), change(ChangeKind::year, "", "2024", "2025")}, province,
                            Language::english) == "first version; year: 2024 → 2025");
}

TEST_CASE("wording: one unit is singular in English", "[write][compare]") {
  const load::Loaded l = with_results("tan-lap: 21.4");
  const targets::Comparison c = compare_ref(l.model, "01-TB/BCĐ#1");
  CHECK(write::method_text(c, Language::english) ==
        "not computed; 1/2 units without a result (Thị trấn Đăk Rve); --partial computes it on the 1 unit with a "
        "result");
}
