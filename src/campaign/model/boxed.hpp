#pragma once

#include <memory>
#include <optional>
#include <utility>

namespace campaign::model {

/// An optional value kept on the heap: the interface of std::optional<T> that the model uses
/// (test, `*`, `->`, assignment, reset, comparison), with deep copies, in 8 bytes instead of
/// sizeof(T) + 8. For parts of the model that most objects leave empty (a task's report rule,
/// its cancellation, a result value's fraction), where an inline optional would make every
/// object pay for the rare one (issue 18: a task was 1,040 bytes, a unit value 176).
template <typename T>
class Boxed {
 public:
  Boxed() = default;
  Boxed(std::nullopt_t) {}  // NOLINT(google-explicit-constructor): as std::optional
  Boxed(T value) : ptr_(std::make_unique<T>(std::move(value))) {}  // NOLINT(google-explicit-constructor)
  Boxed(const std::optional<T>& value) {                           // NOLINT(google-explicit-constructor)
    if (value) ptr_ = std::make_unique<T>(*value);
  }
  Boxed(const Boxed& other) : ptr_(other.ptr_ ? std::make_unique<T>(*other.ptr_) : nullptr) {}
  Boxed(Boxed&&) noexcept = default;
  Boxed& operator=(const Boxed& other) {
    if (this != &other) ptr_ = other.ptr_ ? std::make_unique<T>(*other.ptr_) : nullptr;
    return *this;
  }
  Boxed& operator=(Boxed&&) noexcept = default;
  Boxed& operator=(std::nullopt_t) {
    ptr_.reset();
    return *this;
  }
  ~Boxed() = default;

  [[nodiscard]] bool has_value() const { return ptr_ != nullptr; }
  explicit operator bool() const { return ptr_ != nullptr; }
  T& operator*() { return *ptr_; }
  const T& operator*() const { return *ptr_; }
  T* operator->() { return ptr_.get(); }
  const T* operator->() const { return ptr_.get(); }
  /// The value, as std::optional::value; throws std::bad_optional_access when empty.
  const T& value() const {
    if (!ptr_) throw std::bad_optional_access();
    return *ptr_;
  }
  /// Makes the box hold T{args...} and returns it.
  template <typename... Args>
  T& emplace(Args&&... args) {
    ptr_ = std::make_unique<T>(std::forward<Args>(args)...);
    return *ptr_;
  }
  void reset() { ptr_.reset(); }
  /// A copy as std::optional (for results that outlive the model).
  [[nodiscard]] std::optional<T> get() const { return ptr_ ? std::optional<T>(*ptr_) : std::nullopt; }

  friend bool operator==(const Boxed& a, const Boxed& b) {
    if (!a.ptr_ || !b.ptr_) return !a.ptr_ && !b.ptr_;
    return *a.ptr_ == *b.ptr_;
  }

 private:
  std::unique_ptr<T> ptr_;
};

}  // namespace campaign::model
