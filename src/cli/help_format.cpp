#include "help_format.hpp"

#include <algorithm>
#include <sstream>
#include <vector>

#include "campaign/text/unicode.hpp"

namespace campaign::cli {
namespace {

using campaign::text::display_width;
using campaign::text::wrap_to_width;

// A line the author wrapped (a line of a paragraph that goes on): wider than this.
constexpr int kAuthorWrapped = 90;

std::size_t indent_of(const std::string& line) {
  return std::min(line.find_first_not_of(' '), line.size());
}

// Where the second column of an indented line starts ("  text   a table for a terminal"): after
// the first run of two spaces past the indent, or npos.
std::size_t second_column(const std::string& line) {
  const std::size_t indent = indent_of(line);
  const std::size_t gap = line.find("  ", indent);
  if (indent == 0 || gap == std::string::npos) return std::string::npos;
  const std::size_t start = line.find_first_not_of(' ', gap);
  return start == std::string::npos ? std::string::npos : start;
}

bool is_command(const std::string& line) {
  return line.compare(indent_of(line), 9, "campaign ") == 0 && indent_of(line) > 0;
}

// `body` wrapped to `width` at `indent`, continuation lines at `more`.
void wrap_into(std::vector<std::string>& out, const std::string& body, std::size_t indent, std::size_t more,
               int width) {
  const std::vector<std::string> first = wrap_to_width(body, width - static_cast<int>(indent));
  out.push_back(std::string(indent, ' ') + first.front());
  std::string rest;
  for (std::size_t i = 1; i < first.size(); ++i) rest += (i > 1 ? " " : "") + first[i];
  if (rest.empty()) return;
  for (const std::string& l : wrap_to_width(rest, std::max(width - static_cast<int>(more), 20)))
    out.push_back(std::string(more, ' ') + l);
}

// A command too wide: broken at spaces, each line but the last ending in " \"; a trailing
// comment ("# exit 1") is never broken (a " \" inside it would end it), it goes on its own
// line when it does not fit.
void wrap_command(std::vector<std::string>& out, const std::string& line, int width) {
  const std::size_t indent = indent_of(line);
  std::string command = line.substr(indent), comment;
  if (const std::size_t hash = command.find(" # "); hash != std::string::npos) {
    comment = command.substr(hash + 1);
    command.resize(hash);
  }
  std::vector<std::string> words(1);  // split at spaces outside quotes
  char quote = 0;
  for (const char ch : command) {
    if (ch == ' ' && quote == 0) {
      if (!words.back().empty()) words.emplace_back();
      continue;
    }
    if ((ch == '"' || ch == '\'') && (quote == 0 || quote == ch)) quote = quote == 0 ? ch : char{0};
    words.back() += ch;
  }
  if (words.back().empty()) words.pop_back();
  if (!comment.empty()) words.push_back(comment);
  std::string current(indent, ' ');
  bool empty = true;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const int room = i + 1 == words.size() ? width : width - 2;  // " \" after all but the last
    if (!empty && display_width(current) + 1 + display_width(words[i]) > room) {
      out.push_back(current + " \\");
      current = std::string(indent + 4, ' ');
      empty = true;
    }
    current += (empty ? "" : " ") + words[i];
    empty = false;
  }
  out.push_back(current);
}

}  // namespace

std::string fit_help(const std::string& text, int width) {
  if (width <= 0) return text;
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    if (!text::wider_than(line, width)) {
      out.push_back(line);
      continue;
    }
    if (is_command(line)) {
      wrap_command(out, line, width);
      continue;
    }
    const std::size_t indent = indent_of(line);
    const std::size_t column = second_column(line);
    if (column != std::string::npos && static_cast<int>(column) <= width / 2) {
      wrap_into(out, line.substr(indent), indent, column, width);
      continue;
    }
    // Prose: the lines of its paragraph the author wrapped wider, joined and wrapped again.
    std::string paragraph = line.substr(indent);
    while (i + 1 < lines.size() && display_width(lines[i]) > kAuthorWrapped && !lines[i + 1].empty() &&
           indent_of(lines[i + 1]) == indent && second_column(lines[i + 1]) == std::string::npos &&
           !is_command(lines[i + 1]))
      paragraph += " " + lines[++i].substr(indent);
    const bool joined = paragraph.size() > line.size() - indent;  // a paragraph, else a line of a list
    wrap_into(out, paragraph, indent, indent + (joined ? 0 : 2), width);
  }
  std::string joined;
  for (const std::string& l : out) joined += l + '\n';
  if (!text.empty() && text.back() != '\n' && !joined.empty()) joined.pop_back();
  return joined;
}

std::string HelpFormatter::entry(const std::string& name, const std::string& description) const {
  const int column = static_cast<int>(get_column_width());
  std::string out = name;
  if (description.empty()) return out + "\n";
  if (display_width(name) >= column)
    out += "\n" + std::string(static_cast<std::size_t>(column), ' ');
  else
    out = text::pad_right(out, column);
  const int room = width_ > 0 ? std::max(width_ - column, 20) : 1 << 20;
  bool first = true;
  std::istringstream paragraphs(description);
  for (std::string paragraph; std::getline(paragraphs, paragraph);)
    for (const std::string& l : wrap_to_width(paragraph, room)) {
      out += (first ? "" : "\n" + std::string(static_cast<std::size_t>(column), ' ')) + l;
      first = false;
    }
  return out + "\n";
}

std::string HelpFormatter::make_option(const CLI::Option* opt, bool is_positional) const {
  if (is_positional && !opt->get_type_name().empty()) {  // "FILES|DIRS ... REQUIRED", the name once
    std::string name = make_option_name(opt, true);
    if (opt->get_expected_max() >= CLI::detail::expected_max_vector_size) name += " ...";
    if (opt->get_required()) name += " " + get_label("REQUIRED");
    return entry("  " + name, make_option_desc(opt));
  }
  return entry("  " + make_option_name(opt, is_positional) + make_option_opts(opt), make_option_desc(opt));
}

std::string HelpFormatter::make_option_name(const CLI::Option* opt, bool is_positional) const {
  if (is_positional && !opt->get_type_name().empty()) return opt->get_type_name();
  return CLI::Formatter::make_option_name(opt, is_positional);
}

std::string HelpFormatter::make_subcommand(const CLI::App* sub) const {
  return entry("  " + sub->get_display_name(true), sub->get_description());
}

std::string HelpFormatter::make_help(const CLI::App* app, std::string name, CLI::AppFormatMode mode) const {
  return fit_help(CLI::Formatter::make_help(app, std::move(name), mode), width_);
}

}  // namespace campaign::cli
