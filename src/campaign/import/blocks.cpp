#include "campaign/import/blocks.hpp"

#include <cstdint>

#include "campaign/text/unicode.hpp"

namespace campaign::importer {
namespace {

bool is_space(std::string_view s, std::size_t i, std::size_t& width) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') return (width = 1), true;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return (width = 2), true;
  return false;
}

std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
  return std::string(s.substr(b, e - b));
}

// Markdown emphasis marks and heading marks removed.
std::string strip_markdown(std::string_view line) {
  std::string s = trim(line);
  std::size_t hashes = 0;
  while (hashes < s.size() && s[hashes] == '#') ++hashes;
  if (hashes > 0 && hashes <= 6 && (hashes == s.size() || s[hashes] == ' ')) s = trim(s.substr(hashes));
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    // A '*' that is not a bullet ("* " at the start) is emphasis.
    if (s[i] == '*' && !(i == 0 && s.size() > 1 && s[1] == ' ')) continue;
    out += s[i];
  }
  if (!out.empty() && out[0] == '*') out[0] = '-';
  return out;
}

bool starts_block(const std::string& line) {
  if (line.starts_with("- ") || line.starts_with("• ") || line.starts_with("+ ") || line.starts_with("– ")) return true;
  std::size_t i = 0;
  while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
  return i > 0 && i < 4 && i + 1 < line.size() && (line[i] == '.' || line[i] == ')') && line[i + 1] == ' ';
}

std::vector<std::string> split_cells(const std::string& line, char sep) {
  std::vector<std::string> cells;
  std::string_view s = line;
  if (sep == '|') {
    if (s.starts_with("|")) s.remove_prefix(1);
    if (s.ends_with("|")) s.remove_suffix(1);
  }
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == sep) {
      cells.push_back(clean_text(s.substr(start, i - start)));
      start = i + 1;
    }
  return cells;
}

bool separator_row(const std::vector<std::string>& cells) {
  for (const auto& c : cells)
    for (const char ch : c)
      if (ch != '-' && ch != ':' && ch != ' ') return false;
  return true;
}

}  // namespace

namespace {

// `text` without the invisible controls that validate refuses (E020, text::hidden_control_ranges):
// a control character (NEL U+0085 from an old Word text, a form feed) is a space, a bidi
// embedding, override or isolate is removed.
std::string without_hidden_controls(std::string_view text) {
  std::string out;
  std::size_t from = 0;
  while (const auto c = text::find_hidden_control(text.substr(from), "")) {
    out.append(text.substr(from, c->offset));
    if (c->code_point < 0x2000) out += ' ';
    from += c->offset + c->length;
  }
  if (from == 0) return std::string(text);
  out.append(text.substr(from));
  return out;
}

}  // namespace

std::string clean_text(std::string_view raw) {
  const std::string visible = without_hidden_controls(raw);
  const std::string_view text = visible;
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t width = 0;
    if (is_space(text, i, width)) {
      space = !out.empty();
      i += width;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += text[i++];
  }
  return text::to_nfc(out);
}

namespace {

// Whether the text separates its paragraphs by blank lines (Markdown, a hand-wrapped text) or
// writes one paragraph per line (the text Word or LibreOffice saves): a text of more than four
// lines with fewer blank lines than a fifth of its lines is taken as one paragraph per line.
bool one_paragraph_per_line(std::string_view text) {
  std::size_t blank = 0, filled = 0, start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string line = trim(text.substr(start, end - start));
    (line.empty() || line == "\r" ? blank : filled) += 1;
    start = end + 1;
  }
  return filled > 4 && blank * 5 < filled;
}

}  // namespace

std::vector<Block> text_blocks(std::string_view text) {
  std::vector<Block> blocks;
  const bool per_line = one_paragraph_per_line(text);
  std::string paragraph;
  const auto flush = [&] {
    if (!paragraph.empty()) blocks.push_back({clean_text(paragraph), {}});
    paragraph.clear();
  };
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view raw = text.substr(start, end - start);
    start = end + 1;
    std::size_t tabs = 0;
    for (const char c : raw) tabs += c == '\t' ? 1 : 0;
    const std::string line = strip_markdown(raw);
    if (line.starts_with("|") || tabs >= 2) {
      flush();
      auto cells = split_cells(line.starts_with("|") ? line : std::string(raw), line.starts_with("|") ? '|' : '\t');
      if (!separator_row(cells)) blocks.push_back({clean_text(line), std::move(cells)});
    } else if (line.empty()) {
      flush();
    } else {
      if (per_line || starts_block(line)) flush();
      paragraph += (paragraph.empty() ? "" : " ") + line;
    }
    if (end == text.size()) break;
  }
  flush();
  return blocks;
}

}  // namespace campaign::importer
