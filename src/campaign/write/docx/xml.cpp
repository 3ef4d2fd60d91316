#include "campaign/write/docx/xml.hpp"

#include <sstream>

namespace campaign::write::docx::xml {
namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of the valid UTF-8 sequence at `s[i]` and its code point, or 0 when it is not one.
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b = byte(i);
  std::size_t n;
  if (b < 0x80) return cp = b, 1;
  if (b >= 0xC2 && b <= 0xDF)
    n = 2, cp = b & 0x1F;
  else if (b >= 0xE0 && b <= 0xEF)
    n = 3, cp = b & 0x0F;
  else if (b >= 0xF0 && b <= 0xF4)
    n = 4, cp = b & 0x07;
  else
    return 0;
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  bool overlong = (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
  bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
  if (overlong || surrogate || cp > 0x10FFFF) return 0;
  return n;
}

bool allowed(char32_t cp) {
  if (cp < 0x20) return cp == '\t' || cp == '\n' || cp == '\r';
  return cp != 0xFFFE && cp != 0xFFFF;
}

}  // namespace

std::string clean(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    std::size_t n = decode(text, i, cp);
    if (n == 0) {
      out += replacement;
      ++i;
      continue;
    }
    if (allowed(cp)) out.append(text.substr(i, n));
    i += n;
  }
  return out;
}

pugi::xml_node start(pugi::xml_document& doc, const char* root) {
  pugi::xml_node decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  decl.append_attribute("standalone") = "yes";
  return doc.append_child(root);
}

std::string serialise(const pugi::xml_document& doc) {
  std::ostringstream out;
  doc.save(out, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
  return out.str();
}

pugi::xml_node set(pugi::xml_node node, const char* name, std::string_view value) {
  node.append_attribute(name) = clean(value).c_str();
  return node;
}

pugi::xml_node set(pugi::xml_node node, const char* name, int value) {
  node.append_attribute(name) = value;
  return node;
}

pugi::xml_node add_val(pugi::xml_node parent, const char* name, std::string_view value) {
  return set(add(parent, name), "w:val", value);
}

pugi::xml_node add_val(pugi::xml_node parent, const char* name, int value) {
  return set(add(parent, name), "w:val", value);
}

pugi::xml_node add_text(pugi::xml_node parent, const char* name, std::string_view text) {
  pugi::xml_node node = add(parent, name);
  node.append_child(pugi::node_pcdata).set_value(clean(text).c_str());
  return node;
}

}  // namespace campaign::write::docx::xml
