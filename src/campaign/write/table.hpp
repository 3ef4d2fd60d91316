#pragma once
// A table of text cells, and the writers that lay it out for a terminal, Markdown, CSV and
// HTML. Commands build a Table from their analysis; the writers only format it.

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "campaign/calendar/date.hpp"

namespace campaign::write {

enum class Align { left, right };

/// One cell: its text as shown, and, for numbers, the numeric value so that spreadsheet
/// writers can store a number rather than text. `style` is a free tag a writer may use for
/// colour (e.g. "overdue", "done"); writers that do not know it ignore it.
struct Cell {
  std::string text;
  std::optional<double> number;  ///< set for numeric cells
  bool percent = false;          ///< `number` is a percentage (20.33 means 20.33%)
  int decimals = 0;              ///< decimals of `number` as written
  std::string style;
  /// "No value" (a unit left out with `~`, a share before anything fell due): `text` ("–") is
  /// shown in text, md and html; csv and xlsx write an empty cell, so that a number column
  /// holds numbers only.
  bool no_value = false;
  /// A date: `text` shows it ("02/02/2024"); csv writes it as YYYY-MM-DD, which spreadsheets
  /// read as this date in every locale (11/07/2024 opens as 7 November in an English one),
  /// xlsx as a date cell.
  std::optional<calendar::Date> date = std::nullopt;
  /// `text` is a number as campaign writes it ("14714669968", "20.33%", "+1.2 điểm %", "3 / 7"):
  /// apply_number_style rewrites it ("14.714.669.968", "20,33%").
  bool number_text = false;
  /// The number as exact decimal text ("14714669968.5"; `number` is a double, exact to 15
  /// digits only), written by csv when set.
  std::string exact = {};
};

struct Column {
  std::string heading;
  Align align = Align::left;
  int max_width = 0;  ///< text writer: cut cells wider than this (0: no limit)
  /// text writer: the long text of the table (a task's text, an indicator's name), the first
  /// column to be wrapped when the table is wider than the terminal.
  bool flexible = false;
  /// csv: the unit of the column's numbers, put in brackets after the heading ("điểm %");
  /// empty: "%" when every number of the column is a percentage, else nothing.
  std::string unit = {};
};

/// A header row (columns), an optional group heading spanning columns (e.g. "Trong đó" over
/// the unit columns), and data rows of the same length as `columns`.
struct Table {
  std::vector<Column> columns;
  struct Group {
    std::string heading;
    std::size_t first = 0;  ///< index of the first column under the heading
    std::size_t count = 0;
  };
  std::optional<Group> group;
  std::vector<std::vector<Cell>> rows;
  /// text writer: lines across the whole table before a row, e.g. a task's key, label and
  /// text over the rows of its bodies (check-deadlines), so that what the rows share is shown
  /// once. Each line is wrapped to the width, its continuation lines indented two columns
  /// more than the line; other writers ignore them.
  struct Section {
    std::size_t row = 0;  ///< the lines go before this row
    std::vector<std::string> lines;
  };
  std::vector<Section> sections = {};
  std::string title;  ///< shown above the table by md/html/text writers when not empty
  /// Print layout (xlsx, html): lines centred above the title and the table, e.g. "PHỤ LỤC",
  /// the appendix's title and "(kèm theo Thông báo số 127-TB/BCĐ, ngày 11/7/2024 của …)".
  std::vector<std::string> heading = {};
  /// xlsx, html: a row numbering the columns 1, 2, … under the headings, as appendices have.
  bool column_numbers = false;
  /// xlsx, html: lines under the table (a comparison's area result, summary and notes).
  std::vector<std::string> notes = {};
  /// xlsx: the page footer's left part, naming the document ("127-TB/BCĐ"); pages are numbered
  /// on the right ("Trang 1/2").
  std::string footer = {};
  /// xlsx: number formats group thousands ("#,##0.00": 14.714.669.968 in a Vietnamese Excel);
  /// set by apply_number_style.
  bool group_thousands = false;
};

/// How numbers read in tables (--number-style): `plain` as campaign writes them
/// ("14714669968", "20.33%"), `vietnamese` as official Vietnamese tables do ("14.714.669.968",
/// "20,33%": a dot between thousands, a decimal comma).
enum class NumberStyle { plain, vietnamese };

/// `text` with every number (digits, optionally '.' and decimals) written in `style`: with
/// NumberStyle::vietnamese, whole parts of 4 digits or more grouped by '.', the decimal point a
/// ','. Only for texts that are numbers with their unit (Cell::number_text): a year or a
/// document number in a sentence would be grouped too.
std::string styled_number(std::string_view text, NumberStyle style);

/// Rewrites the text of every Cell::number_text cell of `table` in `style`, and sets
/// Table::group_thousands for NumberStyle::vietnamese. Titles and notes keep their wording.
void apply_number_style(Table& table, NumberStyle style);

/// One number as decimal text ("-14714669968.5") with `grouping` between thousands of the whole
/// part (0: none) and `decimal` as the decimal mark: "-14.714.669.968,5".
std::string group_number(std::string_view number, char grouping, char decimal);

/// How a CSV file is written for the spreadsheet that will open it. Spreadsheets read CSV
/// with the separator and decimal mark of the computer's locale: English locales `,` and
/// `.`, Vietnamese (vi-VN) `;` and `,` (`--locale vi`).
struct CsvStyle {
  bool bom = true;       ///< begin with the UTF-8 byte-order mark (Excel needs it for Vietnamese)
  char separator = ',';  ///< between fields
  char decimal = '.';    ///< the decimal mark of numbers
  char grouping = 0;     ///< between thousands of numbers ('.' with --number-style vi), 0: none
};

struct TextStyle {
  int width = 0;       ///< width to fit in, in display columns (0: no limit)
  bool color = false;  ///< ANSI colours by Cell::style
};

/// Columns padded by display width (Vietnamese in NFC or NFD lines up), separated by two
/// spaces, a rule under the headings (table_text.cpp). With a width, a table wider than it is
/// fitted without losing a word: the flexible column is wrapped first (at spaces, its
/// continuation lines under the column), then the other text columns, never narrower than
/// their longest word; numbers are never wrapped or cut (only their headings wrap). A table
/// that still does not fit is printed in parts of columns one under the other, each part
/// repeating the first column (and the flexible one when it is second), so that every line
/// fits; a row with no text in a part's columns is left out of that part (no blank lines).
/// Section lines (Table::sections) are wrapped to the width.
void write_text(std::ostream& out, const Table& table, const TextStyle& style = {});

/// One line of text output (a headline, a note under a table) wrapped at spaces to `width`
/// display columns (0: not wrapped), its continuation lines indented like it, or two columns
/// when it is not indented; control characters escaped as in tables.
void write_wrapped(std::ostream& out, const std::string& line, int width);

/// GitHub-flavoured Markdown pipe table ('|' in cells escaped as '\|', newlines as <br>).
void write_markdown(std::ostream& out, const Table& table);

/// RFC 4180 CSV: CRLF line ends, fields quoted when they hold the separator, '"', CR or LF,
/// quotes doubled; text cells starting with '=', '+', '-', '@', tab or CR get a leading "'"
/// so spreadsheets do not run them as formulas. Numeric cells are plain numbers at their
/// written decimals, with `style.decimal` ("20.33", "-0.6", "1,2" for vi), never "%" or words:
/// a column's unit goes into its heading ("Mục tiêu toàn huyện (%)", Column::unit). A "no
/// value" cell is empty. The group heading and the print layout (heading lines, column
/// numbers, notes) are not CSV rows: every row has the same number of fields.
void write_csv(std::ostream& out, const Table& table, const CsvStyle& style = {});

/// One self-contained HTML5 page (UTF-8, inline CSS) with the table; every text is escaped.
/// It prints: A4 landscape, the heading rows repeated on every page, headings that wrap so
/// that no column is cut off; the heading lines, title, column numbers and notes of the print
/// layout; cells classed by Cell::style (met, not-met, overdue…).
void write_html(std::ostream& out, const Table& table, const std::string& lang = "vi");

/// The same page with several tables one after the other, each under its title (an <h2>), the
/// page's heading lines from the first table.
void write_html(std::ostream& out, const std::vector<Table>& tables, const std::string& lang);

/// `s` with &, <, >, " and ' escaped for HTML text and attributes.
std::string escape_html(std::string_view s);

/// A CSV field per RFC 4180, neutralised against formula injection when it is text.
std::string csv_field(const Cell& cell, const CsvStyle& style = {});

/// The CSV heading of column `c`: its heading, and its unit in brackets (Column::unit, else
/// "%" when every number in the column is a percentage, "YYYY-MM-DD" when it holds dates).
std::string csv_heading(const Table& table, std::size_t c);

}  // namespace campaign::write
