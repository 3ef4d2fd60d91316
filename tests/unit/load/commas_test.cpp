// Tests of campaign/load/commas.hpp: keys that are the rest of a value a comma cut in a flow
// mapping, and the flow lists recorded for check::comma_splits.

#include <catch2/catch.hpp>

#include "campaign/check/rules.hpp"
#include "campaign/diag/codes.hpp"
#include "campaign/load/loader.hpp"

using namespace campaign;

namespace {

std::vector<diag::Diagnostic> errors(const load::Loaded& l) {
  std::vector<diag::Diagnostic> out;
  for (const auto& d : l.diagnostics.sorted())
    if (d.severity == diag::Severity::error) out.push_back(d);
  return out;
}

}  // namespace

TEST_CASE("A key without ':' after a text in a flow mapping is the rest of that text", "[load][commas]") {
  const auto l = load::load_bytes("b.yaml", "format: campaign/1\nbodies:\n  - {id: x, name: Các cơ quan, đơn vị}\n");
  const auto found = errors(l);
  REQUIRE(found.size() == 1);
  CHECK(found[0].code == diag::kUnknownKey);
  CHECK(found[0].position.line == 3);
  CHECK(found[0].position.column == 32);
  CHECK(found[0].message ==
        "unknown key 'đơn vị' in body: the comma before it cut the value of 'name' (inside {…} a comma ends a "
        "value); to keep the comma in the text, quote it: name: \"Các cơ quan, đơn vị\", or write the mapping one "
        "key per line");
}

TEST_CASE("Several pieces of one value are reported once, at the first", "[load][commas]") {
  const auto l = load::load_bytes(
      "b.yaml", "format: campaign/1\nbodies:\n  - {id: x, name: Các cơ quan, ban, ngành huyện, aliases: [A]}\n");
  const auto found = errors(l);
  REQUIRE(found.size() == 1);
  CHECK(found[0].position.column == 32);
  CHECK(
      found[0].message.starts_with("unknown keys 'ban', 'ngành huyện' in body: the commas before them cut the "
                                   "value of 'name'"));
  CHECK(found[0].message.find("name: \"Các cơ quan, ban, ngành huyện\"") != std::string::npos);
}

TEST_CASE("A known key without value after a text gets both readings", "[load][commas]") {
  const auto l = load::load_bytes("b.yaml", "format: campaign/1\nbodies:\n  - {id: x, name: UBND các xã, per_unit}\n");
  const auto found = errors(l);
  REQUIRE(found.size() == 1);
  CHECK(found[0].code == diag::kWrongType);
  CHECK(found[0].message ==
        "'per_unit' has no value; write one, or remove the key; or, if 'per_unit' is the end of the value of 'name', "
        "which the comma before it cut (inside {…} a comma ends a value), quote that value: name: \"UBND các xã, "
        "per_unit\"");
}

TEST_CASE("Keys with ':', after a quoted value, a number or in a block mapping are no pieces", "[load][commas]") {
  // `k:` has a colon (an empty value, E006 as before); after a quoted value the key is just
  // unknown; in block style the comma is part of the text.
  const auto colon = errors(load::load_bytes("b.yaml", "format: campaign/1\nbodies:\n  - {id: x, name: A b, c:}\n"));
  REQUIRE(colon.size() == 1);
  CHECK(colon[0].message == "unknown key 'c' in body; allowed keys: id, name, full_name, aliases, per_unit, units");
  const auto quoted =
      errors(load::load_bytes("b.yaml", "format: campaign/1\nbodies:\n  - {id: x, name: \"Các cơ quan\", đơn vị}\n"));
  REQUIRE(quoted.size() == 1);
  CHECK(quoted[0].message.starts_with("unknown key 'đơn vị' in body; allowed keys"));
  const auto block =
      load::load_bytes("b.yaml", "format: campaign/1\nbodies:\n  - id: x\n    name: Các cơ quan, đơn vị\n");
  CHECK(block.diagnostics.all().empty());
  REQUIRE(block.model.bodies.size() == 1);
  CHECK(block.model.bodies[0].name == "Các cơ quan, đơn vị");
}

TEST_CASE("Flow lists that may hold a split text are recorded with their items", "[load][commas]") {
  const auto l = load::load_bytes("n.yaml", R"(format: campaign/1
bodies:
  - {id: a, name: A, aliases: [BCĐ CVĐ các xã, "thị trấn"]}
  - {id: b, name: B, aliases: [BDVHU, BTGHU]}
  - id: c
    name: C
    aliases:
      - Các cơ quan, ban, ngành huyện
      - Các cơ quan huyện
document:
  number: 01-TB/BCĐ
  kind: notice
  issued: 2024-07-11
  issuer: a
  title: T
  recipients: [Lưu VT, ubnd-huyen]
  registry: [x y.yaml, z.yaml]
directives:
  - number: 1
    responsible: [a, b]
    tasks:
      - {text: T, responsible: [Các cơ quan, ban]}
)");
  const auto& lists = l.model.flow_lists;
  REQUIRE(lists.size() == 3);  // not the ids alone, the block list, nor the registry paths
  CHECK(lists[0].key == "aliases");
  CHECK_FALSE(lists[0].ids);
  REQUIRE(lists[0].items.size() == 2);
  CHECK(lists[0].items[0].text == "BCĐ CVĐ các xã");
  CHECK(lists[0].items[0].plain);
  CHECK(lists[0].items[0].position == diag::Position{0, 3, 32});
  CHECK(lists[0].items[1].text == "thị trấn");
  CHECK_FALSE(lists[0].items[1].plain);
  CHECK(lists[1].key == "recipients");
  CHECK(lists[2].key == "responsible");
  CHECK(lists[2].ids);
  CHECK(lists[2].items[1].position == diag::Position{0, 22, 46});
}

TEST_CASE("In a flow list of ids, pieces of a split text are left to the comma rule", "[load][commas]") {
  const std::string head =
      "format: campaign/1\nbodies:\n  - {id: ubnd-huyen, name: UBND huyện}\n  - {id: tccs-dang, name: Các TCCS Đảng}\n"
      "document: {number: 01-TB/UBND, kind: notice, issued: 2024-07-11, issuer: ubnd-huyen, title: T}\n"
      "directives:\n  - number: 1\n    responsible: ";
  // Code and message of each diagnostic, the message cut at its first ';'.
  auto found = [&](const std::string& list) {
    load::Loaded l = load::load_bytes("n.yaml", head + list + "\n");
    check::run_rules(l.model, l.diagnostics);
    std::vector<std::string> out;
    for (const auto& d : l.diagnostics.sorted()) out.push_back(d.code + " " + d.message.substr(0, d.message.find(';')));
    return out;
  };
  // One error for the text, none per piece (E020 for a space, E013 for an unknown id).
  CHECK(found("[Các cơ quan, ban, ngành huyện]") ==
        std::vector<std::string>{"E013 the commas split \"Các cơ quan, ban, ngành huyện\" into 3 items, none of them a "
                                 "body id"});
  // Text with a space that is no piece is read as a body's name (responsible takes names): an
  // unknown name is one error, with the closest id as a suggestion.
  CHECK(found("[ubnd huyen, tccs-dang]") ==
        std::vector<std::string>{"E013 responsible body 'ubnd huyen' is not a body defined in the registry (by id, "
                                 "name or alias)"});
  // Pieces that are names of their own are read as names: one unknown (an error), one a body's
  // name in lower case (a note giving its id).
  CHECK(found("[Ban Dân vận, các TCCS Đảng]") ==
        std::vector<std::string>{"E013 responsible body 'Ban Dân vận' is not a body defined in the registry (by id, "
                                 "name or alias)",
                                 "N001 'các TCCS Đảng' is read as 'tccs-dang', the name of that body"});
}
