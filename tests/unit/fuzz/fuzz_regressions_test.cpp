// Replays tests/fuzz-regressions/<target>/ through the bodies of the fuzz targets (fuzz/targets.cpp):
// every input libFuzzer once crashed on, and a few it found interesting, must now pass. The asan
// preset runs this with AddressSanitizer and UndefinedBehaviorSanitizer, as the fuzzers do.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

#include "targets.hpp"

namespace fs = std::filesystem;

namespace {

// The files of tests/fuzz-regressions/<target>/, sorted.
std::vector<fs::path> inputs_of(const std::string& target) {
  std::vector<fs::path> files;
  const fs::path dir = fs::path(CAMPAIGN_SOURCE_DIR) / "tests" / "fuzz-regressions" / target;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

std::string bytes_of(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void replay(const std::string& target, const std::function<void(std::string_view)>& body) {
  const auto files = inputs_of(target);
  REQUIRE_FALSE(files.empty());
  for (const auto& file : files) {
    INFO("tests/fuzz-regressions/" << target << "/" << file.filename().string());
    const std::string bytes = bytes_of(file);
    CHECK_NOTHROW(body(bytes));
  }
}

}  // namespace

TEST_CASE("fuzz_load regressions load, check and write without crashing", "[fuzz]") {
  replay("fuzz_load", campaign::fuzz::load_file);
}

TEST_CASE("fuzz_deadline regressions parse without crashing or breaking invariants", "[fuzz]") {
  replay("fuzz_deadline", campaign::fuzz::deadline_phrase);
}

TEST_CASE("fuzz_number regressions compute without overflow or breaking invariants", "[fuzz]") {
  replay("fuzz_number", campaign::fuzz::number_text);
}

TEST_CASE("fuzz_csv regressions read and append without crashing or breaking invariants", "[fuzz]") {
  replay("fuzz_csv", campaign::fuzz::csv_text);
}

TEST_CASE("fuzz_import regressions import without crashing, and what is imported validates", "[fuzz]") {
  replay("fuzz_import", campaign::fuzz::import_notice);
}
