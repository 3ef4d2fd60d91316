#pragma once
// Catch2 printers for calendar types, so failed checks show "2024-07-31" and "Q3/2024".

#include <catch2/catch.hpp>
#include <string>

#include "campaign/calendar/date.hpp"
#include "campaign/calendar/period.hpp"

namespace Catch {

template <>
struct StringMaker<campaign::calendar::Date> {
  static std::string convert(const campaign::calendar::Date& date) { return campaign::calendar::format_iso(date); }
};

template <>
struct StringMaker<campaign::calendar::Period> {
  static std::string convert(const campaign::calendar::Period& period) {
    return std::string(campaign::calendar::frequency_name(period.frequency)) + " " + period.label();
  }
};

}  // namespace Catch
