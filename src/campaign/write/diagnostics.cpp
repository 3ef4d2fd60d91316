#include "campaign/write/diagnostics.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include <algorithm>

#include "campaign/text/unicode.hpp"

namespace campaign::write {
namespace {

constexpr std::string_view kRed = "\x1b[1;31m", kMagenta = "\x1b[1;35m", kCyan = "\x1b[1;36m",
                           kBold = "\x1b[1m", kGreen = "\x1b[1;32m", kReset = "\x1b[0m";

std::string place(const load::SourceSet& sources, const diag::Position& pos) {
  const std::string& path = sources[pos.file].path;
  if (pos.line == 0) return path;
  return fmt::format("{}:{}:{}", path, pos.line, pos.column);
}

// Control characters (C0 but tab and newline, DEL, C1) shown as U+FFFD, so that a file holding
// terminal escapes cannot drive the clerk's terminal through a diagnostic.
std::string printable(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    auto c = static_cast<unsigned char>(utf8[i]);
    bool c1 = c == 0xC2 && i + 1 < utf8.size() && static_cast<unsigned char>(utf8[i + 1]) >= 0x80 &&
              static_cast<unsigned char>(utf8[i + 1]) <= 0x9F;
    if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F || c1) {
      out += "\uFFFD";
      if (c1) ++i;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

// Excerpts of long lines (minified or generated files) show a window around the caret.
constexpr int kExcerptBefore = 60;
constexpr int kExcerptLength = 100;

void write_excerpt(std::ostream& out, const load::SourceSet& sources, const diag::Position& pos,
                   const DiagnosticStyle& style) {
  if (pos.line == 0) return;
  std::string line = printable(sources[pos.file].line_text(pos.line));
  for (char& c : line)
    if (c == '\t') c = ' ';
  int column = pos.column;
  if (text::count_code_points(line) > kExcerptLength) {
    int skip = std::max(0, column - 1 - kExcerptBefore);
    std::string_view rest = std::string_view(line).substr(text::first_code_points(line, skip).size());
    bool cut_end = text::count_code_points(rest) > kExcerptLength;
    line = fmt::format("{}{}{}", skip > 0 ? "…" : "", text::first_code_points(rest, kExcerptLength), cut_end ? "…" : "");
    column = column - skip + (skip > 0 ? 1 : 0);
  }
  std::string gutter = fmt::format("{:>5}", pos.line);
  int indent = text::display_width(text::first_code_points(line, column - 1));
  out << gutter << " | " << line << '\n'
      << std::string(gutter.size(), ' ') << " | " << std::string(static_cast<std::size_t>(indent), ' ')
      << (style.color ? kGreen : "") << '^' << (style.color ? kReset : "") << '\n';
}

}  // namespace

std::string summary_line(std::size_t errors, std::size_t warnings, std::size_t files) {
  return fmt::format("{} error{}, {} warning{} in {} file{}", errors, errors == 1 ? "" : "s", warnings,
                     warnings == 1 ? "" : "s", files, files == 1 ? "" : "s");
}

void write_diagnostics_text(std::ostream& out, const load::SourceSet& sources, const diag::Sink& sink,
                            const DiagnosticStyle& style) {
  for (const diag::Diagnostic& d : sink.sorted()) {
    bool error = d.severity == diag::Severity::error;
    std::string_view colour = style.color ? (error ? kRed : kMagenta) : "";
    out << (style.color ? kBold : "") << place(sources, d.position) << ": " << (style.color ? kReset : "") << colour
        << (error ? "error" : "warning") << (style.color ? kReset : "") << ": " << printable(d.message) << " [" << d.code << "]\n";
    write_excerpt(out, sources, d.position, style);
    for (const auto& note : d.notes) {
      out << place(sources, note.position) << ": " << (style.color ? kCyan : "") << "note" << (style.color ? kReset : "")
          << ": " << printable(note.message) << '\n';
      write_excerpt(out, sources, note.position, style);
    }
  }
}

void write_diagnostics_json(std::ostream& out, const load::SourceSet& sources, const diag::Sink& sink,
                            std::size_t files) {
  auto position = [&](nlohmann::ordered_json& j, const diag::Position& p) {
    j["file"] = sources[p.file].path;
    j["line"] = p.line;
    j["column"] = p.column;
  };
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const diag::Diagnostic& d : sink.sorted()) {
    nlohmann::ordered_json j;
    position(j, d.position);
    j["severity"] = d.severity == diag::Severity::error ? "error" : "warning";
    j["code"] = d.code;
    j["message"] = d.message;
    j["source"] = std::string(sources[d.position.file].line_text(d.position.line));
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
  root["diagnostics"] = list;
  root["summary"] = {{"errors", sink.error_count()}, {"warnings", sink.warning_count()}, {"files", files}};
  out << root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace campaign::write
