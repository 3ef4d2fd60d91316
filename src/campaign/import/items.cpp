#include "campaign/import/items.hpp"

#include <algorithm>
#include <set>

#include "campaign/i18n/translate.hpp"
#include "campaign/import/bodies.hpp"
#include "campaign/import/phrases.hpp"
#include "campaign/model/names.hpp"
#include "campaign/text/unicode.hpp"

namespace campaign::importer::detail {
namespace {

using std::string;
using std::string_view;

DraftTask make_task(const string& text, const model::Model& registry) {
  DraftTask t;
  t.text = text;
  std::vector<string> others, unread;
  t.due = find_deadline(text, &others, &unread);
  for (const auto& o : others)
    t.todos.push_back(i18n::trf("the text names another deadline, \"{}\"; due is the first one found", o));
  for (const auto& u : unread)
    t.todos.push_back(i18n::trf(
        "\"{}\" reads as a deadline but gives no date (a day that does not exist?); check it and add due by hand", u));
  t.every = find_frequency(text);
  const string via = find_via(text);
  if (!via.empty()) {
    const string id = resolve_one(registry, via);
    if (id.empty())
      t.todos.push_back(i18n::trf("\"(qua {})\" names no body of the registry; add report.via by hand", via));
    else if (t.every.empty())
      t.todos.push_back(
          i18n::trf("sent through {0} (qua), but no report frequency was found; if it is a recurring "
                    "report, add report: {{every: …, via: {0}}}",
                    id));
    else
      t.via = id;
  }
  return t;
}

// The lead text of an item names its addressees when it ends with ':' or names bodies only.
void read_lead(DraftDirective& dir, const string& lead, const model::Model& registry) {
  const bool colon = lead.ends_with(":");
  const Addressees a = resolve_addressees(registry, lead);
  if (!colon && (a.ids.empty() || !a.unresolved.empty())) {
    dir.tasks.push_back(make_task(lead, registry));
    return;
  }
  dir.text = lead;
  dir.responsible = a.ids;
  for (const auto& name : a.unresolved) {
    const string hint = model::suggest_body(registry, name);
    dir.todos.push_back(
        hint.empty()
            ? i18n::trf("\"{}\" names no body of the registry; add it to the registry or its id to responsible", name)
            : i18n::trf("\"{}\" names no body of the registry (did you mean {}?); add it to the registry or its id to "
                        "responsible",
                        name, hint));
  }
  if (a.ids.empty() && a.unresolved.empty()) dir.todos.push_back(i18n::tr("no addressee found in the lead text"));
}

string strip_end(string s, string_view chars) {
  while (!s.empty() && chars.find(s.back()) != string_view::npos) s.pop_back();
  return s;
}

// Acronyms kept in upper case when the signing block is written in sentence case: the words of
// the registry's names in capitals ("UBMTTQVN", "BCĐ") and the usual ones.
std::set<string> acronyms(const model::Model& registry) {
  std::set<string> words{"UBND", "HĐND", "MTTQ", "UBMTTQ", "UBMTTQVN", "BCĐ", "CVĐ", "TW"};
  const auto add = [&](const string& name) {
    std::size_t i = 0;
    while (i < name.size()) {
      std::size_t e = name.find(' ', i);
      if (e == string::npos) e = name.size();
      const string w = name.substr(i, e - i);
      if (text::count_code_points(w) >= 2 && all_upper(w)) words.insert(w);
      i = e + 1;
    }
  };
  for (const auto& b : registry.bodies) {
    add(b.name), add(b.full_name);
    for (const auto& a : b.aliases) add(a);
  }
  return words;
}

// "CHỦ TỊCH UBMTTQVN HUYỆN" -> "Chủ tịch UBMTTQVN huyện", "PHÓ TRƯỞNG BAN" -> "Phó Trưởng ban".
string sentence_case(const string& upper, const std::set<string>& keep) {
  string out, previous;
  std::size_t i = 0;
  while (i < upper.size()) {
    std::size_t e = upper.find(' ', i);
    if (e == string::npos) e = upper.size();
    const string w = upper.substr(i, e - i);
    const string lower = text::to_lower(w);
    const std::size_t first = text::first_code_points(w, 1).size();
    const bool capital = out.empty() || (previous == "phó" && (lower == "trưởng" || lower == "chủ"));
    out += (out.empty() ? "" : " ") + (keep.contains(w) ? w
                                       : capital        ? w.substr(0, first) + text::to_lower(w.substr(first))
                                                        : lower);
    previous = lower;
    i = e + 1;
  }
  return out;
}

bool name_like(const string& t) {
  if (t.empty() || t.starts_with("(") || all_upper(t) || std::count(t.begin(), t.end(), ' ') > 5) return false;
  std::size_t i = 0;
  while (i < t.size()) {
    std::size_t e = t.find(' ', i);
    if (e == string::npos) e = t.size();
    if (text::starts_lower(t.substr(i, e - i))) return false;
    i = e + 1;
  }
  return true;
}

}  // namespace

void read_items(const std::vector<Block>& blocks, const Sections& s, const model::Model& registry, Draft& d) {
  for (std::size_t i = s.items.begin; i < s.items.end; ++i) {
    const string& t = blocks[i].text;
    const auto item = numbered(t);
    if (item && item->first == static_cast<int>(d.directives.size()) + 1) {
      DraftDirective dir;
      dir.number = item->first;
      read_lead(dir, item->second, registry);
      d.directives.push_back(std::move(dir));
    } else if (!d.directives.empty()) {
      d.directives.back().tasks.push_back(make_task(bullet(t).value_or(t), registry));
    }
  }
}

void read_recipients_and_signer(const std::vector<Block>& blocks, const Sections& s, const model::Model& registry,
                                Draft& d) {
  for (std::size_t i = s.recipients.begin; i < s.recipients.end; ++i) {
    DraftRecipient r;
    r.text = strip_end(bullet(blocks[i].text).value_or(blocks[i].text), ",.; ");
    if (r.text.empty()) continue;
    if (r.text.find('(') == string::npos) {
      if (string id = resolve_one(registry, r.text); !id.empty()) {
        r.bodies.push_back(id);
      } else if (r.text.find(", ") != string::npos) {
        std::vector<string> ids;
        std::size_t from = 0;
        for (std::size_t p = 0; p <= r.text.size(); ++p) {
          if (p < r.text.size() && r.text.compare(p, 2, ", ") != 0) continue;
          ids.push_back(resolve_one(registry, r.text.substr(from, p - from)));
          from = p + 2;
        }
        if (std::none_of(ids.begin(), ids.end(), [](const string& one) { return one.empty(); })) r.bodies = ids;
      }
    }
    d.recipients.push_back(std::move(r));
  }
  std::optional<std::size_t> name;
  for (std::size_t i = s.signing.begin; i < s.signing.end; ++i)
    if (blocks[i].cells.empty() && name_like(blocks[i].text)) name = i;
  if (!name) {
    if (s.signing.begin < s.signing.end) d.todos.push_back(i18n::tr("no signer's name was found in the signing block"));
    return;
  }
  const auto keep = acronyms(registry);
  model::Signer signer;
  signer.name = blocks[*name].text;
  for (std::size_t i = s.signing.begin; i < *name; ++i) {
    const string& t = blocks[i].text;
    if (!blocks[i].cells.empty() || t.starts_with("(") || t.starts_with("TM.") || t.starts_with("KT.")) continue;
    signer.title += (signer.title.empty() ? "" : " ") + (all_upper(t) ? sentence_case(t, keep) : t);
  }
  if (signer.title.empty()) {
    d.todos.push_back(i18n::trf("the signer's title was not found above the name {}", signer.name));
    return;
  }
  d.signer = signer;
}

void read_references_and_footnotes(const std::vector<Block>& blocks, const Sections& s, const model::Model& registry,
                                   Draft& d) {
  std::vector<DraftTask*> tasks;
  for (auto& dir : d.directives)
    for (auto& t : dir.tasks) tasks.push_back(&t);
  for (DraftTask* t : tasks)
    for (const auto& c : find_citations(t->text)) {
      if (!c.issued || c.number == d.number) continue;
      if (std::any_of(d.references.begin(), d.references.end(), [&](const auto& r) { return r.number == c.number; }))
        continue;
      d.references.push_back(
          {c.number, *c.issued, c.kind_word, c.issuer_text, resolve_prefix(registry, c.issuer_text), ""});
    }
  for (DraftTask* t : tasks)
    for (const auto& c : find_citations(t->text)) {
      if (c.number == d.number ||
          std::find(t->references.begin(), t->references.end(), c.number) != t->references.end())
        continue;
      if (std::any_of(d.references.begin(), d.references.end(), [&](const auto& r) { return r.number == c.number; }))
        t->references.push_back(c.number);
      else
        t->todos.push_back(i18n::trf(
            "cites {} {} without a date; add it to document.references with its date and to this task's references",
            c.kind_word, c.number));
    }
  for (std::size_t i = s.footnotes.begin; i < s.footnotes.end; ++i) {
    const string marker = footnote_marker(blocks[i].text);
    string note = blocks[i].text.substr(marker.size());
    while (note.starts_with(" ")) note.erase(0, 1);
    bool taken = false;
    for (DraftTask* t : tasks) {
      const std::size_t at = t->text.find(marker);
      if (taken || at == string::npos) continue;
      const Citation* before = nullptr;
      const auto cited = find_citations(t->text);
      for (const auto& c : cited)
        if (c.end <= at) before = &c;
      for (auto& r : d.references)
        if (before != nullptr && r.number == before->number && r.title.empty()) r.title = note, taken = true;
    }
    if (!taken) d.footnotes.push_back(blocks[i].text);
  }
}

}  // namespace campaign::importer::detail
