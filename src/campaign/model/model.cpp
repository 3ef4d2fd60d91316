#include "campaign/model/model.hpp"

#include <algorithm>

namespace campaign::model {

const Body* Model::find_body(std::string_view id) const {
  auto it = std::find_if(bodies.begin(), bodies.end(), [&](const Body& b) { return b.id == id; });
  return it == bodies.end() ? nullptr : &*it;
}

const Unit* Model::find_unit(std::string_view id) const {
  auto it = std::find_if(units.begin(), units.end(), [&](const Unit& u) { return u.id == id; });
  return it == units.end() ? nullptr : &*it;
}

const Document* Model::find_document(std::string_view number) const {
  auto it = std::find_if(documents.begin(), documents.end(), [&](const Document& d) { return d.number == number; });
  return it == documents.end() ? nullptr : &*it;
}

std::string_view to_string(UnitKind kind) {
  switch (kind) {
    case UnitKind::commune: return "commune";
    case UnitKind::ward: return "ward";
    case UnitKind::town: return "town";
    case UnitKind::special_zone: return "special-zone";
    case UnitKind::district: return "district";
    case UnitKind::district_town: return "district-town";
    case UnitKind::city: return "city";
    case UnitKind::province: return "province";
    case UnitKind::other: return "other";
  }
  return "other";
}

std::string_view vietnamese_name(UnitKind kind) {
  switch (kind) {
    case UnitKind::commune: return "xã";
    case UnitKind::ward: return "phường";
    case UnitKind::town: return "thị trấn";
    case UnitKind::special_zone: return "đặc khu";
    case UnitKind::district: return "huyện";
    case UnitKind::district_town: return "thị xã";
    case UnitKind::city: return "thành phố";
    case UnitKind::province: return "tỉnh";
    case UnitKind::other: return "đơn vị";
  }
  return "đơn vị";
}

std::string_view to_string(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::notice: return "notice";
    case DocumentKind::plan: return "plan";
    case DocumentKind::letter: return "letter";
    case DocumentKind::directive: return "directive";
    case DocumentKind::decision: return "decision";
    case DocumentKind::report: return "report";
  }
  return "notice";
}

std::string_view to_string(Better better) { return better == Better::lower ? "lower" : "higher"; }

std::string_view to_string(TotalRule rule) {
  switch (rule) {
    case TotalRule::mean: return "mean";
    case TotalRule::sum: return "sum";
    case TotalRule::weighted_mean: return "weighted-mean";
    case TotalRule::none: return "none";
  }
  return "none";
}

}  // namespace campaign::model
