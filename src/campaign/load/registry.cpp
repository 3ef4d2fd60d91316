#include "campaign/load/registry.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "campaign/diag/codes.hpp"
#include "campaign/i18n/translate.hpp"

namespace campaign::load {
namespace {

namespace fs = std::filesystem;

// `path` absolute, with `.`, `..` and the symbolic links of its existing part resolved, and
// without a trailing separator ("data/" -> "/work/data").
fs::path resolved(const fs::path& path) {
  std::error_code ec;
  const fs::path absolute = fs::absolute(path, ec);  // weakly_canonical leaves a relative path relative
  fs::path p = fs::weakly_canonical(absolute, ec);
  if (ec) p = absolute.lexically_normal();
  if (!p.has_filename() && p.has_relative_path()) p = p.parent_path();
  return p;
}

// A root as the clerk would write it: relative to the current folder when inside it ("." or
// "data"), else absolute.
std::string shown(const fs::path& root) {
  std::error_code ec;
  const fs::path here = resolved(fs::current_path(ec));
  const fs::path relative = root.lexically_relative(here);
  if (ec || relative.empty() || *relative.begin() == "..") return root.string();
  return relative.string();
}

std::string list_roots(const std::vector<fs::path>& roots) {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < roots.size() && i < 3; ++i) names.push_back(shown(roots[i]));
  if (roots.size() > 3) names.push_back(i18n::trf("{} more", roots.size() - 3));
  return fmt::format("{}", fmt::join(names, ", "));
}

}  // namespace

void report_too_deep(const std::string& path, const diag::Position& where, int depth, diag::Sink& sink) {
  sink.error(std::string(diag::kRegistryTooDeep), where,
             i18n::trf("registry '{}' is not read: it would be registry file number {} of a chain in which each "
                       "names the next, and campaign follows at most {} (a notice names its registry, which seldom "
                       "names another). Name the registry the notice needs directly, or give the files of the chain "
                       "on the command line",
                       path, depth, kMaxRegistryDepth));
}

std::vector<fs::path> registry_roots(const std::vector<std::string>& given, const std::vector<std::string>& extra) {
  std::vector<fs::path> roots;
  auto add = [&](const fs::path& folder) {
    fs::path root = resolved(folder.empty() ? fs::path(".") : folder);
    if (std::find(roots.begin(), roots.end(), root) == roots.end()) roots.push_back(std::move(root));
  };
  for (const std::string& path : given) {
    std::error_code ec;
    add(fs::is_directory(path, ec) ? fs::path(path) : fs::path(path).parent_path());
  }
  for (const std::string& folder : extra) add(folder);
  return roots;
}

bool inside_roots(const fs::path& path, const std::vector<fs::path>& roots) {
  const fs::path target = resolved(path);
  return std::any_of(roots.begin(), roots.end(), [&](const fs::path& root) {
    auto [r, t] = std::mismatch(root.begin(), root.end(), target.begin(), target.end());
    return r == root.end();
  });
}

std::vector<std::pair<std::string, diag::Position>> registry_files(
    const std::string& citing, const std::vector<std::pair<std::string, diag::Position>>& written,
    const std::vector<fs::path>& roots, const std::function<bool(const fs::path&)>& loaded, diag::Sink& sink) {
  std::vector<std::pair<std::string, diag::Position>> files;
  for (const auto& [relative, pos] : written) {
    const fs::path p = fs::path(citing).parent_path() / relative;
    if (!inside_roots(p, roots) && !loaded(p)) {
      std::error_code ec;
      const fs::path real = resolved(p);
      const bool link = real != fs::absolute(p, ec).lexically_normal();
      sink.error(
          std::string(diag::kRegistryOutside), pos,
          link ? i18n::trf("registry '{}' (a symbolic link to {}) is outside the folders this run reads registry files "
                           "from ({}), so it is not read: a notice received from elsewhere must not make campaign read "
                           "other files. If it is your registry, name its folder on the command line or with --root "
                           "DIR",
                           relative, real.string(), list_roots(roots))
               : i18n::trf("registry '{}' is outside the folders this run reads registry files from ({}), so it is "
                           "not read: a notice received from elsewhere must not make campaign read other files. If it "
                           "is your registry, name its folder on the command line or with --root DIR",
                           relative, list_roots(roots)));
      continue;
    }
    std::error_code ec;
    const fs::file_status status = fs::status(p, ec);
    if (fs::is_directory(status)) {
      sink.error(std::string(diag::kRegistryNotFound), pos,
                 i18n::trf("registry '{}' is a directory, not a file (looked for {})", relative, p.string()));
      continue;
    }
    if (!fs::is_regular_file(status)) {
      sink.error(std::string(diag::kRegistryNotFound), pos,
                 i18n::trf("registry file '{}' not found (looked for {})", relative, p.string()));
      continue;
    }
    files.emplace_back(p.lexically_normal().string(), pos);
  }
  return files;
}

}  // namespace campaign::load
