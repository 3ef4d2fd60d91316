// Tests of campaign/load/registry.hpp through the loader: registry files are read only inside the
// folders of the run, and chains of them are followed to a bounded depth without recursion.
#include "campaign/load/registry.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "campaign/diag/codes.hpp"
#include "campaign/load/loader.hpp"
#include "temp_dir.hpp"

using namespace campaign;
using test::TempDir;

namespace {

std::size_t count_code(const load::Loaded& l, std::string_view code) {
  std::size_t n = 0;
  for (const auto& d : l.diagnostics.all()) n += d.code == code ? 1u : 0u;
  return n;
}

std::string notice(const std::string& registry) {
  return "format: campaign/1\ndocument: {number: 1-TB/BCĐ, kind: notice, issued: 2024-07-11, issuer: ubnd, title: t, "
         "registry: " +
         registry + "}\n";
}

const char* kRegistry = "format: campaign/1\nbodies:\n  - {id: ubnd, name: UBND huyện}\n";

}  // namespace

TEST_CASE("A registry outside the folders of the run is refused, never read (E027)", "[load][registry]") {
  TempDir dir;
  dir.write("shared/registry.yaml", kRegistry);
  const std::string n = dir.write("notices/n.yaml", notice("../shared/registry.yaml"));
  load::Loaded alone = load::load_paths({n});
  CHECK(count_code(alone, diag::kRegistryOutside) == 1);
  CHECK(alone.file_count == 1);  // the registry was not read
  CHECK(alone.diagnostics.all().front().message.find("--root") != std::string::npos);

  load::LoadOptions options;  // --root widens the folders
  options.roots = {dir.path.string()};
  load::Loaded rooted = load::load_paths({n}, options);
  CHECK(count_code(rooted, diag::kRegistryOutside) == 0);
  CHECK(rooted.file_count == 2);

  // Its folder given on the command line too, as `campaign validate data/ examples/` does.
  load::Loaded both = load::load_paths({(dir.path / "notices").string(), (dir.path / "shared").string()});
  CHECK(count_code(both, diag::kRegistryOutside) == 0);
  CHECK(both.file_count == 2);
}

TEST_CASE("Absolute paths, ../ and symbolic links that lead out are outside", "[load][registry]") {
  TempDir dir;
  const std::string outside = dir.write("secret/registry.yaml", kRegistry);
  for (const std::string& path : {outside, std::string("../secret/registry.yaml"), std::string("/etc/passwd"),
                                  std::string("../../../../../../../../../etc/passwd")}) {
    load::Loaded l = load::load_paths({dir.write("in/n.yaml", notice(path))});
    INFO(path);
    CHECK(count_code(l, diag::kRegistryOutside) == 1);
    CHECK(count_code(l, diag::kRegistryNotFound) == 0);  // not even looked for
    CHECK(l.file_count == 1);
  }
  std::filesystem::create_symlink(outside, dir.path / "in" / "link.yaml");
  load::Loaded linked = load::load_paths({dir.write("in/n.yaml", notice("link.yaml"))});
  CHECK(count_code(linked, diag::kRegistryOutside) == 1);
  CHECK(linked.file_count == 1);
}

TEST_CASE("Roots compare whole folder names: /a/data does not hold /a/database", "[load][registry]") {
  TempDir dir;
  const auto roots = load::registry_roots({(dir.path / "data").string() + "/"}, {});
  REQUIRE(roots.size() == 1);
  CHECK(load::inside_roots(dir.path / "data" / "x.yaml", roots));
  CHECK(load::inside_roots(dir.path / "data" / "sub" / ".." / "x.yaml", roots));
  CHECK_FALSE(load::inside_roots(dir.path / "database" / "x.yaml", roots));
  CHECK_FALSE(load::inside_roots(dir.path / "data" / ".." / "x.yaml", roots));
}

TEST_CASE("A chain of registries is cut past kMaxRegistryDepth files (E026), without recursion", "[load][registry]") {
  TempDir dir;
  const int files = 2000;  // deep enough to overflow a recursive merge under ASan
  for (int i = 0; i + 1 < files; ++i)
    dir.write("chain-" + std::to_string(i) + ".yaml", notice("chain-" + std::to_string(i + 1) + ".yaml"));
  dir.write("chain-" + std::to_string(files - 1) + ".yaml", kRegistry);
  load::Loaded l = load::load_paths({(dir.path / "chain-0.yaml").string()});
  CHECK(count_code(l, diag::kRegistryTooDeep) == 1);
  CHECK(l.file_count == static_cast<std::size_t>(load::kMaxRegistryDepth) + 1);

  // Given on the command line, the files of the chain are all read, and nothing is cut.
  load::Loaded all = load::load_paths({dir.path.string()});
  CHECK(count_code(all, diag::kRegistryTooDeep) == 0);
  CHECK(all.file_count == static_cast<std::size_t>(files));
}
