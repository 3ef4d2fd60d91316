#pragma once
// The files of a run as read: path, decoded UTF-8 text, and line starts for positions and
// carets. Diagnostics name places in them (diag::Position::file indexes a SourceSet); the loader
// fills them, the writers of diagnostics read them.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace campaign::diag {

/// What a file on disk was when it was read: its size and a hash of its bytes; read again, it is
/// the same file only if both agree. Its modification time does not count: a file only touched
/// (or copied back, or checked out again) has the same lines, and its excerpt stays right.
struct Fingerprint {
  std::uint64_t size = 0;
  std::uint64_t hash = 0;
  bool operator==(const Fingerprint&) const = default;
};

/// One input file after decoding: `text` is UTF-8 with '\n' line ends (BOM removed,
/// UTF-16 transcoded, CRLF and lone CR turned into LF), so yaml-cpp and carets agree.
struct SourceFile {
  std::string path;  ///< as given on the command line, or found under a directory
  std::string text;
  std::vector<std::size_t> line_starts;  ///< byte offset of each line (index 0 = line 1)
  /// Set when `text` and `line_starts` were let go after loading (every file read from disk,
  /// issue 18): what the file was then, to read it again for an excerpt (SourceSet::line).
  std::optional<Fingerprint> dropped;

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

  /// Reads a file whose text was dropped again (decoded as when loaded): nullopt when it cannot
  /// be read or is no longer the file of `dropped` (the loader provides it).
  using Reader = std::function<std::optional<std::string>(const SourceFile&)>;
  void set_reader(Reader reader) { reader_ = std::move(reader); }
  /// Line `line` (1-based) of file `index` for an excerpt: from the text kept, or, for a file
  /// whose text was dropped, read again (the last file read again is kept, so that the
  /// diagnostics of one file, written together, read it once). nullopt when it was dropped and
  /// has changed since it was loaded (or cannot be read any more): its lines are unknown.
  [[nodiscard]] std::optional<std::string_view> line(std::uint32_t index, int line) const;

 private:
  std::vector<SourceFile> files_;
  Reader reader_;
  mutable std::optional<std::uint32_t> reread_index_;  ///< the file read again last
  mutable std::optional<SourceFile> reread_;           ///< its text, nullopt when it changed
};

}  // namespace campaign::diag
