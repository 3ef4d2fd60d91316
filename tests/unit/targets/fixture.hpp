#pragma once
// Helpers for the targets tests: decimals from text, unit values, and the bundled data loaded.

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "campaign/load/loader.hpp"
#include "campaign/model/model.hpp"

namespace campaign::targets::test {

inline model::Decimal dec(std::string_view s) {
  return *model::Decimal::parse(s);
}

/// {unit, number} pairs; "~" gives a value left out.
inline std::vector<model::UnitValue> values(std::initializer_list<std::pair<const char*, const char*>> list) {
  std::vector<model::UnitValue> out;
  for (const auto& [unit, v] : list) {
    model::UnitValue uv;
    uv.unit = unit;
    if (std::string_view(v) != "~") uv.value.number = dec(v);
    out.push_back(uv);
  }
  return out;
}

/// {unit, numerator, denominator}.
inline model::UnitValue fraction(const char* unit, const char* n, const char* d) {
  model::UnitValue uv;
  uv.unit = unit;
  uv.value.numerator = dec(n);
  uv.value.denominator = dec(d);
  return uv;
}

/// Loads paths relative to the source tree; fails the test on any error.
inline load::Loaded load(std::vector<std::string> paths) {
  for (auto& p : paths) p = std::string(CAMPAIGN_SOURCE_DIR) + "/" + p;
  load::Loaded loaded = load::load_paths(paths);
  REQUIRE(loaded.diagnostics.error_count() == 0);
  REQUIRE_FALSE(loaded.unreadable);
  return loaded;
}

}  // namespace campaign::targets::test

namespace Catch {
template <>
struct StringMaker<campaign::model::Decimal> {
  static std::string convert(const campaign::model::Decimal& d) {
    return d.to_string() + " (scale " + std::to_string(d.scale) + ")";
  }
};
}  // namespace Catch
