#pragma once
// One parsed YAML file -> the part of the model it holds (format v1, docs/format.md).

#include <string>
#include <utility>
#include <vector>

#include "campaign/load/reader.hpp"
#include "campaign/load/tree.hpp"
#include "campaign/load/value.hpp"
#include "campaign/model/model.hpp"

namespace campaign::load {

/// What one file contributes: its sections as a partial model, and the registry files its
/// document names (relative to the file, as written, with the position of each).
struct FileContent {
  model::Model model;
  std::vector<std::pair<std::string, diag::Position>> registry_paths;
};

/// Builds a file's content from its YAML root, reporting every problem into ctx.sink.
/// Broken elements are left out; everything else is kept.
FileContent build_file(FileContext& ctx, const Node& root);

/// The `calendar:` section of a file (each year's decisions on days off, docs/calendar.md) into
/// model.calendar; what cannot be right (not 5 Tết days, a Quốc khánh day other than 1/9 or 3/9,
/// a year twice in the file or outside the lunar range) is E040 and that entry is left out.
void build_calendar(const MapReader& file, model::Model& model);

}  // namespace campaign::load
