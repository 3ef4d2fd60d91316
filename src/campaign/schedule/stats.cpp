// Statistics per body and per document.

#include "campaign/schedule/stats.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <utility>

namespace campaign::schedule {
namespace {

void count(Counts& counts, const Item& item) {
  if (item.returned()) ++counts.returned;
  switch (item.status) {
    case Status::done:
      ++(item.late ? counts.done_late : counts.done_on_time);
      break;
    case Status::overdue:
      ++counts.overdue;
      break;
    case Status::due_today:
    case Status::due_soon:
    case Status::upcoming:
      ++counts.not_yet_due;
      break;
    case Status::no_date:
      ++counts.no_date;
      break;
    case Status::cancelled:
      ++counts.cancelled;
      break;
    case Status::ongoing:
    case Status::planned:
    case Status::event:
    case Status::on_request:
      break;
  }
}

// Returns the row for `key`, adding it (with `label`) at the end when new.
StatRow& row(std::vector<StatRow>& rows, std::unordered_map<std::string, std::size_t>& index, const std::string& key,
             const std::string& label) {
  auto [it, inserted] = index.try_emplace(key, rows.size());
  if (inserted) rows.push_back(StatRow{key, label, {}});
  return rows[it->second];
}

}  // namespace

std::optional<double> Counts::share_on_time() const {
  if (assessed() == 0) return std::nullopt;
  return 100.0 * done_on_time / assessed();
}

Statistics statistics(const model::Model& model, const Schedule& schedule, const std::vector<Item>& items) {
  Statistics stats;
  std::map<std::pair<std::uint32_t, std::uint32_t>, StatRow> by_body;  // registry order
  std::unordered_map<std::string, std::size_t> document_index;
  const auto& later = schedule.not_yet_issued;  // owe nothing yet: no row
  for (const model::Document& document : model.documents)
    if (std::find(later.begin(), later.end(), &document) == later.end())
      row(stats.documents, document_index, document.number, document.number);
  for (const Item& item : items) {
    if (item.status == Status::ongoing) continue;
    const Obligation& o = item.obligation;
    auto [body, inserted] = by_body.try_emplace({o.body, o.unit});
    if (inserted) body->second = StatRow{body_id(model, o), body_label(model, o), {}};
    count(body->second.counts, item);
    const std::string& number = schedule.tasks[o.task].document->number;
    count(row(stats.documents, document_index, number, number).counts, item);
    count(stats.total, item);
  }
  for (auto& [key, body_row] : by_body) stats.bodies.push_back(std::move(body_row));
  return stats;
}

}  // namespace campaign::schedule
