// `campaign render --format html` (see notice_docx.hpp): one self-contained page that prints
// the notice on A4 portrait and its appendix on an A4 landscape page.

#include <fmt/format.h>

#include "campaign/write/notice_docx.hpp"

namespace campaign::write {
namespace {

// Times New Roman 14 pt, the Party/state margins; the appendix on a named landscape page.
constexpr std::string_view kStyle =
    "@page{size:A4 portrait;margin:20mm 15mm 20mm 30mm}\n"
    "@page appendix{size:A4 landscape;margin:20mm 15mm 20mm 20mm}\n"
    "body{font-family:\"Times New Roman\",serif;font-size:14pt;max-width:165mm;margin:2em auto}\n"
    "table.head,table.closing{width:100%;border-collapse:collapse}\n"
    "table.head td,table.closing td{vertical-align:top;text-align:center;padding:0}\n"
    "table.closing td.to{text-align:left;font-size:12pt}\n"
    ".bold{font-weight:bold}.italic{font-style:italic}.bloc{font-size:15pt;font-weight:bold}\n"
    "h1{font-size:16pt;text-align:center;margin:1.2em 0 0}\n.summary{text-align:center;font-weight:bold}\n"
    "p.body{text-align:justify;text-indent:10mm;margin:0 0 6pt;line-height:1.3}\n"
    ".underline{text-decoration:underline}.sign{height:4em}\n"
    "section.appendix{page:appendix;break-before:page;max-width:none}\n"
    "section.appendix table{border-collapse:collapse;width:100%;font-size:11pt}\n"
    "section.appendix th,section.appendix td{border:1px solid #000;padding:2px 4px}\n"
    "section.appendix td.num{text-align:right}\nthead{display:table-header-group}\n"
    ".notes{font-size:12pt}\n"
    "@media print{body{max-width:none;margin:0}}\n";

std::string marked(const MarkedText& text) {
  std::string out;
  std::size_t at = 0;
  for (const auto& [offset, n] : text.notes) {
    out += escape_html(text.text.substr(at, offset - at)) + fmt::format("<sup>({})</sup>", n);
    at = offset;
  }
  return out + escape_html(text.text.substr(at));
}

void line(std::ostream& out, const std::string& text, std::string_view cls = "") {
  out << "<div" << (cls.empty() ? "" : fmt::format(" class=\"{}\"", cls)) << ">" << escape_html(text) << "</div>\n";
}

void appendix(std::ostream& out, const Table& t) {
  out << "<section class=\"appendix\">\n";
  for (const std::string& h : t.heading) line(out, h, h.starts_with("(") ? "summary italic" : "summary");
  out << "<table>\n<thead>\n<tr>";
  const bool grouped = t.group.has_value();
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    if (grouped && c == t.group->first) {
      out << "<th colspan=\"" << t.group->count << "\">" << escape_html(t.group->heading) << "</th>";
      c += t.group->count - 1;
    } else {
      out << "<th" << (grouped ? " rowspan=\"2\"" : "") << ">" << escape_html(t.columns[c].heading) << "</th>";
    }
  }
  out << "</tr>\n";
  if (grouped) {
    out << "<tr>";
    for (std::size_t c = t.group->first; c < t.group->first + t.group->count; ++c)
      out << "<th>" << escape_html(t.columns[c].heading) << "</th>";
    out << "</tr>\n";
  }
  if (t.column_numbers) {
    out << "<tr>";
    for (std::size_t c = 0; c < t.columns.size(); ++c) out << "<th>" << c + 1 << "</th>";
    out << "</tr>\n";
  }
  out << "</thead>\n<tbody>\n";
  for (const auto& row : t.rows) {
    out << "<tr>";
    for (const Cell& cell : row)
      out << (cell.number ? "<td class=\"num\">" : "<td>") << escape_html(cell.text) << "</td>";
    out << "</tr>\n";
  }
  out << "</tbody>\n</table>\n</section>\n";
}

}  // namespace

void write_notice_html(std::ostream& out, const NoticeLayout& l) {
  out << "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>" << escape_html(l.title)
      << "</title>\n<style>\n"
      << kStyle << "</style>\n</head>\n<body>\n";
  if (l.draft) out << "<div class=\"bold\" style=\"text-align:right\">DỰ THẢO</div>\n";
  out << "<table class=\"head\"><tr><td style=\"width:47%\">\n";
  for (std::size_t i = 0; i < l.issuer.size(); ++i) line(out, l.issuer[i], i + 1 == l.issuer.size() ? "bold" : "");
  if (l.bloc == model::Bloc::party) line(out, "*");
  line(out, l.number);
  out << "</td><td>\n";
  for (const std::string& n : l.national) line(out, n, l.bloc == model::Bloc::party ? "bloc underline" : "bold");
  line(out, l.date_line, "italic");
  out << "</td></tr></table>\n<h1>" << escape_html(l.kind) << "</h1>\n";
  line(out, l.summary, "summary");
  out << "<p></p>\n";
  if (!l.preamble.empty()) out << "<p class=\"body\">" << escape_html(l.preamble) << "</p>\n";
  for (const NoticeItem& item : l.items) {
    std::size_t first = 0;
    if (!item.lead.empty()) {
      out << "<p class=\"body\">" << item.number << ". " << escape_html(item.lead) << "</p>\n";
    } else if (!item.tasks.empty()) {
      out << "<p class=\"body\">" << item.number << ". " << marked(item.tasks.front()) << "</p>\n";
      first = 1;
    }
    for (std::size_t t = first; t < item.tasks.size(); ++t)
      out << "<p class=\"body\">" << (item.bullets ? "- " : "") << marked(item.tasks[t]) << "</p>\n";
  }
  out << "<table class=\"closing\"><tr><td class=\"to\">\n";
  line(out, "Nơi nhận:", l.bloc == model::Bloc::party ? "underline" : "bold italic");
  for (const std::string& r : l.recipients) line(out, r);
  out << "</td><td>\n";
  for (const std::string& s : l.signer) line(out, s, s == "kiêm" || l.bloc == model::Bloc::party ? "" : "bold");
  out << "<div class=\"sign\"></div>\n";
  line(out, l.signer_name, "bold");
  out << "</td></tr></table>\n";
  if (!l.footnotes.empty()) {
    out << "<hr>\n<div class=\"notes\">\n";
    for (std::size_t n = 0; n < l.footnotes.size(); ++n)
      out << "<div><sup>(" << n + 1 << ")</sup> " << escape_html(l.footnotes[n]) << "</div>\n";
    out << "</div>\n";
  }
  if (l.appendix) appendix(out, *l.appendix);
  out << "</body>\n</html>\n";
}

}  // namespace campaign::write
