#include "campaign/load/loader.hpp"

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>

#include "campaign/diag/codes.hpp"
#include "campaign/load/build.hpp"
#include "campaign/text/legacy.hpp"

namespace campaign::load {
namespace {

namespace fs = std::filesystem;
using std::string;

bool is_yaml(const fs::path& p) { return p.extension() == ".yaml" || p.extension() == ".yml"; }

// A plain explanation of yaml-cpp's terse parser messages.
string explain_yaml_error(const string& msg, std::string_view line) {
  std::size_t indent_end = line.find_first_not_of(" \t");
  if (line.substr(0, indent_end).find('\t') != std::string_view::npos)
    return "a tab is used for indentation; YAML indents with spaces only (replace the tab with spaces)";
  if (msg == "illegal map value")
    return "unexpected ':' (a value that contains ': ' must be quoted, or the indentation is wrong)";
  if (msg == "end of sequence flow not found") return "a list opened with '[' is not closed with ']'";
  if (msg == "end of map flow not found") return "a mapping opened with '{' is not closed with '}'";
  if (msg == "end of map not found" || msg == "end of sequence not found")
    return "this line is not indented like the lines above it";
  if (msg == "illegal block entry") return "a '- ' list item where a list cannot start (check the indentation)";
  if (msg.starts_with("unknown escape character")) return msg + " in a double-quoted string (use single quotes or \\\\)";
  if (msg == "end of string not found") return "a quoted string is not closed";
  return msg;
}

// Byte offset of the last bracket `open` left unclosed before `upto` (quotes and comments
// skipped), for pointing at the '[' that yaml-cpp only notices lines later.
std::optional<std::size_t> unclosed_bracket(std::string_view text, std::size_t upto, char open, char close) {
  std::vector<std::size_t> stack;
  char quote = 0;
  for (std::size_t i = 0; i < upto && i < text.size(); ++i) {
    char c = text[i];
    if (quote) {
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '#' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n')) {
      while (i < text.size() && text[i] != '\n') ++i;
    } else if ((c == '"' || c == '\'') && (i == 0 || std::string_view(" [{,:").find(text[i - 1]) != std::string_view::npos)) {
      quote = c;
    } else if (c == open) {
      stack.push_back(i);
    } else if (c == close && !stack.empty()) {
      stack.pop_back();
    }
  }
  if (stack.empty()) return std::nullopt;
  return stack.back();
}

// yaml-cpp refuses nesting deeper than its parser's depth guard (about 500 levels, DeepRecursion);
// the report points at the bracket or line where the nesting passes this depth.
constexpr int kReportedDepth = 100;

// Byte offset where the nesting first passes kReportedDepth levels, quotes and comments skipped;
// nullopt when it never does. Block levels are tracked with an indentation stack (each "- " on
// a line opens one more), flow levels by counting brackets.
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
    } else if ((c == '"' || c == '\'') && (i == 0 || std::string_view(" [{,:").find(text[i - 1]) != std::string_view::npos)) {
      quote = c;
    } else if (c == '[' || c == '{') {
      if (indents.size() + static_cast<std::size_t>(++flow) > static_cast<std::size_t>(kReportedDepth)) return i;
    } else if ((c == ']' || c == '}') && flow > 0) {
      --flow;
    }
  }
  return std::nullopt;
}

class FileLoader {
 public:
  FileLoader(Loaded& out, const LoadOptions& options) : out_(out), options_(options) {}

  void load_argument(const string& arg) {
    std::error_code ec;
    fs::file_status status = fs::status(arg, ec);
    if (ec || !fs::exists(status)) return unreadable(arg, "no such file or directory");
    if (!fs::is_directory(status)) return load_file(arg, {});
    std::vector<fs::path> found;
    auto options = fs::directory_options::none;  // an unreadable subfolder is an error, not skipped
    for (fs::recursive_directory_iterator it(arg, options, ec), end; !ec && it != end; it.increment(ec)) {
      std::error_code type_ec;
      if (it->is_regular_file(type_ec) && is_yaml(it->path())) found.push_back(it->path());
    }
    if (ec) return unreadable(arg, ec.message());
    if (found.empty()) return unreadable(arg, "the directory holds no *.yaml or *.yml file");
    std::sort(found.begin(), found.end());
    for (const auto& p : found) load_file(p.string(), {});
  }

  /// Decodes, parses and builds one file's bytes, as read from `path`.
  void parse(const string& path, std::string_view bytes) {
    Decoded decoded = decode(bytes);
    parse_text(path, std::move(decoded));
  }

 private:
  void unreadable(const string& path, const string& why, diag::Position where = {}) {
    out_.unreadable = true;
    string message = fmt::format("cannot read '{}': {}", path, why);
    if (where.line == 0) {
      where.file = static_cast<std::uint32_t>(out_.sources.add(path, ""));
    }
    out_.diagnostics.error(string(diag::kUnreadable), where, message);
  }

  void load_file(const string& path, diag::Position cited_from) {
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(path, ec);
    if (!seen_.insert(ec ? path : canonical.string()).second) return;
    if (fs::is_directory(path, ec)) return unreadable(path, "it is a directory, not a file", cited_from);
    std::uintmax_t size = fs::file_size(path, ec);
    if (ec) return unreadable(path, ec.message(), cited_from);
    if (size > options_.max_file_size)
      return unreadable(path, fmt::format("{} bytes is larger than the limit of {} bytes (--max-file-size)", size,
                                          options_.max_file_size), cited_from);
    std::ifstream in(path, std::ios::binary);
    string bytes(static_cast<std::size_t>(size), '\0');
    if (!in || !in.read(bytes.data(), static_cast<std::streamsize>(size)))
      return unreadable(path, "permission denied or read error", cited_from);
    parse(path, bytes);
  }

  void parse_text(const string& path, Decoded decoded) {
    std::uint32_t index = out_.sources.add(path, decoded.text);
    ++out_.file_count;
    const SourceFile& source = out_.sources[index];
    if (!decoded.ok) {
      int line = decoded.text.empty() ? 1 : source.line_of_offset(decoded.text.size());
      int column = decoded.text.empty() ? 1 : source.char_column(line, static_cast<int>(source.line_text(line).size())) ;
      string hint = "save the file as UTF-8";
      if (decoded.legacy)
        hint = fmt::format("the file looks like Vietnamese in the legacy {} encoding: convert it to Unicode "
                           "(e.g. UniKey's converter) and save it as UTF-8",
                           text::legacy_encoding_name(*decoded.legacy));
      out_.diagnostics.error(string(diag::kInvalidEncoding), {index, line, column},
                             fmt::format("{} at byte offset {}; {}", decoded.problem, decoded.bad_offset, hint));
      return;
    }
    if (auto legacy = text::find_legacy_text(source.text)) {
      std::string_view line = source.line_text(legacy->line);
      constexpr std::string_view kBetweenWords = " \t\"'{}[],:#";
      std::size_t word_start = line.find_last_of(kBetweenWords, legacy->guess.offset);
      word_start = word_start == std::string_view::npos ? 0 : word_start + 1;
      std::size_t word_end = std::min(line.find_first_of(kBetweenWords, legacy->guess.offset), line.size());
      out_.diagnostics.warning(
          string(diag::kLegacyEncoding),
          {index, legacy->line, source.char_column(legacy->line, static_cast<int>(legacy->guess.offset))},
          fmt::format("'{}' looks like Vietnamese typed in the legacy {} encoding; convert the text to Unicode "
                      "(e.g. UniKey's converter) before the file circulates (reported once per file)",
                      line.substr(word_start, word_end - word_start), text::legacy_encoding_name(legacy->guess.encoding)));
    }
    FileContext ctx{source, index, out_.diagnostics};
    YAML::Node root;
    try {
      root = YAML::Load(source.text);
    } catch (const YAML::DeepRecursion& e) {
      std::size_t at = deep_nesting(source.text).value_or(e.mark.pos >= 0 ? static_cast<std::size_t>(e.mark.pos) : 0);
      int line = source.line_of_offset(at);
      out_.diagnostics.error(
          string(diag::kTooDeep),
          {index, line, source.char_column(line, static_cast<int>(at - source.line_starts[line - 1]))},
          fmt::format("the YAML is nested more than {} levels deep here; a campaign file needs fewer than 10 "
                      "(the file is broken or was not written by hand)",
                      kReportedDepth));
      return;
    } catch (const YAML::Exception& e) {
      int line = e.mark.line + 1;
      diag::Position pos{index, line, source.char_column(line, e.mark.column)};
      bool list = e.msg == "end of sequence flow not found";
      if (list || e.msg == "end of map flow not found") {
        std::size_t upto = e.mark.pos >= 0 ? static_cast<std::size_t>(e.mark.pos) : source.text.size();
        if (auto open = unclosed_bracket(source.text, upto, list ? '[' : '{', list ? ']' : '}')) {
          line = source.line_of_offset(*open);
          pos = {index, line, source.char_column(line, static_cast<int>(*open - source.line_starts[line - 1]))};
        }
      }
      out_.diagnostics.error(string(diag::kYamlSyntax), pos, explain_yaml_error(e.msg, source.line_text(line)));
      return;
    }
    FileContent content = build_file(ctx, root);
    if (ctx.exhausted) return;  // an alias bomb: nothing of the file is used (E025)
    merge(content.model);
    for (const auto& [relative, pos] : content.registry_paths) {
      fs::path p = fs::path(path).parent_path() / relative;
      std::error_code ec;
      if (!fs::is_regular_file(p, ec)) {
        out_.diagnostics.error(string(diag::kRegistryNotFound), pos,
                               fmt::format("registry file '{}' not found (looked for {})", relative, p.string()));
        continue;
      }
      if (options_.follow_registry) load_file(p.lexically_normal().string(), pos);
    }
  }

  void merge(model::Model& part) {
    model::Model& m = out_.model;
    if (part.area && !m.area) m.area = std::move(part.area);
    auto append = [](auto& to, auto& from) { to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end())); };
    append(m.bodies, part.bodies);
    append(m.units, part.units);
    append(m.documents, part.documents);
    append(m.submissions, part.submissions);
    append(m.completions, part.completions);
    append(m.results, part.results);
    append(m.incomplete_documents, part.incomplete_documents);
  }

  Loaded& out_;
  const LoadOptions& options_;
  std::set<string> seen_;
};

}  // namespace

Loaded load_paths(const std::vector<string>& paths, const LoadOptions& options) {
  Loaded out;
  FileLoader loader(out, options);
  for (const string& p : paths) loader.load_argument(p);
  return out;
}

Loaded load_bytes(const string& path, std::string_view bytes, const LoadOptions& options) {
  Loaded out;
  LoadOptions once = options;
  once.follow_registry = false;
  FileLoader loader(out, once);
  loader.parse(path, bytes);
  return out;
}

}  // namespace campaign::load
