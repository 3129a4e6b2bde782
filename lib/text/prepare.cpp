#include <algorithm>
#include <cstring>
#include <iterator>
#include <memory>

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "claimcheck/document.hpp"
#include "text/sentences.hpp"

namespace claimcheck {
namespace {

// The ASCII stand-in for a look-alike that matters for amounts, or 0 to keep
// the character. Decided by Unicode properties, not by a list of code points.
char ascii_stand_in(UChar32 c) {
  if (c < 0x80) return 0;
  if (c == 0x2212) return '-';  // MINUS SIGN is a math symbol (Sm), not a dash
  switch (u_charType(c)) {
    case U_SPACE_SEPARATOR:  // no-break, thin, narrow no-break, figure spaces…
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
      return ' ';
    case U_DASH_PUNCTUATION:  // en and em dashes, U+2010/U+2011 hyphens…
      return '-';
    case U_DECIMAL_DIGIT_NUMBER: {
      const int v = u_charDigitValue(c);  // fullwidth and other scripts' digits
      return v >= 0 && v <= 9 ? static_cast<char>('0' + v) : 0;
    }
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
      // Curly quotes: the single ones are apostrophes in "Meta’s".
      return (c == 0x2018 || c == 0x2019 || c == 0x201B || c == 0x2032) ? '\'' : '"';
    default:
      break;
  }
  if (c == 0x00AD || c == 0x200B || c == 0xFEFF) return ' ';  // soft hyphen, zero widths
  return 0;
}

// The end of the run of plain ASCII (0x01–0x7F) that starts at i: those
// bytes are kept as they are. Eight bytes at a time, as most text is ASCII.
std::size_t plain_ascii_end(const std::uint8_t* bytes, std::size_t i, std::size_t length) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull;
  constexpr std::uint64_t kHighs = 0x8080808080808080ull;
  for (; i + 8 <= length; i += 8) {
    std::uint64_t w = 0;
    std::memcpy(&w, bytes + i, 8);
    // A byte with its high bit set, or a zero byte (the classic has-zero test).
    if ((w | ((w - kOnes) & ~w)) & kHighs) break;
  }
  while (i < length && bytes[i] != 0 && bytes[i] < 0x80) ++i;
  return i;
}

}  // namespace

// prepare() builds the normalized text from runs of bytes kept verbatim
// (copied in bulk), separated by replaced characters; each run and each
// replacement is one segment of the offset map.
void PreparedText::keep_verbatim(std::size_t from, std::size_t to) {
  if (from == to) return;
  segments_.push_back(
      {static_cast<std::uint32_t>(normalized_.size()), static_cast<std::uint32_t>(from), true});
  normalized_.append(original_, from, to - from);
}

void PreparedText::replace(std::size_t at, std::string_view with) {
  segments_.push_back(
      {static_cast<std::uint32_t>(normalized_.size()), static_cast<std::uint32_t>(at), false});
  normalized_.append(with);
}

PreparedText prepare(std::string original) {
  PreparedText p;
  p.original_ = std::move(original);
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(p.original_.data());
  const auto length =
      static_cast<std::int32_t>(std::min<std::size_t>(p.original_.size(), INT32_MAX));
  p.normalized_.reserve(p.original_.size());
  p.line_starts_.push_back(0);
  // A newline byte is always a character of its own, even next to invalid UTF-8.
  for (std::size_t nl = p.original_.find('\n', 0); nl < static_cast<std::size_t>(length);
       nl = p.original_.find('\n', nl + 1)) {
    p.line_starts_.push_back(static_cast<std::uint32_t>(nl + 1));
  }

  std::size_t verbatim = 0;  // start of the run not yet copied
  std::int32_t i = 0;
  while (i < length) {
    i = static_cast<std::int32_t>(
        plain_ascii_end(bytes, static_cast<std::size_t>(i), static_cast<std::size_t>(length)));
    if (i == length) break;
    const std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    char stand_in = 0;
    if (c > 0 && !(stand_in = ascii_stand_in(c))) continue;  // kept: part of the run
    const auto at = static_cast<std::size_t>(start);
    p.keep_verbatim(verbatim, at);
    verbatim = static_cast<std::size_t>(i);
    if (c < 0) {
      ++p.invalid_sequences_;
      p.replace(at, "\xEF\xBF\xBD");  // U+FFFD
    } else if (c == 0) {
      ++p.nul_bytes_;
      p.replace(at, " ");
    } else {
      p.replace(at, std::string_view(&stand_in, 1));
    }
  }
  p.keep_verbatim(verbatim, static_cast<std::size_t>(length));
  return p;
}

std::size_t PreparedText::to_original(std::size_t offset) const noexcept {
  if (offset >= normalized_.size()) return original_.size();
  // The segment holding the offset: the last one that starts at or before it.
  const auto seg =
      std::prev(std::upper_bound(segments_.begin(), segments_.end(), offset,
                                 [](std::size_t n, const Segment& s) { return n < s.normalized; }));
  return seg->verbatim ? seg->original + (offset - seg->normalized) : seg->original;
}

std::size_t PreparedText::to_normalized(std::size_t offset) const noexcept {
  // The first normalized offset whose original offset is at or after `offset`.
  // Original offsets grow strictly from segment to segment, so it lies in the
  // last segment that starts at or before `offset`, or it opens the next one.
  const auto next =
      std::upper_bound(segments_.begin(), segments_.end(), offset,
                       [](std::size_t o, const Segment& s) { return o < s.original; });
  if (next == segments_.begin()) return 0;
  const Segment& seg = *std::prev(next);
  const std::size_t seg_end =
      next == segments_.end() ? normalized_.size() : static_cast<std::size_t>(next->normalized);
  const std::size_t last_original =
      seg.verbatim ? seg.original + (seg_end - seg.normalized) - 1 : seg.original;
  if (offset <= last_original) {
    return seg.verbatim ? seg.normalized + (offset - seg.original) : seg.normalized;
  }
  return seg_end;
}

LineColumn PreparedText::line_column(std::size_t offset) const noexcept {
  const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
  return {line, offset - line_starts_[line - 1] + 1};
}

const std::vector<std::uint32_t>& PreparedText::sentence_breaks() const {
  std::call_once(sentences_->once,
                 [this] { sentences_->offsets = detail::sentence_boundaries(normalized_); });
  return sentences_->offsets;
}

std::pair<std::size_t, std::size_t> PreparedText::sentence_around(std::size_t offset) const {
  const std::size_t norm = to_normalized(offset);
  const std::vector<std::uint32_t>& breaks = sentence_breaks();
  // The last boundary at or before the offset and the first one after it.
  const auto after = std::upper_bound(breaks.begin(), breaks.end(), norm);
  std::size_t begin = after == breaks.begin() ? 0 : *std::prev(after);
  std::size_t end = after == breaks.end() ? normalized_.size() : *after;
  // A line break ends a sentence too (headlines, list items, live updates).
  // Only the sentence's own bytes are searched: the work per call is bounded
  // by the sentence, not by the distance to the next newline in the document.
  const std::string_view text(normalized_);
  const auto nl_before = text.substr(begin, norm - begin).rfind('\n');
  if (nl_before != std::string_view::npos) begin += nl_before + 1;
  const auto nl_after = text.substr(norm, end - norm).find('\n');
  if (nl_after != std::string_view::npos) end = norm + nl_after;
  while (begin < end && normalized_[begin] == ' ') ++begin;
  while (end > begin && (normalized_[end - 1] == ' ' || normalized_[end - 1] == '\n')) --end;
  return {to_original(begin), to_original(end)};
}

std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view s) noexcept {
  auto number = [&](std::size_t pos, std::size_t n) -> int {
    if (pos + n > s.size()) return -1;
    int v = 0;
    for (std::size_t k = pos; k < pos + n; ++k) {
      if (s[k] < '0' || s[k] > '9') return -1;
      v = v * 10 + (s[k] - '0');
    }
    return v;
  };
  const int y = number(0, 4);
  if (y < 0) return std::nullopt;
  int m = 1, d = 1;
  if (s.size() >= 7) {
    if (s[4] != '-' || (m = number(5, 2)) < 0) return std::nullopt;
  }
  if (s.size() >= 10) {
    if (s[7] != '-' || (d = number(8, 2)) < 0) return std::nullopt;
  }
  if (s.size() != 4 && s.size() != 7 && s.size() < 10) return std::nullopt;
  if (s.size() > 10 && s[10] != 'T' && s[10] != ' ') return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year{y},
                                        std::chrono::month{static_cast<unsigned>(m)},
                                        std::chrono::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

std::string repair_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  const auto* b = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const auto length = static_cast<std::int32_t>(std::min<std::size_t>(bytes.size(), INT32_MAX));
  std::int32_t i = 0;
  while (i < length) {
    const std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(b, i, length, c);
    if (c < 0) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(
          bytes.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
    }
  }
  return out;
}

std::string format_iso_date(const std::chrono::year_month_day& date) {
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()),
                     static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

}  // namespace claimcheck
