// Records appended to a YAML file as text: see record_yaml.hpp.

#include "campaign/write/record_yaml.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "campaign/calendar/date.hpp"
#include "campaign/i18n/translate.hpp"

namespace campaign::write {
namespace {

// Words YAML 1.1 or 1.2 read as something other than a string when plain.
constexpr std::array<std::string_view, 22> kReserved{"true", "false", "yes", "no",   "on",   "off",  "y",    "n",
                                                     "null", "nan",   "inf", ".nan", ".inf", "-inf", "+inf", "~",
                                                     "tru",  "t",     "f",   "nul",  "ye",   "of"};

bool plain_safe(std::string_view text) {
  if (text.empty() || std::isalnum(static_cast<unsigned char>(text.front())) == 0) return false;
  for (char c : text)
    if (std::isalnum(static_cast<unsigned char>(c)) == 0 && std::string_view("._/@-").find(c) == std::string_view::npos)
      return false;
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) { return static_cast<char>(std::tolower(c)); });
  if (std::find(kReserved.begin(), kReserved.end(), lower) != kReserved.end()) return false;
  // Anything number-like (digits, signs, dots, e, x, o, b, '_') stays quoted: 2024, 1e3, 0x1f.
  return !std::all_of(lower.begin(), lower.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0 ||
           std::string_view(".-+_exob").find(c) != std::string_view::npos;
  });
}

struct Line {
  std::size_t begin = 0;    // offset of its first byte
  std::size_t content = 0;  // offset past its line end
  std::string_view text;    // without the line end
};

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    const std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
    if (end == std::string_view::npos) end = text.size();
    std::string_view body = text.substr(at, end - at);
    if (!body.empty() && body.back() == '\r') body.remove_suffix(1);
    lines.push_back({at, next, body});
    at = next;
  }
  return lines;
}

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

// A line at column 0 that ends the list: content other than a comment or an item.
bool ends_list(std::string_view line) {
  if (line.empty() || line.front() == ' ' || line.front() == '\t' || line.front() == '#') return false;
  if (line.starts_with("---") || line.starts_with("...")) return true;
  return !(line.front() == '-' && (line.size() == 1 || line[1] == ' '));
}

// The value after "key:" on the key line, without a comment and spaces.
std::string_view value_after_key(std::string_view line, std::size_t key_size) {
  std::string_view rest = line.substr(key_size + 1);
  const std::size_t comment = rest.find(" #");
  if (comment != std::string_view::npos) rest = rest.substr(0, comment);
  const std::size_t first = rest.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  rest = rest.substr(first);
  return rest.substr(0, rest.find_last_not_of(" \t") + 1);
}

std::string item_text(const YamlPairs& pairs, std::size_t indent, bool flow, std::string_view eol) {
  const std::string pad(indent, ' ');
  std::string out = pad + "- ";
  if (flow) {
    out += "{";
    for (std::size_t i = 0; i < pairs.size(); ++i)
      out += (i == 0 ? "" : ", ") + pairs[i].first + ": " + pairs[i].second;
    return out + "}" + std::string(eol);
  }
  for (std::size_t i = 0; i < pairs.size(); ++i)
    out += (i == 0 ? "" : pad + "  ") + pairs[i].first + ": " + pairs[i].second + std::string(eol);
  return out;
}

std::string refusal(std::string_view text) {
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF"))
    return i18n::tr("it is UTF-16 text; records are appended to UTF-8 files only (save it as UTF-8)");
  if (text.find('\0') != std::string_view::npos)
    return i18n::tr("it holds NUL bytes; records are appended to UTF-8 text only");
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))
      return i18n::tr("its lines end in CR alone (old Mac style); save it with LF or CRLF line ends");
  return {};
}

}  // namespace

std::string record_scalar(std::string_view text) {
  if (plain_safe(text)) return std::string(text);
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c == 0x7F) {
      constexpr std::string_view hex = "0123456789ABCDEF";
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 0xF];
    } else if (text.substr(i).starts_with("\u0085") || text.substr(i).starts_with("\u2028") ||
               text.substr(i).starts_with("\u2029")) {
      out += text.substr(i).starts_with("\u0085") ? "\\N" : text.substr(i).starts_with("\u2028") ? "\\L" : "\\P";
      i += text.substr(i).starts_with("\u0085") ? 1U : 2U;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

namespace {

// A task key and a document number are always quoted, as the examples write them
// ("127-TB/BCĐ#2.3", "45/BC-BCĐ"), whatever their characters.
std::string quoted_task(const std::string& task) {
  std::string scalar = record_scalar(task);
  return scalar.front() == '"' ? scalar : "\"" + scalar + "\"";
}

}  // namespace

YamlPairs record_pairs(const model::Submission& s) {
  YamlPairs pairs{{"task", quoted_task(s.task)}, {"body", record_scalar(s.body)}};
  if (!s.periodless) pairs.emplace_back("period", record_scalar(s.period.label()));  // once, on request: none
  pairs.emplace_back("received", calendar::format_iso(s.received));
  if (!s.number.empty()) pairs.emplace_back("number", quoted_task(s.number));
  if (!s.accepted) {
    pairs.emplace_back("accepted", "false");
    pairs.emplace_back("reason", record_scalar(s.reason));
  }
  return pairs;
}

YamlPairs record_pairs(const model::Completion& c) {
  YamlPairs pairs{{"task", quoted_task(c.task)}};
  if (!c.body.empty()) pairs.emplace_back("body", record_scalar(c.body));
  pairs.emplace_back("date", calendar::format_iso(c.date));
  return pairs;
}

Appended append_records(std::string_view text, std::string_view key, const std::vector<YamlPairs>& items) {
  Appended out;
  if (std::string why = refusal(text); !why.empty()) return {{}, std::move(why), 0, 0, 0};
  const std::string_view eol = text.find("\r\n") != std::string_view::npos ? "\r\n" : "\n";
  std::vector<Line> lines = split_lines(text);
  if (!lines.empty() && lines[0].text.starts_with("\xEF\xBB\xBF")) lines[0].text.remove_prefix(3);
  bool content = false;
  std::size_t key_line = lines.size();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = lines[i].text;
    if ((line.starts_with("---") || line.starts_with("...")) && content)
      return {{}, i18n::tr("it holds more than one YAML document ('---' or '...' after content)"), 0, 0, 0};
    if (!is_blank(line) && line.front() != '#') content = true;
    if (key_line == lines.size() && line.starts_with(key) && line.size() > key.size() && line[key.size()] == ':' &&
        (line.size() == key.size() + 1 || line[key.size() + 1] == ' ' || line[key.size() + 1] == '\t'))
      key_line = i;
  }
  std::string result(text);
  std::size_t insert_at = text.size();
  std::size_t indent = 2;
  bool flow = true;
  std::string prefix;  // what goes before the items
  if (key_line == lines.size()) {
    if (!text.empty() && text.back() != '\n') prefix += eol;
    if (!text.empty()) prefix += eol;
    prefix += std::string(key) + ":" + std::string(eol);
  } else {
    const std::string_view value = value_after_key(lines[key_line].text, key.size());
    std::size_t last = key_line;
    bool found_item = false;
    for (std::size_t i = key_line + 1; i < lines.size() && !ends_list(lines[i].text); ++i) {
      const std::string_view line = lines[i].text;
      if (is_blank(line) || line.front() == '#') continue;
      last = i;
      const std::size_t first = line.find_first_not_of(" \t");
      if (!found_item && line[first] == '-' && (first + 1 == line.size() || line[first + 1] == ' ')) {
        found_item = true;
        indent = first;
        const std::size_t after = line.find_first_not_of(' ', first + 1);
        flow = after != std::string_view::npos && line[after] == '{';
      }
    }
    if (!value.empty() && value != "[]")
      return {{}, i18n::trf("its '{}:' list is written in flow style ([…]); write one item per line", key), 0, 0, 0};
    std::size_t removed = 0;
    if (value == "[]") {  // "key: []" becomes "key:": the brackets and the blanks before them go
      const std::size_t brackets = text.find("[]", lines[key_line].begin + key.size());
      std::size_t from = brackets;
      while (from > 0 && (text[from - 1] == ' ' || text[from - 1] == '\t')) --from;
      removed = brackets + 2 - from;
      result.erase(from, removed);
    }
    insert_at = lines[last].content - removed;
    if (lines[last].content == text.size() && text.back() != '\n') prefix += eol;
  }
  std::string added = prefix;
  for (const YamlPairs& item : items) added += item_text(item, indent, flow, eol);
  result.insert(insert_at, added);
  out.text = std::move(result);
  out.offset = insert_at;
  out.size = added.size();
  // The line of the first item: lines before the insertion point, plus the prefix's.
  out.line = static_cast<int>(std::count(out.text.begin(), out.text.begin() + static_cast<long>(insert_at), '\n') +
                              std::count(prefix.begin(), prefix.end(), '\n')) +
             1;
  return out;
}

}  // namespace campaign::write
