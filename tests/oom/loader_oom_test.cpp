// Running out of memory while files are read: an error naming the file (E021, exit status 2),
// never std::terminate from a reader thread. A separate executable (oom_tests), because it
// replaces the global operator new: allocations of at least `g_fail_from` bytes throw
// std::bad_alloc, as the real allocator does when memory or `ulimit -v` is exhausted. Under
// AddressSanitizer, whose allocator ends the process instead of throwing, this is how the
// ASan suite covers the path (the e2e cases bad-input/out-of-memory-* need the real allocator).
#define CATCH_CONFIG_MAIN
#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <new>

#include "campaign/diag/codes.hpp"
#include "campaign/load/loader.hpp"

namespace {

std::atomic<std::size_t> g_fail_from{SIZE_MAX};

void* allocate(std::size_t size) {
  if (size >= g_fail_from.load(std::memory_order_relaxed)) throw std::bad_alloc();
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}

}  // namespace

// Every form that allocates with malloc is replaced with its matching deallocations, so that
// ASan sees malloc and free in pairs.
void* operator new(std::size_t size) {
  return allocate(size);
}
void* operator new[](std::size_t size) {
  return allocate(size);
}
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  try {
    return allocate(size);
  } catch (const std::bad_alloc&) {
    return nullptr;
  }
}
void* operator new[](std::size_t size, const std::nothrow_t& tag) noexcept {
  return operator new(size, tag);
}
void operator delete(void* p) noexcept {
  std::free(p);
}
void operator delete[](void* p) noexcept {
  std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
  std::free(p);
}
void operator delete[](void* p, std::size_t) noexcept {
  std::free(p);
}
void operator delete(void* p, const std::nothrow_t&) noexcept {
  std::free(p);
}
void operator delete[](void* p, const std::nothrow_t&) noexcept {
  std::free(p);
}

namespace {

namespace fs = std::filesystem;
using namespace campaign;

// Allocations from `bytes` up fail while this lives.
struct FailLargeAllocations {
  explicit FailLargeAllocations(std::size_t bytes) { g_fail_from = bytes; }
  ~FailLargeAllocations() { g_fail_from = SIZE_MAX; }
};

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("campaign-oom-test-" + std::to_string(::getpid()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
  std::string write(const std::string& name, const std::string& bytes) const {
    std::ofstream(path / name, std::ios::binary) << bytes;
    return (path / name).string();
  }
};

const char* kSmall = "format: campaign/1\nbodies:\n  - {id: ubnd-huyen, name: UBND huyện}\n";

// A valid file of about `bytes` bytes: reading it takes one allocation of its size.
std::string large_file(std::size_t bytes) {
  std::string text = "format: campaign/1\nbodies:\n";
  for (int i = 0; text.size() < bytes; ++i) text += "  - {id: body-" + std::to_string(i) + ", name: Cơ quan}\n";
  return text;
}

const diag::Diagnostic* find_code(const load::Loaded& l, std::string_view code) {
  for (const auto& d : l.diagnostics.all())
    if (d.code == code) return &d;
  return nullptr;
}

}  // namespace

TEST_CASE("Out of memory while reading a file is an error naming it, on any number of threads", "[load][oom]") {
  TempDir dir;
  const std::string big = dir.write("lớn.yaml", large_file(1 << 20));
  const std::string small = dir.write("nhỏ.yaml", kSmall);
  for (unsigned jobs : {1u, 2u, 4u}) {
    CAPTURE(jobs);
    load::LoadOptions options;
    options.jobs = jobs;
    load::Loaded loaded;
    {
      FailLargeAllocations guard(512 * 1024);
      loaded = load::load_paths({small, big}, options);
    }
    CHECK(loaded.unreadable);
    CHECK(loaded.file_count == 1);  // the small file was read
    const diag::Diagnostic* d = find_code(loaded, diag::kUnreadable);
    REQUIRE(d != nullptr);
    CHECK(loaded.sources[d->position.file].path == big);
    CHECK_THAT(d->message,
               Catch::Contains("cannot read '" + big + "': there is not enough memory to read and check it"));
    CHECK(loaded.diagnostics.error_count() == 1);
  }
}

TEST_CASE("After running out of memory, the same files load when memory is back", "[load][oom]") {
  TempDir dir;
  const std::string big = dir.write("big.yaml", large_file(1 << 20));
  {
    FailLargeAllocations guard(512 * 1024);
    CHECK(load::load_paths({big}).unreadable);
  }
  const load::Loaded loaded = load::load_paths({big});
  CHECK_FALSE(loaded.unreadable);
  CHECK(loaded.diagnostics.error_count() == 0);
}
