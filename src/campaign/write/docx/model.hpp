#pragma once
// The in-memory model of a Word document (Office Open XML WordprocessingML, ECMA-376 Part 1,
// 5th ed. 2016), limited to what notices, appendices and reports need: sections, paragraphs of
// runs, tables, page numbers and footnotes. Built by the caller, serialised by docx.hpp.
//
// Units, as WordprocessingML has them: lengths in twips (twentieths of a point, 1440 per inch,
// ≈ 56.7 per mm), font sizes in half-points (28 = 14 pt), border widths in eighths of a point.
// Margins are given in millimetres because that is how Nghị định 30/2020/NĐ-CP states them.
// Text is UTF-8, written as given (Vietnamese should be NFC already); characters XML 1.0
// forbids are dropped, invalid UTF-8 becomes U+FFFD, '\t' a tab and '\n' a line break.

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "campaign/calendar/date.hpp"

namespace campaign::write::docx {

/// Twips (1/20 pt) for `mm` millimetres, rounded to the nearest: 20 mm → 1134.
int mm_to_twips(double mm);

/// Twips for `pt` points: 13 pt → 260.
constexpr int pt_to_twips(double pt) {
  return static_cast<int>(pt * 20 + (pt >= 0 ? 0.5 : -0.5));
}

/// Vertical position of a run (w:vertAlign, §17.3.2.42): superscript for footnote marks.
enum class VertAlign { baseline, superscript, subscript };

/// What a run holds (§17.3.3): text, or one of the special contents below.
enum class RunKind {
  text,                ///< `text` (tabs and newlines in it become w:tab and w:br)
  tab,                 ///< w:tab: jumps to the next tab stop
  line_break,          ///< w:br: a new line in the same paragraph
  page_number,         ///< the PAGE field (§17.16.5.44), as a complex field (§17.16.18)
  footnote_reference,  ///< w:footnoteReference to Document::footnotes[footnote - 1]
};

/// A run of text with one formatting (w:r and its w:rPr, §17.3.2). Unset options inherit
/// the document defaults (Document::font, Document::size_half_points).
struct Run {
  RunKind kind = RunKind::text;
  std::string text{};
  bool bold = false;
  bool italic = false;
  bool underline = false;  ///< single underline (w:u w:val="single")
  bool caps = false;       ///< displayed in capitals (w:caps); the text keeps its case
  VertAlign vert_align = VertAlign::baseline;
  int size_half_points = 0;  ///< 0 = inherit; 26 = 13 pt
  std::string font{};        ///< "" = inherit; else ascii, hAnsi, cs and eastAsia fonts
  int footnote = 0;          ///< for RunKind::footnote_reference: the id Document::add_footnote gave

  /// A tab, a line break, the page number, a footnote mark (superscript) — with default formatting.
  static Run tab() { return Run{.kind = RunKind::tab}; }
  static Run line_break() { return Run{.kind = RunKind::line_break}; }
  static Run page_number() { return Run{.kind = RunKind::page_number}; }
  static Run footnote_reference(int id) {
    return Run{.kind = RunKind::footnote_reference, .vert_align = VertAlign::superscript, .footnote = id};
  }
};

/// Paragraph alignment (w:jc, §17.3.1.13).
enum class Align { left, center, right, justify };

/// How `Spacing::line` is read (w:lineRule, §17.18.48).
enum class LineRule {
  auto_,     ///< `line` in 240ths of a line: 240 single, 360 one and a half
  exact,     ///< `line` in twips, exactly
  at_least,  ///< `line` in twips, at least
};

/// Paragraph spacing (w:spacing, §17.3.1.33). Before and after in twips; 0 line = inherit.
struct Spacing {
  int before = 0;
  int after = 0;
  int line = 0;
  LineRule rule = LineRule::auto_;
};

/// A border line (§17.3.4 / §17.4.38): single or double; `size` in eighths of a point (4 = ½ pt).
struct Border {
  enum class Style { single, double_ } style = Style::single;
  int size = 4;
  std::string color = "000000";  ///< RGB hex, or "auto"
};

/// A tab stop (w:tab, §17.3.1.37) at `position` twips from the left indent.
struct TabStop {
  enum class Kind { left, center, right } kind = Kind::left;
  int position = 0;
};

/// A paragraph (w:p, §17.3.1): its properties and runs. Indents in twips; a negative
/// `first_line` is a hanging indent.
struct Paragraph {
  std::vector<Run> runs{};
  Align align = Align::left;
  int indent_left = 0;
  int indent_right = 0;
  int first_line = 0;
  Spacing spacing{};
  bool keep_next = false;                 ///< w:keepNext: on the same page as the next paragraph
  bool keep_lines = false;                ///< w:keepLines: never split across pages
  bool page_break_before = false;         ///< w:pageBreakBefore
  std::optional<Border> bottom_border{};  ///< w:pBdr/w:bottom: the rule under a heading
  std::vector<TabStop> tabs{};
};

/// A paragraph of one text run: `paragraph("Nơi nhận:", Align::left, {.bold = true})` — the
/// run's text is replaced by `text`, its kind is text.
Paragraph paragraph(std::string text, Align align = Align::left, Run format = {});

/// Vertical merge state of a cell (w:vMerge, §17.4.85): `restart` starts a merged block,
/// `continue_` cells below it (same grid column and span) join it and hold no text.
enum class VMerge { none, restart, continue_ };

/// Vertical alignment of a cell's content (w:vAlign, §17.4.84).
enum class CellAlign { top, center, bottom };

/// A table cell (w:tc, §17.4.66). An empty `paragraphs` is written as one empty paragraph,
/// since Word requires a w:p in every cell.
struct Cell {
  std::vector<Paragraph> paragraphs{};
  int span = 1;  ///< grid columns covered (w:gridSpan, §17.4.17)
  VMerge vmerge = VMerge::none;
  CellAlign valign = CellAlign::top;
  std::string shading{};  ///< fill colour, RGB hex ("D9D9D9"); "" = none (w:shd, §17.4.33)
};

/// A table row (w:tr, §17.4.79). Its cells' spans add up to the table's column count.
struct Row {
  std::vector<Cell> cells{};
  bool header = false;      ///< w:tblHeader: repeated at the top of every page (leading rows only)
  bool cant_split = false;  ///< w:cantSplit: the row is never broken across pages
  int min_height = 0;       ///< twips, 0 = automatic (w:trHeight w:hRule="atLeast")
};

/// A table (w:tbl, §17.4.38) with a fixed layout: `columns` are the widths of the grid
/// columns in twips (w:tblGrid), every cell's width is the sum of the columns it spans.
/// `borders` nullopt makes a borderless table (an official header's two columns).
struct Table {
  std::vector<int> columns{};
  std::vector<Row> rows{};
  std::optional<Border> borders = Border{};  ///< outer and inner lines alike
  Align align = Align::center;               ///< the table on the page (left, center, right)
  std::optional<int> cell_margin{};          ///< left and right cell margins in twips; none = 108 (Word's)
};

/// Widths in twips proportional to `weights` that add up to exactly `total` twips (the
/// remainder of the rounding goes to the widest columns first). Empty or all-zero weights
/// share `total` equally.
std::vector<int> proportional_widths(const std::vector<double>& weights, int total);

/// A borderless two-column table for the heading of an official document (thể thức văn bản,
/// Nghị định 30/2020): the issuing body on the left, the national heading on the right, each
/// centred, `left_share` (0..1) of `width` twips for the left column.
Table two_column_heading(std::vector<Paragraph> left, std::vector<Paragraph> right, int width, double left_share = 0.4);

/// A block of a section's body.
using Block = std::variant<Paragraph, Table>;

/// Page orientation; the paper is A4 (210 × 297 mm = 11906 × 16838 twips, w:pgSz §17.6.13).
enum class Orientation { portrait, landscape };

/// Margins in millimetres (w:pgMar, §17.6.11). Defaults: Nghị định 30/2020 (top 20, bottom 20,
/// left 30, right 15); `header` and `footer` are the distances of the header and the footer
/// from the page's edge.
struct Margins {
  double top = 20, bottom = 20, left = 30, right = 15;
  double header = 10, footer = 10;
};

/// Where page numbers are printed (a PAGE field in a header or footer, §17.10).
enum class NumberPlace { none, header, footer };

/// Page numbering of a section. `on_first_page` false sets w:titlePg (a different first page,
/// §17.10.6) with an empty first-page header and footer: numbering starts showing on page 2,
/// as Nghị định 30/2020 wants for official documents.
struct PageNumbers {
  NumberPlace place = NumberPlace::header;
  Align align = Align::center;
  bool on_first_page = false;
  int size_half_points = 0;  ///< 0 = the document's size
  int start = 0;             ///< > 0: restart numbering at this number (w:pgNumType w:start)
};

/// A section (w:sectPr, §17.6): pages of one size, orientation, margins and numbering. Each
/// section begins on a new page.
struct Section {
  Orientation orientation = Orientation::portrait;
  Margins margins{};
  PageNumbers numbers{};
  std::vector<Block> blocks{};

  /// Width between the margins in twips: what a full-width table can use.
  int text_width() const;
};

/// Document properties (docProps/core.xml and app.xml, ECMA-376 Part 2 §11). The dates are
/// given by the caller, never read from the clock: `modified` is also the time stamp of every
/// entry of the zip (at 00:00), so equal documents give equal bytes.
struct Properties {
  std::string title{};
  std::string subject{};
  std::string creator{};
  std::string description{};
  calendar::Date created{2000, 1, 1};
  calendar::Date modified{2000, 1, 1};  ///< years 1980..2107 (what a zip entry can hold)
  /// The document has no date of its own (a draft without its date of issue): core.xml then
  /// names no created or modified date; the zip entries keep `modified`'s fixed stamp.
  bool undated = false;
};

/// A footnote's content (w:footnote, §17.11.10); the mark is added before the first paragraph.
using Footnote = std::vector<Paragraph>;

/// A whole document: its sections in order, the footnotes they reference and the defaults of
/// the Normal style (font and size, language vi-VN).
struct Document {
  Properties properties{};
  std::string font = "Times New Roman";
  int size_half_points = 28;   ///< 14 pt
  std::string lang = "vi-VN";  ///< w:lang (§17.3.2.20) of the default run properties
  std::vector<Section> sections{};
  std::vector<Footnote> footnotes{};

  /// Adds a footnote and returns its id, to pass to Run::footnote_reference (1, 2, …).
  int add_footnote(Footnote note) {
    footnotes.push_back(std::move(note));
    return static_cast<int>(footnotes.size());
  }
};

/// What makes `document` impossible to write, or "": no section, a row whose spans do not add
/// up to its table's columns, a vertical continuation without a cell above it of the same
/// columns, a footnote reference with no footnote, a modification year out of 1980..2107.
/// The message names the place ("section 2, table 1, row 3: …").
std::string check(const Document& document);

}  // namespace campaign::write::docx
