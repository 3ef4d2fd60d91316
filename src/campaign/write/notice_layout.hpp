#pragma once
// The parts of an official document as `campaign render` prints them (issue 13), worded from
// the model once and laid out by the DOCX and Markdown writers (notice_docx.hpp). Layout
// rules: Hướng dẫn 36-HD/VPTW (03/4/2018) for Party and Front documents numbered like
// 127-TB/BCĐ; Nghị định 30/2020/NĐ-CP, Phụ lục I for state documents numbered like
// 20/KH-PGD&ĐT (docs/documents.md; ../shared/reference/official-document-layout.md).

#include <optional>
#include <string>
#include <vector>

#include "campaign/model/model.hpp"
#include "campaign/write/table.hpp"

namespace campaign::write {

/// A fact the layout needs that the document does not give (format keys of `document`): the
/// output leaves a visible gap ("…") instead of guessing, and `campaign render` warns (W060).
struct RenderGap {
  std::string key;     ///< "place", "bloc", "heading", "preamble", "signer", "number", "issued"
  std::string effect;  ///< what the output does without it, in the language of messages
};

/// A paragraph's text with its footnote marks: `text` holds "⁽1⁾"-style marks replaced by
/// nothing, `notes` the footnote numbers (1-based into NoticeLayout::footnotes) at byte
/// offsets of `text` where the marks stood.
struct MarkedText {
  std::string text;
  std::vector<std::pair<std::size_t, int>> notes;  ///< (byte offset, footnote number)
};

/// A numbered item: "2. UBND huyện, …:" then its tasks, as bullets ("- ") when there are
/// several; a single task is a plain paragraph; an item without lead text begins with its
/// first task ("1. Thống nhất …").
struct NoticeItem {
  int number = 0;
  std::string lead;
  std::vector<MarkedText> tasks;
  bool bullets = false;
};

/// Everything `render` prints, worded.
struct NoticeLayout {
  model::Bloc bloc = model::Bloc::party;  ///< the document's `bloc`, else bloc_of_number (a gap)
  std::vector<std::string> issuer;        ///< the issuer block in capitals, superior body first
  std::vector<std::string> national;  ///< "ĐẢNG CỘNG SẢN VIỆT NAM" / "CỘNG HÒA XÃ HỘI …", "Độc lập - …"
  std::string number;                 ///< "Số 127-TB/BCĐ" (Party) / "Số: 20/KH-PGD&ĐT" (state)
  std::string date_line;              ///< "Kon Rẫy, ngày 11 tháng 7 năm 2024"
  std::string kind;                   ///< "THÔNG BÁO"
  std::string summary;                ///< trích yếu: the title without its leading kind word
  std::string preamble;
  std::vector<NoticeItem> items;
  std::vector<std::string> footnotes;   ///< footnote n: the title of the n-th reference with a title
  std::vector<std::string> recipients;  ///< "- BTV Huyện ủy (b/c),", …, "- Lưu VT."
  std::vector<std::string> signer;      ///< office lines ("CHỦ TỊCH UBMTTQVN HUYỆN", "kiêm", …)
  std::string signer_name;
  std::optional<Table> appendix;         ///< the document's indicators as its appendix
  std::optional<calendar::Date> issued;  ///< nullopt: not known (a draft), the date line left blank
  std::string title;                     ///< the document's title, for the file's properties
  /// `draft: true` (dự thảo): the writers print "DỰ THẢO" in bold at the top of the first page,
  /// as drafts circulated for comment carry it.
  bool draft = false;
  std::vector<RenderGap> gaps;
};

/// The rules a document number is written by when `bloc:` is not given: Party and Front
/// numbers put the kind after a hyphen and the issuer after a slash ("127-TB/BCĐ", Hướng dẫn
/// 36-HD/VPTW), state numbers the reverse ("20/KH-PGD&ĐT", Nghị định 30/2020/NĐ-CP).
model::Bloc bloc_of_number(std::string_view number);

/// The date line of an official document: "Kon Rẫy, ngày 11 tháng 7 năm 2024"; days below 10
/// and the months 1 and 2 with a leading zero ("ngày 03 tháng 02 năm 2024"); "…" for an empty
/// place. A date not known (a draft, issue 15) is left blank as drafts print it: "…, ngày …
/// tháng … năm …".
std::string official_date_line(const std::string& place, const std::optional<calendar::Date>& date);
/// The date line of a known date (as above).
std::string official_date_line(const std::string& place, const calendar::Date& date);

/// The lines of a signer's office in capitals, "kiêm" (concurrently) on its own line in lower
/// case: "Chủ tịch UBMTTQVN huyện kiêm Phó Trưởng ban" → {"CHỦ TỊCH UBMTTQVN HUYỆN", "kiêm",
/// "PHÓ TRƯỞNG BAN"}.
std::vector<std::string> signer_lines(const std::string& title);

/// `document` (of `model`) worded for rendering, with the gaps found.
NoticeLayout notice_layout(const model::Model& model, const model::Document& document);

}  // namespace campaign::write
