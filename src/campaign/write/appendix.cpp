#include "campaign/write/appendix.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "campaign/write/targets_table.hpp"

namespace campaign::write {
namespace {

// The documents of the table's rows, in row order, each once.
std::vector<const model::Document*> documents_of(const targets::TargetTable& table) {
  std::vector<const model::Document*> docs;
  for (const auto& row : table.rows) {
    const model::Document* d = row.effective.current.document;
    if (d && std::find(docs.begin(), docs.end(), d) == docs.end()) docs.push_back(d);
  }
  return docs;
}

std::string issuer_name(const model::Model& model, const model::Document& d) {
  const model::Body* body = model.find_body(d.issuer);
  if (!body) return "";
  return body->full_name.empty() ? body->name : body->full_name;
}

}  // namespace

std::string_view document_kind_name(model::DocumentKind kind, Language lang) {
  const bool vi = lang == Language::vietnamese;
  switch (kind) {
    case model::DocumentKind::notice:
      return vi ? "Thông báo" : "notice";
    case model::DocumentKind::plan:
      return vi ? "Kế hoạch" : "plan";
    case model::DocumentKind::letter:
      return vi ? "Công văn" : "letter";
    case model::DocumentKind::directive:
      return vi ? "Chỉ thị" : "directive";
    case model::DocumentKind::decision:
      return vi ? "Quyết định" : "decision";
    case model::DocumentKind::report:
      return vi ? "Báo cáo" : "report";
  }
  return vi ? "Văn bản" : "document";
}

std::string format_official(const calendar::Date& date) {
  return fmt::format("{:02}/{}/{}", date.day,
                     date.month <= 2 ? fmt::format("{:02}", date.month) : std::to_string(date.month), date.year);
}

std::string attached_line(const model::Model& model, const std::vector<const model::Document*>& documents,
                          Language lang) {
  const bool vi = lang == Language::vietnamese;
  std::string parts;
  for (const model::Document* d : documents) {
    const std::string issuer = issuer_name(model, *d);
    // A document without number or date says so ("chưa có số", "chưa rõ ngày"): nothing is invented.
    const std::string number =
        d->numbered ? d->number : (vi ? "(chưa có số, tệp " : "(no number, file ") + d->number + ")";
    std::string part;
    if (vi)
      part = fmt::format("{} số {}, {}", document_kind_name(d->kind, lang), number,
                         d->issued ? "ngày " + format_official(*d->issued) : std::string("chưa rõ ngày ban hành"));
    else
      part = fmt::format("{} {} of {}", document_kind_name(d->kind, lang), number,
                         d->issued ? calendar::format_vn(*d->issued) : std::string("unknown date"));
    if (!issuer.empty()) part += (vi ? " của " : " of ") + issuer;
    parts += (parts.empty() ? "" : vi ? " và " : " and ") + part;
  }
  if (parts.empty()) return "";
  return fmt::format("({} {})", vi ? "kèm theo" : "attached to", parts);
}

std::string appendix_title(const model::Model& model, const targets::TargetTable& table, Language lang) {
  const bool vi = lang == Language::vietnamese;
  std::string names;
  std::set<int> years;
  for (const auto& row : table.rows) {
    const model::Indicator& ind = *row.effective.current.indicator;
    names += (names.empty() ? "" : "; ") + display_name(ind);
    years.insert(ind.year);
  }
  std::string title = vi ? "Chỉ tiêu " + names : "Targets: " + names;
  if (years.size() == 1 && *years.begin() > 0) title += (vi ? " năm " : " for ") + std::to_string(*years.begin());
  if (model.area && !model.area->name.empty()) title += (vi ? " trên địa bàn " : ", ") + model.area->name;
  return title;
}

void set_appendix_layout(Table& out, const model::Model& model, const targets::TargetTable& table, Language lang,
                         const std::optional<std::string>& title) {
  const auto documents = documents_of(table);
  out.heading = {lang == Language::vietnamese ? "PHỤ LỤC" : "APPENDIX",
                 title ? *title : appendix_title(model, table, lang)};
  if (std::string attached = attached_line(model, documents, lang); !attached.empty()) out.heading.push_back(attached);
  out.column_numbers = true;
  out.footer.clear();
  for (const model::Document* d : documents) out.footer += (out.footer.empty() ? "" : ", ") + d->number;
}

}  // namespace campaign::write
