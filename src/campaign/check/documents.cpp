#include <fmt/format.h>

#include <algorithm>

#include "campaign/check/rules.hpp"
#include "campaign/diag/codes.hpp"

namespace campaign::check {
namespace {

using std::string;

void check_number(const model::Document& d, diag::Sink& sink) {
  // NUMBER-KIND/ISSUER: digits, '-', kind letters, '/', issuer.
  auto dash = d.number.find('-');
  auto slash = d.number.find('/');
  bool digits = dash != string::npos && dash > 0 &&
                std::all_of(d.number.begin(), d.number.begin() + static_cast<long>(dash),
                            [](char c) { return c >= '0' && c <= '9'; });
  if (!digits || slash == string::npos || slash < dash + 2 || slash + 1 >= d.number.size()) {
    sink.warning(string(diag::kDocumentNumber), d.number_position,
                 fmt::format("document number '{}' does not read NUMBER-KIND/ISSUER (e.g. 127-TB/BCĐ)", d.number));
    return;
  }
  string kind = d.number.substr(dash + 1, slash - dash - 1);
  auto k = model::document_kind_of_abbreviation(kind);
  if (k && *k != d.kind)
    sink.warning(string(diag::kDocumentNumber), d.number_position,
                 fmt::format("document number '{}' says {} ({}) but 'kind' is {}", d.number, to_string(*k), kind,
                             to_string(d.kind)));
}

}  // namespace

void document_dates_and_numbers(const model::Model& model, diag::Sink& sink) {
  for (const auto& d : model.documents) {
    check_number(d, sink);
    for (const auto& ref : d.references) {
      if (ref.issued && *ref.issued > d.issued)
        sink.warning(
            string(diag::kReferenceAfterCiting), ref.position,
            fmt::format("'{}' is dated {}, after the document that cites it ({} of {}); check both dates", ref.number,
                        calendar::format_vn(*ref.issued), d.number, calendar::format_vn(d.issued)));
      if (const model::Document* cited = model.find_document(ref.number); cited && cited->issued > d.issued)
        sink.warning(string(diag::kReferenceAfterCiting), ref.position,
                     fmt::format("'{}' (issued {}) is dated after {} which cites it", ref.number,
                                 calendar::format_vn(cited->issued), d.number));
    }
    for (const auto& dir : d.directives)
      for (const auto& t : dir.tasks)
        if (t.due && t.due->date && *t.due->date < d.issued)
          sink.warning(string(diag::kDeadlineBeforeIssue), t.due->position,
                       fmt::format("deadline '{}' ({}) is before the document's issue date {}", t.due->phrase,
                                   calendar::format_vn(*t.due->date), calendar::format_vn(d.issued)));
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
