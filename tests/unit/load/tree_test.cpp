// Tests of campaign/load/tree.hpp: the compact tree built from yaml-cpp's events gives what
// YAML::Load gives for the same text (kinds, scalars, marks, styles, tags, aliases).
#include "campaign/load/tree.hpp"

#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace campaign;

namespace {

// Compares a tree node with the YAML::Load node of the same text, recursively (depth-bounded,
// for aliases of a collection that holds itself).
void same(const load::Node& mine, const YAML::Node& theirs, int depth = 0) {
  REQUIRE(mine.Type() == theirs.Type());
  CHECK(mine.Mark().pos == theirs.Mark().pos);
  CHECK(mine.Mark().line == theirs.Mark().line);
  CHECK(mine.Mark().column == theirs.Mark().column);
  if (depth > 8) return;
  if (theirs.IsScalar()) {
    CHECK(mine.Scalar() == theirs.Scalar());
    CHECK(mine.IsPlain() == (theirs.Tag() == "?"));
    return;
  }
  CHECK(mine.Style() == theirs.Style());
  REQUIRE(mine.size() == theirs.size());
  auto m = mine.begin();
  auto t = theirs.begin();
  for (; t != theirs.end(); ++t, ++m) {
    REQUIRE(m != mine.end());
    if (theirs.IsMap()) {
      same(m->first, t->first, depth + 1);
      same(m->second, t->second, depth + 1);
    } else {
      same(*m, *t, depth + 1);
    }
  }
  CHECK(m == mine.end());
}

void same_as_load(const std::string& text) {
  CAPTURE(text);
  const load::Tree tree(text);
  same(tree.root(), YAML::Load(text));
}

}  // namespace

TEST_CASE("The event tree holds what YAML::Load holds", "[load][tree]") {
  same_as_load("format: campaign/1\nbodies:\n  - {id: a, name: \"Ủy ban\"}\n  - id: b\n    name: 'x'\n");
  same_as_load("a: [1, 2, [3, {b: c}]]\nd:\ne: ~\nf: null\ng: !!str 12\nh: |\n  two\n  lines\n");
  same_as_load("a: &x {k: v}\nb: *x\nc: [*x, *x]\n&k key: value\n");
  same_as_load("- a\n- - b\n  - c\n- {}\n- []\n");
  same_as_load("scalar\n");
  same_as_load("a: 1\na: 2\n");       // duplicates kept, in order
  same_as_load("a: 1\n---\nb: 2\n");  // the first document only
}

TEST_CASE("An empty text is the null node at no position", "[load][tree]") {
  const load::Tree tree("# only a comment\n");
  CHECK(tree.root().IsNull());
  CHECK(tree.root().Mark().line == -1);
  CHECK(tree.root().size() == 0);
  CHECK(tree.root().begin() == tree.root().end());
}

TEST_CASE("An alias is its anchor's node, a collection may hold itself", "[load][tree]") {
  const load::Tree tree("a: &s [x, *s]\n");
  const load::Node list = tree.root().begin()->second;
  REQUIRE(list.IsSequence());
  REQUIRE(list.size() == 2);
  CHECK(list[1].IsSequence());
  CHECK(list[1][1][0].Scalar() == "x");
  CHECK(list[1].Mark().pos == list.Mark().pos);
}

TEST_CASE("Parse errors are yaml-cpp's exceptions, as YAML::Load throws them", "[load][tree]") {
  for (const std::string& text :
       std::vector<std::string>{"a: [1, 2\n", "a: *nope\n", "a: b: c\n", std::string(2000, '[')}) {
    CAPTURE(text.substr(0, 20));
    std::string load_error, tree_error;
    try {
      YAML::Load(text);
    } catch (const YAML::Exception& e) {
      load_error = e.what();
    }
    try {
      load::Tree tree(text);
    } catch (const YAML::Exception& e) {
      tree_error = e.what();
    }
    CHECK_FALSE(load_error.empty());
    CHECK(tree_error == load_error);
  }
}
