// The compact YAML tree (see tree.hpp): built from yaml-cpp's events as YAML::Load's NodeBuilder
// builds its nodes (the same events, anchors and aliases resolved the same way).
#include "campaign/load/tree.hpp"

#include <yaml-cpp/parser.h>

#include <istream>
#include <limits>
#include <stdexcept>
#include <streambuf>

namespace campaign::load {

YAML::NodeType::value Node::Type() const {
  if (tree_ == nullptr) return YAML::NodeType::Null;
  switch (tree_->nodes_[index_].kind) {
    case Tree::Kind::null:
      return YAML::NodeType::Null;
    case Tree::Kind::scalar:
      return YAML::NodeType::Scalar;
    case Tree::Kind::sequence:
      return YAML::NodeType::Sequence;
    case Tree::Kind::map:
      return YAML::NodeType::Map;
  }
  return YAML::NodeType::Null;
}

std::string_view Node::Scalar() const {
  if (!IsScalar()) return {};
  const Tree::Data& d = tree_->nodes_[index_];
  return std::string_view(tree_->pool_).substr(d.first, d.count);
}

bool Node::IsPlain() const {
  return IsScalar() && tree_->nodes_[index_].plain;
}

YAML::Mark Node::Mark() const {
  if (tree_ == nullptr) return YAML::Mark::null_mark();
  const Tree::Data& d = tree_->nodes_[index_];
  YAML::Mark mark;
  mark.pos = d.pos;
  mark.line = d.line;
  mark.column = d.column;
  return mark;
}

YAML::EmitterStyle::value Node::Style() const {
  if (tree_ == nullptr) return YAML::EmitterStyle::Default;
  return static_cast<YAML::EmitterStyle::value>(tree_->nodes_[index_].style);
}

std::size_t Node::size() const {
  if (!IsSequence() && !IsMap()) return 0;
  const Tree::Data& d = tree_->nodes_[index_];
  return IsMap() ? d.count / 2 : d.count;
}

Node Node::operator[](std::size_t i) const {
  return {tree_, tree_->children_[tree_->nodes_[index_].first + i]};
}

Node::Iterator Node::begin() const {
  if (!IsSequence() && !IsMap()) return {};
  return {tree_, tree_->children_.data() + tree_->nodes_[index_].first, IsMap()};
}

Node::Iterator Node::end() const {
  if (!IsSequence() && !IsMap()) return {};
  const Tree::Data& d = tree_->nodes_[index_];
  return {tree_, tree_->children_.data() + d.first + d.count, IsMap()};
}

IteratorValue Node::Iterator::operator*() const {
  IteratorValue value;
  if (map_) {
    value.first = Node(tree_, at_[0]);
    value.second = Node(tree_, at_[1]);
  } else {
    static_cast<Node&>(value) = Node(tree_, at_[0]);
  }
  return value;
}

namespace {

// The text as an input stream, without copying it (YAML::Load copies it into a stringstream).
class ViewBuffer : public std::streambuf {
 public:
  explicit ViewBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data());  // only read: get area
    setg(begin, begin, begin + text.size());
  }
};

}  // namespace

/// Builds a Tree from the events of one document, as yaml-cpp's NodeBuilder builds its nodes:
/// children are gathered on a stack while their collection is open, then stored together.
class TreeBuilder : public YAML::EventHandler {
 public:
  explicit TreeBuilder(Tree& tree) : tree_(tree) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    add(mark, Tree::Kind::null, anchor, 0, 0, YAML::EmitterStyle::Default, false);
  }
  void OnAlias(const YAML::Mark&, YAML::anchor_t anchor) override {
    if (anchor == 0 || anchor > anchors_.size()) throw std::logic_error("campaign: alias of an unknown anchor");
    child(anchors_[anchor - 1]);
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    const std::size_t offset = tree_.pool_.size();
    tree_.pool_.append(value);
    add(mark, Tree::Kind::scalar, anchor, narrow(offset), narrow(value.size()), YAML::EmitterStyle::Default,
        tag == "?");
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    open_.push_back({add(mark, Tree::Kind::sequence, anchor, 0, 0, style, false), stack_.size()});
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    open_.push_back({add(mark, Tree::Kind::map, anchor, 0, 0, style, false), stack_.size()});
  }
  void OnMapEnd() override { close(); }

 private:
  struct Open {
    std::uint32_t node;
    std::size_t first;  // its first child on stack_
  };

  static std::uint32_t narrow(std::size_t n) {
    if (n > std::numeric_limits<std::uint32_t>::max()) throw std::length_error("campaign: YAML text beyond 4 GiB");
    return static_cast<std::uint32_t>(n);
  }

  std::uint32_t add(const YAML::Mark& mark, Tree::Kind kind, YAML::anchor_t anchor, std::uint32_t first,
                    std::uint32_t count, YAML::EmitterStyle::value style, bool plain) {
    const std::uint32_t index = narrow(tree_.nodes_.size());
    tree_.nodes_.push_back(
        {mark.pos, mark.line, mark.column, first, count, kind, static_cast<std::uint8_t>(style), plain});
    if (anchor != 0) {
      if (anchors_.size() < anchor) anchors_.resize(anchor);
      anchors_[anchor - 1] = index;
    }
    child(index);
    return index;
  }

  void child(std::uint32_t index) {
    if (open_.empty()) {
      if (!rooted_) tree_.root_ = index;
      rooted_ = true;
    } else {
      stack_.push_back(index);
    }
  }

  void close() {
    const Open open = open_.back();
    open_.pop_back();
    Tree::Data& d = tree_.nodes_[open.node];
    d.first = narrow(tree_.children_.size());
    d.count = narrow(stack_.size() - open.first);
    tree_.children_.insert(tree_.children_.end(), stack_.begin() + static_cast<std::ptrdiff_t>(open.first),
                           stack_.end());
    stack_.resize(open.first);
  }

  Tree& tree_;
  std::vector<Open> open_;
  std::vector<std::uint32_t> stack_;
  std::vector<std::uint32_t> anchors_;  // anchor id - 1 -> node
  bool rooted_ = false;
};

Tree::Tree(std::string_view text) {
  pool_.reserve(text.size());  // scalars parsed are no longer than their text (aliases are not copied)
  ViewBuffer buffer(text);
  std::istream in(&buffer);
  YAML::Parser parser(in);
  TreeBuilder builder(*this);
  parser.HandleNextDocument(builder);
}

std::unique_ptr<Tree> Tree::scalar(std::string_view value) {
  std::unique_ptr<Tree> tree(new Tree());
  TreeBuilder builder(*tree);
  builder.OnScalar(YAML::Mark::null_mark(), "?", YAML::NullAnchor, std::string(value));  // at no position
  return tree;
}

std::size_t Tree::memory() const {
  return nodes_.capacity() * sizeof(Data) + children_.capacity() * sizeof(std::uint32_t) + pool_.capacity();
}

}  // namespace campaign::load
