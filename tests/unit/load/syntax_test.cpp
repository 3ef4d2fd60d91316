// Tests of campaign/load/syntax.hpp: finding the typo behind a YAML syntax error.

#include "campaign/load/syntax.hpp"

#include <catch2/catch.hpp>
#include <string>

using campaign::load::find_typo;
using campaign::load::unclosed_quote_at_end;

TEST_CASE("A quote left open at the end of the file is found, closed and escaped quotes are not") {
  CHECK_FALSE(unclosed_quote_at_end("title: 'Thông báo'\nname: \"Xã \\\"Tân\\\" Lập\"\n"));
  CHECK_FALSE(unclosed_quote_at_end("title: 'it''s'\n"));                   // '' is a quote inside single quotes
  CHECK_FALSE(unclosed_quote_at_end("title: \"two\n  lines\"\n"));          // a valid multi-line string
  CHECK_FALSE(unclosed_quote_at_end("# it's a comment\nname: O'Brien\n"));  // not at the start of a scalar
  auto open = unclosed_quote_at_end("format: campaign/1\ntitle: 'Thông báo\n");
  REQUIRE(open);
  CHECK(open->offset == 26);
}

TEST_CASE("The earliest typo before the parser's error is reported") {
  const std::string text = "a:\n  kind:notice\n  b: {x: 1\n  c: 2\n";
  auto typo = find_typo(text, text.find("c: 2"), "end of map flow not found");
  REQUIRE(typo);
  CHECK(typo->offset == text.find(":notice"));
  CHECK(typo->message == "a ':' between a key and its value needs a space after it: write 'kind: notice'");
}

TEST_CASE("Typos after the error line are not blamed, and URLs and times are not typos") {
  const std::string text = "url: http://example.org\nx: [1, 2\ny:z\n";
  auto typo = find_typo(text, text.find("y:z"), "end of sequence flow not found");
  REQUIRE(typo);
  CHECK(typo->offset == text.find('['));
  CHECK(typo->message == "a list opened with '[' is not closed with ']'");
}

TEST_CASE("A tab after a dash and a dash without a space are named") {
  auto tab = find_typo("items:\n  -\ttext: a\n", 12, "illegal map value");
  REQUIRE(tab);
  CHECK(tab->offset == 10);
  auto dash = find_typo("items:\n  -{id: a}\n", 9, "end of map not found");
  REQUIRE(dash);
  CHECK(dash->message == "a list item needs a space after '-': write '- {'");
}

TEST_CASE("A second YAML document is found by its marker, a leading or empty one is not") {
  using campaign::load::second_document_marker;
  CHECK_FALSE(second_document_marker("---\nformat: campaign/1\n"));
  CHECK_FALSE(second_document_marker("%YAML 1.2\n---\nformat: campaign/1\n"));
  CHECK_FALSE(second_document_marker("format: campaign/1\n---\n# nothing after\n\n"));
  CHECK_FALSE(second_document_marker("format: campaign/1\ntitle: \"a --- b\"\n"));
  const std::string two = "format: campaign/1\n---\nunits: []\n";
  auto marker = second_document_marker(two);
  REQUIRE(marker);
  CHECK(*marker == two.find("---"));
  CHECK(second_document_marker("a: 1\n--- {b: 2}\n"));
}
