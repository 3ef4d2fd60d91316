#pragma once
// An output stream on a POSIX file descriptor that remembers why a write failed (errno), so that
// a full disk is reported as such instead of as a stream that went bad for no stated reason.

#include <ostream>
#include <streambuf>
#include <string>
#include <vector>

namespace campaign::write {

/// Buffers 64 KiB and writes with write(2), retrying partial writes and EINTR. After the first
/// failure it keeps the error number, discards everything after it and the stream goes bad.
class FdBuf : public std::streambuf {
 public:
  explicit FdBuf(int fd);
  FdBuf(const FdBuf&) = delete;
  FdBuf& operator=(const FdBuf&) = delete;
  ~FdBuf() override;
  /// 0, or the errno of the first write that failed.
  [[nodiscard]] int error() const { return error_; }

 protected:
  int_type overflow(int_type ch) override;
  int sync() override;

 private:
  bool drain();

  int fd_;
  int error_ = 0;
  std::vector<char> buffer_;
};

/// An std::ostream over FdBuf. The descriptor is not closed: its owner closes it.
class FdStream : public std::ostream {
 public:
  explicit FdStream(int fd) : std::ostream(nullptr), buf_(fd) { rdbuf(&buf_); }
  /// Writes what is buffered; 0 when everything written so far reached the descriptor, else
  /// the errno of the first failure.
  int finish();

 private:
  FdBuf buf_;
};

/// A write error in words for the end of "cannot write 'x': …": the system's message, with
/// what it means for the clerk when the medium is at fault: ENOSPC "No space left on device
/// (the disk is full)", EDQUOT, EIO (the disk or USB stick failed or was removed), EFBIG.
std::string write_error_words(int error);

}  // namespace campaign::write
