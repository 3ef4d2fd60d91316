// Bodies written by name resolved to their ids (see resolve.hpp).

#include "campaign/load/resolve.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "campaign/diag/codes.hpp"
#include "campaign/i18n/translate.hpp"
#include "campaign/model/names.hpp"
#include "campaign/text/suggest.hpp"

namespace campaign::load {
namespace {

using std::string;

std::string_view how_named(model::NameMatch how) {
  switch (how) {
    case model::NameMatch::id:
      return i18n::tr("id");
    case model::NameMatch::name:
      return i18n::tr("name");
    case model::NameMatch::full_name:
      return i18n::tr("full name");
    case model::NameMatch::alias:
      return i18n::tr("alias");
  }
  return i18n::tr("name");
}

// "'UBND huyện' is the name of body 'ubnd-huyen'", "'BCĐ xã Tân Lập' is body 'bcd-xa@tan-lap'".
string resolved_message(const model::Model& model, const string& written, const model::BodyMatch& m) {
  const string id = model::match_id(model, m);
  if (m.unit)
    return i18n::trf("'{}' is read as '{}', the {} of '{}' for {}", written, id, how_named(m.how),
                     model.bodies[m.body].id, model.units[*m.unit].name);
  return i18n::trf("'{}' is read as '{}', the {} of that body", written, id, how_named(m.how));
}

string ambiguous_message(const model::Model& model, const string& written, const model::BodyResolution& r) {
  std::vector<string> ids;
  for (const auto& m : r.matches) ids.push_back(model::match_id(model, m));
  return i18n::trf("'{}' names more than one body ({}); write the id of the one meant", written, fmt::join(ids, ", "));
}

void resolve_responsible(const model::Model& model, std::vector<string>& ids,
                         const std::vector<diag::Position>& positions, diag::Sink& sink) {
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (model.body_index(ids[i])) continue;  // an id: the common case, no note
    const model::BodyResolution r = model::resolve_body(model, ids[i]);
    if (r.matches.size() > 1) {
      sink.error(string(diag::kUnknownReference), positions[i], ambiguous_message(model, ids[i], r));
    } else if (r.unique() && r.matches.front().how != model::NameMatch::id) {
      sink.note(string(diag::kNameResolved), positions[i], resolved_message(model, ids[i], r.matches.front()));
      ids[i] = model::match_id(model, r.matches.front());
    }
  }
}

// "BTV Huyện ủy (b/c)" -> "BTV Huyện ủy": the note in parentheses says why it is sent.
std::string_view without_note(std::string_view text) {
  if (!text.ends_with(')')) return text;
  const std::size_t open = text.rfind('(');
  if (open == std::string_view::npos || open == 0) return text;
  std::string_view head = text.substr(0, open);
  while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
  return head;
}

// Written like an id: lower-case ASCII letters, digits, '-', '@', '_' and at least one '-'.
bool looks_like_id(std::string_view text) {
  return text.find('-') != std::string_view::npos && std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '@' || c == '_';
         });
}

void resolve_recipient(const model::Model& model, model::Recipient& recipient, diag::Sink& sink,
                       const std::vector<string>& ids) {
  const string written(without_note(recipient.text));
  const model::BodyResolution r = model::resolve_body(model, written);
  if (r.unique()) {
    recipient.body = model::match_id(model, r.matches.front());
    if (r.matches.front().how != model::NameMatch::id)
      sink.note(string(diag::kNameResolved), recipient.position, resolved_message(model, written, r.matches.front()));
    return;
  }
  if (r.matches.empty() && looks_like_id(written)) {
    const string hint = text::suggest(written, ids);
    if (!hint.empty())
      sink.warning(string(diag::kRecipientNearId), recipient.position,
                   i18n::trf("recipient '{}' is not a body id; did you mean '{}'? Write the id, or the recipient's "
                             "name as text (e.g. '{}')",
                             written, hint, model.find_body(hint)->name));
  }
}

}  // namespace

void resolve_names(model::Model& model, diag::Sink& sink) {
  if (model.bodies.empty()) return;
  std::vector<string> ids;
  for (const auto& b : model.bodies) ids.push_back(b.id);
  auto each_document = [&](auto&& f) {
    for (auto& d : model.documents) f(d);
    for (auto& d : model.incomplete_documents) f(d);
  };
  each_document([&](model::Document& d) {
    for (auto& dir : d.directives) {
      resolve_responsible(model, dir.responsible, dir.responsible_positions, sink);
      for (auto& t : dir.tasks) {
        resolve_responsible(model, t.responsible, t.responsible_positions, sink);
        resolve_responsible(model, t.coordinating, t.coordinating_positions, sink);
      }
    }
    for (auto& recipient : d.recipients) resolve_recipient(model, recipient, sink, ids);
  });
}

void place_school_periods(model::Model& model) {
  const int start = model.school_year_start.value_or(calendar::kSchoolYearStart);
  for (auto* documents : {&model.documents, &model.incomplete_documents})
    for (model::Document& document : *documents)
      for (model::Directive& directive : document.directives)
        for (model::Task& task : directive.tasks)
          if (task.report) task.report->school_year_start = start;
  for (model::Submission& s : model.submissions) s.period.start = start;
  for (model::Result& r : model.results) r.period.start = start;
}

}  // namespace campaign::load
