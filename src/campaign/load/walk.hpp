#pragma once
// Which files a command-line path names: the file itself, or the *.yaml and *.yml files found
// below a directory; and why a path cannot be read, in words for a diagnostic (E021).

#include <filesystem>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

namespace campaign::load {

/// What one command-line path gives: the files to read, in sorted order, and the paths that
/// cannot be read with the reason ("no such file or directory"), in the order met.
struct Expanded {
  std::vector<std::string> files;
  std::vector<std::pair<std::string, std::string>> unreadable;
};

/// Expands `argument`: a file is itself; a directory is searched recursively for *.yaml and
/// *.yml (symbolic links to directories are not followed, so loops cannot happen), except files
/// named campaign.yaml: a project file (docs/project-file.md) holds settings, not data, and
/// is read only when named as a file. Nothing else is
/// skipped without a word: a folder that cannot be listed, an entry whose type cannot be read
/// (e.g. a path longer than PATH_MAX), a broken link or a pipe named *.yaml, and a directory
/// without any YAML file are listed in `unreadable`; the rest is still collected.
Expanded expand_argument(const std::string& argument);

/// Why `path` could not be read, given the error of the call that failed (`ec` may be empty
/// when the path simply does not exist): "no such file or directory", "it is a symbolic link to
/// 'x', which does not exist", a path beyond PATH_MAX explained, or the system's message.
std::string why_unreadable(const std::filesystem::path& path, std::error_code ec);

/// The system's message for `ec` as the end of a sentence: lower case first letter, and
/// ENAMETOOLONG explained (the limit and what to do).
std::string error_words(std::error_code ec);

}  // namespace campaign::load
