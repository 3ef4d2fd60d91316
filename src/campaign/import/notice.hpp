#pragma once
// A notice as the clerk has it (text, Markdown or DOCX) read into a draft of a format v1 file:
// what `campaign import` found, with a note wherever it was unsure (written as "# TODO:" by
// write/import_yaml.hpp). Issue 14, item 1. Nothing here invents a date or a body: a date is
// one written in the notice, a body one of the registry's that the notice names.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "campaign/calendar/date.hpp"
#include "campaign/model/model.hpp"

namespace campaign::importer {

/// A document cited in the notice ("Kế hoạch số 26-KH/HU, ngày 22/4/2021 của Ban Thường vụ
/// Huyện ủy"): its number and date as written, the issuer as written and the body it resolved to
/// (empty when none), and its title when a footnote gives it.
struct DraftReference {
  std::string number;
  calendar::Date issued;
  std::string kind_word;    ///< "Kế hoạch"
  std::string issuer_text;  ///< "Ban Thường vụ Huyện ủy", or empty
  std::string issuer;       ///< body id, or empty
  std::string title;        ///< from a footnote, or empty
};

/// One bullet or paragraph of a numbered item, verbatim, with what was found in it.
struct DraftTask {
  std::string text;
  std::string due;                      ///< deadline phrase as found ("trong tháng 7/2024"), or empty
  std::string every;                    ///< report frequency key ("quarter"), or empty
  std::string via;                      ///< body id of "(qua …)", or empty
  std::vector<std::string> references;  ///< numbers of cited documents that are in `references`
  std::vector<std::string> todos;       ///< notes for the clerk
};

/// A numbered item (mục): its lead text and addressees, and its tasks.
struct DraftDirective {
  int number = 0;
  std::string text;                      ///< lead text ("UBND huyện:"), empty when the item is a task itself
  std::vector<std::string> responsible;  ///< body ids
  std::vector<std::string> todos;        ///< e.g. an addressee no registry body answers to
  std::vector<DraftTask> tasks;
};

/// A line of "Nơi nhận": the body ids it names (several for "BTGHU, BDVHU"), else its text.
struct DraftRecipient {
  std::string text;
  std::vector<std::string> bodies;
};

/// The indicator of an appendix table: name, unit, year, total and one target per unit column.
struct DraftIndicator {
  std::string id;
  std::string name;
  std::string row_name;  ///< the name in the table, when `name` was taken from the amending item
  std::string unit;      ///< "percent" or "count"
  std::string better;    ///< "lower" or "higher" (a guess, always with a TODO)
  std::string better_because;
  int year = 0;
  std::string total;       ///< as written, without '%' ("20.33"), or empty
  std::string total_rule;  ///< "sum" or "mean" when the total is exactly that, else empty
  std::vector<std::pair<std::string, std::string>> targets;  ///< unit id, value ("22", "~")
  std::optional<model::Amendment> amends;
  std::vector<std::string> todos;
};

/// Everything read from a notice.
struct Draft {
  model::DocumentKind kind = model::DocumentKind::notice;
  std::string kind_word;  ///< "THÔNG BÁO"
  std::string number;
  calendar::Date issued;
  std::string issued_from;  ///< where the number and date were read: "header" or "appendix"
  /// A draft (dự thảo) whose header leaves the number blank ("Số: /KH-PGD&ĐT", "Số:    -TB/BCĐ"):
  /// written `number: ~` with `draft: true`, never invented.
  bool number_blank = false;
  /// A draft whose date line leaves the day or month blank ("ngày … tháng … năm 2020"): written
  /// `issued: ~` with `draft: true`.
  bool date_blank = false;
  std::string issuer;       ///< body id
  std::string issuer_text;  ///< as written
  std::string title;
  std::optional<calendar::Date> meeting;
  std::optional<model::Signer> signer;
  std::vector<DraftRecipient> recipients;
  std::vector<DraftReference> references;
  std::vector<DraftDirective> directives;
  std::vector<DraftIndicator> indicators;
  std::vector<std::string> footnotes;  ///< footnotes no citation took as its title
  std::vector<std::string> todos;      ///< notes on the document as a whole
};

/// Result of reading: a draft, or why the input is not a notice (one English sentence saying
/// what is missing and what to do).
struct ImportResult {
  std::optional<Draft> draft;
  std::string error;
};

/// One paragraph of the input: its text with spaces collapsed, or the cells of a table row.
struct Block {
  std::string text;
  std::vector<std::string> cells;  ///< a table row when not empty
};

/// Reads `blocks` (from text_blocks or docx_blocks) against `registry` (the bodies and units
/// names are resolved with; may be empty). Never throws for bad input.
ImportResult read_notice(const std::vector<Block>& blocks, const model::Model& registry);

/// Number of TODO notes in `draft` (the figure of the summary line).
std::size_t todo_count(const Draft& draft);

/// Number of tasks and of tasks with a deadline in `draft`.
std::size_t task_count(const Draft& draft);
std::size_t deadline_count(const Draft& draft);

}  // namespace campaign::importer
