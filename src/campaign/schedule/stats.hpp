#pragma once
// Statistics of obligations as the provincial task-tracking reports count them: per body and
// per document, done on time, done late, not yet due, overdue, and the share done on time.
// Rules: issue 3 ("Statistics"); the year-end evaluation of bodies (notice 127-TB/BCĐ, directive 2).

#include <string>
#include <vector>

#include "campaign/schedule/status.hpp"

namespace campaign::schedule {

/// Counts of one row. `not_yet_due` counts due-today, due-soon and upcoming; `no_date` is kept
/// apart from the four judged counts; ongoing tasks, planned dates and event days are not
/// counted (they have no deadline to meet).
struct Counts {
  int done_on_time = 0;
  int done_late = 0;
  int not_yet_due = 0;
  int overdue = 0;
  int no_date = 0;  ///< deadlines without a date (Status::no_date): counted apart, never judged
  /// Of the four, obligations whose report was returned as not acceptable (chưa đạt yêu cầu)
  /// with none accepted since (Item::returned): still open, counted as not yet due or overdue.
  int returned = 0;
  /// Obligations no longer owed (Status::cancelled): counted apart, like no_date, never judged.
  int cancelled = 0;

  /// Obligations counted: the four above.
  [[nodiscard]] int total() const { return done_on_time + done_late + not_yet_due + overdue; }
  /// Obligations whose deadline has come: done (on time or late) or overdue.
  [[nodiscard]] int assessed() const { return done_on_time + done_late + overdue; }
  /// Done on time as a percentage of assessed(), 0..100; nullopt when nothing is assessed yet.
  [[nodiscard]] std::optional<double> share_on_time() const;
};

/// One row: `key` is a body id (ID@UNIT for a unit's body) or a document number; `label` the
/// body's short name or the document number.
struct StatRow {
  std::string key;
  std::string label;
  Counts counts;
};

/// Statistics of a run: rows per body (in registry order, a per-unit body's units in unit order) and per
/// document (in load order), and the total.
struct Statistics {
  std::vector<StatRow> bodies;
  std::vector<StatRow> documents;
  Counts total;
};

/// Counts `items` (ongoing ones are skipped) per body and per document.
Statistics statistics(const model::Model& model, const Schedule& schedule, const std::vector<Item>& items);

}  // namespace campaign::schedule
