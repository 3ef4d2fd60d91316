#include <fmt/format.h>

#include <algorithm>

#include "campaign/check/rules.hpp"
#include "campaign/diag/codes.hpp"
#include "campaign/i18n/translate.hpp"
#include "campaign/model/names.hpp"
#include "campaign/text/suggest.hpp"

namespace campaign::check {
namespace {

using std::string;

// Looks names up and reports the ones that are not defined, with a suggestion.
class Resolver {
 public:
  Resolver(const model::Model& model, diag::Sink& sink) : model_(model), sink_(sink) {
    for (const auto& u : model.units) unit_ids_.push_back(u.id);
  }

  void body(const string& id, diag::Position pos, std::string_view role) {
    if (model_.find_body(id) || model_.registry_unread) return;
    const bool spaced = id.find(' ') != string::npos;  // looked up by name or alias too
    const string hint = model::suggest_body(model_, id);
    string message;
    if (hint.empty())
      message = spaced ? i18n::trf(
                             "{} '{}' is not a body defined in the registry (by id, name or alias); add it under "
                             "'bodies:' (usually in the registry file)",
                             role, id)
                       : i18n::trf(
                             "{} '{}' is not a body defined in the registry; add it under 'bodies:' (usually "
                             "in the registry file)",
                             role, id);
    else
      message = spaced ? i18n::trf(
                             "{} '{}' is not a body defined in the registry (by id, name or alias); did you "
                             "mean '{}'?",
                             role, id, hint)
                       : i18n::trf("{} '{}' is not a body defined in the registry; did you mean '{}'?", role, id, hint);
    sink_.error(string(diag::kUnknownReference), pos, std::move(message));
  }

  // A body as submissions, completions and `responsible` name it: ID, or ID@UNIT for one
  // unit's body of a per-unit body.
  // `allow_set`: `responsible` may also name ID@SET, the body in each unit of a unit set.
  void unit_body(const string& id, diag::Position pos, std::string_view role, bool allow_set = false) {
    auto at = id.find('@');
    if (at == string::npos) return body(id, pos, role);
    string base = id.substr(0, at), unit = id.substr(at + 1);
    const model::Body* b = model_.find_body(base);
    if (!b) return body(base, pos, role);
    if (!b->per_unit)
      sink_.error(string(diag::kUnknownReference), pos,
                  i18n::trf("body '{0}' is not per_unit, so '{1}' names nothing; write '{0}'", base, id));
    else if (!(allow_set && model_.find_unit_set(unit)))
      this->unit(unit, pos, i18n::trf("unit of '{}'", id));
  }

  void unit(const string& id, diag::Position pos, std::string_view role) {
    if (model_.find_unit(id) || model_.registry_unread) return;
    const string hint = text::suggest(id, unit_ids_);
    error(pos, hint.empty()
                   ? i18n::trf("{} '{}' is not a unit defined in the registry; add it under 'units:' or "
                               "correct the id",
                               role, id)
                   : i18n::trf("{} '{}' is not a unit defined in the registry; did you mean '{}'?", role, id, hint));
  }

  // "DOCUMENT#TASK" or "DOCUMENT#INDICATOR".
  void item(const string& ref, diag::Position pos, bool indicator) {
    auto hash = ref.find('#');
    if (hash == string::npos) {
      error(pos, indicator ? i18n::trf("'{}' must name an indicator as DOCUMENT#INDICATOR, e.g. '127-TB/BCĐ#1'", ref)
                           : i18n::trf("'{}' must name a task as DOCUMENT#TASK, e.g. '127-TB/BCĐ#3.1'", ref));
      return;
    }
    string number = ref.substr(0, hash), id = ref.substr(hash + 1);
    const model::Document* doc = find_document_read(model_, number);  // a broken header is reported already
    if (!doc) {
      std::vector<string> numbers;
      for (const auto& d : model_.documents) numbers.push_back(d.number);
      const string hint = text::suggest(number, numbers);
      error(pos,
            hint.empty()
                ? i18n::trf("document '{}' of '{}' is not loaded; give its file on the command line too", number, ref)
                : i18n::trf("document '{}' of '{}' is not loaded; did you mean '{}'?", number, ref, hint));
      return;
    }
    std::vector<string> ids;
    if (indicator) {
      for (const auto& i : doc->indicators) ids.push_back(i.id);
    } else {
      for (const auto& d : doc->directives)
        for (const auto& t : d.tasks) ids.push_back(t.id);
    }
    if (std::find(ids.begin(), ids.end(), id) != ids.end()) return;
    if (ids.empty()) {  // the document has none, or each was left out for its own errors
      error(pos, indicator ? i18n::trf("indicator '{}' does not exist in {}: no indicator of it was read (one with "
                                       "errors is left out)",
                                       id, number)
                           : i18n::trf("task '{}' does not exist in {}: no task of it was read (one with errors is "
                                       "left out)",
                                       id, number));
      return;
    }
    const string hint = text::suggest(id, ids);
    const string all = fmt::format("{}", fmt::join(ids, ", "));
    if (indicator)
      error(pos, hint.empty() ? i18n::trf("indicator '{}' does not exist in {}; its indicators are {}", id, number, all)
                              : i18n::trf("indicator '{}' does not exist in {}; did you mean '{}'?", id, number, hint));
    else
      error(pos, hint.empty() ? i18n::trf("task '{}' does not exist in {}; its tasks are {}", id, number, all)
                              : i18n::trf("task '{}' does not exist in {}; did you mean '{}'?", id, number, hint));
  }

 private:
  void error(diag::Position pos, string message) {
    sink_.error(string(diag::kUnknownReference), pos, std::move(message));
  }

  const model::Model& model_;
  diag::Sink& sink_;
  std::vector<string> unit_ids_;
};

// `pieces`: items that a comma cut out of one text, reported by comma_splits.
void check_responsible(Resolver& r, const std::vector<string>& ids, const std::vector<diag::Position>& positions,
                       const std::set<diag::Position>& pieces, const char* what = nullptr) {
  if (!what) what = i18n::tr("responsible body");
  for (std::size_t i = 0; i < ids.size(); ++i)
    if (!pieces.contains(positions[i])) r.unit_body(ids[i], positions[i], what, true);
}

}  // namespace

void references_resolve(const model::Model& model, diag::Sink& sink) {
  Resolver r(model, sink);
  const std::set<diag::Position> pieces = comma_split_pieces(model);
  for (const auto& d : model.documents) r.body(d.issuer, d.issuer_position, i18n::tr("issuer"));
  for (const model::Document* doc : documents_read(model)) {
    const model::Document& d = *doc;
    for (const auto& dir : d.directives) {
      check_responsible(r, dir.responsible, dir.responsible_positions, pieces);
      for (const auto& t : dir.tasks) {
        if (t.responsible_positions != dir.responsible_positions)  // inherited ones are checked once
          check_responsible(r, t.responsible, t.responsible_positions, pieces);
        if (t.report && !t.report->via.empty()) r.body(t.report->via, t.report->via_position, i18n::tr("via body"));
        if (t.report && !t.report->to.empty()) r.body(t.report->to, t.report->to_position, i18n::tr("recipient body"));
        check_responsible(r, t.coordinating, t.coordinating_positions, pieces, i18n::tr("coordinating body"));
        if (t.due && !t.due->after.empty() && !model.events.empty() && !model.find_event(t.due->after))
          sink.warning(string(diag::kUnknownEvent), t.due->after_position,
                       i18n::trf("task {} waits for event '{}', which no loaded 'events' list names; the deadline "
                                 "stays without a date until it is (check the id)",
                                 t.id, t.due->after));
        for (std::size_t i = 0; i < t.references.size(); ++i) {
          const string& number = t.references[i];
          bool cited = std::any_of(d.references.begin(), d.references.end(),
                                   [&](const auto& ref) { return ref.number == number; });
          if (!cited && !find_document_read(model, number))
            sink.error(string(diag::kUnknownReference), t.reference_positions[i],
                       i18n::trf("task {} cites '{}', which is neither in the document's 'references' nor loaded; "
                                 "add it to 'references' with its date",
                                 t.id, number));
        }
      }
    }
    for (const auto& ind : d.indicators) {
      for (const auto& uv : ind.targets) r.unit(uv.unit, uv.key_position, i18n::tr("target unit"));
      for (const auto& uv : ind.weights) r.unit(uv.unit, uv.key_position, i18n::tr("weight unit"));
    }
  }
  for (const auto& s : model.submissions) {
    r.item(s.task, s.task_position, false);
    r.unit_body(s.body, s.body_position, i18n::tr("body"));
  }
  for (const auto& c : model.completions) {
    r.item(c.task, c.task_position, false);
    if (!c.body.empty()) r.unit_body(c.body, c.body_position, i18n::tr("body"));
  }
  for (const auto& res : model.results) {
    r.item(res.indicator, res.indicator_position, true);
    for (const auto& uv : res.values) r.unit(uv.unit, uv.key_position, i18n::tr("result unit"));
    for (const auto& uv : res.weights) r.unit(uv.unit, uv.key_position, i18n::tr("weight unit"));
  }
}

}  // namespace campaign::check
