#pragma once
// A table of text cells, and the writers that lay it out for a terminal, Markdown, CSV and
// HTML. Commands build a Table from their analysis; the writers only format it.

#include <functional>
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
};

struct Column {
  std::string heading;
  Align align = Align::left;
  int max_width = 0;      ///< text writer: cut cells wider than this (0: no limit)
  bool flexible = false;  ///< text writer: this column shrinks to fit the terminal width
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
};

/// A table whose rows are made one at a time when asked for, so that a long one (the
/// obligations of a province over years) need not be held: write_text makes each row twice
/// (once for the column widths, once to write it) and keeps none.
struct RowSource {
  std::vector<Column> columns;
  std::size_t count = 0;                              ///< rows
  std::function<std::vector<Cell>(std::size_t)> row;  ///< row i, 0 <= i < count
  std::string title = {};
  /// The rows made and held, for the writers that need a Table.
  [[nodiscard]] Table table() const;
};

/// How a CSV file is written for the spreadsheet that will open it. Spreadsheets read CSV
/// with the separator and decimal mark of the computer's locale: English locales `,` and
/// `.`, Vietnamese (vi-VN) `;` and `,` (`--locale vi`).
struct CsvStyle {
  bool bom = true;       ///< begin with the UTF-8 byte-order mark (Excel needs it for Vietnamese)
  char separator = ',';  ///< between fields
  char decimal = '.';    ///< the decimal mark of numbers
};

struct TextStyle {
  int width = 0;       ///< terminal width to fit in (0: no limit)
  bool color = false;  ///< ANSI colours by Cell::style
};

/// Columns padded by display width (Vietnamese in NFC or NFD lines up), separated by two
/// spaces, a rule under the headings; flexible columns are cut (never inside a letter) to fit.
void write_text(std::ostream& out, const Table& table, const TextStyle& style = {});
/// The same for rows made on demand, in two passes over them (RowSource).
void write_text(std::ostream& out, const RowSource& table, const TextStyle& style = {});

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
