#pragma once
// The file `campaign record` appends to: found, snapshotted before loading, appended to as
// text, read back, and replaced atomically only when nobody changed it meanwhile.

#include <sys/stat.h>

#include <optional>
#include <string>
#include <vector>

#include "campaign/load/loader.hpp"
#include "campaign/schedule/record.hpp"

namespace campaign::cli {

/// A file as read before loading: whether it existed, its bytes and its size and mtime.
struct Snapshot {
  bool exists = false;
  std::string bytes;
  off_t size = 0;
  struct timespec mtime {};
};

/// Reads `path` (nullopt, after saying why, when it exists but cannot be read).
std::optional<Snapshot> take_snapshot(const std::string& path, std::size_t max_size);

/// The paths to load: `paths` (the current folder when empty), and `file` too when it exists and
/// is neither one of them nor under one of the folders among them.
std::vector<std::string> paths_with(const std::vector<std::string>& paths, const std::string& file);

/// The file records of `kind` go to: `file` when given; else the one loaded file that holds
/// records of that kind. "" after saying why when there is none or several.
std::string target_file(const load::Loaded& loaded, const std::string& file, schedule::RecordKind kind);

/// Appends the records of `checks` to `path` as text (write/record_yaml.hpp), checks that the
/// new text reads back as the file's records plus these, and replaces the file atomically,
/// unless it changed since `before` was taken. False after saying why (nothing was written).
bool append_to_file(const std::string& path, const Snapshot& before, const std::vector<schedule::RecordCheck>& checks,
                    schedule::RecordKind kind, std::size_t max_size);

}  // namespace campaign::cli
