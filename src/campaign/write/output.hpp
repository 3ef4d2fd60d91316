#pragma once
// Writing a command's result to stdout or to a file that is replaced only on success, never
// through a planted link, never over an input and never over a read-only file unasked.

#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace campaign::write {

struct OutputOptions {
  /// Replace an output file that is read-only (no write permission bit, or not writable by
  /// this user): --force. Without it such a file is refused, even for root.
  bool force = false;
  /// The files that were read (load::Loaded::sources): the output is never one of them.
  std::vector<std::string> inputs;
  /// Where binary output to stdout is staged (the CLI passes $TMPDIR, else /tmp); never the
  /// current folder, which may be read-only or shared.
  std::string temp_dir = "/tmp";
};

/// Why `path` must not be written, or "" when it may: it is a directory; it is one of `inputs`,
/// compared by identity (device and inode, following symbolic links, so a hard link, a bind
/// mount or another spelling of the path is caught), or, when it does not exist yet, by its
/// folder's identity and its name, compared without case when that folder's file system folds
/// case (found by looking the input up with its letters' case swapped); or it is read-only
/// and `options.force` is not set. "" and "-" (stdout) are always allowed.
std::string check_output(const std::string& path, const OutputOptions& options);

/// Runs `produce` on stdout when `path` is empty or "-"; on a device or pipe in place; otherwise
/// on a new temporary file beside the target (temp_file.hpp), renamed over `path` only when
/// `produce` returns true and every byte was written and flushed to the disk, so a failed or
/// interrupted run never truncates an existing output. A symbolic link given as `path` stays a
/// link and the file it leads to is replaced, keeping its permissions. Every write is checked.
/// Returns "" on success or an error message naming the path and the reason ("cannot write
/// 'out.csv': No space left on device (the disk is full: …); 'out.csv' is unchanged").
std::string write_output(const std::string& path, const OutputOptions& options,
                         const std::function<bool(std::ostream&)>& produce);

/// The same for binary writers that need a file path (libxlsxwriter): `produce` gets the
/// temporary path to write to. For stdout the temporary file is made in `options.temp_dir`,
/// copied to stdout and removed.
std::string write_output_file(const std::string& path, const OutputOptions& options,
                              const std::function<bool(const std::string&)>& produce);

}  // namespace campaign::write
