#pragma once
// The deadline report of `campaign check-deadlines`, built in one place from the model and the
// run's options: obligations with their resolved dates and statuses, filtered and sorted, the
// missing reports and the statistics. Writers lay it out; the CLI only parses options.

#include <array>
#include <optional>
#include <vector>

#include "campaign/schedule/stats.hpp"
#include "campaign/schedule/status.hpp"

namespace campaign::schedule {

/// Which obligations a report shows. `body`/`unit` index the model (a per-unit body without a
/// unit: all its units); `document` points into the model; `statuses` indexed by Status.
struct Filter {
  std::optional<std::size_t> body;
  std::optional<std::size_t> unit;
  const model::Document* document = nullptr;
  std::array<bool, kStatusCount> statuses{true, true, true, true, true, false, true, true, true, true, true};
};

/// Options of build_report: the as-of date, the look-ahead (days, ≥ 0) and the filter.
struct ReportOptions {
  Date as_of;
  int within = 7;
  Filter filter;
  Limits limits{};  ///< caps on the obligations expanded (obligation.hpp)
};

/// A deadline report. `items` passed the filter, sorted by sort_by_due; `missing` and
/// `statistics` are computed from them; `schedule` owns the task references items index;
/// `not_yet_issued` lists documents issued after the as-of date (they owe nothing yet).
struct Report {
  Date as_of;
  int within = 7;
  Schedule schedule;
  std::vector<Item> items;
  std::vector<MissingReport> missing;
  Statistics statistics;
};

/// Builds the report of `model` as of `options.as_of`. When the obligations pass a cap of
/// `options.limits`, `schedule.overflow` says where and the report holds nothing else. Never
/// reads the clock.
Report build_report(const model::Model& model, const ReportOptions& options);

}  // namespace campaign::schedule
