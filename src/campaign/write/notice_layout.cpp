// The worded parts of a rendered document (see notice_layout.hpp).

#include "campaign/write/notice_layout.hpp"

#include <fmt/format.h>

#include "campaign/i18n/translate.hpp"
#include "campaign/targets/effective.hpp"
#include "campaign/targets/table.hpp"
#include "campaign/text/case.hpp"
#include "campaign/text/unicode.hpp"
#include "campaign/write/appendix.hpp"
#include "campaign/write/targets_table.hpp"

namespace campaign::write {
namespace {

// The superscript marks of footnotes as notices type them: "⁽¹⁾" (U+207D, digits, U+207E).
constexpr std::string_view kOpen = "\u207D", kClose = "\u207E";
constexpr std::string_view kSuperDigits[] = {"\u2070", "\u00B9", "\u00B2", "\u00B3", "\u2074",
                                             "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};

// The number of superscript digits at `text[at]`, advancing `at`; nullopt when none.
std::optional<int> super_number(std::string_view text, std::size_t& at) {
  std::optional<int> n;
  for (bool found = true; found;) {
    found = false;
    for (int d = 0; d < 10; ++d)
      if (text.substr(at).starts_with(kSuperDigits[d])) {
        n = n.value_or(0) * 10 + d;
        at += kSuperDigits[d].size();
        found = true;
        break;
      }
  }
  return n;
}

// `text` with its "⁽n⁾" marks taken out and recorded, when footnote n exists.
MarkedText marked(std::string_view text, std::size_t footnotes) {
  MarkedText out;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t open = text.find(kOpen, i);
    if (open == std::string_view::npos) break;
    std::size_t at = open + kOpen.size();
    const std::optional<int> n = super_number(text, at);
    if (n && *n >= 1 && static_cast<std::size_t>(*n) <= footnotes && text.substr(at).starts_with(kClose)) {
      out.text += text.substr(i, open - i);
      out.notes.emplace_back(out.text.size(), *n);
      i = at + kClose.size();
    } else {
      out.text += text.substr(i, at - i);
      i = at;
    }
  }
  out.text += text.substr(i);
  return out;
}

std::string issuer_full_name(const model::Model& model, const model::Document& d) {
  const model::Body* body = model.find_body(d.issuer);
  if (!body) return d.issuer;
  return body->full_name.empty() ? body->name : body->full_name;
}

// The title without the kind word it starts with: "Thông báo kết luận …" → "kết luận …".
std::string summary_of(const std::string& title, model::DocumentKind kind) {
  const std::string word = text::to_lower(document_kind_name(kind, Language::vietnamese));
  const std::string start = text::to_lower(text::first_code_points(title, text::count_code_points(word)));
  if (start != word) return title;
  std::string rest = title.substr(text::first_code_points(title, text::count_code_points(word)).size());
  while (!rest.empty() && rest.front() == ' ') rest.erase(0, 1);
  return rest;
}

std::vector<std::string> recipient_lines(const model::Model& model, const model::Document& d) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < d.recipients.size(); ++i) {
    const model::Recipient& r = d.recipients[i];
    const model::Body* body = r.body.empty() ? nullptr : model.find_body(r.body);
    // A line written as the bare id prints the body's name; a name or a note stays as written.
    const std::string text = body && r.text == r.body ? body->name : r.text;
    out.push_back("- " + text + (i + 1 == d.recipients.size() ? "." : ","));
  }
  return out;
}

std::optional<Table> appendix_of(const model::Model& model, const model::Document& d) {
  if (d.indicators.empty()) return std::nullopt;
  std::vector<targets::Effective> chosen;
  for (const model::Indicator& i : d.indicators) chosen.push_back({{&d, &i}, std::nullopt, {}});
  const targets::TargetTable table = targets::build_target_table(model, chosen, targets::UnitOrder::registry, {});
  LayoutOptions options;
  if (!d.appendix_title.empty()) options.appendix_title = d.appendix_title;
  return appendix_table(model, table, options);
}

}  // namespace

model::Bloc bloc_of_number(std::string_view number) {
  const std::size_t slash = number.find('/');
  const std::size_t hyphen = number.find('-');
  return hyphen != std::string_view::npos && (slash == std::string_view::npos || hyphen < slash) ? model::Bloc::party
                                                                                                 : model::Bloc::state;
}

std::string official_date_line(const std::string& place, const std::optional<calendar::Date>& when) {
  if (!when) return fmt::format("{}, ngày … tháng … năm …", place.empty() ? "…" : place);
  return official_date_line(place, *when);
}

std::string official_date_line(const std::string& place, const calendar::Date& date) {
  return fmt::format("{}, ngày {:02} tháng {} năm {}", place.empty() ? "…" : place, date.day,
                     date.month <= 2 ? fmt::format("{:02}", date.month) : std::to_string(date.month), date.year);
}

std::vector<std::string> signer_lines(const std::string& title) {
  std::vector<std::string> out;
  std::string_view rest = title;
  constexpr std::string_view kConcurrently = " kiêm ";
  for (std::size_t at; (at = rest.find(kConcurrently)) != std::string_view::npos;
       rest.remove_prefix(at + kConcurrently.size())) {
    out.push_back(text::to_upper(rest.substr(0, at)));
    out.emplace_back("kiêm");
  }
  if (!rest.empty()) out.push_back(text::to_upper(rest));
  return out;
}

NoticeLayout notice_layout(const model::Model& model, const model::Document& d) {
  NoticeLayout out;
  out.issued = d.issued;
  out.title = d.title;
  out.bloc = d.bloc.value_or(d.numbered ? bloc_of_number(d.number) : model::Bloc::party);
  if (!d.bloc && !d.numbered)
    out.gaps.push_back(
        {"bloc", i18n::tr("laid out by the Party rules (Hướng dẫn 36-HD/VPTW): the document has no number to "
                          "tell which rules it follows")});
  else if (!d.bloc)
    out.gaps.push_back(
        {"bloc", out.bloc == model::Bloc::party
                     ? i18n::tr("laid out by the Party rules (Hướng dẫn 36-HD/VPTW), as its number is written "
                                "NUMBER-KIND/ISSUER")
                     : i18n::tr("laid out by the state rules (Nghị định 30/2020/NĐ-CP), as its number is "
                                "written NUMBER/KIND-ISSUER")});
  const bool party = out.bloc == model::Bloc::party;
  out.issuer = d.heading;
  if (d.heading.empty()) {
    out.issuer.push_back(text::to_upper(issuer_full_name(model, d)));
    out.gaps.push_back(
        {"heading", i18n::tr("the issuer block is the issuer's full name in capitals, without its superior body")});
  }
  out.national = party ? std::vector<std::string>{"ĐẢNG CỘNG SẢN VIỆT NAM"}
                       : std::vector<std::string>{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"};
  out.number = (party ? "Số " : "Số: ") + d.number;
  out.draft = d.draft;
  if (!d.numbered) {  // a draft: "Số:      /KH-…" left blank to be filled in when it is signed
    const std::string_view kind = model::kDocumentKindAbbreviations[static_cast<std::size_t>(d.kind)];
    out.number = party ? fmt::format("Số      -{}/…", kind) : fmt::format("Số:      /{}-…", kind);
    out.gaps.push_back({"number", i18n::trf("the number is left blank (\"{}\")", out.number)});
  }
  if (!d.issued) out.gaps.push_back({"issued", i18n::tr("the date line is left blank (\"ngày … tháng … năm …\")")});
  if (d.place.empty()) out.gaps.push_back({"place", i18n::tr("the date line begins with \"…\"")});
  out.date_line = official_date_line(d.place, d.issued);
  out.kind = text::to_upper(document_kind_name(d.kind, Language::vietnamese));
  out.summary = summary_of(d.title, d.kind);
  out.preamble = d.preamble;
  if (d.preamble.empty() && !d.directives.empty())
    out.gaps.push_back({"preamble", i18n::tr("the numbered items follow the title without an opening paragraph")});
  for (const model::Reference& r : d.references)
    if (!r.title.empty()) out.footnotes.push_back(r.title);
  for (const model::Directive& dir : d.directives) {
    NoticeItem item{.number = dir.number, .lead = dir.text, .tasks = {}, .bullets = dir.tasks.size() > 1};
    for (const model::Task& t : dir.tasks) item.tasks.push_back(marked(t.text, out.footnotes.size()));
    out.items.push_back(std::move(item));
  }
  out.recipients = recipient_lines(model, d);
  if (d.signer) {
    out.signer = signer_lines(d.signer->title);
    out.signer_name = d.signer->name;
  } else {
    out.gaps.push_back({"signer", i18n::tr("the signing block is left empty")});
  }
  out.appendix = appendix_of(model, d);
  return out;
}

}  // namespace campaign::write
