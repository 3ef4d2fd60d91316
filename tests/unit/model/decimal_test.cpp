#include "campaign/model/decimal.hpp"

#include <catch2/catch.hpp>

using campaign::model::Decimal;

TEST_CASE("Decimal keeps the precision it was written with", "[model][decimal]") {
  CHECK(Decimal::parse("20.33")->to_string() == "20.33");
  CHECK(Decimal::parse("16.5")->to_string() == "16.5");
  CHECK(Decimal::parse("22")->to_string() == "22");
  CHECK(Decimal::parse("0.05")->to_string() == "0.05");
  CHECK(Decimal::parse("-1.5")->to_string() == "-1.5");
  CHECK(Decimal::parse("15.0")->scale == 1);
}

TEST_CASE("Decimal reads up to 16 digits: amounts below 10^16 đồng are exact", "[model][decimal]") {
  CHECK(Decimal::parse("14714669968")->to_string() == "14714669968");
  CHECK(Decimal::parse("1000000000000000")->to_string() == "1000000000000000");  // 10^15 đồng
  CHECK(Decimal::parse("9999999999999999")->to_string() == "9999999999999999");
  CHECK(Decimal::parse("9999999999.999999")->to_string() == "9999999999.999999");
  CHECK(Decimal::parse("0000000000000000012")->to_string() == "12");
  CHECK_FALSE(Decimal::parse("10000000000000000").has_value());  // 17 digits
  CHECK_FALSE(Decimal::parse("99999999999.999999").has_value());
}

TEST_CASE("Decimal rejects what is not a plain decimal", "[model][decimal]") {
  for (const char* bad : {"", "1e3", "1.", ".5", "20.33%", "1,5", "abc", "1.2.3", "0x10", "1 000", "1.0000000001"})
    CHECK_FALSE(Decimal::parse(bad).has_value());
}

TEST_CASE("Decimal compares by value and rounds half away from zero", "[model][decimal]") {
  CHECK(*Decimal::parse("20.5") == *Decimal::parse("20.50"));
  CHECK(*Decimal::parse("20.33") < *Decimal::parse("20.4"));
  CHECK(Decimal::parse("20.325")->rounded(2).to_string() == "20.33");
  CHECK(Decimal::parse("20.324")->rounded(2).to_string() == "20.32");
  CHECK(Decimal::parse("-2.5")->rounded(0).to_string() == "-3");
  CHECK(Decimal::parse("2")->rounded(2).to_string() == "2.00");
}

TEST_CASE("The seed appendix's mean is 20.33 at two decimals", "[model][decimal]") {
  // notice 127-TB/BCĐ, appendix: 22, 14, 42, 16.5, 15, 17.5, 15.3 -> 142.3 / 7 = 20.3285714…
  Decimal sum{};
  for (const char* v : {"22", "14", "42", "16.5", "15", "17.5", "15.3"}) sum = add(sum, *Decimal::parse(v));
  CHECK(sum.to_string() == "142.3");
  CHECK(divide_rounded(sum, 7, 2).to_string() == "20.33");
  CHECK(divide(sum, Decimal{7, 0}, 2).to_string() == "20.33");
  // shared case total-mismatch.yaml: 40 instead of 42 -> 140.3 / 7 = 20.0428…
  CHECK(divide(*Decimal::parse("140.3"), Decimal{7, 0}, 2).to_string() == "20.04");
}

TEST_CASE("Decimal multiply and divide are exact before rounding", "[model][decimal]") {
  CHECK(multiply(*Decimal::parse("1.5"), *Decimal::parse("2.25")).to_string() == "3.375");
  CHECK(divide(*Decimal::parse("1"), *Decimal::parse("3"), 4).to_string() == "0.3333");
  CHECK(divide(*Decimal::parse("2"), *Decimal::parse("3"), 2).to_string() == "0.67");
  CHECK(divide(*Decimal::parse("16400"), *Decimal::parse("1000"), 1).to_string() == "16.4");
}

TEST_CASE("Decimal arithmetic beyond 64 bits rounds and saturates instead of overflowing", "[model][decimal]") {
  // Found by fuzz_number (tests/fuzz-regressions/fuzz_number/): the 64-bit product overflowed;
  // the exact product needs 20 digits with four decimals, so one decimal goes, rounded.
  const Decimal big = *Decimal::parse("88888888.82");
  CHECK(multiply(big, big).to_string() == "7901234555654320.992");  // exact: …320.9924
  // Here both decimals go (…000.25).
  const Decimal a = *Decimal::parse("3000000000.5");
  CHECK(multiply(a, a).to_string() == "9000000003000000000");
  // Not even the whole part fits: saturated, and what follows does not overflow either.
  const Decimal top = multiply(*Decimal::parse("9999999999.99"), *Decimal::parse("9999999999.99"));
  CHECK(top.units == INT64_MAX);
  CHECK(top.scale == 0);
  CHECK(add(top, top).units == INT64_MAX);
  CHECK(add(top, Decimal{-top.units, 0}).units == 0);
  CHECK(top > big);
  // A quotient keeps the decimals that fit.
  CHECK(divide(*Decimal::parse("9999999999"), *Decimal::parse("0.000001"), 6).to_string() == "9999999999000000.00");
}
