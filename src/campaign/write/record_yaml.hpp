#pragma once
// Records appended to a YAML file as text (campaign record, issue 14 item 2): every byte,
// comment and order of the file is kept; the new items go at the end of the top-level list
// (`submissions:` or `completions:`) in the style of its first item (flow `- {…}` or block),
// with its indentation and the file's line ends. The YAML is never parsed and re-emitted here;
// the command loads the result again to check it reads back as the records written.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "campaign/model/model.hpp"

namespace campaign::write {

/// One record as (key, YAML scalar) pairs, in the order written.
using YamlPairs = std::vector<std::pair<std::string, std::string>>;

/// `text` as a YAML scalar for `campaign record` (import_yaml.hpp's yaml_scalar is import's own)
/// that reads back as exactly `text` in flow and block context: plain
/// when it is made of letters, digits and `._/@-`, starts with a letter or digit, and cannot be
/// read as anything but a string (not true/false/null/yes/no/…, not a number); otherwise
/// double-quoted, with `"`, `\`, control characters and YAML's line breaks escaped.
std::string record_scalar(std::string_view text);

/// The pairs of a submission (task, body, period, received, number when given, accepted: false
/// and reason for a report returned as not acceptable) and of a
/// completion (task, body when given, date); dates as YYYY-MM-DD, periods as Period::label; the
/// task and the number always double-quoted.
YamlPairs record_pairs(const model::Submission& submission);
YamlPairs record_pairs(const model::Completion& completion);

/// Outcome of append_records: the new text, or `error` (English) saying why the file cannot be
/// appended to as text (and the text is then empty). `line`: the line of the first new item;
/// `offset` and `size`: the bytes of `text` that were added (the items, and the key and line
/// ends before them when the list was added).
struct Appended {
  std::string text;
  std::string error;
  int line = 0;
  std::size_t offset = 0;
  std::size_t size = 0;
};

/// Appends `items` to the top-level list `key` of the YAML `text`. The list is found as a line
/// `key:` at column 0; its items end at the next line at column 0 that is not a comment or an
/// item; the new items follow its last item (after any indented comment), or the key when it
/// has none. Without such a key, "key:" and the items are added at the end, after a blank line.
/// Refused: a text that is not UTF-8 (a UTF-16 byte-order mark, NUL bytes), one with several
/// YAML documents (`---` after content), line ends in old Mac style (CR alone), and a list
/// written in flow style (`key: [ … ]`, except the empty `key: []`, which becomes `key:`).
Appended append_records(std::string_view text, std::string_view key, const std::vector<YamlPairs>& items);

}  // namespace campaign::write
