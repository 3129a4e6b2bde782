// claimcheck/document.hpp — documents and the `prepare` stage: valid UTF-8,
// look-alike characters unified, and a map from every position back to the
// byte offset in the user's own input.
//
//   claimcheck::Document doc{.id = "a", .text = "Meta paid $14.3\u00a0billion."};
//   auto prepared = claimcheck::prepare(doc.text);
//   prepared.normalized();            // "Meta paid $14.3 billion."
//   prepared.to_original(15);         // byte offset of "billion" in doc.text
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

/// One input document and what is known about it.
struct Document {
  std::string id;
  std::string text;
  std::string source;                                    // outlet name; empty when unknown
  std::optional<std::chrono::year_month_day> published;  // the reference date
  std::string url;
  std::string title;
};

/// 1-based line and column; the column counts bytes of the original input.
struct LineColumn {
  std::size_t line = 1;
  std::size_t column = 1;
};

/// A document's text ready for extraction. Owns the original bytes, the
/// normalized text (valid UTF-8, look-alikes unified) and the offset map.
class PreparedText {
 public:
  std::string_view original() const noexcept { return original_; }
  std::string_view normalized() const noexcept { return normalized_; }
  /// Byte offset in the original input of a byte offset in normalized().
  /// Offsets at a character boundary map to that character's first byte;
  /// normalized().size() maps to original().size().
  std::size_t to_original(std::size_t normalized_offset) const noexcept;
  /// The first normalized offset that maps to an original offset at or after it.
  std::size_t to_normalized(std::size_t original_offset) const noexcept;
  /// Invalid UTF-8 sequences found (each replaced by U+FFFD).
  std::size_t invalid_sequences() const noexcept { return invalid_sequences_; }
  /// NUL bytes found (each replaced by a space).
  std::size_t nul_bytes() const noexcept { return nul_bytes_; }
  /// Line and column of an original byte offset.
  ///   prepare("a\nMeta paid $5.").line_column(12);  // {2, 11}: the '$'
  LineColumn line_column(std::size_t original_offset) const noexcept;
  /// [begin, end) in original bytes of the sentence around an original
  /// offset, by ICU's sentence rules, trimmed of surrounding space. The
  /// document's sentence boundaries are found on the first call (once, also
  /// when threads share the text); each call after that is a binary search.
  ///   auto [b, e] = prepared.sentence_around(m.start);
  ///   std::string_view quote = prepared.original().substr(b, e - b);
  std::pair<std::size_t, std::size_t> sentence_around(std::size_t original_offset) const;

 private:
  friend PreparedText prepare(std::string original);
  // Sentence boundaries, computed on first use: extract never needs them.
  struct SentenceBreaks {
    std::once_flag once;
    std::vector<std::uint32_t> offsets;  // normalized offsets, ascending, from 0 to the end
  };
  const std::vector<std::uint32_t>& sentence_breaks() const;
  // The offset map: normalized bytes from `normalized` up to the next
  // segment come from original bytes from `original` on, byte for byte when
  // verbatim; else they all replace the one character at `original`.
  struct Segment {
    std::uint32_t normalized = 0;
    std::uint32_t original = 0;
    bool verbatim = true;
  };
  void keep_verbatim(std::size_t from, std::size_t to);
  void replace(std::size_t at, std::string_view with);
  std::string original_;
  std::string normalized_;
  std::vector<Segment> segments_;           // ascending in both offsets
  std::vector<std::uint32_t> line_starts_;  // original offsets where lines begin
  std::size_t invalid_sequences_ = 0;
  std::size_t nul_bytes_ = 0;
  // Shared by copies, which hold the same text; the pointer keeps the class movable.
  std::shared_ptr<SentenceBreaks> sentences_ = std::make_shared<SentenceBreaks>();
};

/// Largest document accepted, in bytes (larger ones are rejected, never cut).
inline constexpr std::size_t kMaxDocumentBytes = 64u << 20;

/// Validates and normalizes a document's bytes. Never fails: invalid UTF-8
/// is replaced and counted. Unified: every Unicode space separator → ' ',
/// every dash and the minus sign → '-', every decimal digit → its ASCII
/// digit, curly quotes → straight ones.
///   auto p = prepare("a \xff b");  // p.invalid_sequences() == 1; "a \uFFFD b"
PreparedText prepare(std::string original);

/// Parses an ISO date "YYYY-MM-DD" (also "YYYY-MM" and "YYYY", taking the
/// first day). Returns nullopt when not a valid date.
///   parse_iso_date("2025-08-30");  // 2025y/August/30
///   parse_iso_date("2025-02-30");  // nullopt
std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view text) noexcept;
/// The bytes with every invalid UTF-8 sequence replaced by U+FFFD: what
/// writers of JSON, XML and HTML use for text taken from the input.
///   repair_utf8("caf\xe9");  // "caf\uFFFD"
std::string repair_utf8(std::string_view bytes);

/// "YYYY-MM-DD".
///   format_iso_date(2025y / June / 13);  // "2025-06-13"
std::string format_iso_date(const std::chrono::year_month_day& date);

}  // namespace claimcheck
