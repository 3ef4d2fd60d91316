#include "campaign/load/amount.hpp"

#include <catch2/catch.hpp>

using campaign::load::Amount;
using campaign::load::in_money_unit;
using campaign::load::money_unit;
using campaign::load::read_amount;
using campaign::load::ungrouped;
using campaign::model::Decimal;

TEST_CASE("Money units name how many đồng one unit is", "[load][amount]") {
  CHECK(money_unit("đồng") == 1);
  CHECK(money_unit("nghìn đồng") == 1000);
  CHECK(money_unit("ngàn đồng") == 1000);
  CHECK(money_unit("triệu đồng") == 1000000);
  CHECK(money_unit("Tỷ đồng") == 1000000000);
  CHECK(money_unit(" tỉ đồng ") == 1000000000);
  CHECK_FALSE(money_unit("hộ").has_value());
  CHECK_FALSE(money_unit("percent").has_value());
  CHECK_FALSE(money_unit("tỷ").has_value());
}

TEST_CASE("Thousands groups are read when the grouping is unambiguous", "[load][amount]") {
  CHECK(ungrouped("14.714.669.968") == "14714669968");
  CHECK(ungrouped("1.234.567,89") == "1234567.89");
  CHECK(ungrouped("14,714,669,968") == "14714669968");
  CHECK(ungrouped("1,234,567.5") == "1234567.5");
  CHECK_FALSE(ungrouped("1.905").has_value());          // one group: a decimal or thousands?
  CHECK_FALSE(ungrouped("14714.669.968").has_value());  // a first group of 5 digits
  CHECK_FALSE(ungrouped("1.23.456").has_value());
  CHECK_FALSE(ungrouped("1.234,567.890").has_value());
  CHECK_FALSE(ungrouped("20.33").has_value());
}

TEST_CASE("Amounts with words are read exactly in đồng", "[load][amount]") {
  auto dong = [](const char* text) {
    Amount a = read_amount(text);
    REQUIRE(a.kind == Amount::Kind::ok);
    return a.dong.to_string();
  };
  CHECK(dong("5 tỷ 750 triệu đồng") == "5750000000");
  CHECK(dong("1,5 tỷ đồng") == "1500000000");
  CHECK(dong("750 triệu") == "750000000");
  CHECK(dong("14.714.669.968 đồng") == "14714669968");
  CHECK(dong("2 tỷ 300 triệu 250 nghìn 500 đồng") == "2300250500");
  CHECK(dong("0,000001 tỷ đồng") == "1000");
  CHECK(dong("9999 tỷ 1 triệu đồng") == "9999001000000");
}

TEST_CASE("Amounts that cannot be read say which part is wrong", "[load][amount]") {
  CHECK(read_amount("khoảng 22").kind == Amount::Kind::none);
  CHECK(read_amount("1905").kind == Amount::Kind::none);
  Amount a = read_amount("1.500 tỷ đồng");
  CHECK(a.kind == Amount::Kind::ambiguous);
  CHECK(a.part == "1.500");
  CHECK(read_amount("750 triệu 5 tỷ đồng").kind == Amount::Kind::malformed);
  CHECK(read_amount("2 tỷ 5").kind == Amount::Kind::malformed);  // spoken for 2,5 tỷ
  CHECK(read_amount("đồng 5").kind == Amount::Kind::malformed);
  CHECK(read_amount("5 đồng tỷ").kind == Amount::Kind::malformed);
}

TEST_CASE("Amounts convert exactly to the indicator's money unit", "[load][amount]") {
  CHECK(in_money_unit(Decimal{5750000000, 0}, 1000000000)->to_string() == "5.75");
  CHECK(in_money_unit(Decimal{5750000000, 0}, 1000000)->to_string() == "5750");
  CHECK(in_money_unit(Decimal{1, 0}, 1000000000)->to_string() == "0.000000001");
  CHECK(in_money_unit(Decimal{14714669968, 0}, 1)->to_string() == "14714669968");
}

TEST_CASE("One mark before three digits is read by the unit, for targets and results alike", "[load][amount]") {
  using campaign::load::Marks;
  using campaign::load::read_marks;
  using campaign::load::Reading;
  using campaign::load::reading_of;
  CHECK(reading_of("count") == Reading::whole);
  CHECK(reading_of("đồng") == Reading::whole);
  CHECK(reading_of("percent") == Reading::decimal);
  CHECK(reading_of("triệu đồng") == Reading::either);
  CHECK(reading_of("hộ") == Reading::either);
  CHECK(reading_of("weight") == Reading::either);
  CHECK(reading_of("") == Reading::unknown);  // a result before its indicator is known
  auto read = [](const char* text, Reading reading) {
    Marks m = read_marks(text, reading);
    return m.kind == Marks::Kind::plain ? m.text : "?";
  };
  CHECK(read("1.500", Reading::whole) == "1500");  // the bug: a result "1.500" was read as 1.5
  CHECK(read("1,905", Reading::whole) == "1905");
  CHECK(read("1.500", Reading::decimal) == "1.500");
  CHECK(read_marks("1,905", Reading::decimal).decimal_comma);
  CHECK(read_marks("1.905", Reading::either).kind == Marks::Kind::ambiguous);
  CHECK(read_marks("1.905", Reading::unknown).kind == Marks::Kind::undecided);
  // Not one group of three: the unit does not matter.
  CHECK(read("0.500", Reading::whole) == "0.500");  // a leading 0 is no thousands group
  CHECK(read("20.33", Reading::whole) == "20.33");
  CHECK(read("20,5", Reading::either) == "20.5");
  CHECK(read("14.714.669.968", Reading::either) == "14714669968");
  CHECK(read_marks("14714.669.968", Reading::whole).kind == Marks::Kind::bad_groups);
}

TEST_CASE("An ambiguous number's message says what to write for each reading", "[load][amount]") {
  using campaign::load::ambiguous_text;
  const std::string text = ambiguous_text("result for 'tan-lap'", "1,905", "1,905");
  CHECK(text.find("Write 1905 when the mark separates thousands") != std::string::npos);
  CHECK(text.find("(e.g. 1.9050)") != std::string::npos);
  CHECK(ambiguous_text("x", "1.500 tỷ đồng", "1.500").find("'1.500' in '1.500 tỷ đồng'") != std::string::npos);
}

TEST_CASE("A number of đồng in an amount is whole: its thousands mark is no decimal", "[load][amount]") {
  Amount a = read_amount("1.500 đồng");
  REQUIRE(a.kind == Amount::Kind::ok);
  CHECK(a.dong.to_string() == "1500");
}
