// Items of flow lists ([a, b, c]) that unquoted commas cut out of one text (W008; E013 in a list
// of body ids): `recipients: [BTV Huyện ủy (b/c), Các cơ quan, ban, ngành huyện, Lưu VT]` is
// read as five recipients. The loader records the lists (model::FlowList); this rule looks at
// them once every file, and so every body's names, is loaded.

#include <fmt/format.h>

#include <unordered_map>
#include <unordered_set>

#include "campaign/check/rules.hpp"
#include "campaign/diag/codes.hpp"
#include "campaign/i18n/translate.hpp"
#include "campaign/text/comma_runs.hpp"
#include "campaign/text/suggest.hpp"
#include "campaign/text/unicode.hpp"

namespace campaign::check {
namespace {

using std::string;

// A body's name, full name or alias, as the rule names it in messages.
struct KnownName {
  const model::Body* body;
  const char* what;  // "the name", "the full name", "an alias" (marked; translated where used)
};

// What the rule knows of the bodies: their ids, and their names in lower case NFC.
class Bodies {
 public:
  explicit Bodies(const model::Model& model) : model_(model) {
    for (const auto& b : model.bodies) {
      add(b.name, b, N_("the name"));
      add(b.full_name, b, N_("the full name"));
      for (const auto& alias : b.aliases) add(alias, b, N_("an alias"));
    }
  }

  [[nodiscard]] const KnownName* name(const string& lowered) const {
    auto it = names_.find(lowered);
    return it == names_.end() ? nullptr : &it->second;
  }

  // The knowledge text::comma_runs asks for: a body id (ID, or ID@UNIT) or text shaped like an
  // id is no piece of a name; names are looked up among the bodies'.
  [[nodiscard]] text::KnownNames known() const {
    return {[this](std::string_view t) {
              return model_.find_body(t.substr(0, t.find('@'))) != nullptr || text::shaped_like_id(t);
            },
            [this](const string& lowered) { return names_.contains(lowered); },
            [this](const string& lowered) { return capitalised_.contains(lowered); }};
  }

 private:
  void add(const string& name, const model::Body& body, const char* what) {
    if (name.empty()) return;
    string lowered = text::to_lower(name);
    if (!text::starts_lower(name)) capitalised_.insert(lowered);
    names_.emplace(std::move(lowered), KnownName{&body, what});
  }

  const model::Model& model_;
  std::unordered_map<string, KnownName> names_;
  std::unordered_set<string> capitalised_;  // names defined with a capital: "Các TCCS Đảng"
};

std::vector<text::ListItem> items_of(const model::FlowList& list) {
  std::vector<text::ListItem> items;
  for (const auto& item : list.items) items.push_back({item.text, item.plain});
  return items;
}

void report(const model::FlowList& list, const string& joined, std::size_t count, const KnownName* known,
            diag::Sink& sink, diag::Position at) {
  if (!list.ids) {
    sink.warning(string(diag::kCommaSplit), at,
                 known ? i18n::trf("the commas split \"{}\", {} of body '{}', into {} items; quote it: {}, or write "
                                   "the list as a block list (one '- ' item per line)",
                                   joined, i18n::tr(known->what), known->body->id, count, text::yaml_quoted(joined))
                       : i18n::trf("the commas split \"{}\" into {} items; if it is one name, quote it: {}, or write "
                                   "the list as a block list (one '- ' item per line)",
                                   joined, count, text::yaml_quoted(joined)));
    return;
  }
  sink.error(string(diag::kUnknownReference), at,
             known ? i18n::trf("the commas split \"{}\", {} of body '{}', into {} items, none of them a body id; '{}' "
                               "takes body ids: write {}",
                               joined, i18n::tr(known->what), known->body->id, count, list.key, known->body->id)
                   : i18n::trf("the commas split \"{}\" into {} items, none of them a body id; '{}' takes body ids: "
                               "write the id of the body it names (see 'bodies:')",
                               joined, count, list.key));
}

}  // namespace

void comma_splits(const model::Model& model, diag::Sink& sink) {
  if (model.flow_lists.empty()) return;
  const Bodies bodies(model);
  const text::KnownNames known = bodies.known();
  for (const auto& list : model.flow_lists) {
    const auto items = items_of(list);
    for (const text::CommaRun& run : text::comma_runs(items, known)) {
      const string joined = text::rejoined(items, run);
      report(list, joined, run.last - run.first + 1, run.known ? bodies.name(text::to_lower(joined)) : nullptr, sink,
             list.items[run.first].position);
    }
  }
}

std::set<diag::Position> comma_split_pieces(const model::Model& model) {
  std::set<diag::Position> out;
  if (model.flow_lists.empty()) return out;
  const Bodies bodies(model);
  const text::KnownNames known = bodies.known();
  for (const auto& list : model.flow_lists) {
    if (!list.ids) continue;
    for (const text::CommaRun& run : text::comma_runs(items_of(list), known))
      for (std::size_t k = run.first; k <= run.last; ++k) out.insert(list.items[k].position);
  }
  return out;
}

}  // namespace campaign::check
