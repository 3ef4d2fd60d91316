// libFuzzer target fuzz_load: one YAML file's bytes through the loader, the rules, the analyses
// and the writers (campaign::fuzz::load_file, fuzz/targets.hpp).
// Run: scripts/fuzz.sh 600 load. Crashes become files in tests/fuzz-regressions/fuzz_load/ (docs/fuzzing.md).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  campaign::fuzz::load_file(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
