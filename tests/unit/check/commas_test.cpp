#include <catch2/catch.hpp>

#include "campaign/check/rules.hpp"
#include "campaign/diag/codes.hpp"

using namespace campaign;

namespace {

// Adds a flow list as the loader records it: the n-th list of `m` on line n, its item i at
// column 10 * (i + 1); items written in quotes start with '"'.
void add(model::Model& m, std::string key, std::vector<std::string> items, bool ids = false) {
  model::FlowList out{std::move(key), ids, {}};
  const int line = static_cast<int>(m.flow_lists.size()) + 1;
  int column = 10;
  for (auto& text : items) {
    const bool plain = !text.starts_with('"');
    if (!plain) text = text.substr(1);
    out.items.push_back({text, {0, line, column}, plain});
    column += 10;
  }
  m.flow_lists.push_back(std::move(out));
}

model::Model registry() {
  model::Model m;
  m.bodies.push_back({"ubnd-huyen", "UBND huyện", "Ủy ban nhân dân huyện", {}, false, {}});
  m.bodies.push_back({"co-quan-huyen",
                      "Các cơ quan, đơn vị cấp huyện",
                      "Các cơ quan, đơn vị, phòng, ban, ngành cấp huyện",
                      {"Các cơ quan, ban, ngành huyện"},
                      false,
                      {}});
  m.bodies.push_back({"tccs-dang", "Các TCCS Đảng", "", {"TCCSĐ"}, false, {}});
  m.bodies.push_back({"bcd-xa", "BCĐ Cuộc vận động xã", "", {}, true, {}});
  return m;
}

std::vector<diag::Diagnostic> run(const model::Model& m) {
  diag::Sink sink;
  check::comma_splits(m, sink);
  return sink.sorted();
}

}  // namespace

TEST_CASE("A text item followed by lower-case items is one text split at its commas", "[check][commas]") {
  model::Model m;
  add(m, "recipients", {"BTV Huyện ủy (b/c)", "Các phòng", "ban", "ngành chuyên môn", "Lưu VT"});
  auto found = run(m);
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == diag::Severity::warning);
  CHECK(found[0].code == diag::kCommaSplit);
  CHECK(found[0].position.column == 20);  // the first piece
  CHECK(found[0].message ==
        "the commas split \"Các phòng, ban, ngành chuyên môn\" into 3 items; if it is one name, quote it: \"Các "
        "phòng, ban, ngành chuyên môn\", or write the list as a block list (one '- ' item per line)");
}

TEST_CASE("Vietnamese lower-case letters start a continuation", "[check][commas]") {
  model::Model m;
  add(m, "aliases", {"Các cơ quan", "đơn vị"});
  add(m, "aliases", {"BCĐ CVĐ các xã", "thị trấn"});
  auto found = run(m);
  REQUIRE(found.size() == 2);
  CHECK(found[0].message.starts_with("the commas split \"Các cơ quan, đơn vị\" into 2 items"));
  CHECK(found[1].message.starts_with("the commas split \"BCĐ CVĐ các xã, thị trấn\" into 2 items"));
}

TEST_CASE("Pieces that rejoined are a body's name, full name or alias are found in any case", "[check][commas]") {
  model::Model m = registry();
  add(m, "recipients", {"Lưu VT", "Các cơ quan", "Ban", "Ngành huyện"});
  add(m, "recipients", {"Các cơ quan", "Đơn vị", "Phòng", "Ban", "Ngành cấp huyện"});
  auto found = run(m);
  REQUIRE(found.size() == 2);
  CHECK(found[0].message ==
        "the commas split \"Các cơ quan, Ban, Ngành huyện\", an alias of body 'co-quan-huyen', into 3 items; quote "
        "it: \"Các cơ quan, Ban, Ngành huyện\", or write the list as a block list (one '- ' item per line)");
  CHECK(found[0].position.column == 20);
  CHECK(found[1].message.find("the full name of body 'co-quan-huyen', into 5 items") != std::string::npos);
}

TEST_CASE("Lists of ids, capitalised names, quoted items and ids among text are not split", "[check][commas]") {
  model::Model m = registry();
  add(m, "aliases", {"BCĐ CVĐ huyện", "BCĐ huyện", "Ban Chỉ đạo huyện"});
  add(m, "recipients", {"BTV Huyện ủy (b/c)", "ubnd-huyen", "bcd-xa@tan-lap", "Lưu VT"});
  add(m, "recipients", {"Lưu VT", "ubnd-huyn"});                // a mistyped id is no piece
  add(m, "recipients", {"Lưu VT", "các TCCS Đảng"});            // a name, lower-cased
  add(m, "recipients", {"Các cơ quan", "\"ban, ngành huyện"});  // quoted: meant
  add(m, "references", {"26-KH/HU", "12-CT/TU"});
  CHECK(run(m).empty());
}

TEST_CASE("In a list of body ids the pieces are an error, reported once for the text", "[check][commas]") {
  model::Model m = registry();
  add(m, "responsible", {"ubnd-huyen", "Các cơ quan", "ban", "ngành huyện"}, true);
  add(m, "responsible", {"Phòng Văn hóa", "thông tin"}, true);
  auto found = run(m);
  REQUIRE(found.size() == 2);
  CHECK(found[0].severity == diag::Severity::error);
  CHECK(found[0].code == diag::kUnknownReference);
  CHECK(found[0].message ==
        "the commas split \"Các cơ quan, ban, ngành huyện\", an alias of body 'co-quan-huyen', into 3 items, none of "
        "them a body id; 'responsible' takes body ids: write co-quan-huyen");
  CHECK(found[1].message.ends_with("write the id of the body it names (see 'bodies:')"));
  const auto pieces = check::comma_split_pieces(m);
  CHECK(pieces.size() == 5);
  CHECK(!pieces.contains({0, 1, 10}));  // ubnd-huyen
  CHECK(pieces.contains({0, 1, 20}));
  CHECK(pieces.contains({0, 2, 20}));
}

TEST_CASE("A name split in responsible is reported once, not once per piece", "[check][commas]") {
  model::Model m = registry();
  model::Document d;
  d.number = "01-TB/BCĐ";
  d.issued = calendar::Date{2024, 7, 11};  // a document without its date would add W045
  d.issuer = "ubnd-huyen";
  model::Directive dir;
  dir.number = 1;
  dir.responsible = {"Cáccơquan", "ban", "ngànhhuyện"};  // as the loader keeps them after E020
  dir.responsible_positions = {{0, 1, 10}, {0, 1, 20}, {0, 1, 30}};
  d.directives.push_back(dir);
  m.documents.push_back(d);
  add(m, "responsible", {"Các cơ quan", "ban", "ngành huyện"}, true);
  diag::Sink sink;
  check::run_rules(m, sink);
  REQUIRE(sink.error_count() == 1);
  CHECK(sink.all()[0].message.starts_with("the commas split \"Các cơ quan, ban, ngành huyện\""));
}
