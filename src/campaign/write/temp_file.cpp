#include "campaign/write/temp_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstring>
#include <random>

namespace campaign::write {
namespace {

// What the signal handler may touch: fixed buffers and flags, written before they are armed.
// A few slots, though the CLI has one temporary file at a time.
constexpr int kSlots = 4;
char g_paths[kSlots][PATH_MAX];
volatile std::sig_atomic_t g_armed[kSlots] = {};
int g_in_use = 0;  // slots taken; handlers are installed while it is above 0

constexpr std::array<int, 3> kSignals = {SIGINT, SIGTERM, SIGHUP};
struct sigaction g_previous[kSignals.size()];

extern "C" void remove_temporary_files(int signal_number) {
  const int saved = errno;
  for (int i = 0; i < kSlots; ++i)
    if (g_armed[i]) ::unlink(g_paths[i]);
  // Then end as the signal would have ended the process (exit status 128 + signal for the shell).
  struct sigaction action {};
  action.sa_handler = SIG_DFL;
  sigemptyset(&action.sa_mask);
  ::sigaction(signal_number, &action, nullptr);
  ::raise(signal_number);  // blocked while the handler runs: delivered when it returns
  errno = saved;
}

void install_handlers() {
  for (std::size_t i = 0; i < kSignals.size(); ++i) {
    struct sigaction action {};
    action.sa_handler = remove_temporary_files;
    sigemptyset(&action.sa_mask);
    for (int s : kSignals) sigaddset(&action.sa_mask, s);
    ::sigaction(kSignals[i], nullptr, &g_previous[i]);
    if (g_previous[i].sa_handler == SIG_IGN) continue;  // e.g. SIGHUP under nohup: stays ignored
    ::sigaction(kSignals[i], &action, nullptr);
  }
}

void restore_handlers() {
  for (std::size_t i = 0; i < kSignals.size(); ++i) ::sigaction(kSignals[i], &g_previous[i], nullptr);
}

// A slot holding `path` for the handler, or -1 when the path does not fit or no slot is free.
int arm(const std::string& path) {
  if (path.size() >= PATH_MAX) return -1;
  for (int i = 0; i < kSlots; ++i) {
    if (g_armed[i]) continue;
    std::memcpy(g_paths[i], path.c_str(), path.size() + 1);
    if (g_in_use++ == 0) install_handlers();
    g_armed[i] = 1;
    return i;
  }
  return -1;
}

void disarm(int slot) {
  if (slot < 0) return;
  g_armed[slot] = 0;
  if (--g_in_use == 0) restore_handlers();
}

// `name` cut on a UTF-8 boundary to at most `bytes` bytes.
std::string cut(const std::string& name, std::size_t bytes) {
  if (name.size() <= bytes) return name;
  std::size_t end = bytes;
  while (end > 0 && (static_cast<unsigned char>(name[end]) & 0xC0) == 0x80) --end;
  return name.substr(0, end);
}

std::string random_suffix(std::mt19937& random) {
  static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  std::string suffix(6, 'x');
  for (char& c : suffix) c = kAlphabet[random() % (sizeof kAlphabet - 1)];
  return suffix;
}

}  // namespace

TempFile::TempFile(const std::string& dir, const std::string& name, bool private_mode,
                   const std::function<std::string()>& suffix) {
  // ".<name>.tmp-XXXXXX" within NAME_MAX (255 bytes on every file system we meet).
  const std::string stem = "." + cut(name, 255 - 12) + ".tmp-";
  const std::string prefix = dir.empty() ? std::string() : (dir.back() == '/' ? dir : dir + "/");
  std::random_device seed;
  std::mt19937 random(seed());
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string path = prefix + stem + (suffix ? suffix() : random_suffix(random));
    // Armed before the file exists, so that no signal can come between creating and arming.
    const int slot = arm(path);
    const int fd =
        ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, private_mode ? 0600 : 0666);
    if (fd >= 0) {
      fd_ = fd;
      slot_ = slot;
      path_ = std::move(path);
      return;
    }
    error_ = errno;
    disarm(slot);
    if (error_ != EEXIST) return;
  }
}

TempFile::~TempFile() {
  discard();
}

void TempFile::discard() {
  if (fd_ >= 0) ::close(fd_);
  if (fd_ >= 0 || slot_ >= 0) ::unlink(path_.c_str());
  fd_ = -1;
  disarm(slot_);
  slot_ = -1;
}

int TempFile::commit(const std::string& target, const struct stat* replaced) {
  struct stat opened = {};
  struct stat named = {};
  int error = 0;
  if (::fstat(fd_, &opened) != 0 || ::lstat(path_.c_str(), &named) != 0)
    error = errno;
  else if (opened.st_dev != named.st_dev || opened.st_ino != named.st_ino)
    error = EEXIST;  // swapped
  if (error == 0 && replaced) {
    // The owner and group of the file replaced, where the system allows (root, or a group the
    // user belongs to); otherwise the file is the user's, as any file they create.
    if ((opened.st_uid != replaced->st_uid || opened.st_gid != replaced->st_gid) &&
        ::fchown(fd_, replaced->st_uid, replaced->st_gid) != 0 &&
        ::fchown(fd_, static_cast<uid_t>(-1), replaced->st_gid) != 0) {
      // neither: keep the user's own
    }
    if (::fchmod(fd_, replaced->st_mode & 0777) != 0) error = errno;
  }
  if (error == 0 && ::fsync(fd_) != 0 && errno != EINVAL) error = errno;  // EINVAL: cannot be synced
  if (::close(fd_) != 0 && error == 0) error = errno;
  fd_ = -1;
  if (error == 0 && ::rename(path_.c_str(), target.c_str()) != 0) error = errno;
  if (error != 0) {
    discard();
    return error;
  }
  disarm(slot_);  // renamed: there is nothing left to remove
  slot_ = -1;
  return 0;
}

}  // namespace campaign::write
