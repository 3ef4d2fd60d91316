#include "campaign/load/walk.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <climits>

#include "campaign/i18n/translate.hpp"
#include "campaign/text/unicode.hpp"

namespace campaign::load {
namespace {

namespace fs = std::filesystem;

bool is_yaml(const fs::path& p) {
  return p.extension() == ".yaml" || p.extension() == ".yml";
}

// Collects the *.yaml and *.yml files under `dir` into `out`. An entry whose type cannot be
// read is reported even when its name is not *.yaml: it may be a folder holding some.
void walk(const fs::path& dir, Expanded& out) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    out.unreadable.emplace_back(dir.string(), error_words(ec));
    return;
  }
  std::vector<fs::directory_entry> entries;  // sorted, so that reports come in a stable order
  for (fs::directory_iterator end; it != end; it.increment(ec)) entries.push_back(*it);
  std::sort(entries.begin(), entries.end());
  for (const fs::directory_entry& entry : entries) {
    const fs::path& p = entry.path();
    std::error_code type_ec;
    const fs::file_status link = entry.symlink_status(type_ec);
    if (type_ec) {
      out.unreadable.emplace_back(p.string(), error_words(type_ec));
      continue;
    }
    if (fs::is_directory(link)) {
      walk(p, out);
      continue;
    }
    if (!is_yaml(p) || p.filename() == "campaign.yaml") continue;  // the project file is settings, not data
    const fs::file_status target = fs::status(p, type_ec);
    if (fs::is_regular_file(target)) {
      out.files.push_back(p.string());
    } else if (type_ec || !fs::exists(target)) {
      out.unreadable.emplace_back(p.string(), why_unreadable(p, type_ec));
    } else if (!fs::is_directory(target)) {
      out.unreadable.emplace_back(p.string(), i18n::tr("it is not a regular file (a pipe, a socket or a device)"));
    }
  }
  if (ec) out.unreadable.emplace_back(dir.string(), error_words(ec));
}

}  // namespace

std::string error_words(std::error_code ec) {
  if (ec == std::errc::filename_too_long)
    return i18n::trf(
        "the path is longer than the system allows ({} bytes, PATH_MAX); move the files to a folder "
        "with a shorter path",
        PATH_MAX);
  std::string words = ec.message();
  if (!words.empty() && words[0] >= 'A' && words[0] <= 'Z') words[0] = static_cast<char>(words[0] - 'A' + 'a');
  return words;
}

std::string why_unreadable(const fs::path& path, std::error_code ec) {
  std::error_code link_ec;
  if (fs::is_symlink(fs::symlink_status(path, link_ec))) {
    if (ec && ec != std::errc::no_such_file_or_directory) return error_words(ec);
    const fs::path target = fs::read_symlink(path, link_ec);
    return i18n::trf("it is a symbolic link to '{}', which does not exist", text::escape_controls(target.string()));
  }
  if (ec && ec != std::errc::no_such_file_or_directory) return error_words(ec);
  return i18n::tr("no such file or directory");
}

Expanded expand_argument(const std::string& argument) {
  Expanded out;
  std::error_code ec;
  const fs::file_status status = fs::status(argument, ec);
  if (ec || !fs::exists(status)) {
    out.unreadable.emplace_back(argument, why_unreadable(argument, ec));
    return out;
  }
  if (!fs::is_directory(status)) {
    out.files.push_back(argument);
    return out;
  }
  walk(argument, out);
  if (out.files.empty() && out.unreadable.empty())
    out.unreadable.emplace_back(argument, i18n::tr("the directory holds no *.yaml or *.yml file"));
  // By path (component by component, as before), not by string: "a/x.yaml" before "a-b/x.yaml".
  std::sort(out.files.begin(), out.files.end(),
            [](const std::string& a, const std::string& b) { return fs::path(a) < fs::path(b); });
  return out;
}

}  // namespace campaign::load
