#include <catch2/catch.hpp>

#include "campaign/write/table.hpp"
#include "campaign/write/target_values.hpp"

using campaign::write::NumberStyle;
using campaign::write::styled_number;

TEST_CASE("Vietnamese number style groups thousands by dots and writes a decimal comma", "[write][number]") {
  CHECK(styled_number("14714669968", NumberStyle::vietnamese) == "14.714.669.968");
  CHECK(styled_number("20.33%", NumberStyle::vietnamese) == "20,33%");
  CHECK(styled_number("+1.2 điểm %", NumberStyle::vietnamese) == "+1,2 điểm %");
  CHECK(styled_number("-1905.5", NumberStyle::vietnamese) == "-1.905,5");
  CHECK(styled_number("905", NumberStyle::vietnamese) == "905");
  CHECK(styled_number("3 / 1200", NumberStyle::vietnamese) == "3 / 1.200");
  CHECK(styled_number("–", NumberStyle::vietnamese) == "–");
  CHECK(styled_number("14714669968", NumberStyle::plain) == "14714669968");
}

TEST_CASE("Number style applies to number cells only", "[write][number]") {
  campaign::write::Table t;
  t.columns = {{"TT"}, {"Giá trị"}};
  campaign::write::Cell label = campaign::write::text_cell("Năm 2024");
  campaign::write::Cell value = campaign::write::text_cell("5750000000");
  value.number_text = true;
  t.rows = {{label, value}};
  campaign::write::apply_number_style(t, NumberStyle::vietnamese);
  CHECK(t.rows[0][0].text == "Năm 2024");
  CHECK(t.rows[0][1].text == "5.750.000.000");
  CHECK(t.group_thousands);
}

TEST_CASE("CSV numbers follow the grouping of the style", "[write][number]") {
  campaign::write::Cell cell = campaign::write::text_cell("5750000000.5");
  cell.number = 5750000000.5;
  cell.decimals = 1;
  cell.exact = "5750000000.5";
  CHECK(campaign::write::csv_field(cell) == "5750000000.5");
  campaign::write::CsvStyle vi;
  vi.separator = ';', vi.decimal = ',', vi.grouping = '.';
  CHECK(campaign::write::csv_field(cell, vi) == "5.750.000.000,5");
  CHECK(campaign::write::group_number("9999999999999999", '.', ',') == "9.999.999.999.999.999");
}
