#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>

#include "campaign/diag/codes.hpp"

using namespace campaign;

TEST_CASE("Every diagnostic code is unique and documented in docs/errors.md", "[diag]") {
  std::ifstream in(std::string(CAMPAIGN_SOURCE_DIR) + "/docs/errors.md");
  REQUIRE(in);
  std::stringstream doc;
  doc << in.rdbuf();
  std::set<std::string_view> seen;
  for (const auto& info : diag::all_codes()) {
    CHECK(seen.insert(info.code).second);
    INFO(info.code);
    CHECK(doc.str().find("## " + std::string(info.code) + " `" + std::string(info.name) + "`") != std::string::npos);
  }
  CHECK(seen.size() == 38);
}
