#pragma once
// A file's YAML as a compact tree built from yaml-cpp's event stream (YAML::Parser with an
// EventHandler, issue 18), in place of yaml-cpp's node graph (YAML::Load, about 50 times the
// text): one array of nodes (kind, mark, style, and a range of children or of the string pool),
// one array of child indices, one string pool of the scalars. `Node` is a handle into it with
// the part of YAML::Node's interface the readers use (Type, IsMap, Scalar, Mark, Style, size,
// iteration), so that MapReader and its accessors read it as they read yaml-cpp's nodes.

#include <yaml-cpp/emitterstyle.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/node/type.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace campaign::load {

class Tree;

/// One node of a Tree, or the null node of a file without a document. A cheap handle: the
/// tree must outlive it. An alias (*name) is the node its anchor names (as YAML::Load makes it),
/// with that node's mark.
class Node {
 public:
  class Iterator;
  Node() = default;
  Node(const Tree* tree, std::uint32_t index) : tree_(tree), index_(index) {}

  [[nodiscard]] YAML::NodeType::value Type() const;
  [[nodiscard]] bool IsNull() const { return Type() == YAML::NodeType::Null; }
  [[nodiscard]] bool IsScalar() const { return Type() == YAML::NodeType::Scalar; }
  [[nodiscard]] bool IsSequence() const { return Type() == YAML::NodeType::Sequence; }
  [[nodiscard]] bool IsMap() const { return Type() == YAML::NodeType::Map; }
  /// A scalar's text as parsed (escapes resolved); empty for other nodes.
  [[nodiscard]] std::string_view Scalar() const;
  /// True for a scalar written without quotes or tag (yaml-cpp's non-specific tag "?").
  [[nodiscard]] bool IsPlain() const;
  /// Where the node starts (0-based line, byte column and offset); line -1 for the null node.
  [[nodiscard]] YAML::Mark Mark() const;
  /// Flow (`[a, b]`, `{k: v}`) or block, for lists and mappings; Default for the rest.
  [[nodiscard]] YAML::EmitterStyle::value Style() const;
  /// Items of a list, entries of a mapping, 0 otherwise.
  [[nodiscard]] std::size_t size() const;
  /// Item `i` of a list (i < size()).
  [[nodiscard]] Node operator[](std::size_t i) const;
  [[nodiscard]] Iterator begin() const;
  [[nodiscard]] Iterator end() const;

 private:
  const Tree* tree_ = nullptr;
  std::uint32_t index_ = 0;
};

/// What iterating gives: for a list, the item itself; for a mapping, an entry (`first` the key,
/// `second` the value), as yaml-cpp's iterators do.
struct IteratorValue : Node {
  Node first;
  Node second;
};

/// Iterates the items of a list or the entries of a mapping.
class Node::Iterator {
 public:
  struct Arrow {
    IteratorValue value;
    const IteratorValue* operator->() const { return &value; }
  };
  using iterator_category = std::forward_iterator_tag;
  using value_type = IteratorValue;
  using difference_type = std::ptrdiff_t;
  using pointer = Arrow;
  using reference = IteratorValue;

  Iterator() = default;
  Iterator(const Tree* tree, const std::uint32_t* at, bool map) : tree_(tree), at_(at), map_(map) {}
  IteratorValue operator*() const;
  Arrow operator->() const { return {**this}; }
  Iterator& operator++() {
    at_ += map_ ? 2 : 1;
    return *this;
  }
  Iterator operator++(int) {
    Iterator was = *this;
    ++*this;
    return was;
  }
  bool operator==(const Iterator& other) const { return at_ == other.at_; }

 private:
  const Tree* tree_ = nullptr;
  const std::uint32_t* at_ = nullptr;
  bool map_ = false;
};

/// The first document of a YAML text as a compact tree. Parse errors are yaml-cpp's exceptions
/// (YAML::ParserException, YAML::DeepRecursion), the same as YAML::Load throws for the text.
class Tree {
 public:
  /// Parses the first document of `text` (the rest is not read, as with YAML::Load).
  explicit Tree(std::string_view text);
  /// A tree of one scalar holding `value` as it is (any bytes, as YAML::Node(value) makes one):
  /// for tests of the readers on text that YAML would escape.
  static std::unique_ptr<Tree> scalar(std::string_view value);
  Tree(const Tree&) = delete;
  Tree& operator=(const Tree&) = delete;

  /// The document's root; the null node (line -1) when the text holds no document.
  [[nodiscard]] Node root() const { return nodes_.empty() ? Node() : Node(this, root_); }
  /// Bytes held (nodes, child indices, scalars), for measurements.
  [[nodiscard]] std::size_t memory() const;

 private:
  friend class Node;
  friend class Node::Iterator;
  friend class TreeBuilder;
  Tree() = default;
  enum class Kind : std::uint8_t { null, scalar, sequence, map };
  struct Data {
    std::int32_t pos, line, column;  // the mark
    std::uint32_t first;             // scalar: offset in pool_; list, mapping: index in children_
    std::uint32_t count;             // scalar: bytes; list, mapping: child indices (2 per entry)
    Kind kind;
    std::uint8_t style;  // YAML::EmitterStyle::value
    bool plain;
  };
  std::vector<Data> nodes_;
  std::vector<std::uint32_t> children_;
  std::string pool_;
  std::uint32_t root_ = 0;
};

}  // namespace campaign::load
