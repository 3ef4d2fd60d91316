#pragma once
// Internal to campaign/calendar: deadline phrase families beyond one date or period (issue 15):
// windows ("Từ ngày 20/7/2020 đến hết ngày 25/7/2020"), parts of a period ("đầu/giữa/cuối tháng
// 8/2024", "cuối quý III/2024", "cuối năm 2024"), foreseen dates ("dự kiến") and deadlines tied
// to an event ("ngay sau đại hội"). The conventions are those of docs/format.md ("Deadlines").

#include <optional>
#include <string_view>

#include "campaign/calendar/phrase.hpp"

namespace campaign::calendar::detail {

/// The part of a period "đầu" (start), "giữa" (middle) and "cuối" (end) name.
enum class Part { start, middle, end };

/// Consumes "đầu", "giữa" or "cuối" at the cursor and says which; nullopt (nothing consumed)
/// otherwise.
std::optional<Part> read_part_word(Reader& reader);

/// Reads the period after a part word and returns the day that part ends, as a day: of a month,
/// đầu = the 10th, giữa = the 20th, cuối = its last day (thượng, trung, hạ tuần); of a quarter,
/// the last day of its first, second or third month; of a year, 31 March, 30 June or 31
/// December. `original` is quoted in errors ("cuối 15/8/2024": a part of a day).
ReadResult read_part_of_period(Reader& reader, Part part, std::string_view original);

/// Consumes "dự kiến" (foreseen) at the cursor, or "(dự kiến)" when it ends the phrase.
bool read_planned(Reader& reader);

/// Consumes "từ" (from), the word that opens a window "từ (ngày) X đến (hết) (ngày) Y".
bool read_window_word(Reader& reader);

/// After "từ": reads "X đến (hết) (ngày) Y" to the end. ok with `when.day` = Y's last day and
/// `start` = X's first day; invalid when X or Y is, or when Y ends before X starts.
ReadResult read_window(Reader& reader, std::string_view original, std::optional<Date>& start);

/// True when the words at the cursor open a deadline tied to an event rather than a date: "ngay
/// sau", "sau", "sau khi", "trước khi", "khi", "kể từ", "trong vòng", "trước ngày … của tháng
/// liền kề …" (any phrase starting with "trước" that does not read as a date). Consumes nothing
/// the caller needs: called on a phrase nothing else could read.
bool tied_lead(Reader& reader);

}  // namespace campaign::calendar::detail
