#include "campaign/write/output.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <random>

namespace campaign::write {
namespace {

namespace fs = std::filesystem;

std::string temp_path_beside(const std::string& path) {
  fs::path p(path);
  std::random_device rd;
  return (p.parent_path() / fmt::format(".{}.tmp-{}-{}", p.filename().string(), getpid(), rd() % 100000)).string();
}

// Where to write `path`: itself when it is not a regular file (a terminal, /dev/null, a pipe:
// written in place, never replaced), else the file it names, symbolic links followed, so that
// the link stays a link. `mode` gets the permissions of an existing file, to keep them.
struct Target {
  std::string path;
  bool in_place = false;
  std::optional<fs::perms> mode;
};

Target target_of(const std::string& path) {
  std::error_code ec;
  fs::file_status status = fs::status(path, ec);
  if (!ec && fs::exists(status) && !fs::is_regular_file(status) && !fs::is_directory(status)) return {path, true, {}};
  Target t{path, false, {}};
  if (fs::is_symlink(fs::symlink_status(path, ec))) {
    fs::path resolved = fs::weakly_canonical(path, ec);
    if (!ec) t.path = resolved.string();
  }
  if (!ec && fs::is_regular_file(status)) t.mode = status.permissions();
  return t;
}

// Renames the finished `temp` over `target`, with the permissions of the file it replaces.
std::string replace(const std::string& temp, const Target& target) {
  std::error_code ec;
  if (fs::is_directory(target.path, ec)) {
    fs::remove(temp, ec);
    return "cannot write '" + target.path + "': it is a directory";
  }
  if (target.mode) fs::permissions(temp, *target.mode, ec);
  if (std::rename(temp.c_str(), target.path.c_str()) != 0) {
    std::string why = std::strerror(errno);
    fs::remove(temp, ec);
    return "cannot write '" + target.path + "': " + why;
  }
  return "";
}

// Writes a device or pipe as it is; the error, or "".
std::string write_in_place(const std::string& path, const std::function<bool(std::ostream&)>& produce) {
  std::ofstream out(path, std::ios::binary);
  if (!out) return "cannot write '" + path + "': " + std::strerror(errno);
  bool ok = produce(out);
  out.flush();
  if (!out) return "cannot write '" + path + "': write error (disk full?)";
  return ok ? "" : "the output could not be produced";
}

}  // namespace

std::string write_output(const std::string& path, const std::function<bool(std::ostream&)>& produce) {
  if (path.empty() || path == "-") {
    bool ok = produce(std::cout);
    std::cout.flush();
    if (ok && !std::cout) return "cannot write the output: write error (disk full or closed pipe?)";
    return ok ? "" : "the output could not be produced";
  }
  const Target target = target_of(path);
  if (target.in_place) return write_in_place(target.path, produce);
  std::string temp = temp_path_beside(target.path);
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) return "cannot write '" + path + "': " + std::strerror(errno);
    bool ok = produce(out);
    out.flush();
    if (!ok || !out) {
      out.close();
      std::error_code ec;
      fs::remove(temp, ec);
      return ok ? "cannot write '" + path + "': write error"
                : "the output could not be produced; '" + path + "' is unchanged";
    }
  }
  return replace(temp, target);
}

std::string write_output_file(const std::string& path, const std::function<bool(const std::string&)>& produce) {
  const Target target = target_of(path.empty() || path == "-" ? std::string("output") : path);
  std::string temp = temp_path_beside(target.in_place ? std::string("output") : target.path);
  if (!produce(temp)) {
    std::error_code ec;
    fs::remove(temp, ec);
    return "the output could not be produced; '" + path + "' is unchanged";
  }
  if (path.empty() || path == "-" || target.in_place) {  // to stdout or a device/pipe: copy the bytes
    std::string error;
    {
      std::ifstream in(temp, std::ios::binary);
      error = write_output(path, [&](std::ostream& out) { return static_cast<bool>(out << in.rdbuf()); });
    }
    std::error_code ec;
    fs::remove(temp, ec);
    return error;
  }
  return replace(temp, target);
}

}  // namespace campaign::write
