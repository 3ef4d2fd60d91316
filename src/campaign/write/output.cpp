#include "campaign/write/output.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
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

}  // namespace

std::string write_output(const std::string& path, const std::function<bool(std::ostream&)>& produce) {
  if (path.empty() || path == "-") {
    bool ok = produce(std::cout);
    std::cout.flush();
    return ok ? "" : "the output could not be produced";
  }
  std::string temp = temp_path_beside(path);
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
  return replace(temp, path);
}

std::string write_output_file(const std::string& path, const std::function<bool(const std::string&)>& produce) {
  std::string temp = temp_path_beside(path.empty() || path == "-" ? std::string("output") : path);
  if (!produce(temp)) {
    std::error_code ec;
    fs::remove(temp, ec);
    return "the output could not be produced; '" + path + "' is unchanged";
  }
  if (path.empty() || path == "-") {  // binary to stdout (e.g. xlsx piped): copy the file
    std::ifstream in(temp, std::ios::binary);
    std::cout << in.rdbuf();
    std::cout.flush();
    std::error_code ec;
    fs::remove(temp, ec);
    return "";
  }
  return replace(temp, path);
}

}  // namespace campaign::write
