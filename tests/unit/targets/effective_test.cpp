// Tests of campaign/targets/effective.hpp and table.hpp: amendments before and after the
// amending document's issue date (fixture tests/cases/targets/fixtures/amendment), history,
// and the appendix table of notice 127-TB/BCĐ.

#include "campaign/targets/effective.hpp"

#include "campaign/targets/table.hpp"
#include "campaign/write/targets_table.hpp"
#include "campaign/write/targets_wording.hpp"
#include "fixture.hpp"

using namespace campaign;
using namespace campaign::targets;
using namespace campaign::write;  // the wording of analysis results (write/targets_wording.hpp)

namespace {

const char* kFixture = "tests/cases/targets/fixtures/amendment";

std::vector<std::string> notes(const Effective& e, write::Language lang) {
  std::vector<std::string> out;
  for (const auto& n : e.notes) out.push_back(note_text(n, lang));
  return out;
}

std::vector<std::string> changes(const Version& v, const model::Model& m, write::Language lang) {
  std::vector<std::string> out;
  for (const auto& c : v.changes) out.push_back(change_text(c, m.area, lang));
  return out;
}

std::vector<std::string> texts(const std::vector<write::Cell>& row) {
  std::vector<std::string> out;
  for (const auto& c : row) out.push_back(c.text);
  return out;
}

}  // namespace

TEST_CASE("an amendment replaces the amended indicator from its document's issue date", "[targets][effective]") {
  auto loaded = test::load({kFixture});
  const auto& m = loaded.model;
  auto before = effective_indicators(m, model::Date{2024, 7, 10});
  REQUIRE(before.size() == 1);
  CHECK(before[0].current.ref() == "10-CV/BCĐ#1");
  CHECK(before[0].notes.empty());
  auto on = effective_indicators(m, model::Date{2024, 7, 11});
  REQUIRE(on.size() == 1);
  CHECK(on[0].current.ref() == "20-TB/BCĐ#1");
  REQUIRE(on[0].replaces);
  CHECK(on[0].replaces->ref() == "10-CV/BCĐ#1");
  CHECK(notes(on[0], Language::english) ==
        std::vector<std::string>{"20-TB/BCĐ#1 replaces 10-CV/BCĐ#1 from 11/07/2024"});
  CHECK(notes(on[0], Language::vietnamese) ==
        std::vector<std::string>{"20-TB/BCĐ#1 thay thế 10-CV/BCĐ#1 từ ngày 11/07/2024"});
  CHECK(effective_indicators(m, model::Date{2024, 1, 1}).empty());
  CHECK(effective_indicators(m, std::nullopt).size() == 1);
}

TEST_CASE("the table before and after the amendment", "[targets][table]") {
  auto loaded = test::load({kFixture});
  const auto& m = loaded.model;
  auto old_table = to_table(build_target_table(m, effective_indicators(m, model::Date{2024, 3, 1}), UnitOrder::registry,
                                               model::Date{2024, 3, 1}),
                            {});
  REQUIRE(old_table.rows.size() == 1);
  CHECK(texts(old_table.rows[0]) ==
        std::vector<std::string>{"1", "Số cặp vợ chồng sinh con thứ 3", "30", "10", "12", "8"});
  CHECK(old_table.columns[2].heading == "Mục tiêu toàn tỉnh");
  auto new_table = to_table(build_target_table(m, effective_indicators(m, model::Date{2024, 7, 11}),
                                               UnitOrder::registry, model::Date{2024, 7, 11}),
                            {});
  REQUIRE(new_table.rows.size() == 1);
  CHECK(texts(new_table.rows[0]) ==
        std::vector<std::string>{"1", "Tỷ lệ sinh con thứ 3 trở lên", "15.25%", "18%", "12.5%", "–"});
  CHECK(new_table.title == "Chỉ tiêu có hiệu lực ngày 11/07/2024");
}

TEST_CASE("history: versions oldest first with what changed", "[targets][effective]") {
  auto loaded = test::load({kFixture});
  auto ref = find_indicator(loaded.model, "20-TB/BCĐ#1");
  REQUIRE(ref);
  auto versions = history(loaded.model, *ref);
  REQUIRE(versions.size() == 2);
  CHECK(versions[0].document == "10-CV/BCĐ");
  CHECK(changes(versions[0], loaded.model, Language::english) == std::vector<std::string>{"first version"});
  CHECK(changes(versions[0], loaded.model, Language::vietnamese) == std::vector<std::string>{"giao lần đầu"});
  CHECK(versions[1].document == "20-TB/BCĐ");
  CHECK(changes(versions[1], loaded.model, Language::english) ==
        std::vector<std::string>{"name: “Số cặp vợ chồng sinh con thứ 3” → “Tỷ lệ sinh con thứ 3 trở lên”",
                                 "unit: count → percent", "total: 30 → 15.25%", "Huyện Kon Rẫy: 10 → 18%",
                                 "Thành phố Kon Tum: 12 → 12.5%", "Đảng ủy Khối cơ quan tỉnh: 8 → –"});
  CHECK(changes(versions[1], loaded.model, Language::vietnamese) ==
        std::vector<std::string>{"tên: “Số cặp vợ chồng sinh con thứ 3” → “Tỷ lệ sinh con thứ 3 trở lên”",
                                 "đơn vị tính: số lượng → tỷ lệ %", "mục tiêu toàn tỉnh: 30 → 15.25%",
                                 "Huyện Kon Rẫy: 10 → 18%", "Thành phố Kon Tum: 12 → 12.5%",
                                 "Đảng ủy Khối cơ quan tỉnh: 8 → –"});
  // the same chain from the old end
  CHECK(history(loaded.model, *find_indicator(loaded.model, "10-CV/BCĐ#1")).size() == 2);
}

TEST_CASE("an amendment of a document not loaded stands alone, with a note", "[targets][effective]") {
  auto loaded = test::load({"data"});
  auto eff = effective_indicators(loaded.model, std::nullopt);
  REQUIRE(eff.size() == 1);
  CHECK_FALSE(eff[0].replaces);
  CHECK(notes(eff[0], Language::english) ==
        std::vector<std::string>{
            "127-TB/BCĐ#1 amends 120-CV/BCĐ#1; 120-CV/BCĐ is not loaded, so the amendment stands alone"});
  CHECK(notes(eff[0], Language::vietnamese) ==
        std::vector<std::string>{"127-TB/BCĐ#1 điều chỉnh chỉ tiêu 120-CV/BCĐ#1; văn bản 120-CV/BCĐ không có trong các "
                                 "tệp đã đọc nên chỉ dùng chỉ tiêu đã điều chỉnh"});
  auto versions = history(loaded.model, eff[0].current);
  REQUIRE(versions.size() == 2);
  CHECK_FALSE(versions[0].indicator);
  CHECK(versions[0].document == "120-CV/BCĐ");
  REQUIRE(versions[0].issued);
  CHECK(calendar::format_iso(*versions[0].issued) == "2024-02-02");  // from the notice's references
  CHECK(changes(versions[0], loaded.model, Language::english) ==
        std::vector<std::string>{"not loaded; name as quoted by 127-TB/BCĐ"});
  CHECK(changes(versions[0], loaded.model, Language::vietnamese) ==
        std::vector<std::string>{"không có trong các tệp đã đọc; tên theo trích dẫn của 127-TB/BCĐ"});
  CHECK(changes(versions[1], loaded.model, Language::english).back() == "targets set anew (120-CV/BCĐ not loaded)");
  CHECK(changes(versions[1], loaded.model, Language::vietnamese).back() ==
        "giao lại chỉ tiêu (120-CV/BCĐ không có trong các tệp đã đọc)");
}

TEST_CASE("the appendix of 127-TB/BCĐ, exactly", "[targets][table]") {
  auto loaded = test::load({"data"});
  auto t = to_table(build_target_table(loaded.model, effective_indicators(loaded.model, std::nullopt),
                                       UnitOrder::registry, std::nullopt),
                    {});
  REQUIRE(t.rows.size() == 1);
  CHECK(texts(t.rows[0]) == std::vector<std::string>{"1", "Tỷ lệ sinh con thứ 3 trở lên", "20.33%", "22%", "14%", "42%",
                                                     "16.5%", "15%", "17.5%", "15.3%"});
  REQUIRE(t.group);
  CHECK(t.group->heading == "Trong đó");
  CHECK(t.group->first == 3);
  CHECK(t.group->count == 7);
  CHECK(t.columns[3].heading == "Xã Tân Lập");
  CHECK(t.columns[9].heading == "Thị trấn Đăk Rve");
  CHECK(t.rows[0][2].number == Approx(20.33));
  CHECK(t.rows[0][2].decimals == 2);
  CHECK(t.rows[0][2].percent);
  auto en = to_table(
      build_target_table(loaded.model, effective_indicators(loaded.model, std::nullopt), UnitOrder::name, std::nullopt),
      {Language::english, false});
  CHECK(en.columns[2].heading == "District total");
  CHECK(en.group->heading == "Of which");
  CHECK(en.columns[3].heading == "Thị trấn Đăk Rve");  // Vietnamese collation: "Thị" < "Xã"
  CHECK(en.columns[4].heading == "Xã Đăk Kôi");        // "Đ" after "D", before "T"
  CHECK(en.columns[9].heading == "Xã Tân Lập");
}
