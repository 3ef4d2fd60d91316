#include "campaign/import/notice.hpp"

#include "campaign/i18n/translate.hpp"
#include "campaign/import/appendix.hpp"
#include "campaign/import/bodies.hpp"
#include "campaign/import/items.hpp"
#include "campaign/import/phrases.hpp"
#include "campaign/import/sections.hpp"
#include "campaign/text/unicode.hpp"

namespace campaign::importer {
namespace {

using detail::Sections;
using std::string;
using std::string_view;

// Bytes of the first code point of `s`.
std::size_t first_char(string_view s) {
  if (s.empty()) return 0;
  const auto c = static_cast<unsigned char>(s[0]);
  const std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  return std::min(n, s.size());
}

// "THÔNG BÁO" -> "Thông báo".
string capitalized(string_view upper) {
  const std::size_t n = first_char(upper);
  return string(upper.substr(0, n)) + text::to_lower(upper.substr(n));
}

// A date line of a draft with the day or the month left blank: "ngày … tháng … năm 2020",
// "ngày    tháng 9 năm 2020", "ngày ... tháng ... năm ..." (`lower` starts at "ngày ").
bool blank_date_line(string_view lower) {
  const std::size_t month = lower.find("tháng");
  if (month == string_view::npos || lower.find("năm", month) == string_view::npos) return false;
  const std::size_t year = lower.find("năm", month);
  const string_view day = lower.substr(string_view("ngày").size(), month - string_view("ngày").size());
  const string_view month_text = lower.substr(month, year - month);
  return day.find_first_of("0123456789") == string_view::npos ||
         month_text.find_first_of("0123456789") == string_view::npos;
}

// Number and date from the header: "Số: 127-TB/BCĐ", "Kon Rẫy, ngày 11 tháng 7 năm 2024"; in a
// draft, a blank number ("Số: /KH-…") or date ("ngày … tháng … năm 2020") is noted as such.
void read_header(const std::vector<Block>& blocks, const Sections& s, const model::Model& registry, Draft& d) {
  std::optional<calendar::Date> date;
  for (std::size_t i = s.header.begin; i < s.header.end; ++i) {
    const string& t = blocks[i].text;
    if (const std::size_t p = t.find("Số"); p != string::npos && d.number.empty()) {
      std::size_t q = p + string_view("Số").size();
      while (q < t.size() && (t[q] == ':' || t[q] == ' ')) ++q;
      const std::size_t e = t.find_first_of(" ,;", q);
      const string number = t.substr(q, e == string::npos ? string::npos : e - q);
      if (!number.empty() && number[0] >= '0' && number[0] <= '9' && number.find_first_of("-/") != string::npos)
        d.number = number;
      else if (!number.empty() && (number[0] == '/' || number[0] == '-') && q > p + string_view("Số").size())
        d.number_blank = true;  // "Số: /KH-PGD&ĐT": a draft, numbered when signed
    }
    if (const std::size_t p = lower_same_offsets(t).find("ngày "); p != string::npos && !date) {
      date = find_date(string_view(t).substr(p));
      if (!date && blank_date_line(lower_same_offsets(t).substr(p))) d.date_blank = true;
    }
    if (d.issuer.empty() && !detail::numbered(t)) {
      d.issuer = resolve_prefix(registry, t);
      if (!d.issuer.empty()) d.issuer_text = t;
    }
  }
  if (date) d.date_blank = false;
  if (!d.number.empty()) d.number_blank = false;
  if ((!d.number.empty() || d.number_blank) && (date || d.date_blank)) {
    if (date) d.issued = *date;
    d.issued_from = "header";
  }
}

// "(kèm theo Thông báo số 127-TB/BCĐ, ngày 11/7/2024 của Ban Chỉ đạo Cuộc vận động huyện)".
void read_appendix_note(const std::vector<Block>& blocks, const Sections& s, const model::Model& registry, Draft& d) {
  for (std::size_t i = s.appendix.begin; i < s.appendix.end; ++i) {
    const string& t = blocks[i].text;
    const std::size_t p = lower_same_offsets(t).find("kèm theo");
    if (!blocks[i].cells.empty() || p == string::npos) continue;
    for (const auto& c : find_citations(string_view(t).substr(p))) {
      if (!c.issued) continue;
      if (d.issued_from.empty())
        d.number = c.number, d.issued = *c.issued, d.issued_from = "appendix";
      else if (d.number != c.number || d.issued != *c.issued)
        d.todos.push_back(i18n::trf("the appendix is \"kèm theo\" {} of {}, not this notice's number and date",
                                    c.number, calendar::format_vn(*c.issued)));
      if (d.issuer.empty() && !c.issuer_text.empty()) {
        d.issuer_text = c.issuer_text;
        d.issuer = resolve_prefix(registry, c.issuer_text);
      }
      return;
    }
  }
}

void read_title_and_meeting(const std::vector<Block>& blocks, const Sections& s, Draft& d) {
  if (s.title) {
    const string& line = blocks[*s.title].text;
    d.title = text::starts_lower(line) ? capitalized(s.kind_word) + " " + line : line;
  }
  for (std::size_t i = s.preamble.begin; i < s.preamble.end && !d.meeting; ++i) {
    const string lower = lower_same_offsets(blocks[i].text);
    if (lower.find("hội nghị") != string::npos || lower.find("họp") != string::npos)
      d.meeting = find_date(blocks[i].text);
  }
}

}  // namespace

ImportResult read_notice(const std::vector<Block>& blocks, const model::Model& registry) {
  const Sections s = detail::find_sections(blocks);
  if (s.kind_word.empty())
    return {std::nullopt,
            i18n::tr("it does not read as a notice: no heading line THÔNG BÁO, KẾ HOẠCH, CÔNG VĂN, CHỈ THỊ, QUYẾT "
                     "ĐỊNH or BÁO CÁO was found (give the text or DOCX of a signed notice)")};
  Draft d;
  d.kind = s.kind;
  d.kind_word = s.kind_word;
  read_header(blocks, s, registry, d);
  read_appendix_note(blocks, s, registry, d);
  if (d.issued_from.empty())
    return {std::nullopt,
            i18n::trf("the notice's number and date were not found: neither \"Số: …\" and \"…, ngày … tháng … năm "
                      "…\" in its header nor \"(kèm theo {} số …, ngày …)\" in an appendix; add them to the text and "
                      "import again",
                      capitalized(s.kind_word))};
  if (d.issuer.empty())
    return {std::nullopt,
            d.issuer_text.empty()
                ? string(i18n::tr("the issuer of the notice was not found (an issuing body in the header, or \"của "
                                  "…\" after the number in the appendix); add it to the text and import again"))
            : registry.bodies.empty()
                ? i18n::trf("the issuer \"{}\" names no body, since no registry was given; give the registry of "
                            "bodies and units with --registry FILE",
                            d.issuer_text)
                : i18n::trf("the issuer \"{}\" names no body of the registry; add it to the registry's bodies (or "
                            "its aliases) and give that registry with --registry",
                            d.issuer_text)};
  read_title_and_meeting(blocks, s, d);
  if (d.title.empty()) return {std::nullopt, i18n::tr("the notice has no title (trích yếu) under its heading")};
  detail::read_items(blocks, s, registry, d);
  if (d.directives.empty())
    return {std::nullopt, i18n::tr("no numbered item (\"1. …\") follows the heading and preamble: nothing to import")};

  detail::read_recipients_and_signer(blocks, s, registry, d);
  detail::read_references_and_footnotes(blocks, s, registry, d);
  std::optional<AmendingItem> amending;
  for (const auto& dir : d.directives)
    for (const auto& t : dir.tasks)
      if (!amending) amending = find_amendment(t.text);
  std::vector<Block> rows;
  string context;
  for (std::size_t i = s.appendix.begin; i < s.appendix.end; ++i)
    if (blocks[i].cells.empty())
      context += blocks[i].text + " ";
    else
      rows.push_back(blocks[i]);
  if (!rows.empty()) d.indicators = read_appendix(rows, context, amending, registry, d.todos);
  return {std::move(d), ""};
}

std::size_t todo_count(const Draft& draft) {
  std::size_t n = draft.todos.size();
  for (const auto& dir : draft.directives) {
    n += dir.todos.size();
    for (const auto& t : dir.tasks) n += t.todos.size();
  }
  for (const auto& ind : draft.indicators) n += ind.todos.size();
  return n;
}

std::size_t task_count(const Draft& draft) {
  std::size_t n = 0;
  for (const auto& dir : draft.directives) n += dir.tasks.size();
  return n;
}

std::size_t deadline_count(const Draft& draft) {
  std::size_t n = 0;
  for (const auto& dir : draft.directives)
    for (const auto& t : dir.tasks) n += t.due.empty() ? 0u : 1u;
  return n;
}

}  // namespace campaign::importer
