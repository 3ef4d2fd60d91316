#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "campaign/check/rules.hpp"
#include "campaign/diag/codes.hpp"
#include "campaign/i18n/translate.hpp"

namespace campaign::check {
namespace {

using std::string;

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The kind abbreviation of a document number, or nullopt when the number has neither form of
// docs/format.md ("Document numbers"): Party style NUMBER-KIND/ISSUER (127-TB/BCĐ, Hướng dẫn
// 36-HD/VPTW) or state style NUMBER/[YEAR/]KIND-ISSUER (20/KH-PGD&ĐT, 30/2020/NĐ-CP, Nghị định
// 30/2020/NĐ-CP), where a letter (công văn) has no kind: 1115/SGD&ĐT-KTKĐCLGD. The kind is
// empty when the number does not name one.
std::optional<string> number_kind(std::string_view number) {
  const auto dash = number.find('-');
  const auto slash = number.find('/');
  if (dash != string::npos && slash != string::npos && dash < slash) {  // Party style
    if (!all_digits(number.substr(0, dash)) || slash < dash + 2 || slash + 1 >= number.size()) return std::nullopt;
    return string(number.substr(dash + 1, slash - dash - 1));
  }
  if (slash == string::npos || !all_digits(number.substr(0, slash))) return std::nullopt;
  std::string_view rest = number.substr(slash + 1);
  if (const auto year = rest.find('/'); year != string::npos) {
    if (year != 4 || !all_digits(rest.substr(0, 4))) return std::nullopt;
    rest.remove_prefix(5);
  }
  const auto part = rest.find('-');
  if (rest.empty() || part == 0 || rest.back() == '-' || rest.find('/') != string::npos) return std::nullopt;
  if (part == string::npos) return string();  // 15/UBND: an issuer alone
  return string(rest.substr(0, part));
}

void check_number(const model::Document& d, diag::Sink& sink) {
  const std::optional<string> kind = number_kind(d.number);
  if (!kind) {
    sink.warning(string(diag::kDocumentNumber), d.number_position,
                 i18n::trf("document number '{}' reads neither NUMBER-KIND/ISSUER (e.g. 127-TB/BCĐ) nor "
                           "NUMBER/KIND-ISSUER (e.g. 20/KH-PGD&ĐT, 30/2020/NĐ-CP)",
                           d.number));
    return;
  }
  auto k = model::document_kind_of_abbreviation(*kind);
  if (k && *k != d.kind)
    sink.warning(string(diag::kDocumentNumber), d.number_position,
                 i18n::trf("document number '{}' says {} ({}) but 'kind' is {}", d.number, to_string(*k), *kind,
                           to_string(d.kind)));
}

// W045: a document without a date of issue (or number), saying what cannot be computed.
void check_undated(const model::Document& d, diag::Sink& sink) {
  if (d.issued && d.numbered) return;
  std::vector<string> reports;  // tasks whose report counts from the issue date
  std::vector<string> counted;  // tasks whose deadline counts from it ("15 ngày kể từ ngày ký")
  for (const auto& dir : d.directives)
    for (const auto& t : dir.tasks) {
      if (t.report && !t.report->from) reports.push_back(t.id);
      if (t.due && t.due->from_issue) counted.push_back(t.id);
    }
  if (d.issued) {  // then it has no number
    sink.warning(
        string(diag::kDocumentUndated), d.position,
        d.draft
            ? i18n::trf("the document is a draft, has no number (it is shown as '{}'); write 'number' "
                        "once it is known",
                        d.number)
            : i18n::trf("the document has no number (it is shown as '{}'); write 'number' once it is known", d.number));
    return;
  }
  // What the document lacks, one phrase for each case (the sentence is below).
  string what;
  if (d.numbered)
    what = d.draft ? i18n::tr("is a draft and has no date of issue") : i18n::tr("has no date of issue");
  else
    what = d.draft ? i18n::trf("is a draft, has no number (it is shown as '{}') and has no date of issue", d.number)
                   : i18n::trf("has no number (it is shown as '{}') and has no date of issue", d.number);
  // What cannot be computed without the date: each clause ends with the one before it.
  string lost = i18n::tr("nothing can be compared with its date (deadlines before it, cited documents after it)");
  const string tasks = fmt::format("{}", fmt::join(counted, ", "));
  if (!counted.empty())
    lost = counted.size() == 1
               ? i18n::trf("the deadline of task {} has no date (counting from the date of issue), and {}", tasks, lost)
               : i18n::trf("the deadlines of tasks {} have no date (counting from the date of issue), and {}", tasks,
                           lost);
  const string reporting = fmt::format("{}", fmt::join(reports, ", "));
  if (!reports.empty())
    lost = reports.size() == 1
               ? i18n::trf("the reports of task {} cannot be scheduled (they count from the date of issue), and {}",
                           reporting, lost)
               : i18n::trf("the reports of tasks {} cannot be scheduled (they count from the date of issue), and {}",
                           reporting, lost);
  sink.warning(string(diag::kDocumentUndated), d.position,
               reports.empty() ? i18n::trf("the document {}: {}; write 'issued' once it is known", what, lost)
                               : i18n::trf("the document {}: {}; write 'issued' once it is known, or 'from' in each "
                                           "report",
                                           what, lost));
}

}  // namespace

void document_dates_and_numbers(const model::Model& model, diag::Sink& sink) {
  for (const auto& d : model.documents) {
    if (d.numbered) check_number(d, sink);
    check_undated(d, sink);
    for (const auto& ref : d.references) {
      const string& cited_name = ref.number.empty() ? ref.title : ref.number;
      if (ref.issued && d.issued && *ref.issued > *d.issued)
        sink.warning(string(diag::kReferenceAfterCiting), ref.position,
                     i18n::trf("'{}' is dated {}, after the document that cites it ({} of {}); check both dates",
                               cited_name, calendar::format_vn(*ref.issued), d.number, calendar::format_vn(*d.issued)));
      const model::Document* cited = ref.number.empty() ? nullptr : model.find_document(ref.number);
      if (cited && cited->issued && d.issued && *cited->issued > *d.issued)
        sink.warning(string(diag::kReferenceAfterCiting), ref.position,
                     i18n::trf("'{}' (issued {}) is dated after {} which cites it", ref.number,
                               calendar::format_vn(*cited->issued), d.number));
    }
    if (!d.issued) continue;
    for (const auto& dir : d.directives)
      for (const auto& t : dir.tasks)
        for (const model::Deadline* due : t.written_deadlines())
          if (due->date && *due->date < *d.issued)
            sink.warning(string(diag::kDeadlineBeforeIssue), due->position,
                         i18n::trf("deadline '{}' ({}) is before the document's issue date {}", due->phrase,
                                   calendar::format_vn(*due->date), calendar::format_vn(*d.issued)));
  }
}

std::vector<const model::Document*> documents_read(const model::Model& model) {
  std::vector<const model::Document*> all;
  for (const auto& d : model.documents) all.push_back(&d);
  for (const auto& d : model.incomplete_documents) all.push_back(&d);
  return all;
}

const model::Document* find_document_read(const model::Model& model, std::string_view number) {
  return model.find_document_read(number);
}

void run_rules(const model::Model& model, diag::Sink& sink) {
  unique_ids(model, sink);
  references_resolve(model, sink);
  directive_numbering(model, sink);
  document_dates_and_numbers(model, sink);
  indicator_targets(model, sink);
  unit_sets(model, sink);
  received_records(model, sink);
  extensions(model, sink);
  due_on_days_off(model, sink);
  comma_splits(model, sink);
  territory_changes(model, sink);
}

}  // namespace campaign::check
