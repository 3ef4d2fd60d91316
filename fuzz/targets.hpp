#pragma once
// The bodies of the libFuzzer targets (fuzz/fuzz_*.cpp), shared with the unit test that replays
// tests/fuzz-regressions/<target>/, so that a crash found by fuzzing is replayed by the very
// same code. Each body feeds arbitrary bytes to one part of campaign_core and checks cheap
// invariants; for any input it returns normally, or throws InvariantBroken (libFuzzer reports
// the uncaught exception as a crash). docs/fuzzing.md says what each target covers.

#include <stdexcept>
#include <string_view>

namespace campaign::fuzz {

/// An invariant of campaign_core that an input broke (the message names it).
struct InvariantBroken : std::logic_error {
  using std::logic_error::logic_error;
};

/// fuzz_load: `data` as the bytes of one YAML file, through the whole pipeline: loader
/// (load::load_bytes), cross-file rules (check::run_rules), diagnostics writers (text, JSON);
/// then, as the commands do, the analyses and writers: the model without errors (or what
/// --lenient keeps of it) through check-deadlines' schedule, statuses, statistics and its
/// text, Markdown, CSV, HTML, JSON and iCalendar outputs; a model without errors also through
/// targets (table, history, JSON, every table format) and compare.
void load_file(std::string_view data);

/// fuzz_deadline: `data` as a deadline phrase, a date and a period (calendar::parse_deadline,
/// parse_date, parse_period, parse_frequency). Checks that what parses is a real date in the
/// accepted years, that the printed forms parse back to the same value, and that refusals
/// come with a message.
void deadline_phrase(std::string_view data);

/// fuzz_number: `data` as number text. The first two lines go to model::Decimal::parse, and
/// the parsed values through add, multiply, divide, divide_rounded and rounded (checked
/// exactly against 128-bit arithmetic); the whole input goes to load::read_value as a YAML
/// value (plain and double-quoted) with the units "percent", "count", "weight" and "".
void number_text(std::string_view data);

/// fuzz_csv: `data` as the CSV of `campaign record submissions --from-csv` (load::read_csv):
/// a refusal has a message, a line and a column and no rows; otherwise every row has fields
/// within the bounds, rows come in line order, and the rows written back as CSV (every field
/// quoted) read back the same. Then `data` as the text of a YAML file that records are appended
/// to (write::append_records): either a refusal with a message, or the old text with the new
/// items inserted at one place and nothing else changed.
void csv_text(std::string_view data);
/// fuzz_import: `data` as a notice given to `campaign import`: a DOCX package when it starts
/// with "PK" (importer::docx_blocks, small limits), else text (load::decode, text_blocks);
/// importer::read_notice against a small registry, and write::write_import_yaml. Checks that
/// every paragraph's text round-trips through write::yaml_scalar, and that a draft's YAML, joined
/// with the registry, loads and passes check::run_rules without an error (the command's promise).
void import_notice(std::string_view data);

}  // namespace campaign::fuzz
