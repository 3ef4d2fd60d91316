#pragma once
// Following `registry:` paths safely (issue 11): a path is read only when it lies inside the
// folders the clerk pointed the run at, and chains of registries are followed to a bounded
// depth, without recursion. Rules: docs/validate.md, "Limits" and "Registry files".

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "campaign/diag/diagnostic.hpp"

namespace campaign::load {

/// How many registry files deep a chain is followed from a file given on the command line: a
/// notice names its registry (depth 1), which may name another (2)… Deeper is E026.
inline constexpr int kMaxRegistryDepth = 16;

/// Reports E026 into `sink`: registry `path`, named at `where`, would be file number `depth` of a
/// chain longer than kMaxRegistryDepth, and is not read.
void report_too_deep(const std::string& path, const diag::Position& where, int depth, diag::Sink& sink);

/// The folders registry files may be read from: every `given` path's folder (a directory itself,
/// a file's parent folder) and every `extra` folder (--root), made absolute with symbolic links
/// resolved. Never throws; a path that cannot be resolved is taken as written, made absolute.
std::vector<std::filesystem::path> registry_roots(const std::vector<std::string>& given,
                                                  const std::vector<std::string>& extra);

/// True when `path` (which need not exist) lies inside one of `roots` (from registry_roots),
/// after making it absolute and resolving its symbolic links: `../x` and a link that leads
/// out of a root are outside.
bool inside_roots(const std::filesystem::path& path, const std::vector<std::filesystem::path>& roots);

/// The registry files a file names that exist and may be read, as paths to load (lexically
/// normal) with the position of each. `citing` is the path of the file that names them; each
/// of `written` is relative to its folder (or absolute). A path outside `roots` that is not
/// `loaded` already (given on the command line, or found in a folder given) is refused (E027)
/// without looking at the file system for it; a directory or a missing file is E014. Reports
/// into `sink`.
std::vector<std::pair<std::string, diag::Position>> registry_files(
    const std::string& citing, const std::vector<std::pair<std::string, diag::Position>>& written,
    const std::vector<std::filesystem::path>& roots, const std::function<bool(const std::filesystem::path&)>& loaded,
    diag::Sink& sink);

}  // namespace campaign::load
