#include "campaign/model/atom.hpp"

#include <deque>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>

namespace campaign::model {

namespace {

// Every text interned in this process. The texts sit in a deque (which never moves an element)
// and the index's keys view them. Made once and never destroyed: an atom may be read by a
// static's destructor, after this file's statics are gone.
struct Pool {
  std::shared_mutex mutex;
  std::deque<std::string> texts;
  std::unordered_map<std::string_view, const std::string*> index;
};

Pool& pool() {
  static Pool* const instance = new Pool;  // NOLINT(cppcoreguidelines-owning-memory): lives until exit
  return *instance;
}

// The empty text, also made on first use (an atom may be made by another file's static).
const std::string* empty_text() noexcept {
  static const std::string* const instance = new std::string;  // NOLINT(cppcoreguidelines-owning-memory)
  return instance;
}

const std::string* intern(std::string_view text) {
  if (text.empty()) return empty_text();
  Pool& p = pool();
  {
    std::shared_lock lock(p.mutex);  // most texts are interned already: readers share the lock
    auto it = p.index.find(text);
    if (it != p.index.end()) return it->second;
  }
  std::unique_lock lock(p.mutex);
  auto it = p.index.find(text);  // another thread may have added it meanwhile
  if (it != p.index.end()) return it->second;
  const std::string& stored = p.texts.emplace_back(text);
  p.index.emplace(std::string_view(stored), &stored);
  return &stored;
}

}  // namespace

Atom::Atom() noexcept : text_(empty_text()) {}
Atom::Atom(std::string_view text) : text_(intern(text)) {}
Atom::Atom(const std::string& text) : text_(intern(text)) {}
Atom::Atom(const char* text) : text_(intern(text)) {}

std::size_t atom_count() {
  Pool& p = pool();
  std::shared_lock lock(p.mutex);
  return p.texts.size();
}

}  // namespace campaign::model
