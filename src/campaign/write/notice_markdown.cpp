// `campaign render --format md` (see notice_docx.hpp).

#include <fmt/format.h>

#include "campaign/write/notice_docx.hpp"

namespace campaign::write {
namespace {

// `text` with the characters Markdown or HTML would read as markup backslash-escaped.
std::string escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (std::string_view("\\`*_[]<>|#~&!").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

// A paragraph's text with its footnote marks written back as "⁽n⁾".
std::string with_marks(const MarkedText& text) {
  constexpr std::string_view kDigits[] = {"\u2070", "\u00B9", "\u00B2", "\u00B3", "\u2074",
                                          "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
  std::string out;
  std::size_t at = 0;
  for (const auto& [offset, n] : text.notes) {
    out += escape(text.text.substr(at, offset - at)) + "\u207D";
    for (char d : std::to_string(n)) out += kDigits[d - '0'];
    out += "\u207E";
    at = offset;
  }
  return out + escape(text.text.substr(at));
}

}  // namespace

void write_notice_markdown(std::ostream& out, const NoticeLayout& l) {
  if (l.draft) out << "**DỰ THẢO**\n\n";
  for (const std::string& s : l.issuer) out << escape(s) << "  \n";
  out << escape(l.number) << "\n\n";
  for (const std::string& s : l.national) out << "**" << escape(s) << "**  \n";
  out << "*" << escape(l.date_line) << "*\n\n";
  out << "## " << escape(l.kind) << "\n\n**" << escape(l.summary) << "**\n\n";
  if (!l.preamble.empty()) out << escape(l.preamble) << "\n\n";
  for (const NoticeItem& item : l.items) {
    std::size_t first = 0;
    if (!item.lead.empty()) {
      out << item.number << "\\. " << escape(item.lead) << "\n\n";
    } else if (!item.tasks.empty()) {
      out << item.number << "\\. " << with_marks(item.tasks.front()) << "\n\n";
      first = 1;
    }
    for (std::size_t t = first; t < item.tasks.size(); ++t)
      out << (item.bullets ? "- " : "") << with_marks(item.tasks[t]) << "\n\n";
  }
  out << "Nơi nhận:\n\n";
  for (const std::string& r : l.recipients) out << "- " << escape(r.substr(2)) << "\n";
  out << "\n";
  for (const std::string& s : l.signer) out << "**" << escape(s) << "**  \n";
  out << "\n**" << escape(l.signer_name) << "**\n";
  for (std::size_t n = 0; n < l.footnotes.size(); ++n)
    out << "\n" << with_marks(MarkedText{"", {{0, static_cast<int>(n + 1)}}}) << " " << escape(l.footnotes[n]) << "\n";
  if (!l.appendix) return;
  out << "\n---\n\n";
  for (const std::string& h : l.appendix->heading) out << escape(h) << "  \n";
  out << "\n";
  Table table = *l.appendix;
  table.heading.clear();
  write_markdown(out, table);
}

}  // namespace campaign::write
