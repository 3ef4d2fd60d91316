#include "campaign/model/atom.hpp"

#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <thread>
#include <unordered_set>
#include <vector>

#include "campaign/model/model.hpp"

using campaign::model::Atom;

TEST_CASE("Atom: equal texts are one atom, read like a string", "[model][atom]") {
  const std::string text = "tan-lap";
  Atom a{text};
  Atom b{std::string_view("tan-lap")};
  Atom c{"tan-lap"};
  CHECK(a.identity() == b.identity());
  CHECK(a.identity() == c.identity());
  CHECK(a == b);
  CHECK(a == "tan-lap");
  CHECK(a == text);
  CHECK(a == std::string_view("tan-lap"));
  CHECK("tan-lap" == a);
  CHECK_FALSE(a == "tan-lap ");
  CHECK(a.str() == "tan-lap");
  CHECK(a.size() == 7);
  CHECK(a.find('-') == 3);
  CHECK(a.substr(4) == "lap");
  const std::string& as_string = a;
  CHECK(&as_string == &a.str());  // no copy
  std::string_view as_view = a;
  CHECK(as_view == "tan-lap");
  CHECK(fmt::format("[{:>9}]", a) == "[  tan-lap]");
  std::ostringstream out;
  out << a;
  CHECK(out.str() == "tan-lap");
}

TEST_CASE("Atom: the empty text, ordering by text, hashing by identity", "[model][atom]") {
  Atom empty;
  CHECK(empty.empty());
  CHECK(empty == "");
  CHECK(empty == Atom(std::string()));
  CHECK(Atom("a") < Atom("b"));
  CHECK(Atom("b") > Atom("a"));
  CHECK(Atom("ab") < Atom("b"));  // by text, not by when it was interned
  CHECK((Atom("x") <=> std::string_view("x")) == std::strong_ordering::equal);
  std::unordered_set<Atom> set{Atom("x"), Atom("y"), Atom("x")};
  CHECK(set.size() == 2);
  // A model member that is an atom takes text as a std::string did.
  campaign::model::Submission s;
  s.task = std::string("127-TB/BCĐ#2.1");
  s.body = "bcd-xa@tan-lap";
  CHECK(s.task == "127-TB/BCĐ#2.1");
  CHECK(s.number.empty());
  CHECK(sizeof(Atom) == sizeof(void*));
}

TEST_CASE("Atom: interning from many threads gives one atom per text", "[model][atom]") {
  const std::size_t before = campaign::model::atom_count();
  constexpr std::size_t kThreads = 4;
  constexpr int kTexts = 2000;
  std::vector<std::vector<const void*>> seen(kThreads);
  {
    std::vector<std::jthread> threads;
    for (std::size_t t = 0; t < kThreads; ++t)
      threads.emplace_back([&seen, t] {
        for (int i = 0; i < kTexts; ++i) seen[t].push_back(Atom(fmt::format("atom-test-unit-{}", i)).identity());
      });
  }
  for (std::size_t t = 1; t < kThreads; ++t) CHECK(seen[t] == seen[0]);
  CHECK(campaign::model::atom_count() == before + kTexts);
  CHECK(Atom("atom-test-unit-1999") == Atom(fmt::format("atom-test-unit-{}", 1999)));
}
