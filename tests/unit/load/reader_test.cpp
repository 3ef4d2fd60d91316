// Tests of campaign/load/reader.hpp through load_bytes: the alias budget in entries and in bytes,
// and positions on a long line.
#include <catch2/catch.hpp>
#include <string>

#include "campaign/diag/codes.hpp"
#include "campaign/load/loader.hpp"

using namespace campaign;

namespace {

const diag::Diagnostic* find_code(const load::Loaded& l, std::string_view code) {
  for (const auto& d : l.diagnostics.all())
    if (d.code == code) return &d;
  return nullptr;
}

// A file whose one task names `aliases` times a body whose name is `name_bytes` long.
std::string aliased_name(std::size_t name_bytes, int aliases) {
  std::string text = "format: campaign/1\nbodies:\n  - {id: ubnd, name: &big " + std::string(name_bytes, 'x') +
                     "}\ndocument: {number: 1-TB/BCĐ, kind: notice, issued: 2024-07-11, issuer: ubnd, title: t}\n"
                     "directives:\n  - number: 1\n    tasks:\n      - text: t\n        responsible: [";
  for (int i = 0; i < aliases; ++i) text += i == 0 ? "*big" : ", *big";
  return text + "]\n";
}

}  // namespace

TEST_CASE("Aliases of one long scalar are counted in bytes: an alias bomb of few entries is E025", "[load][alias]") {
  // 256 KiB read out 40 times is 10 MiB from a 256 KiB file: more than twice its size and 1 MiB.
  const load::Loaded bomb = load::load_bytes("a.yaml", aliased_name(256 << 10, 40));
  const diag::Diagnostic* d = find_code(bomb, diag::kAliasExpansion);
  REQUIRE(d);
  CHECK(d->message.find("bytes of text") != std::string::npos);
  CHECK(bomb.model.bodies.empty());  // nothing of the file is used
  // A few aliases of a short name are ordinary YAML (E013 for the unknown body is all).
  const load::Loaded fine = load::load_bytes("a.yaml", aliased_name(40, 40));
  CHECK_FALSE(find_code(fine, diag::kAliasExpansion));
  CHECK(fine.model.bodies.size() == 1);
}

TEST_CASE("Positions of the items of a long flow list are their own columns", "[load][position]") {
  const std::string line1 = "format: campaign/1\n";
  std::string text = line1 +
                     "document: {number: 1-TB/BCĐ, kind: notice, issued: 2024-07-11, issuer: ubnd, "
                     "title: t, recipients: [";
  const std::size_t first = text.size() - line1.size();  // bytes of line 2 before the first item
  for (int i = 0; i < 2000; ++i) text += (i == 0 ? "" : ", ") + std::string("Xã ") + std::to_string(i);
  text += "]}\n";
  const load::Loaded l = load::load_bytes("a.yaml", text);
  const auto& recipients = l.model.documents.at(0).recipients;
  REQUIRE(recipients.size() == 2000);
  // 1-based character columns: "Đ" before the list is 2 bytes, 1 character; "Xã 9, " is 6 characters.
  CHECK(recipients[0].position.column == static_cast<int>(first) - 1 + 1);
  CHECK(recipients[10].position.column - recipients[9].position.column == 6);
  CHECK(recipients[1999].position.line == 2);
}

TEST_CASE("An escape naming a lone surrogate is told as U+D800, with what to write instead", "[load][syntax]") {
  const load::Loaded l = load::load_bytes("a.yaml", "format: campaign/1\narea: {name: \"x\\ud800\", kind: district}\n");
  const diag::Diagnostic* d = find_code(l, diag::kYamlSyntax);
  REQUIRE(d);
  CHECK(d->message.find("U+D800") != std::string::npos);
  CHECK(d->message.find("55296") == std::string::npos);
  CHECK(d->message.find("\"\\ud800\"") != std::string::npos);
  CHECK(d->position.line == 2);
  CHECK(d->position.column == 16);  // the backslash
}
