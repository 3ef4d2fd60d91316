#include "campaign/import/sections.hpp"

#include <array>

#include "campaign/import/phrases.hpp"
#include "campaign/text/unicode.hpp"

namespace campaign::importer::detail {
namespace {

using std::string;
using std::string_view;

struct KindWord {
  string_view lower;
  model::DocumentKind kind;
};
constexpr std::array<KindWord, 7> kKinds{{{"thông báo", model::DocumentKind::notice},
                                          {"kế hoạch", model::DocumentKind::plan},
                                          {"công văn", model::DocumentKind::letter},
                                          {"chỉ thị", model::DocumentKind::directive},
                                          {"quyết định", model::DocumentKind::decision},
                                          {"báo cáo", model::DocumentKind::report},
                                          {"thông báo kết luận", model::DocumentKind::notice}}};

bool starts_with_lower(const string& text, string_view prefix) {
  return lower_same_offsets(text.substr(0, prefix.size() + 8)).starts_with(prefix);
}

}  // namespace

bool all_upper(const string& text) {
  const string lower = text::to_lower(text);
  if (lower == text) return false;
  for (std::size_t i = 0; i < text.size() && i < lower.size(); ++i)
    if (text[i] >= 'a' && text[i] <= 'z') return false;
  // A lower-case non-ASCII letter stays itself in to_lower: compare word by word.
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t e = text.find(' ', i);
    if (e == string::npos) e = text.size();
    if (e > i && text::starts_lower(text.substr(i, e - i))) return false;
    i = e;
  }
  return true;
}

std::optional<std::pair<int, string>> numbered(const string& text) {
  std::size_t i = 0;
  while (i < text.size() && i < 3 && text[i] >= '0' && text[i] <= '9') ++i;
  if (i == 0 || i + 1 >= text.size() || (text[i] != '.' && text[i] != ')') || text[i + 1] != ' ') return std::nullopt;
  return std::pair<int, string>{std::stoi(text.substr(0, i)), text.substr(i + 2)};
}

std::optional<string> bullet(const string& text) {
  for (const string_view mark : {"- ", "– ", "• ", "+ "})
    if (text.starts_with(mark)) return text.substr(mark.size());
  return std::nullopt;
}

string footnote_marker(const string& text) {
  if (text.starts_with("⁽")) {
    const std::size_t e = text.find("⁾");
    if (e != string::npos && e < 24) return text.substr(0, e + string_view("⁾").size());
  }
  if (text.starts_with("[") && text.size() > 2) {
    const std::size_t e = text.find(']');
    if (e != string::npos && e < 4) return text.substr(0, e + 1);
  }
  return "";
}

Sections find_sections(const std::vector<Block>& blocks) {
  Sections s;
  const std::size_t n = blocks.size();
  std::size_t i = 0;
  for (; i < n && !s.heading; ++i) {
    if (!blocks[i].cells.empty() || !all_upper(blocks[i].text)) continue;
    const string lower = lower_same_offsets(blocks[i].text);
    for (const auto& k : kKinds)
      if (lower == k.lower) s.heading = i, s.kind = k.kind, s.kind_word = blocks[i].text;
  }
  if (!s.heading) return s;
  s.header = {0, *s.heading};
  if (i < n && blocks[i].cells.empty() && !numbered(blocks[i].text)) s.title = i++;
  s.preamble.begin = i;
  while (i < n && !(blocks[i].cells.empty() && numbered(blocks[i].text) && numbered(blocks[i].text)->first == 1)) ++i;
  s.preamble.end = i;
  s.items.begin = i;
  // The items end at "Nơi nhận", at an upper-case line (the signing block), a footnote or PHỤ LỤC.
  const auto appendix = [&](std::size_t k) { return blocks[k].cells.empty() && blocks[k].text.starts_with("PHỤ LỤC"); };
  while (i < n && blocks[i].cells.empty() && !starts_with_lower(blocks[i].text, "nơi nhận") &&
         !footnote_marker(blocks[i].text).size() && !appendix(i) && !all_upper(blocks[i].text))
    ++i;
  s.items.end = i;
  if (i < n && starts_with_lower(blocks[i].text, "nơi nhận")) {
    s.recipients.begin = ++i;
    while (i < n && blocks[i].cells.empty() && bullet(blocks[i].text)) ++i;
    s.recipients.end = i;
  } else {
    s.recipients = {i, i};
  }
  s.signing.begin = i;
  while (i < n && blocks[i].cells.empty() && footnote_marker(blocks[i].text).empty() && !appendix(i)) ++i;
  s.signing.end = i;
  s.footnotes.begin = i;
  while (i < n && blocks[i].cells.empty() && !footnote_marker(blocks[i].text).empty()) ++i;
  s.footnotes.end = i;
  while (i < n && !appendix(i)) ++i;
  s.appendix = {i, n};
  return s;
}

}  // namespace campaign::importer::detail
