// campaign render: a document laid out as its official form, ready to print (issue 13).
#include <fmt/format.h>

#include <iostream>

#include "campaign/diag/codes.hpp"
#include "campaign/i18n/translate.hpp"
#include "campaign/model/names.hpp"
#include "campaign/write/diagnostics.hpp"
#include "campaign/write/notice_docx.hpp"
#include "common.hpp"
#include "docx_output.hpp"
#include "formats.hpp"
#include "language.hpp"
#include "messages.hpp"
#include "nfc.hpp"

namespace campaign::cli {
namespace {

struct RenderOptions {
  InputOptions input;
  std::string document;
  std::string format = "docx";
  std::string output;
  bool force = false;
};

// The document to render: --document, else the only document loaded; nullptr after saying why.
const model::Document* choose(const model::Model& model, const std::string& number) {
  if (!number.empty()) {
    const model::Document* d = model::resolve_document(model, number);
    if (!d) {
      const std::string hint = model::suggest_document(model, number);
      say_error(hint.empty()
                    ? i18n::trf("{}: no document '{}' is loaded", "--document", number)
                    : i18n::trf("{}: no document '{}' is loaded; did you mean '{}'?", "--document", number, hint));
    }
    return d;
  }
  if (model.documents.size() == 1) return &model.documents.front();
  if (model.documents.empty()) {
    say_error(i18n::tr("no document is loaded; give the YAML file of a document"));
    return nullptr;
  }
  std::string numbers;
  for (const model::Document& d : model.documents) numbers += (numbers.empty() ? "" : ", ") + d.number;
  say_error(
      i18n::trf("{} documents are loaded ({}); choose one with --document NUMBER", model.documents.size(), numbers));
  return nullptr;
}

// W060 for each fact the layout lacks, at the document's `document` key.
void warn_gaps(const load::Loaded& loaded, const model::Document& d, const write::NoticeLayout& layout,
               const InputOptions& input) {
  if (layout.gaps.empty()) return;
  diag::Sink sink;
  for (const write::RenderGap& gap : layout.gaps)
    sink.warning(std::string(diag::kRenderFactMissing), d.position,
                 i18n::trf("document {} has no `{}`, which the official layout needs; {}. Add `{}:` under "
                           "`document` (docs/format.md)",
                           d.number, gap.key, gap.effect, gap.key == "signer" ? "signer" : gap.key));
  write::write_diagnostics_text(std::cerr, loaded.sources, sink, {use_color(input.color, 2), false});
}

Outcome run_render(const RenderOptions& o) {
  load::Loaded loaded = load_and_check(o.input);
  const write::OutputOptions w = output_options(o.force, &loaded);
  if (report_input_problems(loaded, o.input, false) || output_format_refused(o.output, o.format) ||
      output_refused(o.output, w))
    return Outcome::cannot_run;
  const model::Document* d = choose(loaded.model, o.document);
  if (!d) return Outcome::cannot_run;
  const write::NoticeLayout layout = write::notice_layout(loaded.model, *d);
  if (!o.input.quiet) warn_gaps(loaded, *d, layout, o.input);
  if (o.format == "docx") return write_docx_output(o.output, w, write::notice_docx(layout));
  const std::string error = write::write_output(o.output, w, [&](std::ostream& out) {
    if (o.format == "html")
      write::write_notice_html(out, layout);
    else
      write::write_notice_markdown(out, layout);
    return static_cast<bool>(out);
  });
  if (error.empty()) return Outcome::ok;
  say_error(error);
  return Outcome::cannot_run;
}

constexpr const char* kFooter =
    N_(R"(The document is laid out as the official documents of its kind are: Party and Front
documents (numbers like 127-TB/BCĐ) by Hướng dẫn 36-HD/VPTW, state documents (20/KH-PGD&ĐT)
by Nghị định 30/2020/NĐ-CP, Phụ lục I, as the document's `bloc:` says. docx: A4 portrait,
margins 20/20/30/15 mm, Times New Roman 14 pt, the heading (issuer block left, bloc heading
right), number, place and date, kind and trích yếu, preamble, numbered items with their tasks
as bullets, footnotes, Nơi nhận, the signing block, then the appendix on A4 landscape. md: the
same text in Markdown; html: one page that prints the same way from a browser.

What the layout needs and the document does not say (`place`, `bloc`, `heading`, `preamble`,
`signer`) is left visibly out ("…") with a warning W060, never guessed.

Exit status: 0 written; 2 could not run (invalid input, no such document, several documents
without --document, an output that cannot be written).

Examples:
  campaign render data/ --output thong-bao-127.docx
  campaign render data/ --document 127-TB/BCĐ --format md
Documentation: docs/documents.md.)");

}  // namespace

void add_render(CLI::App& app, Outcome& outcome) {
  auto options = std::make_shared<RenderOptions>();
  CLI::App* cmd =
      app.add_subcommand("render", i18n::tr("Lay out a document (thông báo…) as a Word file ready to sign and print"));
  cmd->footer(i18n::tr(kFooter));
  add_input_options(*cmd, options->input);
  cmd->add_option("--document", options->document,
                  i18n::tr("The document to render (127-TB/BCĐ); needed when several are loaded"))
      ->transform(nfc_value())
      ->type_name("NUMBER");
  add_format_option(*cmd, options->format, {"docx", "md", "html"});
  cmd->add_option("-o,--output", options->output,
                  i18n::tr("Write to FILE (replaced only when complete) instead of stdout"))
      ->type_name("FILE");
  add_force_option(*cmd, options->force);
  add_language_option(*cmd);
  cmd->callback([options, cmd, &outcome] {
    outcome = with_project(*cmd, options->input.project, "render", [&] { return run_render(*options); });
  });
}

}  // namespace campaign::cli
