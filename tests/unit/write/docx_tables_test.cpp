// Tests of write/docx_tables.cpp and the documents built on it (notice_docx, deadlines_docx):
// the grid of a Table in Word (merged "Trong đó", repeated heading rows, the column-number
// row), and every document passes docx::check (the grid adds up, vertical merges sit under a
// cell, footnotes exist).

#include "campaign/write/docx_tables.hpp"

#include <catch2/catch.hpp>

#include "campaign/write/docx/docx.hpp"
#include "campaign/write/notice_docx.hpp"
#include "campaign/write/targets_table.hpp"
#include "targets_fixture.hpp"

using namespace campaign;

TEST_CASE("docx tables: the appendix's headings merged and repeated", "[write][docx]") {
  const load::Loaded l = write::test::load_text(write::test::kDistrict);
  const auto data = targets::build_target_table(l.model, targets::effective_indicators(l.model, std::nullopt),
                                                targets::UnitOrder::registry, std::nullopt);
  const write::Table table = write::appendix_table(l.model, data, {});
  const write::docx::Table t = write::docx_table(table, 15000);
  REQUIRE(t.columns.size() == table.columns.size());
  int width = 0;
  for (int w : t.columns) width += w;
  CHECK(width == 15000);
  REQUIRE(t.rows.size() == 3 + table.rows.size());  // two heading rows, the numbers, the data
  CHECK(t.rows[0].header);
  CHECK(t.rows[1].header);
  CHECK(t.rows[2].header);
  CHECK_FALSE(t.rows[3].header);
  // "Trong đó" spans the three units; the columns before it are merged down.
  const auto& first = t.rows[0].cells;
  REQUIRE(first.size() == table.group->first + 1);
  CHECK(first.back().span == 3);
  CHECK(first.front().vmerge == write::docx::VMerge::restart);
  CHECK(t.rows[1].cells.front().vmerge == write::docx::VMerge::continue_);
  CHECK(t.rows[2].cells.back().paragraphs.front().runs.front().text == std::to_string(table.columns.size()));
  // Numbers are right-aligned.
  CHECK(t.rows[3].cells.back().paragraphs.front().align == write::docx::Align::right);

  const write::docx::Document doc = write::tables_document({table}, "Chỉ tiêu", {2024, 7, 11});
  CHECK(write::docx::check(doc).empty());
  REQUIRE(doc.sections.size() == 1);
  CHECK(doc.sections[0].orientation == write::docx::Orientation::landscape);
}

TEST_CASE("docx tables: a wide column for long text, a narrow one for numbers", "[write][docx]") {
  write::Table t;
  t.columns = {{"TT"}, {"Nội dung"}};
  write::Cell a, b;
  a.text = "1";
  b.text = std::string(200, 'x');
  t.rows.push_back({a, b});
  const std::vector<double> w = write::column_weights(t);
  CHECK(w[0] == 4);   // at least 4
  CHECK(w[1] == 40);  // at most 40: long text wraps
}

TEST_CASE("render: the notice as a Word document that docx::check accepts", "[write][render]") {
  const load::Loaded l = write::test::load_text(write::test::kDistrict);
  const write::NoticeLayout layout = write::notice_layout(l.model, l.model.documents.front());
  const write::docx::Document doc = write::notice_docx(layout);
  CHECK(write::docx::check(doc).empty());
  REQUIRE(doc.sections.size() == 2);  // the notice, then its appendix
  CHECK(doc.sections[0].orientation == write::docx::Orientation::portrait);
  CHECK(doc.sections[1].orientation == write::docx::Orientation::landscape);
  std::string bytes, again;
  CHECK(write::docx::docx_bytes(doc, bytes).empty());
  CHECK(write::docx::docx_bytes(write::notice_docx(layout), again).empty());
  CHECK(bytes == again);
}
