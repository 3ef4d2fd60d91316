#include "campaign/write/diagnostics.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>

#include "campaign/i18n/translate.hpp"
#include "campaign/text/unicode.hpp"
#include "campaign/write/json_format.hpp"

namespace campaign::write {
namespace {

constexpr std::string_view kRed = "\x1b[1;31m", kMagenta = "\x1b[1;35m", kCyan = "\x1b[1;36m", kBold = "\x1b[1m",
                           kGreen = "\x1b[1;32m", kReset = "\x1b[0m";

std::string place(const diag::SourceSet& sources, const diag::Position& pos) {
  // A file name may hold anything but '/' and NUL: escaped, it can neither drive the terminal
  // nor split the line.
  const std::string path = text::escape_controls(sources[pos.file].path);
  if (pos.line == 0) return path;
  return fmt::format("{}:{}:{}", path, pos.line, pos.column);
}

// Control characters (but tab) and bidi controls shown as U+FFFD, so that a file holding
// terminal escapes cannot drive the clerk's terminal through a diagnostic, nor a newline split
// one (messages and source lines are one line each).
std::string printable(std::string_view utf8) {
  std::string out;
  while (auto hidden = text::find_hidden_control(utf8, "\t")) {
    out.append(utf8.substr(0, hidden->offset)).append("\uFFFD");
    utf8.remove_prefix(hidden->offset + hidden->length);
  }
  return out.append(utf8);
}

// Excerpts of long lines (minified or generated files) show a window around the caret.
constexpr int kExcerptBefore = 60;
constexpr int kExcerptLength = 100;

// The code points of the source line last asked for, so that the many diagnostics one long line
// can hold (a minified file) cost the window each, not the whole line each.
class LineWindow {
 public:
  /// The line of `pos` as shown: whole when at most kExcerptLength code points, else a window of
  /// kExcerptLength around the column with "…" where cut. `column` becomes the column in it.
  /// nullopt when the file's text was dropped and the file has changed since (SourceSet::line).
  std::optional<std::string> window(const diag::SourceSet& sources, const diag::Position& pos, int& column) {
    if (pos.file != file_ || pos.line != line_) index(sources, pos);
    if (!known_) return std::nullopt;
    const int count = static_cast<int>(starts_.size()) - 1;
    if (count <= kExcerptLength) return std::string(text_);
    const int skip = std::max(0, column - 1 - kExcerptBefore);
    const int first = std::min(skip, count), end = std::min(count, first + kExcerptLength);
    column = column - skip + (skip > 0 ? 1 : 0);
    const std::size_t from = starts_[static_cast<std::size_t>(first)], to = starts_[static_cast<std::size_t>(end)];
    return fmt::format("{}{}{}", skip > 0 ? "…" : "", text_.substr(from, to - from), end < count ? "…" : "");
  }

 private:
  void index(const diag::SourceSet& sources, const diag::Position& pos) {
    file_ = pos.file;
    line_ = pos.line;
    const std::optional<std::string_view> line = sources.line(pos.file, pos.line);
    known_ = line.has_value();
    text_ = line.value_or(std::string_view());
    starts_.clear();
    for (std::size_t at = 0; at < text_.size();) {
      starts_.push_back(at);
      at += std::max<std::size_t>(1, text::first_code_points(text_.substr(at), 1).size());
    }
    starts_.push_back(text_.size());
  }

  std::uint32_t file_ = 0;
  int line_ = -1;
  std::string_view text_;
  bool known_ = true;
  std::vector<std::size_t> starts_;  ///< byte offset of each code point, then the line's size
};

void write_excerpt(std::ostream& out, const diag::SourceSet& sources, const diag::Position& pos,
                   const DiagnosticStyle& style, LineWindow& lines) {
  if (pos.line == 0) return;
  int column = pos.column;
  std::optional<std::string> shown = lines.window(sources, pos, column);
  std::string gutter = fmt::format("{:>5}", pos.line);
  if (!shown) {
    out << gutter << " | "
        << i18n::trf("(not shown: '{}' has changed since it was read)", text::escape_controls(sources[pos.file].path))
        << "\n";
    return;
  }
  std::string line = printable(*shown);
  for (char& c : line)
    if (c == '\t') c = ' ';
  int indent = text::display_width(text::first_code_points(line, column - 1));
  out << gutter << " | " << line << '\n'
      << std::string(gutter.size(), ' ') << " | " << std::string(static_cast<std::size_t>(indent), ' ')
      << (style.color ? kGreen : "") << '^' << (style.color ? kReset : "") << '\n';
}

}  // namespace

std::string_view severity_word(diag::Severity severity) {
  switch (severity) {
    case diag::Severity::error:
      return "error";
    case diag::Severity::warning:
      return "warning";
    case diag::Severity::note:
      return "note";
  }
  return "error";
}

std::string_view severity_label(diag::Severity severity) {
  switch (severity) {
    case diag::Severity::error:
      return i18n::tr("error");
    case diag::Severity::warning:
      return i18n::tr("warning");
    case diag::Severity::note:
      return i18n::tr("note");
  }
  return i18n::tr("error");
}

std::string summary_line(std::size_t errors, std::size_t warnings, std::size_t files, std::size_t notes) {
  // Whole phrases per count, singular and plural marked apart: English keeps its plural forms,
  // Vietnamese has one form for both.
  const std::string e = i18n::trf(errors == 1 ? N_("{} error") : N_("{} errors"), errors);
  const std::string w = i18n::trf(warnings == 1 ? N_("{} warning") : N_("{} warnings"), warnings);
  const std::string f = i18n::trf(files == 1 ? N_("{} file") : N_("{} files"), files);
  if (notes == 0) return i18n::trf("{0}, {1} in {2}", e, w, f);
  const std::string n = i18n::trf(notes == 1 ? N_("{} note") : N_("{} notes"), notes);
  return i18n::trf("{0}, {1}, {2} in {3}", e, w, n, f);
}

void write_diagnostics_text(std::ostream& out, const diag::SourceSet& sources, const diag::Sink& sink,
                            const DiagnosticStyle& style) {
  LineWindow lines;
  for (const diag::Diagnostic& d : sink.sorted()) {
    if (d.severity == diag::Severity::note && !style.notes) continue;
    const std::string_view colour = !style.color                            ? ""
                                    : d.severity == diag::Severity::error   ? kRed
                                    : d.severity == diag::Severity::warning ? kMagenta
                                                                            : kCyan;
    out << (style.color ? kBold : "") << place(sources, d.position) << ": " << (style.color ? kReset : "") << colour
        << severity_label(d.severity) << (style.color ? kReset : "") << ": " << printable(d.message) << " [" << d.code
        << "]\n";
    write_excerpt(out, sources, d.position, style, lines);
    for (const auto& note : d.notes) {
      out << place(sources, note.position) << ": " << (style.color ? kCyan : "") << severity_label(diag::Severity::note)
          << (style.color ? kReset : "") << ": " << printable(note.message) << '\n';
      write_excerpt(out, sources, note.position, style, lines);
    }
  }
}

void write_diagnostics_json(std::ostream& out, const diag::SourceSet& sources, const diag::Sink& sink,
                            std::size_t files) {
  auto position = [&](nlohmann::ordered_json& j, const diag::Position& p) {
    j["file"] = sources[p.file].path;
    j["line"] = p.line;
    j["column"] = p.column;
  };
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  LineWindow lines;
  for (const diag::Diagnostic& d : sink.sorted()) {
    nlohmann::ordered_json j;
    position(j, d.position);
    j["severity"] = severity_word(d.severity);
    j["code"] = d.code;
    j["message"] = d.message;
    int column = d.position.column;
    j["source"] = d.position.line == 0 ? std::string() : lines.window(sources, d.position, column).value_or("");
    j["notes"] = nlohmann::ordered_json::array();
    for (const auto& note : d.notes) {
      nlohmann::ordered_json n;
      position(n, note.position);
      n["message"] = note.message;
      j["notes"].push_back(n);
    }
    list.push_back(j);
  }
  nlohmann::ordered_json root;
  root["format"] = json_format("validate");
  root["diagnostics"] = list;
  root["summary"] = {{"errors", sink.error_count()},
                     {"warnings", sink.warning_count()},
                     {"notes", sink.note_count()},
                     {"files", files}};
  out << root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace campaign::write
