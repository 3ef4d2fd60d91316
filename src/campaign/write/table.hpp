#pragma once
// A table of text cells, and the writers that lay it out for a terminal, Markdown, CSV and
// HTML. Commands build a Table from their analysis; the writers only format it.

#include <optional>
#include <ostream>
#include <string>
#include <vector>

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
};

struct Column {
  std::string heading;
  Align align = Align::left;
  int max_width = 0;  ///< text writer: cut cells wider than this (0: no limit)
  bool flexible = false;  ///< text writer: this column shrinks to fit the terminal width
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
};

struct TextStyle {
  int width = 0;        ///< terminal width to fit in (0: no limit)
  bool color = false;   ///< ANSI colours by Cell::style
};

/// Columns padded by display width (Vietnamese in NFC or NFD lines up), separated by two
/// spaces, a rule under the headings; flexible columns are cut (never inside a letter) to fit.
void write_text(std::ostream& out, const Table& table, const TextStyle& style = {});

/// GitHub-flavoured Markdown pipe table ('|' in cells escaped as '\|', newlines as <br>).
void write_markdown(std::ostream& out, const Table& table);

/// RFC 4180 CSV: CRLF line ends, fields quoted when they hold ',', '"', CR or LF, quotes
/// doubled; text cells starting with '=', '+', '-', '@', tab or CR get a leading "'" so
/// spreadsheets do not run them as formulas (numeric cells stay numbers). `bom` writes the
/// UTF-8 byte-order mark Excel needs to show Vietnamese. The group heading, if any, is not a
/// CSV row; every row has the same number of fields.
void write_csv(std::ostream& out, const Table& table, bool bom);

/// One self-contained HTML5 page (UTF-8, inline CSS) with the table; every text is escaped.
void write_html(std::ostream& out, const Table& table, const std::string& lang = "vi");

/// `s` with &, <, >, " and ' escaped for HTML text and attributes.
std::string escape_html(std::string_view s);

/// A CSV field per RFC 4180, neutralised against formula injection when it is text.
std::string csv_field(const Cell& cell);

}  // namespace campaign::write
