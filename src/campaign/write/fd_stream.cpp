#include "campaign/write/fd_stream.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "campaign/i18n/translate.hpp"

namespace campaign::write {

FdBuf::FdBuf(int fd) : fd_(fd), buffer_(std::size_t{64} * 1024) {
  setp(buffer_.data(), buffer_.data() + buffer_.size());
}

FdBuf::~FdBuf() {
  drain();
}

bool FdBuf::drain() {
  const char* at = pbase();
  std::size_t left = static_cast<std::size_t>(pptr() - pbase());
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  while (left > 0 && error_ == 0) {
    const ssize_t written = ::write(fd_, at, left);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) {
      error_ = written < 0 ? errno : EIO;
      break;
    }
    at += written;
    left -= static_cast<std::size_t>(written);
  }
  return error_ == 0;
}

FdBuf::int_type FdBuf::overflow(int_type ch) {
  if (!drain()) return traits_type::eof();
  if (traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::not_eof(ch);
  *pptr() = traits_type::to_char_type(ch);
  pbump(1);
  return ch;
}

int FdBuf::sync() {
  return drain() ? 0 : -1;
}

int FdStream::finish() {
  flush();
  return buf_.error();
}

std::string write_error_words(int error) {
  std::string words = std::strerror(error);
  switch (error) {
    case ENOSPC:
      return i18n::trf("{} (the disk is full: free some space or write elsewhere)", words);
    case EDQUOT:
      return i18n::trf("{} (your disk quota is used up)", words);
    case EIO:
      return i18n::trf("{} (the disk or USB stick failed or was removed; check it and try again)", words);
    case EFBIG:
      return i18n::trf("{} (larger than the file system or 'ulimit -f' allows)", words);
    default:
      return words;
  }
}

}  // namespace campaign::write
