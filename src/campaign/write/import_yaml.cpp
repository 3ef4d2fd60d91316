#include "campaign/write/import_yaml.hpp"

#include <array>

#include "campaign/calendar/date.hpp"
#include "campaign/i18n/translate.hpp"
#include "campaign/text/unicode.hpp"

namespace campaign::write {
namespace {

using std::string;
using std::string_view;

constexpr std::size_t kWidth = 100;  // folded text lines are cut at a space before this column

// Characters escaped in double quotes (and never written plain): NEL, LS, PS (line breaks in
// YAML 1.1) and the byte-order mark.
constexpr std::array<std::pair<string_view, string_view>, 4> kEscapes{
    {{"\u0085", "\\u0085"}, {"\u2028", "\\u2028"}, {"\u2029", "\\u2029"}, {"\uFEFF", "\\uFEFF"}}};

bool needs_escape(string_view text) {
  for (const char c : text)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return true;
  for (const auto& [seq, esc] : kEscapes)
    if (text.find(seq) != string_view::npos) return true;
  return false;
}

bool reserved(string_view text) {
  const string lower = text::to_lower(text);
  for (const string_view w : {"y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"})
    if (lower == w) return true;
  return false;
}

// Folded (">-") lines of `text` at `indent`, or "" when the text cannot be folded exactly.
string folded(string_view text, std::size_t indent) {
  if (text.empty() || needs_escape(text) || text.front() == ' ' || text.back() == ' ' ||
      text.find('\t') != string_view::npos)
    return "";
  string out = ">-\n";
  const string pad(indent, ' ');
  while (!text.empty()) {
    std::size_t cut = text.size();
    if (text::wider_than(text, static_cast<int>(kWidth - indent))) {
      // The last single space (not next to another) before the width, else the first after it.
      const string_view head = text::first_code_points(text, static_cast<int>(kWidth - indent));
      cut = string_view::npos;
      for (std::size_t i = head.size(); i-- > 1;)
        if (text[i] == ' ' && text[i - 1] != ' ' && i + 1 < text.size() && text[i + 1] != ' ') {
          cut = i;
          break;
        }
      if (cut == string_view::npos) {
        for (std::size_t i = head.size(); i + 1 < text.size(); ++i)
          if (text[i] == ' ' && text[i - 1] != ' ' && text[i + 1] != ' ') {
            cut = i;
            break;
          }
      }
      if (cut == string_view::npos) cut = text.size();
    }
    out += pad + string(text.substr(0, cut)) + "\n";
    text.remove_prefix(cut == text.size() ? cut : cut + 1);
  }
  out.pop_back();
  return out;
}

// `key: value` at `indent`, the value folded when long; `comment` after it when not empty.
void field(std::ostream& out, std::size_t indent, string_view key, string_view value, string_view comment = "") {
  const string pad(indent, ' ');
  const string one = yaml_scalar(value);
  if (indent + key.size() + 2 + static_cast<std::size_t>(text::display_width(one)) > kWidth) {
    const string f = folded(value, indent + (key.starts_with("- ") ? 4 : 2));
    if (!f.empty()) {
      if (!comment.empty()) out << pad << "# " << text::escape_controls(comment) << '\n';
      out << pad << key << ": " << f << '\n';
      return;
    }
  }
  out << pad << key << ": " << one;
  if (!comment.empty()) out << "  # " << text::escape_controls(comment);
  out << '\n';
}

void comment(std::ostream& out, std::size_t indent, string_view text) {
  out << string(indent, ' ') << "# " << text::escape_controls(text) << '\n';
}

void todo(std::ostream& out, std::size_t indent, string_view text) {
  comment(out, indent, i18n::trf("TODO: {}", text));
}

string flow_list(const std::vector<string>& items) {
  string s = "[";
  for (const auto& i : items) s += (s.size() > 1 ? ", " : "") + yaml_scalar(i);
  return s + "]";
}

string body_name(const model::Model& registry, const string& id) {
  const auto at = registry.body_index(id.substr(0, id.find('@')));
  return at ? registry.bodies[*at].name : "";
}

void write_document(std::ostream& out, const importer::Draft& d, const model::Model& /*registry*/,
                    const ImportYamlOptions& o) {
  out << "document:\n";
  if (d.number_blank)
    out << "  number: ~  # " << i18n::tr("\"Số: …\" is blank in the text: a draft (dự thảo), numbered when signed")
        << '\n';
  else
    field(out, 2, "number", d.number);
  field(out, 2, "kind", model::to_string(d.kind), i18n::trf("heading \"{}\"", d.kind_word));
  if (d.issued_from == "appendix") comment(out, 2, i18n::tr("Number and date from the appendix's \"(kèm theo …)\"."));
  if (d.date_blank)
    out << "  issued: ~  # " << i18n::tr("\"ngày … tháng …\" is blank in the text: dated when signed") << '\n';
  else
    out << "  issued: " << calendar::format_iso(d.issued) << '\n';
  if (d.number_blank || d.date_blank) out << "  draft: true\n";
  field(out, 2, "issuer", d.issuer, d.issuer_text);
  field(out, 2, "title", d.title);
  if (d.meeting)
    out << "  meeting: " << calendar::format_iso(*d.meeting) << "  # " << i18n::tr("the date the preamble gives")
        << '\n';
  if (d.signer) {
    out << "  signer:\n";
    field(out, 4, "name", d.signer->name);
    field(out, 4, "title", d.signer->title);
  }
  if (!d.recipients.empty()) {
    comment(out, 2, i18n::tr("Nơi nhận, in the notice's order: body ids where the registry knows the line."));
    out << "  recipients:\n";
    for (const auto& r : d.recipients) {
      if (r.bodies.empty()) out << "    - " << yaml_scalar(r.text) << '\n';
      for (std::size_t i = 0; i < r.bodies.size(); ++i)
        out << "    - " << yaml_scalar(r.bodies[i]) << (i == 0 ? "  # " + text::escape_controls(r.text) : "") << '\n';
    }
  }
  if (!d.references.empty()) {
    out << "  references:\n";
    for (const auto& r : d.references) {
      const string of = r.issuer_text.empty() ? r.kind_word
                        : r.issuer.empty()    ? i18n::trf("{} of {}", r.kind_word, r.issuer_text)
                                              : i18n::trf("{} of {} ({})", r.kind_word, r.issuer_text, r.issuer);
      comment(out, 4, of);
      field(out, 4, "- number", r.number);
      out << "      issued: " << calendar::format_iso(r.issued) << '\n';
      if (!r.title.empty()) field(out, 6, "title", r.title, i18n::tr("its footnote"));
    }
  }
  if (!o.registry.empty()) field(out, 2, "registry", o.registry);
  for (const auto& f : d.footnotes) comment(out, 2, i18n::trf("Footnote: {}", f));
  for (const auto& t : d.todos) todo(out, 2, t);
}

void write_task(std::ostream& out, const importer::DraftTask& t, const model::Model& registry) {
  field(out, 6, "- text", t.text);
  if (!t.due.empty()) field(out, 8, "due", t.due);
  if (!t.every.empty()) {
    string report = "{every: " + yaml_scalar(t.every);
    if (!t.via.empty()) report += ", via: " + yaml_scalar(t.via);
    out << "        report: " << report << "}";
    if (!t.via.empty()) out << "  # qua " << text::escape_controls(body_name(registry, t.via));
    out << '\n';
  }
  if (!t.references.empty()) out << "        references: " << flow_list(t.references) << '\n';
  for (const auto& s : t.todos) todo(out, 8, s);
}

void write_directives(std::ostream& out, const importer::Draft& d, const model::Model& registry) {
  out << "\ndirectives:\n";
  for (const auto& dir : d.directives) {
    out << "  - number: " << dir.number << '\n';
    if (!dir.text.empty()) field(out, 4, "text", dir.text);
    if (!dir.responsible.empty()) out << "    responsible: " << flow_list(dir.responsible) << '\n';
    for (const auto& s : dir.todos) todo(out, 4, s);
    if (!dir.tasks.empty()) out << "    tasks:\n";
    for (const auto& t : dir.tasks) write_task(out, t, registry);
  }
}

void write_indicators(std::ostream& out, const importer::Draft& d) {
  if (d.indicators.empty()) return;
  out << "\nindicators:\n";
  for (const auto& ind : d.indicators) {
    out << "  - id: " << yaml_double_quoted(ind.id) << '\n';
    if (!ind.row_name.empty())
      comment(out, 4,
              i18n::trf("The appendix row reads \"{}\"; the name is the one the amending item gives.", ind.row_name));
    field(out, 4, "name", ind.name);
    field(out, 4, "unit", ind.unit);
    field(out, 4, "better", ind.better);
    out << "    year: " << ind.year << '\n';
    if (!ind.total.empty()) out << "    total: " << ind.total << '\n';
    if (!ind.total_rule.empty())
      field(out, 4, "total_rule", ind.total_rule,
            i18n::trf("the total is the {} of the targets as written", ind.total_rule));
    out << "    targets:\n";
    for (const auto& [unit, value] : ind.targets) out << "      " << yaml_scalar(unit) << ": " << value << '\n';
    if (ind.amends) {
      out << "    amends:\n";
      field(out, 6, "document", ind.amends->document);
      out << "      indicator: " << yaml_double_quoted(ind.amends->indicator) << '\n';
      if (!ind.amends->was.empty()) field(out, 6, "was", ind.amends->was);
    }
    for (const auto& s : ind.todos) todo(out, 4, s);
  }
}

}  // namespace

string yaml_double_quoted(string_view text) {
  string out = "\"";
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    bool done = false;
    for (const auto& [seq, esc] : kEscapes)
      if (text.substr(i).starts_with(seq)) {
        out += esc, i += seq.size() - 1, done = true;
        break;
      }
    if (done) continue;
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\', out += c;
    } else if (u < 0x20 || u == 0x7f) {
      constexpr char kHex[] = "0123456789abcdef";
      out += "\\x", out += kHex[u >> 4], out += kHex[u & 15];
    } else {
      out += c;
    }
  }
  return out + "\"";
}

string yaml_scalar(string_view text) {
  if (text.empty() || needs_escape(text) || reserved(text)) return yaml_double_quoted(text);
  const auto first = static_cast<unsigned char>(text.front());
  const bool letter = (first >= 'A' && first <= 'Z') || (first >= 'a' && first <= 'z') || first >= 0x80;
  const bool digit = first >= '0' && first <= '9';
  if (!letter && !digit) return yaml_double_quoted(text);
  // A digit-led plain scalar must not read as a number or a date: it needs a letter.
  if (digit && text.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") == string_view::npos)
    return yaml_double_quoted(text);
  if (text.back() == ' ' || text.back() == ':' || text.find(": ") != string_view::npos ||
      text.find(" #") != string_view::npos || text.find_first_of(",[]{}\"'`|>&*!%@\t") != string_view::npos)
    return yaml_double_quoted(text);
  return string(text);
}

void write_import_yaml(std::ostream& out, const importer::Draft& d, const model::Model& registry,
                       const ImportYamlOptions& o) {
  comment(out, 0, i18n::trf("Imported by `campaign import` from {}. Review every TODO, then run", o.source));
  comment(out, 0, i18n::tr("`campaign validate`. Format: docs/format.md; what was read and how: docs/import.md."));
  out << "format: campaign/1\n\n";
  write_document(out, d, registry, o);
  write_directives(out, d, registry);
  write_indicators(out, d);
}

}  // namespace campaign::write
