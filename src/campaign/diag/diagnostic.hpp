#pragma once
// Diagnostics: every problem found in input files, with its place, code and message.
// Input problems are collected, never thrown; only the CLI boundary turns them into an exit status.

#include <compare>
#include <cstdint>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace campaign::diag {

/// `note`: information that changes nothing (a body written by its name was read as its id);
/// `warning`: probably wrong, the run goes on (exit 1 only with --strict); `error`: wrong.
enum class Severity { note, warning, error };

/// A place in a source file: 1-based line and column (column counts characters of the
/// decoded UTF-8 line, the way editors show it); line 0 means "the whole file".
struct Position {
  std::uint32_t file = 0;  ///< index into SourceSet (see load/source.hpp)
  int line = 0;
  int column = 0;

  auto operator<=>(const Position&) const = default;
};

/// One finding. `code` is stable (E0xx errors, W0xx warnings; listed in docs/errors.md);
/// `notes` are extra places ("first defined here") shown after the main message.
struct Diagnostic {
  Severity severity = Severity::error;
  std::string code;
  Position position;
  std::string message;
  struct Note {
    Position position;
    std::string message;
  };
  std::vector<Note> notes;
};

/// Collects diagnostics in the order found; `sorted()` orders them by file, line, column. A
/// diagnostic identical to one already collected (same code, place and message: e.g. a problem in
/// a YAML node that aliases (*name) make the loader read once per use) is kept once.
class Sink {
 public:
  void error(std::string code, Position pos, std::string message);
  void warning(std::string code, Position pos, std::string message);
  void note(std::string code, Position pos, std::string message);
  /// Adds a fully built diagnostic (e.g. one with notes), unless an identical one is there.
  void add(Diagnostic diagnostic);
  /// Appends every diagnostic of `other` (used to merge per-file sinks).
  void merge(Sink&& other);

  [[nodiscard]] const std::vector<Diagnostic>& all() const { return items_; }
  [[nodiscard]] std::vector<Diagnostic> sorted() const;
  [[nodiscard]] std::size_t error_count() const;
  [[nodiscard]] std::size_t warning_count() const;
  [[nodiscard]] std::size_t note_count() const;

 private:
  std::vector<Diagnostic> items_;
  std::set<std::tuple<Position, std::string, std::string>> seen_;  ///< place, code, message of items_
};

}  // namespace campaign::diag
