#pragma once
// A small district with targets, for the tests of the target and comparison writers: three
// units (one left out of indicator 1 with `~`), a percent indicator and a count indicator with
// a free-text unit, and results given as numbers or as numerator / denominator.

#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "campaign/load/loader.hpp"
#include "campaign/targets/compare.hpp"
#include "campaign/targets/table.hpp"

namespace campaign::write::test {

/// Notice 01-TB/BCĐ of huyện Thử (11/07/2024): indicator 1 "Tỷ lệ sinh con thứ 3 trở lên"
/// (percent, lower is better, total 20.33, tan-lap 22, dak-rve 15.3, dak-koi ~) and indicator
/// 2 "Số hộ thoát nghèo" (unit "hộ", higher is better, total 30 = 10 + 12 + 8, sum).
inline constexpr std::string_view kDistrict = R"(format: campaign/1
area: {name: huyện Thử, kind: district}
units:
  - {id: tan-lap, name: Xã Tân Lập, kind: commune}
  - {id: dak-rve, name: Thị trấn Đăk Rve, kind: town}
  - {id: dak-koi, name: Xã Đăk Kôi, kind: commune}
bodies:
  - {id: bcd, name: BCĐ huyện}
document: {number: 01-TB/BCĐ, kind: notice, issued: 2024-07-11, issuer: bcd, title: Thử}
indicators:
  - id: "1"
    name: Tỷ lệ sinh con thứ 3 trở lên
    unit: percent
    better: lower
    year: 2024
    total: 20.33
    total_rule: mean
    targets: {tan-lap: 22, dak-rve: 15.3, dak-koi: ~}
  - id: "2"
    name: Số hộ thoát nghèo
    unit: hộ
    better: higher
    year: 2024
    total: 30
    total_rule: sum
    targets: {tan-lap: 10, dak-rve: 12, dak-koi: 8}
)";

/// Loads `yaml` from memory; fails the test on any error.
inline load::Loaded load_text(std::string_view yaml) {
  load::Loaded loaded = load::load_bytes("district.yaml", yaml);
  for (const auto& d : loaded.diagnostics.all())
    if (d.severity == diag::Severity::error) FAIL("loader: " << d.code << " " << d.message);
  return loaded;
}

/// The comparison of indicator `ref` (in effect, latest state) with its latest result set.
inline targets::Comparison compare_ref(const model::Model& model, std::string_view ref, bool partial = false) {
  for (const auto& e : targets::effective_indicators(model, std::nullopt))
    if (e.current.ref() == ref)
      return targets::compare(model, e, targets::pick_result(model, e.current, std::nullopt), partial);
  FAIL("not in effect: " << ref);
  return {};
}

}  // namespace campaign::write::test
