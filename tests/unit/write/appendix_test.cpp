// Tests of write/appendix.cpp: the print layout of an appendix (heading lines, the "(kèm theo
// …)" line, the derived title and a title passed in, dates as documents write them).

#include "campaign/write/appendix.hpp"

#include <catch2/catch.hpp>

#include "campaign/write/targets_table.hpp"
#include "targets_fixture.hpp"

using namespace campaign;
using write::Language;

TEST_CASE("appendix: dates as Vietnamese documents write them", "[write][appendix]") {
  CHECK(write::format_official({2024, 7, 11}) == "11/7/2024");
  CHECK(write::format_official({2024, 2, 2}) == "02/02/2024");
  CHECK(write::format_official({2024, 1, 15}) == "15/01/2024");
  CHECK(write::format_official({2024, 10, 5}) == "05/10/2024");
  CHECK(write::format_official({2021, 4, 22}) == "22/4/2021");
}

TEST_CASE("appendix: PHỤ LỤC, the title, the (kèm theo …) line, column numbers, the footer", "[write][appendix]") {
  const load::Loaded l = write::test::load_text(write::test::kDistrict);
  const auto table = targets::build_target_table(l.model, targets::effective_indicators(l.model, std::nullopt),
                                                 targets::UnitOrder::registry, std::nullopt);
  const write::Table t = write::appendix_table(l.model, table, {});
  REQUIRE(t.heading.size() == 3);
  CHECK(t.heading[0] == "PHỤ LỤC");
  CHECK(t.heading[1].starts_with("Chỉ tiêu Tỷ lệ sinh con thứ 3 trở lên; Số hộ thoát nghèo (hộ)"));
  CHECK(t.heading[1].ends_with(" trên địa bàn huyện Thử"));
  CHECK(t.heading[2] == "(kèm theo Thông báo số 01-TB/BCĐ, ngày 11/7/2024 của BCĐ huyện)");  // no full_name: the name
  CHECK(t.column_numbers);
  CHECK(t.footer == "01-TB/BCĐ");
  // A title given (a format key will pass one) replaces the derived one.
  write::LayoutOptions options;
  options.appendix_title = "Điều chỉnh chỉ tiêu Đề án";
  CHECK(write::appendix_table(l.model, table, options).heading[1] == "Điều chỉnh chỉ tiêu Đề án");
  const write::Table en = write::appendix_table(l.model, table, {Language::english, false});
  CHECK(en.heading[0] == "APPENDIX");
  CHECK(en.heading[2] == "(attached to notice 01-TB/BCĐ of 11/07/2024 of BCĐ huyện)");
}

TEST_CASE("appendix: the issuer by its full name, the document kinds in words", "[write][appendix]") {
  CHECK(write::document_kind_name(model::DocumentKind::letter, Language::vietnamese) == "Công văn");
  CHECK(write::document_kind_name(model::DocumentKind::plan, Language::vietnamese) == "Kế hoạch");
  CHECK(write::document_kind_name(model::DocumentKind::notice, Language::english) == "notice");
  model::Model m;
  m.bodies.push_back(model::Body{"bcd", "BCĐ huyện", "Ban Chỉ đạo Cuộc vận động huyện", {}, false, {}});
  model::Document d;
  d.number = "127-TB/BCĐ";
  d.issued = {2024, 7, 11};
  d.issuer = "bcd";
  m.documents.push_back(d);
  CHECK(write::attached_line(m, {&m.documents[0]}, Language::vietnamese) ==
        "(kèm theo Thông báo số 127-TB/BCĐ, ngày 11/7/2024 của Ban Chỉ đạo Cuộc vận động huyện)");
  d.issuer = "unknown";
  CHECK(write::attached_line(m, {&d}, Language::vietnamese) == "(kèm theo Thông báo số 127-TB/BCĐ, ngày 11/7/2024)");
  CHECK(write::attached_line(m, {}, Language::vietnamese).empty());
}
