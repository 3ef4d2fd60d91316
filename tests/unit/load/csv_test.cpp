// CSV as spreadsheets save it (campaign record submissions --from-csv).
#include "campaign/load/csv.hpp"

#include <catch2/catch.hpp>

using campaign::load::read_csv;

TEST_CASE("csv: fields, quotes, line ends, a BOM and blank lines", "[csv]") {
  const auto t = read_csv("\xEF\xBB\xBFtask,body\r\n\"a,b\",\"say \"\"hi\"\"\"\n\n\"two\nlines\",x");
  REQUIRE(t.error.empty());
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[0].fields == std::vector<std::string>{"task", "body"});
  CHECK(t.rows[1].fields == std::vector<std::string>{"a,b", "say \"hi\""});
  CHECK(t.rows[1].line == 2);
  CHECK(t.rows[2].fields == std::vector<std::string>{"two\nlines", "x"});
  CHECK(t.rows[2].line == 4);
}

TEST_CASE("csv: a semicolon when the first line has it and no ','", "[csv]") {
  const auto t = read_csv("task;body\na,1;b\n");
  REQUIRE(t.error.empty());
  CHECK(t.separator == ';');
  CHECK(t.rows[1].fields == std::vector<std::string>{"a,1", "b"});
}

TEST_CASE("csv: refusals name the line and column", "[csv]") {
  auto t = read_csv("a,b\nx,\"open\n");
  CHECK_FALSE(t.error.empty());
  CHECK(t.line == 2);
  CHECK(t.column == 3);
  t = read_csv("a,b\nx,y\"z\n");
  CHECK(t.line == 2);
  CHECK(t.column == 4);
  t = read_csv("a,b\n\"x\"y,z\n");
  CHECK(t.column == 4);
  t = read_csv("a,b\nx,\xC3\x28\n");
  CHECK(t.line == 2);
  CHECK(t.column == 3);
  CHECK(t.rows.empty());
  CHECK_FALSE(read_csv("a\nb\nc\n", 2).error.empty());
  CHECK_FALSE(read_csv("a,b,c\n", 100, 2).error.empty());
}

TEST_CASE("csv: the separator is guessed from the first line that is not blank, outside quotes", "[csv]") {
  auto t = read_csv("\r\n\ntask;body\nx;y\n");
  REQUIRE(t.error.empty());
  CHECK(t.separator == ';');
  CHECK(t.rows[1].fields == std::vector<std::string>{"x", "y"});
  t = read_csv("\"a,b\";c\nx;y\n");
  CHECK(t.separator == ';');
  CHECK(t.rows[0].fields == std::vector<std::string>{"a,b", "c"});
  t = read_csv("\"a;b\",c\n");
  CHECK(t.separator == ',');
}

TEST_CASE("csv: CR alone ends a line, as old spreadsheets wrote it", "[csv]") {
  const auto t = read_csv("\r\r\nx;\"y\r\nz\"\rw;v");
  REQUIRE(t.error.empty());
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0].fields == std::vector<std::string>{"x", "y\r\nz"});
  CHECK(t.rows[0].line == 3);
  CHECK(t.rows[1].fields == std::vector<std::string>{"w", "v"});
  CHECK(t.rows[1].line == 5);
}
