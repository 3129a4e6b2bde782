#include "report/evidence.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>

#include <fmt/format.h>
#include <unicode/utf8.h>

namespace claimcheck::detail {
namespace {

bool has_suffix(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool from_feed(const SourceStatus& s) {
  return s.origin.empty() || s.origin == "-" || has_suffix(s.origin, ".jsonl") ||
         has_suffix(s.origin, ".ndjson");
}

// Character positions of the sorted byte offsets `at` in `text`.
std::vector<CharPosition> walk(std::string_view text, const std::vector<std::size_t>& at) {
  std::vector<CharPosition> out;
  out.reserve(at.size());
  const auto* b = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(std::min<std::size_t>(text.size(), INT32_MAX));
  CharPosition pos;
  std::int32_t i = 0;
  auto next = at.begin();
  while (next != at.end()) {
    while (next != at.end() && *next <= static_cast<std::size_t>(i)) {
      pos.byte = *next++;
      out.push_back(pos);
    }
    if (i >= length || next == at.end()) break;
    // Plain ASCII up to the next position wanted, a byte a character.
    const auto target = static_cast<std::int32_t>(std::min<std::size_t>(*next, length));
    while (i < target && b[i] < 0x80) {
      if (b[i] == '\n') {
        ++pos.line;
        pos.column = 0;
      }
      ++pos.offset;
      ++pos.column;
      ++i;
    }
    if (i >= target) continue;
    UChar32 c = 0;
    U8_NEXT(b, i, length, c);  // an invalid sequence is one character (U+FFFD)
    ++pos.offset;
    ++pos.column;
    if (c == '\n') {
      ++pos.line;
      pos.column = 1;
    }
  }
  return out;
}

std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 14695981039346656037ull) {
  for (const char c : s) {
    h ^= static_cast<std::uint8_t>(c);
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace

void note_positions(std::string_view original, const std::vector<Claim>& claims, bool keep_text,
                    SourceStatus& status) {
  std::vector<std::size_t> at;
  at.reserve(claims.size() * 2);
  for (const Claim& c : claims) {
    at.push_back(c.mention.start);
    at.push_back(c.mention.end);
  }
  std::sort(at.begin(), at.end());
  at.erase(std::unique(at.begin(), at.end()), at.end());
  status.char_positions = walk(original, at);
  if (keep_text) status.text = std::string(original);
}

const std::vector<Rule>& rules() {
  static const std::vector<Rule> all = {
      {"money-conflict", "MoneyConflict", "Sources state different amounts of money for one fact",
       "Two or more statements give amounts of money for the same fact (same attribute, subject, "
       "object and period) whose intervals cannot all hold, even allowing for the precision and "
       "qualifiers of their wording."},
      {"percent-conflict", "PercentConflict", "Sources state different percentages for one fact",
       "Two or more statements give percentages, percentage points or basis points for the same "
       "fact whose intervals cannot all hold."},
      {"date-conflict", "DateConflict", "Sources state different dates for one event",
       "Two or more statements date the same event differently, at granularities that cannot "
       "both be true (a month contains its days)."},
      {"count-conflict", "CountConflict", "Sources state different counts for one fact",
       "Two or more statements give counts (people, layoffs, items) for the same fact whose "
       "intervals cannot all hold."},
      {"duration-conflict", "DurationConflict", "Sources state different durations for one fact",
       "Two or more statements give durations for the same fact that cannot both be true."},
      {"self-contradiction", "SelfContradiction", "A document contradicts itself",
       "One document states two values for the same fact that cannot both be true (for example "
       "a live article updated in place). Reported whatever the kind of amount."},
  };
  return all;
}

const Rule& rule_of(const Discrepancy& d) {
  const auto& r = rules();
  if (d.self_contradiction) return r[5];
  switch (d.key.kind) {
    case Kind::money:
      return r[0];
    case Kind::percent:
      return r[1];
    case Kind::date:
      return r[2];
    case Kind::number:
      return r[3];
    case Kind::duration:
      return r[4];
  }
  return r[3];
}

Span span_of(const Claim& c, const SourceStatus& s) {
  Span sp;
  const Mention& m = c.mention;
  sp.line = c.position.line;
  sp.column = c.position.column;
  sp.byte_offset = m.start;
  sp.byte_length = m.end >= m.start ? m.end - m.start : 0;
  const std::string_view text = m.text;
  const std::size_t nl = text.rfind('\n');
  sp.end_line = sp.line + static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
  sp.end_column = nl == std::string_view::npos ? sp.column + text.size() : text.size() - nl;

  auto find = [&](std::size_t byte) -> const CharPosition* {
    const auto& v = s.char_positions;
    auto it = std::lower_bound(v.begin(), v.end(), byte,
                               [](const CharPosition& p, std::size_t b) { return p.byte < b; });
    return it != v.end() && it->byte == byte ? &*it : nullptr;
  };
  const CharPosition* start = find(m.start);
  const CharPosition* end = find(m.end);
  if ((!start || !end) && !s.text.empty()) {
    // A report assembled by hand with the text kept: count now.
    static thread_local std::vector<CharPosition> scratch;
    scratch = walk(s.text, m.start <= m.end ? std::vector<std::size_t>{m.start, m.end}
                                            : std::vector<std::size_t>{m.start});
    if (scratch.size() == 2) {
      start = &scratch[0];
      end = &scratch[1];
    }
  }
  if (start && end) {
    sp.char_offset = start->offset;
    sp.char_length = end->offset - start->offset;
    sp.char_column = start->column;
    sp.char_end_column = end->column;
    sp.end_line = end->line;
  } else {
    // No character positions known: bytes are the best estimate (exact for ASCII).
    sp.char_offset = sp.byte_offset;
    sp.char_length = sp.byte_length;
    sp.char_column = sp.column;
    sp.char_end_column = sp.end_column;
  }
  return sp;
}

std::string artifact_path(const SourceStatus& s) {
  if (from_feed(s)) return s.id;
  // "./a.txt" and "dir//a.txt" name the file as a repository does: "a.txt", "dir/a.txt".
  return std::filesystem::path(s.origin).lexically_normal().generic_string();
}

std::string artifact_uri(const SourceStatus& s) {
  const std::string path = artifact_path(s);
  std::string out;
  if (!path.empty() && path.front() == '/') out = "file://";
  for (const char ch : path) {
    const auto u = static_cast<unsigned char>(ch);
    if (std::isalnum(u) || ch == '-' || ch == '.' || ch == '_' || ch == '~' || ch == '/') {
      out += ch;
    } else if (ch == '\\') {
      out += '/';
    } else {
      out += fmt::format("%{:02X}", u);
    }
  }
  return out;
}

std::string about(const FactKey& k) {
  std::string out;
  if (!k.subject.empty()) out += k.subject + " ";
  out += k.attribute;
  if (!k.object.empty()) out += " in " + k.object;
  if (!k.period.empty()) out += " (" + k.period + ")";
  if (!k.basis.empty()) out += " [" + k.basis + "]";
  return out;
}

std::string title(const Discrepancy& d) {
  return fmt::format("{}: {}", rule_of(d).id, about(d.key));
}

bool agrees(const Discrepancy& d, std::size_t i) {
  return i < d.cluster.size() && static_cast<std::size_t>(d.cluster[i]) == d.consensus_cluster;
}

std::vector<std::size_t> outlier_indices(const Discrepancy& d) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < d.values.size(); ++i)
    if (!agrees(d, i)) out.push_back(i);
  return out;
}

std::string where(const Claim& c, const Report& r) {
  const std::string& id = c.doc < r.sources.size() ? r.sources[c.doc].id : std::string("?");
  return fmt::format("{}:{}:{}", id, c.position.line, c.position.column);
}

std::string difference_text(const Discrepancy& d) {
  const auto* centre = std::get_if<Date>(&d.values[d.consensus_member].mention.value);
  if (centre && centre->first_day) {
    long long days = 0;
    for (std::size_t i = 0; i < d.values.size(); ++i) {
      const auto* v = std::get_if<Date>(&d.values[i].mention.value);
      if (agrees(d, i) || !v || !v->first_day) continue;
      const auto gap =
          (std::chrono::sys_days(*v->first_day) - std::chrono::sys_days(*centre->first_day))
              .count();
      days = std::max<long long>(days, gap < 0 ? -gap : gap);
    }
    return fmt::format("dates {} day{} apart", days, days == 1 ? "" : "s");
  }
  return fmt::format("values differ by {:.1f}%", d.relative_difference * 100);
}

std::string consensus_text(const Discrepancy& d) {
  std::vector<std::string> texts;
  for (std::size_t i = 0; i < d.values.size(); ++i) {
    const std::string& t = d.values[i].mention.text;
    if (agrees(d, i) && std::find(texts.begin(), texts.end(), t) == texts.end()) texts.push_back(t);
  }
  return fmt::format("{}", fmt::join(texts, " / "));
}

std::string outlier_message(const Discrepancy& d, std::size_t i, const Report& r,
                            const LinkFn& link, const EscapeFn& escape) {
  const auto esc = [&](std::string_view s) { return escape ? escape(s) : std::string(s); };
  constexpr std::size_t kMaxListed = 8;
  std::vector<std::string> with, others;
  std::size_t more = 0;
  for (std::size_t j = 0; j < d.values.size(); ++j) {
    if (j == i) continue;
    const Claim& c = d.values[j];
    auto& list = agrees(d, j) ? with : others;
    if (with.size() + others.size() >= kMaxListed) {
      ++more;
      continue;
    }
    list.push_back(fmt::format("{} in {}", esc(c.mention.text), link(j, where(c, r))));
  }
  std::string msg = fmt::format("{}: {} here", esc(about(d.key)), esc(d.values[i].mention.text));
  if (!with.empty()) {
    msg += fmt::format(", but the consensus ({} of {} statements, {} independent source{}) is {}",
                       d.support, d.support + d.against, d.support_sources,
                       d.support_sources == 1 ? "" : "s", fmt::join(with, ", "));
  }
  if (!others.empty()) {
    msg +=
        fmt::format("{} other values: {}", with.empty() ? ", but" : ";", fmt::join(others, ", "));
  }
  if (more) msg += fmt::format(" and {} more", more);
  msg += "; " + difference_text(d);
  if (d.self_contradiction) msg += "; the document contradicts itself";
  msg += '.';
  return msg;
}

std::string fingerprint(const Discrepancy& d, std::size_t i) {
  const FactKey& k = d.key;
  std::uint64_t h = 14695981039346656037ull;
  for (const std::string_view part :
       {rule_of(d).id, to_string(k.kind), std::string_view(k.attribute),
        std::string_view(k.subject), std::string_view(k.object), std::string_view(k.period),
        std::string_view(k.basis), std::string_view(k.unit),
        std::string_view(d.values[i].mention.text)}) {
    h = fnv1a(part, h);
    h = fnv1a("\x1f", h);
  }
  std::vector<std::string_view> others;
  for (std::size_t j = 0; j < d.values.size(); ++j)
    if (j != i) others.push_back(d.values[j].mention.text);
  std::sort(others.begin(), others.end());
  others.erase(std::unique(others.begin(), others.end()), others.end());
  for (const std::string_view t : others) {
    h = fnv1a(t, h);
    h = fnv1a("\x1e", h);
  }
  return fmt::format("{:016x}", h);
}

}  // namespace claimcheck::detail
