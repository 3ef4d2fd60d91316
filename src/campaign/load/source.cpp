#include "campaign/load/source.hpp"

#include <unicode/ucnv.h>

#include <algorithm>

#include "campaign/text/unicode.hpp"

namespace campaign::load {

std::string_view SourceFile::line_text(int line) const {
  if (line < 1 || static_cast<std::size_t>(line) > line_starts.size()) return {};
  std::size_t begin = line_starts[line - 1];
  std::size_t end = static_cast<std::size_t>(line) < line_starts.size() ? line_starts[line] - 1 : text.size();
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

SourceFile make_source(std::string path, std::string text) {
  SourceFile file{std::move(path), std::move(text), {0}};
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

long SourceSet::find(std::string_view path) const {
  for (std::size_t i = 0; i < files_.size(); ++i)
    if (files_[i].path == path) return static_cast<long>(i);
  return -1;
}

namespace {

std::string normalize_line_ends(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < in.size() && in[i + 1] == '\n') ++i;
    } else {
      out.push_back(in[i]);
    }
  }
  return out;
}

bool transcode(std::string_view bytes, const char* charset, std::string& out) {
  UErrorCode status = U_ZERO_ERROR;
  out.resize(bytes.size() * 3 + 16);  // UTF-8 needs at most 3 bytes per UTF-16 unit or 8-bit byte
  int32_t n = ucnv_convert("UTF-8", charset, out.data(), static_cast<int32_t>(out.size()), bytes.data(),
                           static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return false;
  out.resize(static_cast<std::size_t>(n));
  return true;
}

}  // namespace

Decoded decode(std::string_view bytes) {
  Decoded result;
  std::size_t skipped = 0;
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    result.encoding = "UTF-8 with BOM";
    skipped = 3;
  } else if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    bool le = bytes[0] == '\xFF';
    result.encoding = le ? "UTF-16LE" : "UTF-16BE";
    std::string utf8;
    if (bytes.size() % 2 != 0 || !transcode(bytes.substr(2), le ? "UTF-16LE" : "UTF-16BE", utf8)) {
      result.ok = false;
      result.problem = "the file starts with a UTF-16 byte-order mark but is not valid UTF-16";
      return result;
    }
    result.text = normalize_line_ends(utf8);
    return result;
  }
  std::string_view body = bytes.substr(skipped);
  if (auto bad = text::find_invalid_utf8(body)) {
    result.ok = false;
    result.bad_offset = *bad + skipped;
    result.problem = "invalid UTF-8";
    result.text = normalize_line_ends(body.substr(0, *bad));  // up to the problem, for the line number
    // A UTF-8 file with one damaged sequence holds UTF-8 letters before it; an 8-bit file does not.
    const bool utf8_before = std::any_of(body.begin(), body.begin() + static_cast<long>(*bad),
                                         [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    std::string as_1252;
    if (!utf8_before && transcode(body, "windows-1252", as_1252))
      if (auto found = text::find_legacy_text(normalize_line_ends(as_1252))) result.legacy = found->guess.encoding;
    return result;
  }
  result.text = normalize_line_ends(body);
  return result;
}

}  // namespace campaign::load
