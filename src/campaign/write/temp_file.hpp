#pragma once
// The temporary file an output is written to before it replaces the target: created so that
// no planted file or link can be written through, and removed on failure and on SIGINT,
// SIGTERM and SIGHUP.

#include <sys/stat.h>

#include <functional>
#include <string>

namespace campaign::write {

/// A new, empty file `.<name>.tmp-XXXXXX` in a folder, open for writing. Created with
/// O_CREAT|O_EXCL|O_NOFOLLOW (as mkstemp does), so an existing file or symbolic link of that
/// name is never opened. While it exists, SIGINT, SIGTERM and SIGHUP (unless ignored) remove it
/// before the process ends as the signal says. The destructor removes it unless commit()
/// renamed it. Not thread-safe: the CLI's main thread writes the outputs.
class TempFile {
 public:
  /// Creates the file in `dir` ("" for the current folder), named after `name` (cut to fit the
  /// file system's 255 bytes). `private_mode`: created 0600 (the contents of a file that is
  /// private stay private while written), else 0666 less the umask. On failure, `fd()` is -1
  /// and `error()` says why. `suffix` gives the six characters after "tmp-" of each attempt
  /// (default: random letters and digits; a name that exists is skipped, up to 100 attempts).
  TempFile(const std::string& dir, const std::string& name, bool private_mode,
           const std::function<std::string()>& suffix = {});
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile();

  [[nodiscard]] int fd() const { return fd_; }
  [[nodiscard]] const std::string& path() const { return path_; }
  /// The errno of the failure, or 0.
  [[nodiscard]] int error() const { return error_; }

  /// Makes the finished file `target`: checks that its name still leads to the file opened (a
  /// library that wrote it by name could have been fooled), gives it the permissions of the file
  /// it replaces, when `replaced` is given (and its owner and group, where the system allows),
  /// flushes it to the disk (fsync, so a crash cannot leave an empty target) and renames it over
  /// `target`. Returns 0 or the errno of the step that failed; on failure the file is removed.
  int commit(const std::string& target, const struct stat* replaced);

  /// Closes and removes the file now (also done by the destructor).
  void discard();

 private:
  int fd_ = -1;
  int error_ = 0;
  int slot_ = -1;
  std::string path_;
};

}  // namespace campaign::write
