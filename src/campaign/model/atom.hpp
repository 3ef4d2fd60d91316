#pragma once

#include <fmt/core.h>

#include <compare>
#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace campaign::model {

/// An interned text: ids the model repeats by the hundred thousand (a unit id in every target,
/// weight and result value; the task key and the body of every submission) held once per run
/// and named by a pointer, 8 bytes instead of std::string's 32 (issue 18: a unit value was 112
/// bytes, a submission 208). Equal texts are the same atom, so equality compares pointers;
/// ordering compares the texts. Interning is thread-safe (the loader's threads build atoms in
/// parallel); interned texts live until the process ends. Converts implicitly from and to text,
/// so that an atom reads like the std::string it replaces.
class Atom {
 public:
  /// The empty text.
  Atom() noexcept;
  Atom(std::string_view text);    // NOLINT(google-explicit-constructor): reads like a string
  Atom(const std::string& text);  // NOLINT(google-explicit-constructor)
  Atom(const char* text);         // NOLINT(google-explicit-constructor)

  [[nodiscard]] const std::string& str() const noexcept { return *text_; }
  [[nodiscard]] std::string_view view() const noexcept { return *text_; }
  operator const std::string&() const noexcept { return *text_; }  // NOLINT(google-explicit-constructor)
  operator std::string_view() const noexcept { return *text_; }    // NOLINT(google-explicit-constructor)
  [[nodiscard]] bool empty() const noexcept { return text_->empty(); }
  [[nodiscard]] std::size_t size() const noexcept { return text_->size(); }
  [[nodiscard]] std::size_t find(char c, std::size_t from = 0) const noexcept { return text_->find(c, from); }
  [[nodiscard]] std::string substr(std::size_t from, std::size_t count = std::string::npos) const {
    return text_->substr(from, count);
  }
  /// The identity of the text (for hashing): equal texts give the same pointer.
  [[nodiscard]] const void* identity() const noexcept { return text_; }

  friend bool operator==(Atom a, Atom b) noexcept { return a.text_ == b.text_; }
  friend bool operator==(Atom a, std::string_view b) noexcept { return a.view() == b; }
  friend bool operator==(Atom a, const std::string& b) noexcept { return a.view() == b; }
  friend bool operator==(Atom a, const char* b) noexcept { return a.view() == b; }
  friend std::strong_ordering operator<=>(Atom a, Atom b) noexcept { return a.view() <=> b.view(); }
  friend std::strong_ordering operator<=>(Atom a, std::string_view b) noexcept { return a.view() <=> b; }
  friend std::ostream& operator<<(std::ostream& out, Atom a) { return out << a.view(); }

 private:
  const std::string* text_;
};

/// Number of distinct texts interned so far (for tests and benchmarks).
std::size_t atom_count();

}  // namespace campaign::model

template <>
struct std::hash<campaign::model::Atom> {
  std::size_t operator()(campaign::model::Atom a) const noexcept { return std::hash<const void*>{}(a.identity()); }
};

template <>
struct fmt::formatter<campaign::model::Atom> : fmt::formatter<std::string_view> {
  template <typename Context>
  auto format(campaign::model::Atom a, Context& ctx) const {
    return fmt::formatter<std::string_view>::format(a.view(), ctx);
  }
};
