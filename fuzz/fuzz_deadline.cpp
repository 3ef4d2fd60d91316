// libFuzzer target fuzz_deadline: deadline phrases, dates and periods (campaign::fuzz::deadline_phrase,
// fuzz/targets.hpp). Run: scripts/fuzz.sh 600 deadline. Crashes become files in
// tests/fuzz-regressions/fuzz_deadline/ (docs/fuzzing.md).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  campaign::fuzz::deadline_phrase(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
