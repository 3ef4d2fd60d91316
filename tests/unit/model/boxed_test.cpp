#include "campaign/model/boxed.hpp"

#include <catch2/catch.hpp>
#include <optional>
#include <string>

#include "campaign/model/model.hpp"

using campaign::model::Boxed;

TEST_CASE("Boxed: empty, set, reset like std::optional", "[model][boxed]") {
  Boxed<std::string> b;
  CHECK_FALSE(b);
  CHECK_FALSE(b.has_value());
  CHECK_THROWS_AS(b.value(), std::bad_optional_access);
  CHECK_FALSE(b.get().has_value());
  b = std::string("1.500");
  REQUIRE(b);
  CHECK(*b == "1.500");
  CHECK(b->size() == 5);
  CHECK(b.get() == std::optional<std::string>("1.500"));
  b = std::nullopt;
  CHECK_FALSE(b);
  b.emplace(3, 'x');
  CHECK(*b == "xxx");
  b.reset();
  CHECK_FALSE(b);
  Boxed<std::string> from_optional{std::optional<std::string>("a")};
  CHECK(*from_optional == "a");
  Boxed<std::string> from_empty_optional{std::optional<std::string>()};
  CHECK_FALSE(from_empty_optional);
}

TEST_CASE("Boxed: copies are deep, moves leave the source empty", "[model][boxed]") {
  Boxed<std::string> a{std::string("quý III/2024")};
  Boxed<std::string> copy = a;
  REQUIRE(copy);
  *copy += " sửa";
  CHECK(*a == "quý III/2024");
  CHECK(*copy == "quý III/2024 sửa");
  Boxed<std::string> assigned;
  assigned = a;
  CHECK(assigned == a);
  CHECK_FALSE(assigned == copy);
  Boxed<std::string> moved = std::move(a);
  CHECK(*moved == "quý III/2024");
  CHECK_FALSE(a);  // NOLINT(bugprone-use-after-move): a moved unique_ptr is empty, as documented
  Boxed<std::string> empty1, empty2;
  CHECK(empty1 == empty2);
  CHECK_FALSE(empty1 == moved);
}

TEST_CASE("Boxed keeps the model's rare parts small", "[model][boxed]") {
  // Issue 18: every task paid for an inline report rule, cancellation and event date; every
  // unit value for a fraction and a loading-only string.
  CHECK(sizeof(Boxed<campaign::model::ReportRule>) == sizeof(void*));
  CHECK(sizeof(campaign::model::Task) < 512);
  CHECK(sizeof(campaign::model::Value) <= 64);
  campaign::model::Task task;
  task.report = campaign::model::ReportRule{};
  task.report->via = "ubnd-huyen";
  campaign::model::Task copy = task;
  copy.report->via = "mttq-huyen";
  CHECK(task.report->via == "ubnd-huyen");
}
