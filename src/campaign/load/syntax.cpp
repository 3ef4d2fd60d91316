#include "campaign/load/syntax.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <vector>

#include "campaign/i18n/translate.hpp"

namespace campaign::load {
namespace {

// The braces are arguments so that the catalog's placeholder check does not take '{' … '}' for one.
std::string not_closed_mapping() {
  return i18n::trf("a mapping opened with '{}' is not closed with '{}'", "{", "}");
}

bool starts_scalar(std::string_view text, std::size_t i, std::size_t line_start) {
  if (i == line_start) return true;
  char before = text[i - 1];
  if (std::string_view(" [{,:").find(before) == std::string_view::npos) return false;
  if (before != ' ') return true;
  // "key: 'x'", "- 'x'" or an indented "'x'": a quote after a space starts a scalar only there.
  std::string_view head = text.substr(line_start, i - line_start);
  std::size_t last = head.find_last_not_of(' ');
  return last == std::string_view::npos || std::string_view(":-,[{").find(head[last]) != std::string_view::npos;
}

// One pass over the text, quotes (with their escapes) and comments understood.
struct Scan {
  struct Quote {
    std::size_t open = 0;   // offset of the opening quote
    std::size_t close = 0;  // offset of the closing quote, or npos
  };
  std::vector<Quote> multiline;           // quoted strings that span lines
  std::optional<std::size_t> open_quote;  // still open at the end of the scanned part
  std::vector<std::size_t> brackets;      // '[' and '{' open at the end of the scanned part

  Scan(std::string_view text, std::size_t upto) {
    char quote = 0;
    std::size_t quote_open = 0;
    std::size_t line_start = 0;
    bool quote_spans = false;
    for (std::size_t i = 0; i < upto && i < text.size(); ++i) {
      char c = text[i];
      if (c == '\n') {
        line_start = i + 1;
        if (quote) quote_spans = true;
        continue;
      }
      if (quote == '"') {
        if (c == '\\') {
          ++i;
        } else if (c == '"') {
          if (quote_spans) multiline.push_back({quote_open, i});
          quote = 0;
        }
        continue;
      }
      if (quote == '\'') {
        if (c == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
          ++i;
        } else if (c == '\'') {
          if (quote_spans) multiline.push_back({quote_open, i});
          quote = 0;
        }
        continue;
      }
      if (c == '#' && (i == line_start || text[i - 1] == ' ' || text[i - 1] == '\t')) {
        while (i + 1 < text.size() && text[i + 1] != '\n') ++i;
      } else if ((c == '"' || c == '\'') && starts_scalar(text, i, line_start)) {
        quote = c;
        quote_open = i;
        quote_spans = false;
      } else if (c == '[' || c == '{') {
        brackets.push_back(i);
      } else if ((c == ']' || c == '}') && !brackets.empty()) {
        brackets.pop_back();
      }
    }
    if (quote) {
      open_quote = quote_open;
      if (quote_spans) multiline.push_back({quote_open, std::string_view::npos});
    }
  }
};

std::size_t line_start_of(std::string_view text, std::size_t offset) {
  std::size_t nl = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  return nl == std::string_view::npos ? 0 : nl + 1;
}

int line_number(std::string_view text, std::size_t offset) {
  return 1 + static_cast<int>(
                 std::count(text.begin(), text.begin() + static_cast<long>(std::min(offset, text.size())), '\n'));
}

// Line-by-line typos: tabs, '-' and 'key:' without a space.
std::optional<SyntaxFinding> line_typo(std::string_view line, std::size_t at) {
  std::size_t indent = line.find_first_not_of(' ');
  if (indent == std::string_view::npos) return std::nullopt;
  if (line[indent] == '\t')
    return SyntaxFinding{at + indent,
                         i18n::tr("a tab is used for indentation; YAML indents with spaces only (replace the tab with "
                                  "spaces)")};
  if (line[indent] == '#') return std::nullopt;
  std::size_t body = indent;
  if (line[body] == '-' && line.substr(body, 3) != "---") {
    if (body + 1 < line.size() && line[body + 1] == '\t')
      return SyntaxFinding{at + body + 1,
                           i18n::tr("a tab after '-'; YAML separates with spaces only (replace the tab with a space)")};
    if (body + 1 < line.size() && std::string_view("{[\"'").find(line[body + 1]) != std::string_view::npos)
      return SyntaxFinding{at + body, i18n::trf("a list item needs a space after '-': write '- {}'", line[body + 1])};
    if (body + 1 < line.size() && line[body + 1] == ' ') body = line.find_first_not_of(' ', body + 1);
    if (body == std::string_view::npos) return std::nullopt;
  }
  // key:value: a plain key of letters, digits, '_' or '-', then ':' and no space ("kind:notice").
  std::size_t k = body;
  auto is_key_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  };
  if (k < line.size() && ((line[k] >= 'a' && line[k] <= 'z') || (line[k] >= 'A' && line[k] <= 'Z'))) {
    while (k < line.size() && is_key_char(line[k])) ++k;
    if (k + 1 < line.size() && line[k] == ':' && line[k + 1] != ' ' && line[k + 1] != '/' && line[k + 1] != ':') {
      std::size_t value_end = line.find_first_of(" #", k + 1);
      std::string_view value =
          line.substr(k + 1, value_end == std::string_view::npos ? std::string_view::npos : value_end - k - 1);
      return SyntaxFinding{at + k, i18n::trf("a ':' between a key and its value needs a space after it: write '{}: {}'",
                                             line.substr(body, k - body), value)};
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<SyntaxFinding> find_typo(std::string_view text, std::size_t error_offset,
                                       std::string_view parser_message) {
  error_offset = std::min(error_offset, text.size());
  const std::size_t error_line_start = line_start_of(text, error_offset);
  const bool bad_escape =
      parser_message.starts_with("unknown escape character") || parser_message.starts_with(kInvalidUnicode);
  if (bad_escape && error_offset > 0) {  // yaml-cpp points past the escape, maybe at the next one
    std::size_t backslash = text.rfind('\\', error_offset - 1);
    if (backslash != std::string_view::npos && backslash >= error_line_start) {
      std::string_view escape = text.substr(backslash, std::min<std::size_t>(error_offset, text.size()) - backslash);
      return SyntaxFinding{backslash, explain_yaml_error(std::string(parser_message), {}, escape)};
    }
  }
  if (parser_message == "illegal map value" && error_line_start > 0) {
    // "kind: notice" dedented between two indented lines: the parser blames the line after it.
    auto indent_of = [&](std::size_t start) { return text.find_first_not_of(' ', start) - start; };
    const std::size_t previous = line_start_of(text, error_line_start - 1);
    if (previous > 0) {
      const std::size_t before = line_start_of(text, previous - 1);
      if (indent_of(previous) < indent_of(error_line_start) && indent_of(previous) < indent_of(before))
        return SyntaxFinding{previous + indent_of(previous),
                             i18n::tr("this line is not indented like the lines above it")};
    }
  }
  std::size_t error_line_end = text.find('\n', error_offset);
  if (error_line_end == std::string_view::npos) error_line_end = text.size();
  std::vector<SyntaxFinding> found;

  for (std::size_t start = 0; start <= error_line_start && start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (auto f = line_typo(text.substr(start, end - start), start)) {
      found.push_back(*f);
      break;  // the first line typo is the earliest of its kind
    }
    start = end + 1;
  }

  const Scan scan(text, error_line_end);
  const int error_line = line_number(text, error_offset);
  for (const auto& q : scan.multiline) {
    if (q.close == std::string_view::npos) {
      found.push_back({q.open, i18n::tr("a quoted string is not closed")});
      break;
    }
    const int close_line = line_number(text, q.close);
    if (close_line >= error_line - 1) {  // the string swallowed lines up to where the parser choked
      found.push_back(
          {q.open, i18n::trf("a quoted string is not closed on its line; it runs on to line {}", close_line)});
      break;
    }
  }
  if (scan.open_quote) found.push_back({*scan.open_quote, i18n::tr("a quoted string is not closed")});

  // A bracket still open where the parser stopped, if opened on an earlier line (inside one
  // line the error is more likely within the brackets) or if the parser says it is not closed.
  // on the last line that holds anything: the file ends inside the brackets
  const bool at_end = text.find_first_not_of(" \n", error_line_end) == std::string_view::npos;
  if (!scan.brackets.empty() &&
      (line_number(text, scan.brackets.back()) < error_line || parser_message.ends_with("flow not found") || at_end)) {
    std::size_t open = scan.brackets.back();
    std::size_t open_line_end = text.find('\n', open);
    std::string_view rest =
        text.substr(open, open_line_end == std::string_view::npos ? std::string_view::npos : open_line_end - open);
    std::size_t hash = rest.find(" #");
    if (hash != std::string_view::npos && rest.find_first_of("]}", hash) != std::string_view::npos) {
      std::string_view cut = rest.substr(rest.find_first_not_of("[{ "), std::string_view::npos);
      std::size_t colon = cut.find(": ");
      std::string_view value = colon == std::string_view::npos ? cut : cut.substr(colon + 2);
      value = value.substr(0, value.find_first_of(",}]"));
      std::string quoted(value);
      quoted.erase(std::remove(quoted.begin(), quoted.end(), ' '), quoted.end());
      found.push_back({open + hash + 1, i18n::trf("' #' starts a comment, which cuts the line short here; quote the "
                                                  "value: \"{}\"",
                                                  quoted)});
    } else {
      found.push_back(
          {open, text[open] == '[' ? i18n::tr("a list opened with '[' is not closed with ']'") : not_closed_mapping()});
    }
  }
  if (found.empty()) return std::nullopt;
  return *std::min_element(found.begin(), found.end(),
                           [](const SyntaxFinding& a, const SyntaxFinding& b) { return a.offset < b.offset; });
}

std::optional<std::size_t> deep_nesting(std::string_view text) {
  std::vector<std::size_t> indents;  // columns of the open block levels
  int flow = 0;
  char quote = 0;
  bool line_start = true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (line_start && flow == 0 && !quote) {
      line_start = false;
      std::size_t begin = i;
      std::size_t content = text.find_first_not_of(' ', i);
      if (content == std::string_view::npos) break;
      if (text[content] == '\n' || text[content] == '#') {
        i = content - 1;
        continue;
      }
      bool first = true;
      for (std::size_t at = content;;) {
        std::size_t column = at - begin;
        if (first)
          while (!indents.empty() && indents.back() >= column) indents.pop_back();
        first = false;
        indents.push_back(column);
        if (indents.size() > static_cast<std::size_t>(kReportedDepth)) return at;
        if (text[at] != '-' || at + 1 >= text.size() || text[at + 1] != ' ') break;
        at = text.find_first_not_of(' ', at + 1);
        if (at == std::string_view::npos || text[at] == '\n') break;
      }
    }
    char c = text[i];
    if (quote) {
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '\n') {
      line_start = true;
    } else if (c == '#' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n')) {
      while (i + 1 < text.size() && text[i + 1] != '\n') ++i;
    } else if ((c == '"' || c == '\'') &&
               (i == 0 || std::string_view(" [{,:").find(text[i - 1]) != std::string_view::npos)) {
      quote = c;
    } else if (c == '[' || c == '{') {
      if (indents.size() + static_cast<std::size_t>(++flow) > static_cast<std::size_t>(kReportedDepth)) return i;
    } else if ((c == ']' || c == '}') && flow > 0) {
      --flow;
    }
  }
  return std::nullopt;
}

std::optional<SyntaxFinding> unclosed_quote_at_end(std::string_view text) {
  if (text.find_first_of("\"'") == std::string_view::npos) return std::nullopt;
  const Scan scan(text, text.size());
  if (!scan.open_quote) return std::nullopt;
  return SyntaxFinding{*scan.open_quote, i18n::tr("a quoted string is not closed")};
}

std::optional<std::size_t> second_document_marker(std::string_view text) {
  auto is_marker = [](std::string_view line) {
    return (line.starts_with("---") || line.starts_with("...")) &&
           (line.size() == 3 || line[3] == ' ' || line[3] == '\t');
  };
  auto has_content = [](std::string_view line) {
    std::size_t first = line.find_first_not_of(" \t");
    return first != std::string_view::npos && line[first] != '#';
  };
  bool content = false;
  std::optional<std::size_t> marker;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line = text.substr(start, end - start);
    if (is_marker(line)) {
      if (content && !marker) marker = start;
      if (marker && has_content(line.substr(3))) return marker;
    } else if (line.starts_with('%') && !content) {
      // a directive (%YAML 1.2) before the first document
    } else if (has_content(line)) {
      if (marker) return marker;
      content = true;
    }
    start = end + 1;
  }
  return std::nullopt;
}

namespace {

// yaml-cpp's "invalid unicode: 55296" (a decimal code point) said plainly: U+D800, why, what instead.
std::string invalid_unicode(const std::string& msg, std::string_view escape) {
  const long code_point = std::strtol(msg.c_str() + kInvalidUnicode.size(), nullptr, 10);
  const std::string written = escape.empty() ? std::string() : fmt::format("\"{}\" ", escape);
  if (code_point >= 0xD800 && code_point <= 0xDFFF)
    return i18n::trf(
        "the escape {}names U+{:04X}, half of a UTF-16 surrogate pair, which is not a character and "
        "cannot be written alone; write the character itself, or \\uXXXX (\\UXXXXXXXX beyond U+FFFF) "
        "with its code point: \"\\U0001F600\" (not \"\\ud83d\\ude00\")",
        written, code_point);
  return i18n::trf(
      "the escape {}names U+{:04X}, beyond the last Unicode character (U+10FFFF); write the character "
      "itself, or \\uXXXX (\\UXXXXXXXX beyond U+FFFF) with a real code point",
      written, code_point);
}

// The other messages of yaml-cpp's parser (yaml-cpp/exceptions.h, namespace ErrorMsg), as
// yaml-cpp words them: marked, so that a Vietnamese run reads them in Vietnamese.
constexpr const char* kParserMessages[] = {
    N_("YAML directives must have exactly one argument"),
    N_("YAML major version too large"),
    N_("repeated YAML directive"),
    N_("TAG directives must have exactly two arguments"),
    N_("repeated TAG directive"),
    N_("illegal character found while scanning tag handle"),
    N_("tag handle with no suffix"),
    N_("end of verbatim tag not found"),
    N_("cannot assign multiple tags to the same node"),
    N_("cannot assign multiple anchors to the same node"),
    N_("cannot assign multiple aliases to the same node"),
    N_("aliases can't have any content, *including* tags"),
    N_("bad character found while scanning hex number"),
    N_("unknown token"),
    N_("illegal document indicator in scalar"),
    N_("illegal character in scalar"),
    N_("illegal flow end"),
    N_("illegal map key"),
    N_("alias not found after *"),
    N_("anchor not found after &"),
    N_("illegal character found while scanning alias"),
    N_("illegal character found while scanning anchor"),
    N_("cannot set zero indentation for a block scalar"),
    N_("unexpected character in block scalar"),
    N_("cannot assign the same alias to multiple nodes"),
    N_("the referenced anchor is not defined"),
};

}  // namespace

std::string explain_yaml_error(const std::string& msg, std::string_view line, std::string_view escape) {
  if (msg.starts_with(kInvalidUnicode)) return invalid_unicode(msg, escape);
  std::size_t indent_end = line.find_first_not_of(" \t");
  if (line.substr(0, indent_end).find('\t') != std::string_view::npos)
    return i18n::tr("a tab is used for indentation; YAML indents with spaces only (replace the tab with spaces)");
  if (msg == "illegal map value")
    return i18n::tr("unexpected ':' (a value that contains ': ' must be quoted, or the indentation is wrong)");
  if (msg == "end of sequence flow not found") return i18n::tr("a list opened with '[' is not closed with ']'");
  if (msg == "end of map flow not found") return not_closed_mapping();
  if (msg == "end of map not found" || msg == "end of sequence not found")
    return i18n::tr("this line is not indented like the lines above it");
  if (msg == "illegal block entry")
    return i18n::tr("a '- ' list item where a list cannot start (check the indentation)");
  if (constexpr std::string_view escape_message = "unknown escape character: "; msg.starts_with(escape_message))
    return i18n::trf("unknown escape character: {} in a double-quoted string (use single quotes or \\\\)",
                     msg.substr(escape_message.size()));
  if (msg == "end of string not found" || msg == "illegal EOF in scalar")
    return i18n::tr("a quoted string is not closed");
  for (const char* english : kParserMessages)
    if (msg == english) return i18n::tr(english);
  return msg;
}

}  // namespace campaign::load
