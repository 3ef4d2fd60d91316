#pragma once
// Files and directories -> one model. The first stage of every command:
// bytes -> text (encoding, line ends) -> YAML -> model (driven by load/schema.hpp).

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "campaign/diag/diagnostic.hpp"
#include "campaign/load/source.hpp"
#include "campaign/model/model.hpp"

namespace campaign::load {

/// How far loading has come, for a progress line: files and bytes done, seconds since the start.
struct LoadProgress {
  std::size_t files_done = 0;
  std::size_t files_total = 0;
  std::size_t bytes_done = 0;
  double seconds = 0;
};

struct LoadOptions {
  std::size_t max_file_size = 64u << 20;  ///< bytes; larger files are refused (E021)
  bool follow_registry = true;            ///< load the files a document's `registry` names
  unsigned jobs = 0;                      ///< threads reading files; 0 = one per core
  /// Folders registry files may be read from (--root), besides the folder of every path given
  /// (load_bytes: of its path). A `registry:` path outside all of them that names no file loaded
  /// otherwise is refused (E027) and never read: load/registry.hpp.
  std::vector<std::string> roots;
  /// Called on the calling thread about ten times a second while files are read, and once
  /// when all are (files_done == files_total). Empty: no reports.
  std::function<void(const LoadProgress&)> progress;
};

/// Everything a command needs after loading: the sources (for carets), the merged model and
/// the diagnostics. `unreadable` is set when a path could not be read at all, which makes
/// the command unable to run (exit status 2) rather than the input invalid (exit status 1).
struct Loaded {
  SourceSet sources;
  model::Model model;
  diag::Sink diagnostics;
  bool unreadable = false;
  std::size_t file_count = 0;
};

/// Loads `paths` (files, or directories searched recursively for *.yaml and *.yml, in
/// sorted order; symlinked directories are not followed, so loops cannot happen) and every
/// registry file they name (inside the folders of `paths` and `options.roots`, at most
/// kMaxRegistryDepth files deep: load/registry.hpp), and merges them into one model. Files are read and parsed on
/// `options.jobs` threads, each file's YAML tree freed once its part of the model is built;
/// the result is the same whatever the number of threads (merged in the order above). Reports encoding, YAML and
/// schema problems; the rules across the model are check::run_rules'. Never throws for bad input.
Loaded load_paths(const std::vector<std::string>& paths, const LoadOptions& options = {});

/// Loads one file's raw bytes as if read from `path`, without touching the file system for
/// it (registry files it names are looked up but not loaded). The entry point of the loader
/// fuzz target (fuzz/fuzz_load.cpp) and of tests on in-memory text. Never throws for bad input.
Loaded load_bytes(const std::string& path, std::string_view bytes, const LoadOptions& options = {});

}  // namespace campaign::load
