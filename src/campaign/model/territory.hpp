#pragma once
// The map of units on a date: which units exist (`from`, and the changes that ended them), and
// which unit carries a former one after the administrative changes of registry `changes`
// (sắp xếp đơn vị hành chính; the 2025 reorganisation: Luật 72/2025/QH15, Nghị quyết
// 1677/NQ-UBTVQH15 for tỉnh Quảng Ngãi). Rules: docs/territory.md.

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "campaign/model/model.hpp"

namespace campaign::model {

/// The first day of two-level local government: the district level (huyện, quận, thị xã,
/// thành phố thuộc tỉnh) ended and the new provinces and communes operate from 1/7/2025
/// (Luật Tổ chức chính quyền địa phương 72/2025/QH15; Nghị quyết 202/2025/QH15).
inline constexpr Date kTwoLevelFrom{2025, 7, 1};

/// True for the district-level kinds that the two-level system ended (district, district-town, city).
bool district_level(UnitKind kind);

/// Where a former unit went by a date: the units that carry it (itself while it exists; empty
/// when a change leads nowhere known, or in a cycle) and the changes followed, in order.
struct Succession {
  std::vector<const Unit*> units;
  std::vector<const UnitChange*> changes;
  bool split = false;  ///< one of the changes split the unit: its parts cannot be told apart
};

/// The units and changes of a model, indexed once (average O(1) lookups). Holds pointers into
/// the model, which must outlive it and not change. Changes without an `effective` date, or
/// naming no known unit, are left out (validation reports them: E050, E052); when a unit has
/// several changes, the first counts (E053).
class Territory {
 public:
  explicit Territory(const Model& model);

  /// True when the model records any change or any unit's `from`: without, every unit exists
  /// on every date and nothing moves (the map of files older than this feature).
  [[nodiscard]] bool any() const { return any_; }
  /// The change that ended `unit`, or nullptr.
  [[nodiscard]] const UnitChange* change_of(std::string_view unit) const;
  /// True when `unit` exists on `date`: from its `from` (if any) to the day before its change.
  [[nodiscard]] bool exists_on(const Unit& unit, const Date& date) const;
  /// True when `unit` is on the map of a document issued on `issued`: exists_on(unit, *issued);
  /// for a document whose date is not known (a draft, issue 15), the latest map the registry
  /// records: every unit that no change has ended. No date is invented for the document.
  [[nodiscard]] bool on_map_of(const Unit& unit, const std::optional<Date>& issued) const;
  /// The units existing on `date`, in registry order.
  [[nodiscard]] std::vector<const Unit*> units_on(const Date& date) const;
  /// Where `unit` went by `date`: follows changes effective on or before `date` (at most
  /// model.units.size() steps, so a cycle ends: units empty).
  [[nodiscard]] Succession successor_on(std::string_view unit, const Date& date) const;

 private:
  const Model* model_;
  std::unordered_map<std::string_view, const UnitChange*> changes_;  // former unit id -> its change
  bool any_ = false;
};

/// The words of a change kind as files and JSON write them: "merged", "renamed", "split".
std::string_view to_string(ChangeKind kind);

}  // namespace campaign::model
