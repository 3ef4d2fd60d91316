#pragma once
// --lenient: drop the parts of a model that validation found broken, so that the rest can
// still be scheduled. Issue 3, item 6 ("skips the broken parts and says which").

#include <cstdint>
#include <string>
#include <vector>

#include "campaign/diag/diagnostic.hpp"
#include "campaign/model/model.hpp"

namespace campaign::schedule {

/// One thing --lenient left out, or read in part, with the first error that made it so.
/// `what`: a document, directive, task, submission or completion removed from the run; a task
/// kept without a date because its deadline could not be read (`deadline`); a document whose
/// header is broken (`document`, never in the model); a body, unit, indicator or result
/// holding an error (left in the model; what depends on the broken part may be missing, so it
/// is listed); or a `file` part in no element (not YAML). `name`: "127-TB/BCĐ",
/// "127-TB/BCĐ mục 3", "127-TB/BCĐ#3.1", a body or unit id; empty for records. `file` is left
/// for the caller to fill from `position` (the schedule does not know paths).
struct Skipped {
  enum class What : std::uint8_t {
    document,
    directive,
    task,
    submission,
    completion,
    deadline,
    body,
    unit,
    indicator,
    result,
    file
  };
  What what = What::file;
  std::string name;
  diag::Position position;
  std::string code;
  std::string message;
  std::string file;
};

/// Removes from `model` every task, directive, document, submission and completion that holds
/// an error of `diagnostics`, and lists what it removed, in file order. An error belongs to
/// the innermost element that starts at or before it in the same file (elements are read in
/// file order, so the last one started is the one it lies in). A task whose only errors are
/// in its deadline (E010) is kept, undated (schedule::Kind::undated), and listed as
/// `deadline`. Errors elsewhere are listed with the element that holds them.
std::vector<Skipped> drop_broken(model::Model& model, const diag::Sink& diagnostics);

}  // namespace campaign::schedule
