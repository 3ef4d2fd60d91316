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

std::string replace(const std::string& temp, const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    fs::remove(temp, ec);
    return "cannot write '" + path + "': it is a directory";
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    std::string why = std::strerror(errno);
    fs::remove(temp, ec);
    return "cannot write '" + path + "': " + why;
  }
  return "";
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

bool write_in_place(const std::string& path, const std::function<bool(std::ostream&)>& produce, std::string& error) {
  std::ofstream out(path, std::ios::binary);
  if (!out) {
    error = "cannot write '" + path + "': " + std::strerror(errno);
    return false;
  }
  bool ok = produce(out);
  out.flush();
  if (!out)
    error = "cannot write '" + path + "': write error (disk full?)";
  else if (!ok)
    error = "the output could not be produced";
  return error.empty();
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
  if (target.in_place) {
    std::string error;
    write_in_place(target.path, produce, error);
    return error;
  }
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
      return ok ? "cannot write '" + path + "': write error" : "the output could not be produced; '" + path + "' is unchanged";
    }
  }
  if (target.mode) {
    std::error_code ec;
    fs::permissions(temp, *target.mode, ec);
  }
  return replace(temp, target.path);
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
      if (path.empty() || path == "-") {
        std::cout << in.rdbuf();
        std::cout.flush();
        if (!std::cout) error = "cannot write the output: write error (disk full or closed pipe?)";
      } else {
        write_in_place(target.path, [&](std::ostream& out) { return static_cast<bool>(out << in.rdbuf()); }, error);
      }
    }
    std::error_code ec;
    fs::remove(temp, ec);
    return error;
  }
  if (target.mode) {
    std::error_code ec;
    fs::permissions(temp, *target.mode, ec);
  }
  return replace(temp, target.path);
}

}  // namespace campaign::write
