// The deadline report assembled in one place (see report.hpp).

#include "campaign/schedule/report.hpp"

namespace campaign::schedule {
namespace {

bool passes(const Schedule& schedule, const Item& item, const Filter& filter) {
  const Obligation& o = item.obligation;
  if (!filter.statuses[static_cast<std::size_t>(item.status)]) return false;
  if (filter.document && schedule.tasks[o.task].document != filter.document) return false;
  if (filter.body && o.body != *filter.body) return false;
  if (filter.unit && o.unit != *filter.unit) return false;
  return true;
}

}  // namespace

Report build_report(const model::Model& model, const ReportOptions& options) {
  Report report;
  report.as_of = options.as_of;
  report.within = options.within;
  report.schedule = expand(model, options.as_of, options.within, options.limits);
  if (report.schedule.overflow) return report;
  // Filtered as they are made: an item for every obligation would be the run's largest vector,
  // though the default shows a few statuses only.
  report.items = assess(model, report.schedule, {options.as_of, options.within, [&](const Item& item) {
                                                   return passes(report.schedule, item, options.filter);
                                                 }});
  sort_by_due(report.items);
  report.missing = missing_reports(report.items);
  report.statistics = statistics(model, report.schedule, report.items);
  return report;
}

}  // namespace campaign::schedule
