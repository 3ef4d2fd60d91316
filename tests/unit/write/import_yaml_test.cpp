// YAML scalars written by campaign import read back as the text they stand for.
#include "campaign/write/import_yaml.hpp"

#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>

using campaign::write::yaml_scalar;

TEST_CASE("yaml_scalar is plain only where YAML reads the text back unchanged", "[import]") {
  CHECK(yaml_scalar("127-TB/BCĐ") == "127-TB/BCĐ");
  CHECK(yaml_scalar("Lưu VT") == "Lưu VT");
  CHECK(yaml_scalar("BTV Huyện ủy (b/c)") == "BTV Huyện ủy (b/c)");
  CHECK(yaml_scalar("UBND huyện:") == "\"UBND huyện:\"");
  CHECK(yaml_scalar("Các cơ quan, ban, ngành huyện") == "\"Các cơ quan, ban, ngành huyện\"");
  CHECK(yaml_scalar("yes") == "\"yes\"");
  CHECK(yaml_scalar("2024") == "\"2024\"");
  CHECK(yaml_scalar("a # b") == "\"a # b\"");
  CHECK(yaml_scalar("- x") == "\"- x\"");
  CHECK(yaml_scalar("say \"hi\"\\") == "\"say \\\"hi\\\"\\\\\"");
  for (const std::string text :
       {"UBND huyện:", "a: b",       "null",      "~",          "- x",      "[a]",  "{b}",  "'q'", "\"q\"", "#c",
        "tab\there",   "nel\u0085x", "ls\u2028x", "bom\uFEFFx", "ctl\x01x", "&a",   "*a",   "!t",  "%p",    "@x",
        "`x",          "| x",        "> x",       "? x",        "1.5",      "0x1F", ".inf", "Off", "a:",    "x "}) {
    const YAML::Node node = YAML::Load("v: " + yaml_scalar(text));
    CHECK(node["v"].as<std::string>() == text);
  }
}
