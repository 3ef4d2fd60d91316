// campaign import: a signed notice's text, Markdown or DOCX -> a format v1 YAML skeleton to review.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "campaign/check/rules.hpp"
#include "campaign/i18n/translate.hpp"
#include "campaign/import/blocks.hpp"
#include "campaign/import/notice.hpp"
#include "campaign/load/source.hpp"
#include "campaign/text/unicode.hpp"
#include "campaign/write/diagnostics.hpp"
#include "campaign/write/import_yaml.hpp"
#include "campaign/write/output.hpp"
#include "campaign/write/temp_file.hpp"
#include "choices.hpp"
#include "common.hpp"
#include "exit_codes.hpp"
#include "language.hpp"
#include "messages.hpp"

namespace campaign::cli {
namespace {

namespace fs = std::filesystem;
using std::string;

struct ImportOptions {
  string notice;
  string registry;
  string output;
  std::size_t max_file_size = 16u << 20;
  bool force = false;
  bool quiet = false;
  ProjectOptions project;  ///< only `registry` applies
};

// The notice's bytes, or "" after saying why they cannot be read.
std::optional<string> read_notice_file(const ImportOptions& o) {
  const string shown = "'" + text::escape_controls(o.notice) + "'";
  std::error_code ec;
  if (fs::is_directory(o.notice, ec)) {
    say_error(i18n::trf("cannot import {}: it is a folder; give the notice's file (.md, .txt or .docx)", shown));
    return std::nullopt;
  }
  if (fs::exists(o.notice, ec) && !fs::is_regular_file(o.notice, ec)) {  // a FIFO or a device would block
    say_error(i18n::trf("cannot import {}: it is not a regular file; save the notice to a file first", shown));
    return std::nullopt;
  }
  std::ifstream in(o.notice, std::ios::binary);
  if (!in) {
    say_error(i18n::trf("cannot read {}: {}", shown, std::strerror(errno)));
    return std::nullopt;
  }
  string bytes;
  std::array<char, 64 * 1024> buffer{};
  while (in.read(buffer.data(), buffer.size()) || in.gcount() > 0) {
    bytes.append(buffer.data(), static_cast<std::size_t>(in.gcount()));
    if (bytes.size() > o.max_file_size) {
      say_error(i18n::trf("cannot import {}: it is larger than {} bytes (--max-file-size); a notice is a few pages",
                          shown, o.max_file_size));
      return std::nullopt;
    }
  }
  if (bytes.find_first_not_of(" \t\r\n") == string::npos) {
    say_error(i18n::trf("cannot import {}: it is empty", shown));
    return std::nullopt;
  }
  return bytes;
}

// The blocks of the notice, by its kind: DOCX (a zip), the old binary .doc (refused), or text.
std::optional<std::vector<importer::Block>> notice_blocks(const ImportOptions& o, const string& bytes) {
  const string shown = "'" + text::escape_controls(o.notice) + "'";
  if (bytes.starts_with("\xD0\xCF\x11\xE0") || o.notice.ends_with(".doc")) {
    say_error(
        i18n::trf("cannot import {}: it is a Word 97-2003 document (.doc), which campaign does not read; "
                  "convert it first: libreoffice --headless --convert-to docx {}",
                  shown, text::escape_controls(o.notice)));
    return std::nullopt;
  }
  if (bytes.starts_with("PK\x03\x04") || o.notice.ends_with(".docx")) {
    importer::DocxBlocks docx = importer::docx_blocks(bytes, {o.max_file_size * 4, 10'000});
    if (!docx.error.empty()) {
      say_error(i18n::trf("cannot import {}: {}", shown, docx.error));
      return std::nullopt;
    }
    for (const auto& b : docx.blocks)
      if (text::find_invalid_utf8(b.text)) {
        say_error(i18n::trf("cannot import {}: its text is not UTF-8", shown));
        return std::nullopt;
      }
    return docx.blocks;
  }
  const load::Decoded decoded = load::decode(bytes);
  if (!decoded.ok) {
    say_error(i18n::trf(
        "cannot import {}: it is neither text (UTF-8 or UTF-16) nor a DOCX; save the notice as text (.md, .txt) or as "
        ".docx",
        shown));
    return std::nullopt;
  }
  return importer::text_blocks(decoded.text);
}

// The `registry:` path as the output file will read it: relative to the output's folder (the
// current folder for stdout).
string registry_path(const ImportOptions& o) {
  if (o.registry.empty()) return "";
  std::error_code ec;
  const fs::path registry = fs::weakly_canonical(fs::absolute(o.registry, ec), ec);
  fs::path base = fs::current_path(ec);
  if (!o.output.empty() && o.output != "-") base = fs::absolute(o.output, ec).parent_path();
  base = fs::weakly_canonical(base, ec);
  const fs::path relative = registry.lexically_relative(base);
  return relative.empty() ? registry.string() : relative.generic_string();
}

// The YAML, loaded as `campaign validate` would (through a temporary file in the temp folder,
// naming the registry by its absolute path): "" when it has no error, else the diagnostics.
string validation_errors(const string& yaml_for_check, const string& temp_dir, const string& registry_dir) {
  write::TempFile temp(temp_dir, "campaign-import.yaml", true);
  if (temp.fd() < 0) return "cannot make a temporary file in " + temp_dir + " to check the output";
  std::size_t done = 0;
  while (done < yaml_for_check.size()) {
    const ssize_t n = ::write(temp.fd(), yaml_for_check.data() + done, yaml_for_check.size() - done);
    if (n <= 0) return "cannot write a temporary file in " + temp_dir + " to check the output";
    done += static_cast<std::size_t>(n);
  }
  load::LoadOptions options;
  if (!registry_dir.empty()) options.roots.push_back(registry_dir);
  load::Loaded loaded = load::load_paths({temp.path()}, options);
  check::run_rules(loaded.model, loaded.diagnostics);
  if (loaded.diagnostics.error_count() == 0 && !loaded.unreadable) return "";
  std::ostringstream out;
  write::write_diagnostics_text(out, loaded.sources, loaded.diagnostics, {false});
  return out.str();
}

Outcome run_import(const ImportOptions& o) {
  load::Loaded registry;
  if (std::error_code ec; !o.registry.empty() && fs::is_directory(o.registry, ec)) {
    say_error(
        i18n::trf("--registry '{}' is a folder: give the registry file itself, e.g. --registry "
                  "data/registry.yaml",
                  text::escape_controls(o.registry)));
    return Outcome::cannot_run;
  }
  if (!o.registry.empty()) {
    InputOptions input;
    input.paths = {o.registry};
    registry = load_and_check(input);
    if (report_input_problems(registry, input, false)) return Outcome::cannot_run;
  }
  write::OutputOptions w = output_options(o.force, &registry);
  w.inputs.push_back(o.notice);
  if (output_refused(o.output, w)) return Outcome::cannot_run;
  const auto bytes = read_notice_file(o);
  if (!bytes) return Outcome::cannot_run;
  const auto blocks = notice_blocks(o, *bytes);
  if (!blocks) return Outcome::cannot_run;
  const importer::ImportResult result = importer::read_notice(*blocks, registry.model);
  if (!result.draft) {
    say_error(i18n::trf("cannot import '{}': {}", text::escape_controls(o.notice), result.error));
    return Outcome::cannot_run;
  }
  const importer::Draft& draft = *result.draft;
  const string source = fs::path(o.notice).filename().string();
  std::ostringstream yaml, check;
  write::write_import_yaml(yaml, draft, registry.model, {source, registry_path(o)});
  std::error_code ec;
  const string absolute = o.registry.empty() ? "" : fs::absolute(o.registry, ec).string();
  write::write_import_yaml(check, draft, registry.model, {source, absolute});
  if (const string errors = validation_errors(check.str(), w.temp_dir, fs::path(absolute).parent_path().string());
      !errors.empty()) {
    say_error(i18n::trf(
        "internal error: the YAML imported from '{}' does not validate (a bug in campaign: please report it with the "
        "notice):",
        text::escape_controls(o.notice)));
    std::cerr << errors;
    return Outcome::internal_error;
  }
  const string error = write::write_output(o.output, w, [&](std::ostream& out) {
    out << yaml.str();
    return true;
  });
  if (!error.empty()) {
    say_error(error);
    return Outcome::cannot_run;
  }
  if (const string written = registry_path(o);
      !o.quiet && (written.starts_with("../") || fs::path(written).is_absolute())) {
    // The folder as the clerk wrote it, so that the advice can be typed as it stands.
    string folder = fs::path(o.registry).parent_path().lexically_normal().generic_string();
    if (folder.empty()) folder = ".";
    const string file = o.output.empty() || o.output == "-" ? "FILE" : o.output;
    say_note(
        i18n::trf("the output names its registry as '{}', outside the output's folder, which 'campaign "
                  "validate' does not read unless told: run 'campaign validate --root {} {}', or keep notices "
                  "beside their registry",
                  text::escape_controls(written), text::escape_controls(folder), text::escape_controls(file)));
  }
  if (!o.quiet) {
    const std::size_t directives = draft.directives.size(), tasks = importer::task_count(draft),
                      deadlines = importer::deadline_count(draft), indicators = draft.indicators.size(),
                      todos = importer::todo_count(draft);
    say_note(i18n::trf("imported {}: {}, {}, {}, {}, {} to review", text::escape_controls(source),
                       i18n::trnf("{} directive", "{} directives", directives, directives),
                       i18n::trnf("{} task", "{} tasks", tasks, tasks),
                       i18n::trnf("{} deadline", "{} deadlines", deadlines, deadlines),
                       i18n::trnf("{} indicator", "{} indicators", indicators, indicators),
                       i18n::trnf("{} TODO", "{} TODOs", todos, todos)));
  }
  return Outcome::ok;
}

}  // namespace

void add_import(CLI::App& app, Outcome& outcome) {
  auto options = std::make_shared<ImportOptions>();
  CLI::App* cmd = app.add_subcommand(
      "import", i18n::tr("Read a signed notice (text, Markdown or DOCX) into a YAML file to review"));
  cmd->footer(
      i18n::tr(R"HELP(Reads the notice's heading (THÔNG BÁO, KẾ HOẠCH…), number, date and issuer (from the header,
or from the appendix's "(kèm theo … số …, ngày …)"), title, meeting date, numbered items as
directives with their addressees, bullets and paragraphs as tasks (verbatim), deadline phrases
as due, "định kỳ hàng quý" as report.every, "(qua …)" as via, cited documents as references,
footnotes, Nơi nhận, the signer and an appendix table as an indicator with per-unit targets.
Names of bodies and units are resolved against --registry. Whatever the importer is unsure of
is a "# TODO:" comment at that spot; it never invents a date or a body. The result always passes
'campaign validate'. The summary goes to stderr (-q leaves it out). A .doc (Word 97-2003) is
refused: convert it with 'libreoffice --headless --convert-to docx FILE.doc'.

Exit status: 0 imported, 2 could not run (usage error, unreadable or empty file, not a notice,
a DOCX that is damaged or inflates beyond the limit, an output that cannot be written).
Details: docs/import.md.

Examples:
  campaign import tests/data/import/thong-bao-127-TB-BCD-2024.md --registry data/registry.yaml
  campaign import tests/data/import/thong-bao-127-TB-BCD-2024.md --registry data/registry.yaml --output 127-imported.yaml)HELP"));
  cmd->add_option("NOTICE", options->notice, i18n::tr("The notice: .md or .txt (UTF-8 or UTF-16), or .docx"))
      ->required()
      ->type_name("NOTICE");
  cmd->add_option("--registry", options->registry,
                  i18n::tr("The registry of bodies and units to resolve names against"))
      ->type_name("FILE");
  cmd->add_option("-o,--output", options->output,
                  i18n::tr("Write to FILE (replaced only on success) instead of stdout"))
      ->type_name("FILE");
  cmd->add_option("--max-file-size", options->max_file_size, i18n::tr("Refuse a notice larger than this many bytes"))
      ->default_val(16u << 20)
      ->check(whole_number(0, INT64_MAX, N_("bytes")))
      ->type_name("BYTES");
  add_force_option(*cmd, options->force);
  add_language_option(*cmd);
  cmd->add_flag("-q,--quiet", options->quiet, i18n::tr("Leave out the summary on stderr"));
  add_project_options(*cmd, options->project);
  cmd->callback([options, cmd, &outcome] {
    outcome = with_project(*cmd, options->project, "import", [&] { return run_import(*options); });
  });
}

}  // namespace campaign::cli
