#include "campaign/diag/codes.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

using namespace campaign;

TEST_CASE("Every diagnostic code is unique and documented in docs/errors.md, and nothing else is", "[diag]") {
  std::ifstream in(std::string(CAMPAIGN_SOURCE_DIR) + "/docs/errors.md");
  REQUIRE(in);
  std::stringstream doc;
  doc << in.rdbuf();
  const std::string text = doc.str();
  std::set<std::string> in_table;
  for (const auto& info : diag::all_codes()) {
    INFO(info.code);
    CHECK(in_table.insert(std::string(info.code) + " " + std::string(info.name)).second);
    CHECK(text.find("## " + std::string(info.code) + " `" + std::string(info.name) + "`") != std::string::npos);
  }
  // The headings of docs/errors.md name exactly the codes of the table: none removed from the
  // code but left in the docs, none documented twice.
  std::set<std::string> in_docs;
  const std::regex heading(R"(^## ([EWN][0-9]{3}) `([a-z0-9-]+)`)", std::regex::multiline);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), heading); it != std::sregex_iterator(); ++it)
    CHECK(in_docs.insert((*it)[1].str() + " " + (*it)[2].str()).second);
  CHECK(in_docs == in_table);
  CHECK(in_table.size() >= 36);
}
