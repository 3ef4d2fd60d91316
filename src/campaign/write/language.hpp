#pragma once
// The language of everything a clerk reads in an output: Vietnamese (the default for documents
// and tables in circulation) or English (--lang en). Analysis never words anything; writers do.

namespace campaign::write {

/// Language of headings, status words, notes and sentences in outputs.
enum class Language { english, vietnamese };

}  // namespace campaign::write
