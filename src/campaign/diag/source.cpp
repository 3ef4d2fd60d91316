// The files of a run, their lines and character columns (see source.hpp).

#include "campaign/diag/source.hpp"

#include <algorithm>

#include "campaign/text/unicode.hpp"

namespace campaign::diag {

std::string_view SourceFile::line_text(int line) const {
  if (line < 1 || static_cast<std::size_t>(line) > line_starts.size()) return {};
  const auto index = static_cast<std::size_t>(line);  // 1-based, in range: checked above
  std::size_t begin = line_starts[index - 1];
  std::size_t end = index < line_starts.size() ? line_starts[index] - 1 : text.size();
  if (end > begin && text[end - 1] == '\n') --end;  // the last line's own line end
  return std::string_view(text).substr(begin, end - begin);
}

int SourceFile::char_column(int line, int byte_column) const {
  std::string_view l = line_text(line);
  int column = 1 + text::count_code_points(l.substr(0, static_cast<std::size_t>(std::max(byte_column, 0))));
  // Past the end of the line (yaml-cpp points there at end of input): count the rest as columns.
  if (static_cast<std::size_t>(byte_column) > l.size()) column += byte_column - static_cast<int>(l.size());
  return column;
}

int SourceFile::line_of_offset(std::size_t offset) const {
  auto it = std::upper_bound(line_starts.begin(), line_starts.end(), offset);
  return static_cast<int>(it - line_starts.begin());
}

namespace {

// Code points in valid UTF-8: the bytes that are not continuation bytes. Unlike stepping through
// characters, this adds up over any split of the text, so counts can be moved in both directions.
std::size_t count_lead_bytes(std::string_view utf8) {
  return static_cast<std::size_t>(
      std::count_if(utf8.begin(), utf8.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace

int ColumnCounter::char_column(int line, int byte_column) {
  const std::string_view l = file_->line_text(line);
  const std::size_t target = std::min(static_cast<std::size_t>(std::max(byte_column, 0)), l.size());
  if (line != line_ || (target < byte_ && target < byte_ - target)) {  // another line, or nearer its start
    line_ = line;
    byte_ = 0;
    chars_ = 0;
  }
  if (target >= byte_)
    chars_ += count_lead_bytes(l.substr(byte_, target - byte_));
  else
    chars_ -= count_lead_bytes(l.substr(target, byte_ - target));
  byte_ = target;
  int column = 1 + static_cast<int>(chars_);
  // Past the end of the line (yaml-cpp points there at end of input): count the rest as columns.
  if (static_cast<std::size_t>(std::max(byte_column, 0)) > l.size()) column += byte_column - static_cast<int>(l.size());
  return column;
}

SourceFile make_source(std::string path, std::string text) {
  SourceFile file{std::move(path), std::move(text), {0}, std::nullopt};
  const std::string& t = file.text;
  for (std::size_t i = t.find('\n'); i != std::string::npos && i + 1 < t.size(); i = t.find('\n', i + 1))
    file.line_starts.push_back(i + 1);
  return file;
}

std::uint32_t SourceSet::add(std::string path, std::string text) {
  files_.push_back(make_source(std::move(path), std::move(text)));
  return static_cast<std::uint32_t>(files_.size() - 1);
}

std::uint32_t SourceSet::reserve(std::string path) {
  files_.push_back(make_source(std::move(path), {}));
  return static_cast<std::uint32_t>(files_.size() - 1);
}

std::optional<std::string_view> SourceSet::line(std::uint32_t index, int line) const {
  const SourceFile& file = files_[index];
  if (!file.dropped) return file.line_text(line);
  if (reread_index_ != index) {
    reread_index_ = index;
    reread_.reset();
    if (reader_)
      if (std::optional<std::string> text = reader_(file)) reread_ = make_source(file.path, std::move(*text));
  }
  if (!reread_) return std::nullopt;
  return reread_->line_text(line);
}

long SourceSet::find(std::string_view path) const {
  for (std::size_t i = 0; i < files_.size(); ++i)
    if (files_[i].path == path) return static_cast<long>(i);
  return -1;
}

}  // namespace campaign::diag
