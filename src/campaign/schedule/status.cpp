// Status of obligations as of a date, and the missing-reports list.

#include "campaign/schedule/status.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <map>
#include <numeric>
#include <tuple>
#include <unordered_map>
#include <utility>

namespace campaign::schedule {
namespace {

constexpr std::array<std::string_view, kStatusCount> kStatusKeys = {"done",     "overdue", "due-today", "due-soon",
                                                                    "upcoming", "ongoing", "no-date",   "cancelled",
                                                                    "planned",  "event",   "on-request"};

// What a submission covers, resolved to indexes once so that lookups allocate nothing.
using CoverKey = std::tuple<std::uint32_t, std::uint32_t, std::uint32_t, Period>;

// The index as stored in obligations (kNone when absent).
std::uint32_t stored(std::optional<std::size_t> index) {
  return index ? static_cast<std::uint32_t>(*index) : kNone;
}

// Receipt dates, resolved against the schedule's tasks and the model's bodies and units.
struct Receipts {
  std::map<CoverKey, Date> submissions;                   // (task, body, unit, period) -> earliest
  std::unordered_map<std::uint32_t, Date> completions;    // task -> earliest, done by all its bodies
  std::map<CoverKey, Date> body_completions;              // (task, body, unit, {}) -> earliest, done by one
  std::map<CoverKey, const model::Submission*> returned;  // (task, body, unit, period) -> latest not accepted
  std::map<CoverKey, std::pair<Date, long>> requested;    // (task, body, unit, {}) -> latest and count, no period
};

// The body and unit indexes an ID or ID@UNIT names; body kNone when it names nothing.
std::pair<std::uint32_t, std::uint32_t> body_and_unit(const model::Model& model, std::string_view id) {
  const std::size_t at = id.find('@');
  const std::uint32_t body = stored(model.body_index(id.substr(0, at)));
  if (at == std::string_view::npos) return {body, kNone};
  const std::uint32_t unit = stored(model.unit_index(id.substr(at + 1)));
  return {unit == kNone ? kNone : body, unit};
}

// Keeps the earliest of the dates seen for one key.
void keep_earliest(Date& slot, bool inserted, const Date& date) {
  if (inserted || date < slot) slot = date;
}

Receipts resolve_receipts(const model::Model& model, const Schedule& schedule, const Date& as_of) {
  std::unordered_map<std::string, std::uint32_t> task_index;
  for (std::size_t i = 0; i < schedule.tasks.size(); ++i)
    task_index.emplace(schedule.tasks[i].key(), static_cast<std::uint32_t>(i));
  Receipts receipts;
  for (const model::Submission& s : model.submissions) {
    const auto task = task_index.find(s.task);
    if (task == task_index.end() || as_of < s.received) continue;
    const auto [body, unit] = body_and_unit(model, s.body);
    if (body == kNone) continue;
    if (!s.accepted) {  // chưa đạt yêu cầu: kept, not counted
      auto [slot, inserted] = receipts.returned.try_emplace(CoverKey{task->second, body, unit, s.period}, &s);
      if (!inserted && !(s.received < slot->second->received)) slot->second = &s;
      continue;
    }
    auto [slot, inserted] = receipts.submissions.try_emplace(CoverKey{task->second, body, unit, s.period}, s.received);
    keep_earliest(slot->second, inserted, s.received);
    if (s.periodless) {  // on request: every one counts, the latest is shown
      auto [asked, first] = receipts.requested.try_emplace(CoverKey{task->second, body, unit, {}}, s.received, 0);
      if (!first && asked->second.first < s.received) asked->second.first = s.received;
      ++asked->second.second;
    }
  }
  for (const model::Completion& c : model.completions) {
    const auto task = task_index.find(c.task);
    if (task == task_index.end() || as_of < c.date) continue;
    if (!c.body.empty()) {
      const auto [body, unit] = body_and_unit(model, c.body);
      if (body == kNone) continue;
      auto [slot, inserted] = receipts.body_completions.try_emplace(CoverKey{task->second, body, unit, {}}, c.date);
      keep_earliest(slot->second, inserted, c.date);
      continue;
    }
    auto [slot, inserted] = receipts.completions.try_emplace(task->second, c.date);
    keep_earliest(slot->second, inserted, c.date);
  }
  return receipts;
}

// The date an obligation was done, if it was.
std::optional<Date> done_on(const Receipts& receipts, const Obligation& o) {
  if (o.kind == Kind::report || o.kind == Kind::report_once) {
    const auto it = receipts.submissions.find(CoverKey{o.task, o.body, o.unit, o.period});
    if (it != receipts.submissions.end()) return it->second;
    return std::nullopt;
  }
  std::optional<Date> done;
  if (const auto it = receipts.completions.find(o.task); it != receipts.completions.end()) done = it->second;
  if (const auto it = receipts.body_completions.find(CoverKey{o.task, o.body, o.unit, {}});
      it != receipts.body_completions.end() && (!done || it->second < *done))
    done = it->second;
  return done;
}

// Whether obligations of `kind` have a due date.
bool dated(Kind kind) {
  return kind != Kind::ongoing && kind != Kind::undated && kind != Kind::on_request && kind != Kind::unstated;
}

// Whether `o`, not done, is no longer owed: its task is cancelled from a day the as-of date has
// reached, and it was not due before that day.
bool is_cancelled(const Obligation& o, const std::optional<Date>& cancelled, const AssessOptions& options) {
  if (!cancelled || options.as_of < *cancelled) return false;
  return !dated(o.kind) || *cancelled < o.due;
}

// On request: never judged; the reports received are counted.
Item assess_on_request(const Receipts& receipts, const Obligation& o) {
  Item item{o, Status::on_request, {}, false, 0, nullptr};
  if (const auto it = receipts.requested.find(CoverKey{o.task, o.body, o.unit, {}}); it != receipts.requested.end()) {
    item.done_on = it->second.first;
    item.days = it->second.second;
  }
  return item;
}

Item assess_one(const Receipts& receipts, const Obligation& o, const AssessOptions& options,
                const std::optional<Date>& cancelled) {
  if (o.kind == Kind::on_request && !is_cancelled(o, cancelled, options)) return assess_on_request(receipts, o);
  Item item{o, Status::upcoming, {}, false, 0, nullptr};
  if (const std::optional<Date> done = done_on(receipts, o)) {
    item.status = Status::done;
    item.done_on = *done;
    if ((o.kind == Kind::one_off || o.kind == Kind::report || o.kind == Kind::report_once) && o.due < *done) {
      item.late = true;
      item.days = calendar::days_between(o.due, *done);
    }
    return item;
  }
  if (is_cancelled(o, cancelled, options)) {
    item.status = Status::cancelled;
    return item;
  }
  if (o.kind == Kind::report || o.kind == Kind::report_once)
    if (const auto it = receipts.returned.find(CoverKey{o.task, o.body, o.unit, o.period});
        it != receipts.returned.end())
      item.returned_by = it->second;
  if (o.kind == Kind::unstated) {
    item.status = Status::no_date;
    return item;
  }
  if (o.kind == Kind::ongoing || o.kind == Kind::undated) {
    item.status = o.kind == Kind::ongoing ? Status::ongoing : Status::no_date;
    return item;
  }
  const long left = calendar::days_between(options.as_of, o.due);
  if (o.kind == Kind::planned || o.kind == Kind::event) {  // never judged: days left, or 0 once passed
    item.status = o.kind == Kind::planned ? Status::planned : Status::event;
    item.days = left > 0 ? left : 0;
    return item;
  }
  if (left < 0) {
    item.status = Status::overdue;
    item.days = -left;
  } else if (left == 0) {
    item.status = Status::due_today;
  } else {
    item.status = left <= options.within ? Status::due_soon : Status::upcoming;
    item.days = left;
  }
  return item;
}

}  // namespace

std::string_view status_key(Status status) {
  return kStatusKeys[static_cast<std::size_t>(status)];
}

std::optional<Status> parse_status(std::string_view key) {
  for (std::size_t i = 0; i < kStatusKeys.size(); ++i)
    if (kStatusKeys[i] == key) return static_cast<Status>(i);
  return std::nullopt;
}

std::vector<Item> assess(const model::Model& model, const Schedule& schedule, const AssessOptions& options) {
  const Receipts receipts = resolve_receipts(model, schedule, options.as_of);
  std::vector<std::optional<Date>> cancelled(schedule.tasks.size());
  for (std::size_t i = 0; i < schedule.tasks.size(); ++i) cancelled[i] = cancelled_from(model, *schedule.tasks[i].task);
  std::vector<Item> items;
  if (!options.keep) {
    items.reserve(schedule.obligations.size());
    for (const Obligation& o : schedule.obligations)
      items.push_back(assess_one(receipts, o, options, cancelled[o.task]));
    return items;
  }
  // Two passes, so that the vector is made once at its size: grown by doubling, then shrunk,
  // it held up to 2.5 times the items at once (issue 18: 159 MB for 64 MB of items at 100 MB
  // of YAML). The first pass only counts; assessing an obligation again is a hash lookup.
  std::size_t count = 0;
  for (const Obligation& o : schedule.obligations)
    if (options.keep(assess_one(receipts, o, options, cancelled[o.task]))) ++count;
  items.reserve(count);
  for (const Obligation& o : schedule.obligations) {
    Item item = assess_one(receipts, o, options, cancelled[o.task]);
    if (options.keep(item)) items.push_back(item);
  }
  return items;
}

void sort_by_due(std::vector<Item>& items) {
  // Dated obligations first, then undated ones, then ongoing ones.
  auto rank = [](Kind kind) { return kind == Kind::ongoing ? 2 : dated(kind) ? 0 : 1; };
  auto body_key = [](const Obligation& o) { return std::pair{o.body, o.unit}; };
  auto before = [&](const Item& a, const Item& b) {
    const Obligation& x = a.obligation;
    const Obligation& y = b.obligation;
    if (rank(x.kind) != rank(y.kind)) return rank(x.kind) < rank(y.kind);
    if (rank(x.kind) == 0 && x.due != y.due) return x.due < y.due;
    if (body_key(x) != body_key(y)) return body_key(x) < body_key(y);
    if (x.task != y.task) return x.task < y.task;
    return x.period < y.period;
  };
  if (items.size() > std::numeric_limits<std::uint32_t>::max()) {
    std::stable_sort(items.begin(), items.end(), before);
    return;
  }
  // The indices are sorted, then the items moved into place along the permutation's cycles:
  // std::stable_sort of the items takes a buffer of half of them (issue 18: 32 MB at 100 MB of
  // YAML, at the run's peak: 450-479 MiB against 419-448), of indices a 4-byte one each.
  std::vector<std::uint32_t> order(items.size());
  std::iota(order.begin(), order.end(), std::uint32_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return before(items[a], items[b]); });
  for (std::uint32_t i = 0; i < order.size(); ++i) {  // position i takes the item at order[i]
    if (order[i] == i) continue;                      // in place, or placed by an earlier cycle
    Item first = items[i];
    std::uint32_t j = i;
    for (std::uint32_t from = order[j]; from != i; from = order[j]) {
      items[j] = items[from];
      order[j] = j;
      j = from;
    }
    items[j] = first;
    order[j] = j;
  }
}

std::vector<MissingReport> missing_reports(const std::vector<Item>& items) {
  std::map<std::tuple<Date, std::uint32_t, Period>, std::vector<Obligation>> groups;
  for (const Item& item : items) {
    const Obligation& o = item.obligation;
    if ((o.kind != Kind::report && o.kind != Kind::report_once) || item.status != Status::overdue) continue;
    groups[{o.due, o.task, o.period}].push_back(o);
  }
  std::vector<MissingReport> missing;
  missing.reserve(groups.size());
  for (auto& [key, bodies] : groups) {
    const bool once = bodies.front().kind == Kind::report_once;
    missing.push_back(MissingReport{std::get<1>(key), std::get<2>(key), std::get<0>(key), std::move(bodies), once});
  }
  return missing;
}

}  // namespace campaign::schedule
