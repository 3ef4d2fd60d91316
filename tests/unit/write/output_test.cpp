// Tests of campaign/write/output.hpp, temp_file.hpp and same_file.hpp: an output replaces its
// target only when complete, never an input (by identity), never a read-only file without
// --force, and its temporary file is gone after a failure or a SIGINT/SIGTERM/SIGHUP.

#include "campaign/write/output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "campaign/write/fd_stream.hpp"
#include "campaign/write/same_file.hpp"
#include "campaign/write/temp_file.hpp"

namespace fs = std::filesystem;
using namespace campaign;

namespace {

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("campaign-output-test-" + std::to_string(::getpid()) + "-" +
                                               std::to_string(reinterpret_cast<std::uintptr_t>(this)));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
  std::string file(const std::string& name) const { return (path / name).string(); }
  std::string write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name, std::ios::binary) << text;
    return file(name);
  }
  // Names of the files in the folder (temporary files included).
  std::vector<std::string> names() const {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(path)) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
  }
};

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

unsigned mode_of(const std::string& path) {
  struct stat st {};
  ::stat(path.c_str(), &st);
  return st.st_mode & 07777;
}

auto writes(const std::string& text) {
  return [text](std::ostream& out) { return static_cast<bool>(out << text); };
}

}  // namespace

TEST_CASE("An output file is replaced only when complete, and no temporary file stays", "[write][output]") {
  TempDir dir;
  const std::string out = dir.file("han.csv");
  SECTION("a new file") {
    CHECK(write::write_output(out, {}, writes("mới\n")) == "");
    CHECK(read(out) == "mới\n");
    CHECK(dir.names() == std::vector<std::string>{"han.csv"});
    CHECK(mode_of(out) != 0600);  // a new file gets 0666 less the umask, as any other
  }
  SECTION("a failed run leaves the old file as it was") {
    dir.write("han.csv", "cũ\n");
    CHECK(write::write_output(out, {}, [](std::ostream& o) {
            o << "half";
            return false;
          }) == "the output could not be produced; '" + out + "' is unchanged");
    CHECK(read(out) == "cũ\n");
    CHECK(dir.names() == std::vector<std::string>{"han.csv"});
  }
  SECTION("a failed run creates no file") {
    CHECK(write::write_output(out, {}, [](std::ostream&) { return false; }) == "the output could not be produced");
    CHECK(dir.names().empty());
  }
  SECTION("a private file stays private") {
    dir.write("han.csv", "cũ\n");
    fs::permissions(out, fs::perms::owner_read | fs::perms::owner_write);
    CHECK(write::write_output(out, {}, writes("mới\n")) == "");
    CHECK(mode_of(out) == 0600);
  }
}

TEST_CASE("A read-only output is refused without --force, even for root, and keeps its mode with it",
          "[write][output]") {
  TempDir dir;
  const std::string out = dir.write("han.csv", "cũ\n");
  ::chmod(out.c_str(), 0444);
  CHECK(write::write_output(out, {}, writes("mới\n")) ==
        "refusing to replace '" + out +
            "': it is read-only (mode 0444); add --force to replace it, or choose another "
            "--output");
  CHECK(read(out) == "cũ\n");
  write::OutputOptions force;
  force.force = true;
  CHECK(write::write_output(out, force, writes("mới\n")) == "");
  CHECK(read(out) == "mới\n");
  CHECK(mode_of(out) == 0444);
  CHECK(dir.names() == std::vector<std::string>{"han.csv"});
}

TEST_CASE("The output is compared with the inputs by identity, not by name", "[write][output][same-file]") {
  TempDir dir;
  const std::string notice = dir.write("notice.yaml", "format: campaign/1\n");
  write::OutputOptions options;
  options.inputs = {notice};
  SECTION("the same path, and another spelling of it") {
    CHECK(write::check_output(notice, options) ==
          "refusing to write the output to '" + notice + "': it is one of the input files; choose another --output");
    const std::string dotted = (dir.path / "." / "notice.yaml").string();
    CHECK_THAT(write::check_output(dotted, options),
               Catch::StartsWith("refusing to write the output to '" + dotted + "': it is the input file '" + notice +
                                 "' by another path"));
  }
  SECTION("a hard link (what a bind mount also gives: the same device and inode)") {
    fs::create_directory(dir.path / "view");
    fs::create_hard_link(notice, dir.path / "view" / "notice.yaml");
    CHECK(write::same_file_as_any(dir.file("view/notice.yaml"), options.inputs) == notice);
    CHECK(write::write_output(dir.file("view/notice.yaml"), options, writes("x")) != "");
    CHECK(read(notice) == "format: campaign/1\n");
  }
  SECTION("a symbolic link to the input") {
    fs::create_symlink(notice, dir.path / "link.yaml");
    CHECK(write::same_file_as_any(dir.file("link.yaml"), options.inputs) == notice);
  }
  SECTION("a name that differs in case is another file on a file system that keeps case") {
    CHECK(write::same_file_as_any(dir.file("NOTICE.yaml"), options.inputs) == std::nullopt);
    CHECK(write::check_output(dir.file("NOTICE.yaml"), options) == "");
  }
  SECTION("another file in the same folder") {
    CHECK(write::same_file_as_any(dir.file("out.yaml"), options.inputs) == std::nullopt);
  }
}

TEST_CASE("A full disk is named", "[write][output]") {
  if (!fs::exists("/dev/full")) return;
  CHECK(write::write_output("/dev/full", {}, writes(std::string(200000, 'x'))) ==
        "cannot write '/dev/full': No space left on device (the disk is full: free some space or write elsewhere)");
}

TEST_CASE("Write errors of the medium say what they mean for the clerk", "[write][output]") {
  CHECK(write::write_error_words(ENOSPC) ==
        "No space left on device (the disk is full: free some space or write elsewhere)");
  CHECK(write::write_error_words(EIO) ==
        "Input/output error (the disk or USB stick failed or was removed; check it and try again)");
  CHECK(write::write_error_words(EFBIG) == "File too large (larger than the file system or 'ulimit -f' allows)");
  CHECK(write::write_error_words(EACCES) == "Permission denied");
}

TEST_CASE("A temporary file is new, private when asked, and its name fits", "[write][output][temp]") {
  TempDir dir;
  write::TempFile a(dir.path.string(), "han.csv", true);
  write::TempFile b(dir.path.string(), "han.csv", false);
  REQUIRE(a.fd() >= 0);
  REQUIRE(b.fd() >= 0);
  CHECK(a.path() != b.path());
  CHECK(fs::path(a.path()).filename().string().starts_with(".han.csv.tmp-"));
  CHECK(mode_of(a.path()) == 0600);
  const std::string long_name(300, 'a');
  write::TempFile c(dir.path.string(), long_name, true);
  CHECK(c.fd() >= 0);
  CHECK(fs::path(c.path()).filename().string().size() <= 255);
  c.discard();
  a.discard();
  b.discard();
  CHECK(dir.names().empty());
}

TEST_CASE("A temporary file is never opened through a planted file or link of its name", "[write][output][temp]") {
  TempDir dir;
  const std::string victim = dir.write("victim.txt", "không được ghi đè\n");
  fs::create_symlink(victim, dir.path / ".han.csv.tmp-AAAAAA");                // a link to another file
  fs::create_symlink(dir.path / "nowhere", dir.path / ".han.csv.tmp-BBBBBB");  // a dangling link
  dir.write(".han.csv.tmp-CCCCCC", "someone else's");                          // a file
  const std::vector<std::string> planted = dir.names();
  int attempt = 0;
  write::TempFile temp(dir.path.string(), "han.csv", false, [&attempt] { return std::string(6, "ABCD"[attempt++]); });
  REQUIRE(temp.fd() >= 0);
  CHECK(temp.path() == dir.file(".han.csv.tmp-DDDDDD"));
  CHECK(::write(temp.fd(), "x", 1) == 1);
  CHECK(read(victim) == "không được ghi đè\n");
  CHECK_FALSE(fs::exists(dir.path / "nowhere"));
  CHECK(read(dir.file(".han.csv.tmp-CCCCCC")) == "someone else's");
  temp.discard();
  CHECK(dir.names() == planted);  // its own file removed, the planted ones left alone
}

namespace {

// Runs write_output in a child process that raises `signal_number` halfway through producing;
// returns how the child ended (waitpid status).
int interrupted_write(const std::string& out, int signal_number) {
  const pid_t child = ::fork();
  if (child == 0) {
    std::signal(signal_number, SIG_DFL);
    write::write_output(out, {}, [signal_number](std::ostream& o) {
      o << std::string(100000, 'x') << std::flush;
      ::raise(signal_number);
      o << "never";
      return true;
    });
    ::_exit(0);
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  return status;
}

}  // namespace

TEST_CASE("SIGINT, SIGTERM and SIGHUP while writing remove the temporary file and leave the output",
          "[write][output][signal]") {
  for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
    CAPTURE(signal_number);
    TempDir dir;
    const std::string out = dir.write("han.json", "cũ\n");
    const int status = interrupted_write(out, signal_number);
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == signal_number);  // the process still ends by the signal
    CHECK(read(out) == "cũ\n");
    CHECK(dir.names() == std::vector<std::string>{"han.json"});
  }
}

TEST_CASE("Binary output to stdout is staged in the temporary folder, never the current one", "[write][output]") {
  TempDir dir;
  fs::create_directory(dir.path / "tmp");
  const std::string captured = dir.file("stdout.bin");
  std::cout.flush();  // nothing of this process's own output may reach the child's stdout
  std::fflush(stdout);
  const pid_t child = ::fork();
  if (child == 0) {
    const int fd = ::open(captured.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ::dup2(fd, STDOUT_FILENO);
    write::OutputOptions options;
    options.temp_dir = (dir.path / "tmp").string();
    const std::string error = write::write_output_file("", options, [](const std::string& path) {
      std::ofstream(path, std::ios::binary) << "PK\x03\x04 workbook";
      return fs::path(path).parent_path().filename() == "tmp";
    });
    ::_exit(error.empty() ? 0 : 1);
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(read(captured) == "PK\x03\x04 workbook");
  CHECK(fs::is_empty(dir.path / "tmp"));
}
