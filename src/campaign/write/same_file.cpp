#include "campaign/write/same_file.hpp"

#include <sys/stat.h>

#include <filesystem>

#include "campaign/text/unicode.hpp"

namespace campaign::write {
namespace {

namespace fs = std::filesystem;

struct Identity {
  dev_t device = 0;
  ino_t inode = 0;
  bool operator==(const Identity&) const = default;
};

std::optional<Identity> identity_of(const fs::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  return Identity{st.st_dev, st.st_ino};
}

fs::path folder_of(const fs::path& path) {
  return path.has_parent_path() ? path.parent_path() : fs::path(".");
}

std::string swap_ascii_case(std::string name) {
  for (char& c : name) {
    if (c >= 'a' && c <= 'z')
      c = static_cast<char>(c - 'a' + 'A');
    else if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c - 'A' + 'a');
  }
  return name;
}

// True when `folder` finds the file `name` also under its name with the case swapped.
bool folds_case(const fs::path& folder, const std::string& name) {
  const std::string swapped = swap_ascii_case(name);
  if (swapped == name) return false;
  const std::optional<Identity> as_named = identity_of(folder / name);
  return as_named && identity_of(folder / swapped) == as_named;
}

}  // namespace

std::optional<std::string> same_file_as_any(const std::string& path, const std::vector<std::string>& inputs) {
  if (const std::optional<Identity> output = identity_of(path)) {
    for (const std::string& input : inputs)
      if (identity_of(input) == output) return input;
    return std::nullopt;
  }
  const fs::path out(path);
  const std::optional<Identity> folder = identity_of(folder_of(out));
  if (!folder) return std::nullopt;
  const std::string name = out.filename().string();
  for (const std::string& input : inputs) {
    const fs::path in(input);
    if (identity_of(folder_of(in)) != folder) continue;
    const std::string input_name = in.filename().string();
    if (input_name == name) return input;  // an input removed since it was read
    if (text::to_lower(input_name) == text::to_lower(name) && folds_case(folder_of(in), input_name)) return input;
  }
  return std::nullopt;
}

}  // namespace campaign::write
