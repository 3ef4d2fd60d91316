#pragma once
// Writing a command's result to stdout or to a file that is replaced only on success.

#include <functional>
#include <ostream>
#include <string>

namespace campaign::write {

/// Runs `produce` on stdout when `path` is empty or "-"; otherwise on a temporary file in the
/// same folder, renamed over `path` only when `produce` returns true and the file was written
/// completely, so a failed run never truncates an existing output. Returns "" on success or
/// an error message naming the path ("cannot write 'out.csv': Permission denied").
std::string write_output(const std::string& path, const std::function<bool(std::ostream&)>& produce);

/// The same for binary writers that need a file path (libxlsxwriter): `produce` gets the
/// temporary path to write to.
std::string write_output_file(const std::string& path, const std::function<bool(const std::string&)>& produce);

}  // namespace campaign::write
