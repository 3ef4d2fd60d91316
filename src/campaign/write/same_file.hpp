#pragma once
// Whether an output path is one of the input files, by the file's identity rather than its
// name: a hard link, a bind mount, `./x`, `../dir/x` and, on a file system that folds case
// (a FAT or exFAT USB stick, a case-insensitive ext4 folder), `NOTICE.YAML` all reach the
// same file as `notice.yaml`.

#include <optional>
#include <string>
#include <vector>

namespace campaign::write {

/// The element of `inputs` that `path` names the same file as, or nullopt. When `path`
/// exists: equal device and inode (stat, symbolic links followed). When it does not exist yet:
/// an input in the same folder (equal device and inode of the folders) whose name is `path`'s,
/// or equal to it after Unicode lower case when that folder folds case, which is found by
/// looking the input up with the case of its ASCII letters swapped and getting the same inode
/// (a name without ASCII letters cannot be probed and is compared exactly).
std::optional<std::string> same_file_as_any(const std::string& path, const std::vector<std::string>& inputs);

}  // namespace campaign::write
