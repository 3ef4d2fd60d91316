#pragma once
// Source files as read: path, decoded UTF-8 text, and line starts for positions and carets.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "campaign/diag/diagnostic.hpp"

namespace campaign::load {

/// One input file after decoding: `text` is UTF-8 with '\n' line ends (BOM removed,
/// UTF-16 transcoded, CRLF and lone CR turned into LF), so yaml-cpp and carets agree.
struct SourceFile {
  std::string path;  ///< as given on the command line, or found under a directory
  std::string text;
  std::vector<std::size_t> line_starts;  ///< byte offset of each line (index 0 = line 1)

  /// Line `line` (1-based) without its '\n'; empty when out of range.
  [[nodiscard]] std::string_view line_text(int line) const;
  /// 1-based character column of byte offset `byte_column` (0-based) in line `line`.
  [[nodiscard]] int char_column(int line, int byte_column) const;
  /// 1-based line of a byte offset into `text`.
  [[nodiscard]] int line_of_offset(std::size_t offset) const;
};

/// A file with its line starts computed.
SourceFile make_source(std::string path, std::string text);

/// SourceFile::char_column, counted incrementally: from the column last asked on the same line
/// (forwards or backwards, whichever is shorter from there or from the line start), so that the
/// positions of the many nodes of one long line cost time linear in the line, not quadratic
/// (issue 11: a 1,000,000-item flow list). Same results as char_column for valid UTF-8. One per
/// reader: not thread-safe. The file must outlive it.
class ColumnCounter {
 public:
  explicit ColumnCounter(const SourceFile& file) : file_(&file) {}
  /// 1-based character column of byte offset `byte_column` (0-based) in line `line`.
  int char_column(int line, int byte_column);

 private:
  const SourceFile* file_;
  int line_ = 0;
  std::size_t byte_ = 0;   ///< byte offset in line_ of the last column asked
  std::size_t chars_ = 0;  ///< code points before it
};

/// All files of a run; a diag::Position's `file` indexes into it.
class SourceSet {
 public:
  /// Adds a file and returns its index. Computes line starts.
  std::uint32_t add(std::string path, std::string text);
  /// Reserves the next index for a file that is read later (possibly on another thread), so
  /// that positions can name it meanwhile; until set(), it has its path and no text.
  std::uint32_t reserve(std::string path);
  /// Puts the file read for a reserved index in place.
  void set(std::uint32_t index, SourceFile file) { files_[index] = std::move(file); }
  [[nodiscard]] const SourceFile& operator[](std::uint32_t index) const { return files_[index]; }
  [[nodiscard]] std::size_t size() const { return files_.size(); }
  /// Index of the file with this path, or -1.
  [[nodiscard]] long find(std::string_view path) const;

 private:
  std::vector<SourceFile> files_;
};

/// The outcome of decoding raw bytes: UTF-8 text, what was found, and the first problem.
struct Decoded {
  std::string text;
  std::string encoding = "UTF-8";  ///< "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE"
  bool ok = true;
  /// When !ok: what is wrong, at which byte offset of the raw file, and what to do (one
  /// sentence); for 8-bit bytes it names the legacy encoding they look like (TCVN3, VNI).
  std::string problem;
};

/// Decodes file bytes: strips a UTF-8 BOM, transcodes UTF-16 LE/BE with a BOM (ICU),
/// normalizes CRLF and CR to LF, and checks UTF-8 (Unicode §3.9), UTF-16 surrogate pairs and
/// the absence of NUL and other control characters but tab and line ends (YAML 1.2 §5.1).
/// 8-bit bytes that are not UTF-8 are recognised as Vietnamese in Windows-1258, or read as
/// Windows-1252 to tell TCVN3/VNI files apart; UTF-16 without a byte-order mark and UTF-32
/// (LE or BE, with or without one) are recognised and refused. On failure `text` holds the
/// decoded text up to the problem, for its line and column. Never throws.
Decoded decode(std::string_view bytes);

}  // namespace campaign::load
