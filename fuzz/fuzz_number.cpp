// libFuzzer target fuzz_number: Decimal parsing and arithmetic, and load::read_value on YAML
// values (campaign::fuzz::number_text, fuzz/targets.hpp).
// Run: scripts/fuzz.sh 600 number. Crashes become files in tests/fuzz-regressions/fuzz_number/ (docs/fuzzing.md).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  campaign::fuzz::number_text(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
