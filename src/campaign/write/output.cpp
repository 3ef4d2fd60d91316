#include "campaign/write/output.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <optional>

#include "campaign/i18n/translate.hpp"
#include "campaign/text/unicode.hpp"
#include "campaign/write/fd_stream.hpp"
#include "campaign/write/same_file.hpp"
#include "campaign/write/temp_file.hpp"

namespace campaign::write {
namespace {

namespace fs = std::filesystem;

std::string quoted(const std::string& path) {
  return "'" + text::escape_controls(path) + "'";
}

// Where to write `path`: itself when it is not a regular file (a terminal, /dev/null, a pipe:
// written in place, never replaced), else the file it names, symbolic links followed, so that
// the link stays a link. `existing` is the file that will be replaced, when there is one.
struct Target {
  std::string path;
  bool in_place = false;
  std::optional<struct stat> existing;
};

Target target_of(const std::string& path) {
  Target t{path, false, std::nullopt};
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
    t.in_place = true;
    return t;
  }
  std::error_code ec;
  if (fs::is_symlink(fs::symlink_status(path, ec))) {
    const fs::path resolved = fs::weakly_canonical(path, ec);
    if (!ec) t.path = resolved.string();
  }
  if (::stat(t.path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) t.existing = st;
  return t;
}

// Read-only for this run: no write permission bit at all (chmod 444: even root is refused), or
// none for this user.
bool read_only(const Target& target) {
  if (!target.existing) return false;
  if ((target.existing->st_mode & 0222) == 0) return true;
  return ::faccessat(AT_FDCWD, target.path.c_str(), W_OK, AT_EACCESS) != 0 && errno == EACCES;
}

std::string unchanged(const std::string& path, const Target& target) {
  return target.existing ? i18n::trf("; {} is unchanged", quoted(path)) : "";
}

// Runs `produce` on `fd`; the error, or "". `name` is how the destination is called.
std::string produce_on(int fd, const std::string& name, const std::function<bool(std::ostream&)>& produce) {
  FdStream out(fd);
  const bool ok = produce(out);
  if (const int error = out.finish(); error != 0)
    return i18n::trf("cannot write {}: {}", name, write_error_words(error));
  return ok ? "" : i18n::tr("the output could not be produced");
}

std::string write_stdout(const std::function<bool(std::ostream&)>& produce) {
  std::cout.flush();  // anything written through std::cout comes first
  return produce_on(STDOUT_FILENO, i18n::tr("to standard output"), produce);
}

// A device or pipe, written as it is (never created, truncated or replaced).
std::string write_in_place(const std::string& path, const std::function<bool(std::ostream&)>& produce) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) return i18n::trf("cannot write {}: {}", quoted(path), std::strerror(errno));
  std::string error = produce_on(fd, quoted(path), produce);
  if (::close(fd) != 0 && error.empty())
    error = i18n::trf("cannot write {}: {}", quoted(path), write_error_words(errno));
  return error;
}

std::string temp_error(const std::string& path, const TempFile& temp) {
  return i18n::trf("cannot write {}: {}", quoted(path), std::strerror(temp.error()));
}

std::string folder_of(const std::string& path) {
  const fs::path parent = fs::path(path).parent_path();
  return parent.string();
}

// Renames the finished temporary file over the target; the error, or "".
std::string finish(TempFile& temp, const std::string& path, const Target& target) {
  const int error = temp.commit(target.path, target.existing ? &*target.existing : nullptr);
  if (error == 0) return "";
  if (error == EEXIST) return i18n::trf("cannot write {}: its temporary file was replaced while written", quoted(path));
  return i18n::trf("cannot write {}: {}", quoted(path), write_error_words(error)) + unchanged(path, target);
}

}  // namespace

std::string check_output(const std::string& path, const OutputOptions& options) {
  if (path.empty() || path == "-") return "";
  const Target target = target_of(path);
  if (target.in_place) return "";
  std::error_code ec;
  if (fs::is_directory(target.path, ec)) return i18n::trf("cannot write {}: it is a directory", quoted(path));
  if (const std::optional<std::string> input = same_file_as_any(target.path, options.inputs)) {
    if (*input == path)
      return i18n::trf("refusing to write the output to {}: it is one of the input files; choose another --output",
                       quoted(path));
    return i18n::trf(
        "refusing to write the output to {}: it is the input file {} by another path (a link, a "
        "mount or another spelling); choose another --output",
        quoted(path), quoted(*input));
  }
  if (!options.force && read_only(target)) {
    const unsigned mode = target.existing->st_mode & 07777;
    return i18n::trf(
        "refusing to replace {}: {} (mode {:04o}); add --force to replace it, or choose another --output", quoted(path),
        (mode & 0222) == 0 ? i18n::tr("it is read-only") : i18n::tr("you have no permission to write it"), mode);
  }
  return "";
}

std::string write_output(const std::string& path, const OutputOptions& options,
                         const std::function<bool(std::ostream&)>& produce) {
  if (path.empty() || path == "-") return write_stdout(produce);
  if (std::string refused = check_output(path, options); !refused.empty()) return refused;
  const Target target = target_of(path);
  if (target.in_place) return write_in_place(target.path, produce);
  TempFile temp(folder_of(target.path), fs::path(target.path).filename().string(), target.existing.has_value());
  if (temp.fd() < 0) return temp_error(path, temp);
  FdStream out(temp.fd());
  const bool ok = produce(out);
  if (const int error = out.finish(); error != 0)
    return i18n::trf("cannot write {}: {}", quoted(path), write_error_words(error)) + unchanged(path, target);
  if (!ok) return i18n::tr("the output could not be produced") + unchanged(path, target);
  return finish(temp, path, target);
}

std::string write_output_file(const std::string& path, const OutputOptions& options,
                              const std::function<bool(const std::string&)>& produce) {
  const bool to_stream = path.empty() || path == "-";
  if (!to_stream) {
    if (std::string refused = check_output(path, options); !refused.empty()) return refused;
  }
  const Target target = to_stream ? Target{} : target_of(path);
  if (to_stream || target.in_place) {  // stdout, a device or a pipe: staged in the temporary folder
    TempFile temp(options.temp_dir, "campaign-output", true);
    if (temp.fd() < 0)
      return i18n::trf("cannot create a temporary file in {}: {} (set TMPDIR to a writable folder)",
                       quoted(options.temp_dir), std::strerror(temp.error()));
    if (!produce(temp.path())) return i18n::tr("the output could not be produced");
    const int in = ::open(temp.path().c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0) return i18n::trf("cannot read back the temporary file: {}", std::strerror(errno));
    auto copy = [in](std::ostream& out) {
      char buffer[64 * 1024];
      for (ssize_t n; (n = ::read(in, buffer, sizeof buffer)) != 0;) {
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return false;
        out.write(buffer, n);
      }
      return static_cast<bool>(out);
    };
    std::string error = to_stream ? write_stdout(copy) : write_in_place(target.path, copy);
    ::close(in);
    return error;
  }
  TempFile temp(folder_of(target.path), fs::path(target.path).filename().string(), target.existing.has_value());
  if (temp.fd() < 0) return temp_error(path, temp);
  if (!produce(temp.path())) return i18n::tr("the output could not be produced") + unchanged(path, target);
  return finish(temp, path, target);
}

}  // namespace campaign::write
