#include "campaign/import/phrases.hpp"

#include <algorithm>
#include <array>

#include "campaign/calendar/deadline.hpp"
#include "campaign/calendar/period.hpp"
#include "campaign/text/unicode.hpp"

namespace campaign::importer {
namespace {

using std::string;
using std::string_view;

constexpr std::size_t npos = string_view::npos;
constexpr std::size_t kMaxWords = 12;  // longest deadline phrase tried ("chậm nhất vào ngày 15 tháng 12 năm 2024")

bool word_start(string_view s, std::size_t p) {
  return p == 0 || s[p - 1] == ' ' || s[p - 1] == '(' || s[p - 1] == '"';
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// A clause is read at most this far (bytes), so that scanning stays linear in the text.
constexpr std::size_t kMaxClause = 400;

// End of the clause starting at `from`: the first of `stops`, or the end (at most kMaxClause on).
std::size_t clause_end(string_view s, std::size_t from, string_view stops) {
  const std::size_t limit = std::min(s.size(), from + kMaxClause);
  const std::size_t e = s.substr(0, limit).find_first_of(stops, from);
  return e == npos ? limit : e;
}

// Ends of the first words of s[from, to) (offsets one past each word).
std::vector<std::size_t> word_ends(string_view s, std::size_t from, std::size_t to, std::size_t limit) {
  std::vector<std::size_t> ends;
  std::size_t i = from;
  while (i < to && ends.size() < limit) {
    while (i < to && s[i] == ' ') ++i;
    if (i >= to) break;
    while (i < to && s[i] != ' ') ++i;
    ends.push_back(i);
  }
  return ends;
}

string strip_trailing(string_view s, string_view chars) {
  while (!s.empty() && chars.find(s.back()) != npos) s.remove_suffix(1);
  return string(s);
}

// "từ ngày" starts a window ("Từ ngày 20/7/2020 đến hết ngày 25/7/2020", start and end kept),
// "dự kiến" a planned date (issue 15, item 4).
constexpr std::array<string_view, 11> kDeadlineTriggers{"hoàn thành",    "trước ngày",   "chậm nhất", "hạn chót",
                                                        "thời hạn",      "trong tháng",  "trong quý", "từ ngày",
                                                        "trong 6 tháng", "đến hết ngày", "dự kiến"};

// The longest phrase starting at `p` that resolves, and where it ends; "" when none.
string deadline_at(string_view text, std::size_t p, std::size_t& end) {
  const std::size_t stop = clause_end(text, p, ");,(\n");
  const auto ends = word_ends(text, p, stop, kMaxWords);
  for (std::size_t k = ends.size(); k > 0; --k) {
    const string candidate = strip_trailing(text.substr(p, ends[k - 1] - p), ".");
    if (!calendar::parse_deadline(candidate).due) continue;
    end = ends[k - 1];
    string phrase = candidate;
    if (lower_same_offsets(phrase).starts_with("hoàn thành "))
      phrase = phrase.substr(string_view("hoàn thành ").size());
    if (phrase.starts_with(": ")) phrase = phrase.substr(2);
    return phrase;
  }
  return "";
}

constexpr std::array<string_view, 18> kKindWords{"kế hoạch",     "công văn", "chỉ thị",   "thông báo", "quyết định",
                                                 "nghị quyết",   "kết luận", "quy định",  "hướng dẫn", "báo cáo",
                                                 "chương trình", "đề án",    "tờ trình",  "văn bản",   "thông tri",
                                                 "nghị định",    "thông tư", "nghị quyết"};

// "D/M/YYYY" or "D tháng M năm YYYY" at `p` of `lower`; sets `end` past it.
std::optional<calendar::Date> date_at(string_view text, string_view lower, std::size_t p, std::size_t& end) {
  if (p >= text.size() || !is_digit(text[p])) return std::nullopt;
  std::size_t e = p;
  while (e < text.size() && e - p < 16 && (is_digit(text[e]) || text[e] == '/' || text[e] == '-' || text[e] == '.'))
    ++e;
  string token = strip_trailing(text.substr(p, e - p), ".-/");
  for (char& c : token)
    if (c == '-' || c == '.') c = '/';
  if (token.find('/') != npos) {
    const auto r = calendar::parse_date(token);
    if (r.date) end = p + token.size();
    return r.date;
  }
  // D tháng M năm YYYY
  const auto ends = word_ends(lower, p, lower.size(), 5);
  if (ends.size() < 5) return std::nullopt;
  std::vector<string> words;
  std::size_t from = p;
  for (const std::size_t we : ends) {
    while (from < we && lower[from] == ' ') ++from;
    words.emplace_back(lower.substr(from, we - from));
    from = we;
  }
  if (words[1] != "tháng" || words[3] != "năm") return std::nullopt;
  const string year = strip_trailing(words[4], ".,;)");
  const auto r = calendar::parse_date(words[0] + "/" + words[2] + "/" + year);
  if (r.date) end = ends[4] - (words[4].size() - year.size());
  return r.date;
}

}  // namespace

string lower_same_offsets(string_view text) {
  string lower = text::to_lower(text);
  return lower.size() == text.size() ? lower : string(text);
}

string find_deadline(string_view text, std::vector<string>* others, std::vector<string>* unread) {
  const string lower = lower_same_offsets(text);
  string first;
  std::size_t covered = 0;
  for (std::size_t p = 0; p < lower.size(); ++p) {
    if (p < covered || !word_start(lower, p)) continue;
    for (const string_view trigger : kDeadlineTriggers) {
      if (string_view(lower).substr(p, trigger.size()) != trigger) continue;
      std::size_t end = 0;
      string phrase = deadline_at(text, p, end);
      if (phrase.empty()) {
        // A clause with a number after a deadline word that does not resolve ("chậm nhất ngày
        // 31/02/2024", a day that does not exist): kept for a TODO, never dropped in silence.
        const std::size_t stop = clause_end(text, p, ");,(\n");
        const string_view clause = text.substr(p, stop - p);
        if (unread != nullptr && clause.find_first_of("0123456789") != npos) {
          unread->push_back(strip_trailing(clause, ". "));
          covered = stop;
          break;
        }
        continue;
      }
      covered = end;
      if (first.empty())
        first = std::move(phrase);
      else if (others != nullptr)
        others->push_back(std::move(phrase));
      break;
    }
  }
  return first;
}

namespace {

// True when `text` starts with a Roman numeral word ("ii/2024", "iv năm 2024").
bool roman_numeral(string_view text) {
  std::size_t n = 0;
  while (n < text.size() && (text[n] == 'i' || text[n] == 'v' || text[n] == 'x')) ++n;
  if (n == 0) return false;
  if (n == text.size()) return true;
  const auto c = static_cast<unsigned char>(text[n]);
  return !(c >= 'a' && c <= 'z') && c < 0x80;
}

// Where `phrase` starts a word of `lower` and is not followed by a number or a Roman numeral
// ("tổng kết năm học 2024-2025" names one school year, not a frequency): true when found so.
bool has_phrase(string_view lower, string_view phrase) {
  for (std::size_t p = lower.find(phrase); p != npos; p = lower.find(phrase, p + 1)) {
    if (!word_start(lower, p)) continue;
    const string_view rest = lower.substr(p + phrase.size());
    const std::size_t at = rest.find_first_not_of(' ');
    if (at == npos || (!is_digit(rest[at]) && !roman_numeral(rest.substr(at)))) return true;
  }
  return false;
}

bool has_any(string_view lower, std::initializer_list<string_view> phrases) {
  for (string_view phrase : phrases)
    if (has_phrase(lower, phrase)) return true;
  return false;
}

// A school frequency: "semester" for reports every semester ("theo học kỳ", "sơ kết học kỳ",
// or "sơ kết học kỳ I" with "tổng kết năm học": one report per semester), "school-year" for one
// per school year ("hằng năm học", "tổng kết năm học"), "" when none or ambiguous ("sơ kết học
// kỳ I" alone: once a year, after semester I, which no frequency says).
string school_frequency(string_view lower) {
  const bool semester =
      has_any(lower, {"theo học kỳ", "mỗi học kỳ", "hằng học kỳ", "hàng học kỳ", "từng học kỳ", "sơ kết học kỳ"});
  const bool year = has_any(lower, {"hằng năm học", "hàng năm học", "theo năm học", "mỗi năm học", "tổng kết năm học"});
  const bool first_semester = lower.find("sơ kết học kỳ i") != npos || lower.find("sơ kết học kỳ 1") != npos;
  if (semester) return "semester";
  if (first_semester) return year ? "semester" : "";
  return year ? "school-year" : "";
}

// "báo cáo định kỳ" with no period after it ("thực hiện chế độ báo cáo định kỳ theo quy định").
bool periodic_unstated(string_view lower) {
  for (string_view head : {"báo cáo định kỳ", "báo cáo định kì"}) {
    for (std::size_t p = lower.find(head); p != npos; p = lower.find(head, p + 1)) {
      const string_view rest = lower.substr(p + head.size());
      const std::size_t at = rest.find_first_not_of(' ');
      if (at == npos) return true;
      const string_view next = rest.substr(at);
      bool periodic = is_digit(next[0]);
      for (string_view word : {"hàng", "hằng", "tháng", "quý", "qúy", "năm", "sáu", "nửa", "học", "theo học",
                               "theo năm", "theo quý", "theo tháng", "mỗi", "từng"})
        periodic = periodic || next.starts_with(word);
      if (!periodic) return true;
    }
  }
  return false;
}

}  // namespace

string find_frequency(string_view text) {
  const string lower = lower_same_offsets(text);
  if (lower.find("báo cáo") == npos) return "";
  for (std::size_t p = lower.find("định k"); p != npos; p = lower.find("định k", p + 1)) {
    const std::size_t stop = clause_end(lower, p, ");,(\n");
    const auto ends = word_ends(lower, p, stop, 6);
    for (std::size_t k = std::min<std::size_t>(ends.size(), 5); k > 2; --k) {
      const auto frequency = calendar::parse_frequency(lower.substr(p, ends[k - 1] - p));
      if (!frequency) continue;
      // "định kỳ quý II/2024" names one period, not a frequency.
      const string_view rest = string_view(lower).substr(ends[k - 1]);
      const string_view next =
          rest.substr(rest.find_first_not_of(' ') == npos ? rest.size() : rest.find_first_not_of(' '));
      if (!next.empty() && (is_digit(next[0]) || next.starts_with("i") || next.starts_with("v"))) break;
      return string(calendar::frequency_name(*frequency));
    }
  }
  if (string school = school_frequency(lower); !school.empty()) return school;
  if (has_any(lower, {"đột xuất", "theo yêu cầu", "khi có yêu cầu"}))
    return string(calendar::irregular_name(calendar::Irregular::on_request));
  if (periodic_unstated(lower)) return string(calendar::irregular_name(calendar::Irregular::unstated));
  return "";
}

string find_via(string_view text) {
  const string lower = lower_same_offsets(text);
  const std::size_t p = lower.find("(qua ");
  if (p == npos) return "";
  const std::size_t e = text.find(')', p);
  if (e == npos) return "";
  return string(text.substr(p + 5, e - p - 5));
}

std::vector<Citation> find_citations(string_view text) {
  std::vector<Citation> found;
  const string lower = lower_same_offsets(text);
  for (std::size_t p = lower.find(" số "); p != npos; p = lower.find(" số ", p + 1)) {
    Citation c;
    for (const string_view kind : kKindWords)
      if (p >= kind.size() && string_view(lower).substr(p - kind.size(), kind.size()) == kind &&
          word_start(lower, p - kind.size())) {
        c.begin = p - kind.size();
        c.kind_word = string(text.substr(c.begin, kind.size()));
        break;
      }
    if (c.kind_word.empty()) continue;
    const std::size_t n = p + string_view(" số ").size();
    const std::size_t ne = clause_end(text, n, " ,;()\n");
    c.number = strip_trailing(text.substr(n, ne - n), ".");
    if (c.number.empty() || !is_digit(c.number[0]) || c.number.find_first_of("-/") == npos) continue;
    c.end = n + c.number.size();
    std::size_t q = c.end;
    if (q < text.size() && text[q] == ',') ++q;
    while (q < text.size() && text[q] == ' ') ++q;
    if (string_view(lower).substr(q, string_view("ngày ").size()) == "ngày ") {
      std::size_t de = 0;
      c.issued = date_at(text, lower, q + string_view("ngày ").size(), de);
      if (c.issued) c.end = de;
    }
    q = c.end;
    while (q < text.size() && text[q] == ' ') ++q;
    if (c.issued && string_view(lower).substr(q, string_view("của ").size()) == "của ") {
      const std::size_t from = q + string_view("của ").size();
      std::size_t to = clause_end(text, from, ";,()\n");
      for (const string_view stop : {" và ", " về ", " gắn ", " trên ", "⁽"}) {
        const std::size_t s = string_view(lower).substr(0, to).find(stop, from);
        if (s != npos && s < to) to = s;
      }
      c.issuer_text = strip_trailing(text.substr(from, to - from), ". ");
      if (!c.issuer_text.empty()) c.end = from + c.issuer_text.size();
    }
    found.push_back(std::move(c));
  }
  // "Chỉ thị số 12-CT/TU, ngày 18/02/2022 và Chỉ thị số 13-CT/TU, ngày 18/3/2022 của Ban Thường vụ
  // Tỉnh ủy": the issuer named after the last of a pair joined by "và" is the first's too.
  for (std::size_t i = found.size(); i-- > 1;)
    if (found[i - 1].issuer_text.empty() && found[i - 1].issued &&
        string_view(lower).substr(found[i - 1].end, found[i].begin - found[i - 1].end) == " và ")
      found[i - 1].issuer_text = found[i].issuer_text;
  return found;
}

std::optional<calendar::Date> find_date(string_view text) {
  const string lower = lower_same_offsets(text);
  for (std::size_t p = 0; p < text.size(); ++p) {
    if (!is_digit(text[p]) || (p > 0 && is_digit(text[p - 1]))) continue;
    std::size_t end = 0;
    if (auto d = date_at(text, lower, p, end)) return d;
  }
  return std::nullopt;
}

}  // namespace campaign::importer
