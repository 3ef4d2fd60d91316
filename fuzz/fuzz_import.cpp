// libFuzzer target fuzz_import: notices given to `campaign import`, as text or DOCX
// (campaign::fuzz::import_notice, fuzz/targets.hpp). Run: scripts/fuzz.sh 600 import. Crashes
// become files in tests/fuzz-regressions/fuzz_import/ (docs/fuzzing.md).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  campaign::fuzz::import_notice(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
