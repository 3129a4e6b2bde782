// Dates: absolute ("September 18, 2025", "18 September 2025", "8/30/2025",
// "2025-08-30T01:50:10", "June 2025", "Q3 2025", "H2 2016", "fiscal 2024",
// "the 1990s", "summer 2016", "week 31"), relative to the reference date
// ("today", "last year", "next Sunday", "two days ago", "earlier this year"),
// bounded ("since 2020", "no later than January 1, 2010") and with a time of
// day when one is attached ("tomorrow 8:00am").
//
// The value is a TIMEX3 string at the granularity written: a month stays a
// month ("2025-06"), a day without a year keeps its X year ("XXXX-12-30").
// Calendar arithmetic is std::chrono's (year_month_day, weekday, sys_days).
//
// Decisions (see also data/calendar_words.tsv):
// - "fiscal 2024", "FY2024", "FY24" are "FY2024" (a fiscal year is not the
//   calendar year; no first/last day is given for it).
// - "03/04/2025" reads as US month/day; the day/month reading goes into the
//   mention's alternatives. Dotted dates ("13.5.2015") read day first.
// - A bare weekday ("on Tuesday") with a reference date is the latest such
//   day on or before the reference (news reports the past week), unless a
//   future cue ("will", "next", "scheduled") comes just before it; then the
//   next one. Without a reference date it is "XXXX-WXX-2".
// - Relative dates with no reference date stay open: "XXXX", "XXXX-XX-XX".
// - "two days ago", "a month ago" are days, as the suite's TIMEX conventions
//   want ("2016-10-07").
// - An impossible date ("February 30, 2025", "13/13/2025") is a Date with
//   valid = false and a problem; it is never moved to a nearby real date.
#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "data.hpp"
#include "extract/date_lexicon.hpp"
#include "extract/lookup_cache.hpp"
#include "extract/numbers.hpp"
#include "extract/recognize.hpp"

namespace claimcheck::detail {

const PhraseTable& calendar_table() {
  static const PhraseTable table(data::calendar_words);
  return table;
}

namespace {

// The calendar types by number, and each row's type number: the lookup
// cache keeps one hit per type and token, found in one pass over the rows.
struct CalendarTypes {
  CalendarTypes() {
    const PhraseTable& table = calendar_table();
    row_type.resize(table.size(), kCalendarTypes);
    for (std::size_t r = 0; r < table.size(); ++r) {
      const auto& row = table.row(r);
      if (row.size() < 2) continue;
      auto it = std::find(names.begin(), names.end(), row[1]);
      if (it == names.end()) {
        if (names.size() == kCalendarTypes) throw std::logic_error("too many calendar types");
        it = names.insert(names.end(), row[1]);
      }
      row_type[r] = static_cast<std::size_t>(it - names.begin());
    }
  }
  std::vector<std::string_view> names;
  std::vector<std::size_t> row_type;
};

const CalendarTypes& calendar_types() {
  static const CalendarTypes types;
  return types;
}

}  // namespace

std::size_t calendar_type_number(std::string_view type) noexcept {
  const auto& names = calendar_types().names;
  const auto it = std::find(names.begin(), names.end(), type);
  return it == names.end() ? kCalendarTypes : static_cast<std::size_t>(it - names.begin());
}

std::size_t calendar_row_type(std::size_t row) noexcept {
  return calendar_types().row_type[row];
}

int CalendarHit::number() const noexcept {
  int v = 0;
  const char* b = value.data();
  const char* e = b + value.size();
  if (b != e && *b == '+') ++b;
  std::from_chars(b, e, v);
  return v;
}

CalendarHit calendar_hit(const PhraseHit& h) {
  const auto& row = calendar_table().row(h.row);
  CalendarHit c;
  c.row = h.row;
  c.first = h.first;
  c.last = h.last;
  c.value = row.size() > 2 ? row[2] : std::string_view{};
  c.flags = row.size() > 3 ? row[3] : std::string_view{};
  return c;
}

std::optional<CalendarHit> calendar_at(const TokenStream& t, std::size_t i, std::string_view type) {
  const PhraseTable& table = calendar_table();
  const auto h = table.match_at(t, i, [&](std::size_t r) {
    const auto& row = table.row(r);
    return row.size() > 1 && row[1] == type;
  });
  if (!h) return std::nullopt;
  return calendar_hit(*h);
}

std::optional<CalendarHit> calendar_before(const TokenStream& t, std::size_t i,
                                           std::string_view type) {
  const PhraseTable& table = calendar_table();
  const auto h = table.match_before(t, i, [&](std::size_t r) {
    const auto& row = table.row(r);
    return row.size() > 1 && row[1] == type;
  });
  if (!h) return std::nullopt;
  return calendar_hit(*h);
}

namespace {

namespace ch = std::chrono;

// A number's value as an int when it is a whole number in [0, max]; never a
// cast of a value too large for int ("fourteen billion" is no minute).
std::optional<int> whole_up_to(const Decimal& v, int max) {
  if (!v.ok() || !v.is_integer()) return std::nullopt;
  const double d = v.to_double();
  if (d < 0 || d > max) return std::nullopt;
  return static_cast<int>(d);
}

constexpr std::array<std::string_view, 12> kMonthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

enum class Gran : std::uint8_t {
  century,
  decade,
  year,
  half,
  quarter,
  season,
  month,
  week,
  weekend,
  day
};

struct Clock {
  int hour = -1, minute = -1, second = -1;
  std::string part;  // MO, AF, EV, NI when no hour is given
};

struct When {
  Gran gran = Gran::day;
  std::optional<int> year;
  int sub = 0;           // half, quarter or ISO week number (0: unknown)
  unsigned month = 0;    // 0: unknown
  unsigned day = 0;      // 0: unknown
  unsigned weekday = 0;  // ISO 1..7 when only the weekday is known
  std::string season;
  bool fiscal = false;
  unsigned end_month = 0, end_day = 0;  // a range of days: "Sept. 16-17", "June 25-July 2"
  Clock clock;
  std::string problem;
  std::vector<std::string> alternatives;
};

struct Piece {
  When w;
  std::size_t end = 0;
};
using P = std::optional<Piece>;

void consider(P& best, P candidate) {
  if (candidate && (!best || candidate->end > best->end)) best = std::move(candidate);
}

// ---------------------------------------------------------------- calendar

struct IsoWeek {
  int year = 0;
  unsigned week = 0;
};

IsoWeek iso_week(ch::sys_days d) {
  const ch::weekday wd{d};
  const ch::sys_days thursday = d - ch::days{wd.iso_encoding() - 1} + ch::days{3};
  const ch::year y = ch::year_month_day{thursday}.year();
  const ch::sys_days jan1{y / ch::January / 1};
  return {int(y), static_cast<unsigned>((thursday - jan1).count() / 7 + 1)};
}

ch::sys_days iso_monday(int year, unsigned week) {
  const ch::sys_days jan4{ch::year{year} / ch::January / 4};
  const ch::weekday wd{jan4};
  return jan4 - ch::days{wd.iso_encoding() - 1} + ch::weeks{week - 1};
}

unsigned weeks_in(int year) {
  return iso_week(ch::sys_days{ch::year{year} / ch::December / 28}).week;
}

When day_when(ch::sys_days d) {
  const ch::year_month_day ymd{d};
  When w;
  w.gran = Gran::day;
  w.year = int(ymd.year());
  w.month = unsigned(ymd.month());
  w.day = unsigned(ymd.day());
  return w;
}

When week_when(ch::sys_days d, Gran g = Gran::week) {
  const IsoWeek iw = iso_week(d);
  When w;
  w.gran = g;
  w.year = iw.year;
  w.sub = static_cast<int>(iw.week);
  return w;
}

// ymd + n months, the day clamped to the month's last.
ch::year_month_day add_months(ch::year_month_day d, int n) {
  ch::year_month ym = ch::year_month{d.year(), d.month()} + ch::months{n};
  const ch::day last = ch::year_month_day_last{ym.year(), ch::month_day_last{ym.month()}}.day();
  return ch::year_month_day{ym.year(), ym.month(), std::min(d.day(), last)};
}

unsigned max_day(unsigned month) {
  // The longest the month can be in any year (February 29 exists).
  return unsigned(
      ch::year_month_day_last{ch::year{2000}, ch::month_day_last{ch::month{month}}}.day());
}

std::string year_text(const When& w) {
  if (!w.year) return "XXXX";
  return fmt::format("{}{:04d}", w.fiscal ? "FY" : "", *w.year);
}

std::string render(const When& w) {
  std::string s;
  const std::string y = year_text(w);
  switch (w.gran) {
    case Gran::century:
      s = w.year ? fmt::format("{:02d}", *w.year / 100) : "XX";
      break;
    case Gran::decade:
      s = w.year ? fmt::format("{:03d}", *w.year / 10) : "XXX";
      break;
    case Gran::year:
      s = y;
      break;
    case Gran::half:
      s = y + (w.sub ? fmt::format("-H{}", w.sub) : "-HX");
      break;
    case Gran::quarter:
      s = y + (w.sub ? fmt::format("-Q{}", w.sub) : "-QX");
      break;
    case Gran::season:
      s = y + "-" + w.season;
      break;
    case Gran::month:
      s = y + (w.month ? fmt::format("-{:02d}", w.month) : "-XX");
      break;
    case Gran::week:
    case Gran::weekend:
      s = y + (w.sub ? fmt::format("-W{:02d}", w.sub) : "-WXX");
      if (w.gran == Gran::weekend) s += "-WE";
      break;
    case Gran::day:
      if (!w.month && !w.day && w.weekday) {
        s = fmt::format("XXXX-WXX-{}", w.weekday);
      } else {
        s = y + (w.month ? fmt::format("-{:02d}", w.month) : "-XX") +
            (w.day ? fmt::format("-{:02d}", w.day) : "-XX");
      }
      break;
  }
  if (w.clock.hour >= 0) {
    s += fmt::format("T{:02d}", w.clock.hour);
    if (w.clock.minute >= 0) s += fmt::format(":{:02d}", w.clock.minute);
    if (w.clock.minute >= 0 && w.clock.second >= 0) s += fmt::format(":{:02d}", w.clock.second);
  } else if (!w.clock.part.empty()) {
    s += "T" + w.clock.part;
  }
  return s;
}

using Ymd = ch::year_month_day;

// First and last day of a When whose year is known.
std::optional<std::pair<Ymd, Ymd>> days_of(const When& w) {
  if (!w.year || w.fiscal) return std::nullopt;
  const ch::year y{*w.year};
  auto month_span = [&](ch::year yy, unsigned m1, unsigned m2) {
    return std::pair<Ymd, Ymd>{Ymd{yy, ch::month{m1}, ch::day{1}},
                               Ymd{ch::year_month_day_last{yy, ch::month_day_last{ch::month{m2}}}}};
  };
  switch (w.gran) {
    case Gran::century: {
      const int c = *w.year / 100 * 100;
      return std::pair<Ymd, Ymd>{ch::year{c} / 1 / 1, ch::year{c + 99} / 12 / 31};
    }
    case Gran::decade: {
      const int d = *w.year / 10 * 10;
      return std::pair<Ymd, Ymd>{ch::year{d} / 1 / 1, ch::year{d + 9} / 12 / 31};
    }
    case Gran::year:
      return month_span(y, 1, 12);
    case Gran::half:
      if (w.sub < 1 || w.sub > 2) return std::nullopt;
      return month_span(y, unsigned(w.sub - 1) * 6 + 1, unsigned(w.sub) * 6);
    case Gran::quarter:
      if (w.sub < 1 || w.sub > 4) return std::nullopt;
      return month_span(y, unsigned(w.sub - 1) * 3 + 1, unsigned(w.sub) * 3);
    case Gran::season:
      if (w.season == "SP") return month_span(y, 3, 5);
      if (w.season == "SU") return month_span(y, 6, 8);
      if (w.season == "FA") return month_span(y, 9, 11);
      if (w.season == "WI")
        return std::pair<Ymd, Ymd>{month_span(y, 12, 12).first,
                                   month_span(y + ch::years{1}, 2, 2).second};
      return std::nullopt;
    case Gran::month:
      if (w.month < 1 || w.month > 12) return std::nullopt;
      return month_span(y, w.month, w.month);
    case Gran::week:
    case Gran::weekend: {
      if (w.sub < 1 || unsigned(w.sub) > weeks_in(*w.year)) return std::nullopt;
      const ch::sys_days monday = iso_monday(*w.year, unsigned(w.sub));
      if (w.gran == Gran::weekend)
        return std::pair<Ymd, Ymd>{Ymd{monday + ch::days{5}}, Ymd{monday + ch::days{6}}};
      return std::pair<Ymd, Ymd>{Ymd{monday}, Ymd{monday + ch::days{6}}};
    }
    case Gran::day: {
      if (!w.month || !w.day) return std::nullopt;
      const Ymd d{y, ch::month{w.month}, ch::day{w.day}};
      if (!d.ok()) return std::nullopt;
      return std::pair<Ymd, Ymd>{d, d};
    }
  }
  return std::nullopt;
}

// The problem of an impossible date, or "".
std::string check(const When& w) {
  if (!w.problem.empty()) return w.problem;
  if (w.gran == Gran::month || w.gran == Gran::day) {
    if (w.month > 12) return fmt::format("there is no month {}", w.month);
  }
  if (w.gran == Gran::day && w.month && w.day) {
    const std::string_view name = kMonthNames[w.month - 1];
    if (w.year) {
      const Ymd d{ch::year{*w.year}, ch::month{w.month}, ch::day{w.day}};
      if (!d.ok()) return fmt::format("{} {} has no day {}", name, *w.year, w.day);
    } else if (w.day > max_day(w.month)) {
      return fmt::format("{} has no day {}", name, w.day);
    }
  }
  if (w.gran == Gran::day && w.day > 31) return fmt::format("no month has a day {}", w.day);
  return {};
}

// ---------------------------------------------------------------- tokens

int digits_value(std::string_view s) {
  if (s.empty() || s.size() > 9) return -1;
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

bool is_upper_initial(std::string_view s) {
  return !s.empty() && s.front() >= 'A' && s.front() <= 'Z';
}

class Parser {
 public:
  explicit Parser(const Scan& scan) : s_(scan), t_(scan.tokens), ref_(scan.options.reference_date) {
    if (ref_ && !ref_->ok()) ref_.reset();
  }

  std::optional<Found> run(std::size_t i);

 private:
  const Scan& s_;
  const TokenStream& t_;
  std::optional<Ymd> ref_;
  std::size_t start_ = 0;  // where the mention starts (for tense cues)

  // Token tests.
  bool dig(std::size_t j) const { return t_.is_digits(j); }
  std::size_t ndig(std::size_t j) const { return dig(j) ? t_.text(j).size() : 0; }
  int val(std::size_t j) const { return dig(j) ? digits_value(t_.text(j)) : -1; }
  bool is(std::size_t j, std::string_view w) const { return t_.is(j, w); }
  bool sym(std::size_t j, char c) const { return t_.is_symbol(j, c); }
  bool att(std::size_t j) const { return t_.attached(j); }
  bool word(std::size_t j) const { return t_.is_word(j); }
  bool at_end(std::size_t j) const { return j >= t_.size(); }
  // End of text, or punctuation that closes a phrase.
  bool closes(std::size_t j) const {
    return at_end(j) || sym(j, '.') || sym(j, ',') || sym(j, ';') || sym(j, '!') || sym(j, '?') ||
           sym(j, ')') || sym(j, ':') || t_[j].newline_before;
  }
  void tick() const { s_.count(); }

  std::optional<CalendarHit> lex(std::size_t j, std::string_view type) const {
    if (j >= t_.size()) return std::nullopt;
    return s_.cache ? s_.cache->calendar(t_, j, type) : calendar_at(t_, j, type);
  }

  // Pieces.
  struct DayNum {
    unsigned day = 0;
    std::size_t end = 0;
    bool ordinal = false;
    bool words = false;
  };
  std::optional<DayNum> day_num(std::size_t j, bool allow_words) const;
  struct MonthHit {
    unsigned month = 0;
    std::size_t first = 0, end = 0;
    bool strict = false, cap = false, capitalized = false, abbr = false;
  };
  std::optional<MonthHit> month_at(std::size_t j) const;
  std::optional<std::pair<int, std::size_t>> year_at(std::size_t j, int lo = 1000,
                                                     int hi = 2999) const;
  std::optional<std::pair<int, std::size_t>> rel_year(std::size_t j) const;
  std::optional<std::pair<int, std::size_t>> year_anchor(std::size_t j,
                                                         bool allow_bare_comma) const;
  std::optional<std::pair<int, std::size_t>> small_number(std::size_t j) const;

  bool glued_before(std::size_t i) const;
  bool glued_after(std::size_t end) const;
  bool context_before(std::size_t j) const;
  bool future_cue(std::size_t j) const;
  bool plausible_bare_year(std::size_t j) const;

  When period(std::string_view unit, int n) const;
  When weekday_in_week(unsigned wd, int week_offset) const;
  When bare_weekday(unsigned wd, std::size_t j) const;
  std::optional<When> holiday(std::string_view rule, std::optional<int> year) const;
  void add_year_alternative(When& w) const;

  // Parsers: each returns the piece starting at j, or nothing.
  P expression(std::size_t j, bool ctx);
  P core(std::size_t j, bool ctx);
  P with_time(P p);
  P time_first(std::size_t j);
  struct TimeHit {
    Clock clock;
    std::size_t end = 0;
    bool meridiem = false;
  };
  std::optional<TimeHit> time_at(std::size_t j, bool bare_ok, const std::string& part) const;

  P explicit_day(std::size_t j, bool ctx);
  P month_first(std::size_t j, bool ctx);
  P day_first(std::size_t j, bool ctx);
  P numeric(std::size_t j, bool ctx);
  P relday(std::size_t j);
  P rel_phrase(std::size_t j, bool after_the);
  P the_phrase(std::size_t j);
  P nth_phrase(std::size_t j);
  P weekday_phrase(std::size_t j);
  P lead_phrase(std::size_t j);
  P qh_phrase(std::size_t j);
  P fiscal_phrase(std::size_t j);
  P week_number(std::size_t j);
  P season_phrase(std::size_t j);
  P holiday_phrase(std::size_t j);
  P ago_phrase(std::size_t j);
  P decade(std::size_t j);
};

// ---------------------------------------------------------------- pieces

std::optional<Parser::DayNum> Parser::day_num(std::size_t j, bool allow_words) const {
  tick();
  if (dig(j)) {
    if (ndig(j) > 2) return std::nullopt;
    const int v = val(j);
    if (v < 1 || v > 31) return std::nullopt;
    DayNum d{static_cast<unsigned>(v), j + 1, false, false};
    const std::size_t e = j + 1;
    if (att(e) && (is(e, "st") || is(e, "nd") || is(e, "rd") || is(e, "th"))) {
      d.end = e + 1;
      d.ordinal = true;
    } else if (att(e) && (sym(e, '.') || sym(e, ':') || sym(e, ',')) && att(e + 1) && dig(e + 1)) {
      return std::nullopt;  // 4.85, 12:30, 1,000: not a day
    } else if (att(e) && (word(e) || sym(e, '%'))) {
      return std::nullopt;
    }
    return d;
  }
  if (!allow_words || !word(j)) return std::nullopt;
  if (auto n = match_small_ordinal(s_, j)) {
    if (n->value.is_integer() && n->last > j) {
      const double v = n->value.to_double();
      if (v >= 1 && v <= 31) return DayNum{static_cast<unsigned>(v), n->last, n->ordinal, true};
    }
  }
  if (auto h = lex(j, "nth")) {
    const int v = h->number();
    if (v >= 1) return DayNum{static_cast<unsigned>(v), h->last, true, true};
  }
  return std::nullopt;
}

std::optional<Parser::MonthHit> Parser::month_at(std::size_t j) const {
  tick();
  const auto h = lex(j, "month");
  if (!h) return std::nullopt;
  MonthHit m;
  m.month = static_cast<unsigned>(h->number());
  m.first = j;
  m.end = h->last;
  m.strict = h->has("strict");
  m.cap = h->has("cap");
  m.capitalized = is_upper_initial(t_.text(j));
  const std::string_view w = t_.lower(j);
  m.abbr = w.size() <= 4 && w != "june" && w != "july" && w != "may";
  // "Dec." and "Nov." keep their dot.
  if (m.abbr && sym(m.end, '.') && att(m.end)) ++m.end;
  // A month glued to letters is part of another word.
  if (att(j) && j > 0 && word(j - 1)) return std::nullopt;
  if (att(h->last) && word(h->last)) return std::nullopt;
  return m;
}

std::optional<std::pair<int, std::size_t>> Parser::year_at(std::size_t j, int lo, int hi) const {
  tick();
  if (ndig(j) != 4) return std::nullopt;
  const int y = val(j);
  if (y < lo || y > hi) return std::nullopt;
  const std::size_t e = j + 1;
  if (att(e) && (word(e) || sym(e, '%'))) return std::nullopt;
  if (att(e) && (sym(e, '.') || sym(e, ',')) && att(e + 1) && dig(e + 1)) return std::nullopt;
  return std::pair{y, e};
}

// "this year", "next year", "last year" (with a reference date).
std::optional<std::pair<int, std::size_t>> Parser::rel_year(std::size_t j) const {
  tick();
  const auto r = lex(j, "rel");
  if (!r || !ref_) return std::nullopt;
  const auto u = lex(r->last, "unit");
  if (!u || u->value != "Y" || u->has("plural")) return std::nullopt;
  return std::pair{int(ref_->year()) + r->number(), u->last};
}

// What gives a year to a date written without one: ", 2016", "of 1995",
// "in 2020", "2016", "of this year", "next year".
std::optional<std::pair<int, std::size_t>> Parser::year_anchor(std::size_t j,
                                                               bool allow_bare) const {
  std::size_t k = j;
  bool linked = false;
  if (sym(k, ',')) {
    ++k;
    linked = true;
  }
  if (is(k, "of") || is(k, "in")) {
    ++k;
    linked = true;
  }
  if (auto y = year_at(k)) {
    if (linked || allow_bare) return y;
  }
  if (auto y = rel_year(k)) return y;
  return std::nullopt;
}

// A small count: digits, "a"/"an", "few"/"a few", or a number word.
std::optional<std::pair<int, std::size_t>> Parser::small_number(std::size_t j) const {
  tick();
  if (is(j, "a") || is(j, "an")) {
    if (is(j + 1, "few") || is(j + 1, "couple")) {
      const std::size_t e = is(j + 2, "of") ? j + 3 : j + 2;
      return std::pair{is(j + 1, "few") ? 3 : 2, e};
    }
    return std::pair{1, j + 1};
  }
  if (is(j, "few")) return std::pair{3, j + 1};
  if (dig(j)) {
    if (ndig(j) > 4 || (att(j + 1) && (sym(j + 1, '.') || sym(j + 1, ',')) && dig(j + 2)))
      return std::nullopt;
    return std::pair{val(j), j + 1};
  }
  NumberOptions o;
  o.allow_scale = false;
  o.allow_fraction = false;
  o.allow_sign = false;
  o.allow_space_groups = false;
  const auto n = match_number(s_, j, o);
  if (!n || n->ordinal || !n->value.is_integer()) return std::nullopt;
  const double v = n->value.to_double();
  if (v < 0 || v > 10000) return std::nullopt;
  return std::pair{static_cast<int>(v), n->last};
}

// Token i continues a word or a number written before it ("A1B2", "COVID-19",
// "30/4"): no date starts there.
bool Parser::glued_before(std::size_t i) const {
  if (i == 0 || !att(i)) return false;
  const std::size_t p = i - 1;
  if (dig(i) && (word(p) || dig(p))) return true;
  if (word(i) && dig(p)) return true;
  if (sym(p, '/') || sym(p, '.') || sym(p, ':') || sym(p, '-')) {
    // "says:30 December": a label's colon does not glue.
    if (sym(p, ':') && p > 0 && word(p - 1)) return false;
    if (p > 0 && att(p) && (word(p - 1) || dig(p - 1))) {
      // "mid-2024" is read from "mid"; "2023-2024" may start a year.
      if (sym(p, '-') && dig(p - 1) && dig(i) && ndig(i) == 4 && ndig(p - 1) == 4) return false;
      return true;
    }
  }
  return false;
}

bool Parser::glued_after(std::size_t end) const {
  if (end >= t_.size() || !att(end)) return false;
  if (word(end) || dig(end) || sym(end, '%')) return true;
  if ((sym(end, '.') || sym(end, ':') || sym(end, '/')) && att(end + 1) && dig(end + 1))
    return true;
  return false;
}

// A word just before j that makes a bare "5/12" or "the 18th" a date.
bool Parser::context_before(std::size_t j) const {
  if (j == 0) return false;
  const std::size_t p = j - 1;
  for (const std::string_view w : {"on", "for", "by", "since", "until", "till", "before", "after",
                                   "from", "through", "dated", "starting", "beginning"}) {
    if (is(p, w)) return true;
  }
  return false;
}

bool Parser::future_cue(std::size_t j) const {
  const std::size_t from = j > 8 ? j - 8 : 0;
  for (std::size_t k = j; k-- > from;) {
    tick();
    if ((sym(k, '.') || sym(k, '?') || sym(k, '!') || sym(k, ';')) && !att(k + 1)) break;
    for (const std::string_view w : {"will", "ll", "upcoming", "scheduled", "expected", "plans",
                                     "plan", "due", "set", "until", "till", "shall", "going"}) {
      if (is(k, w)) return true;
    }
  }
  return false;
}

// "1998" alone: a year unless a count noun follows ("2000 people").
bool Parser::plausible_bare_year(std::size_t j) const {
  const int y = val(j);
  if (ndig(j) != 4 || y < 1800 || y > 2199) return false;
  if (j > 0 && (dig(j - 1) || sym(j - 1, '#') || is(j - 1, "no") || is(j - 1, "number")))
    return false;
  const std::size_t n = j + 1;
  if (!word(n) || att(n)) return true;
  const std::string_view w = t_.text(n);
  if (is_upper_initial(w)) return true;
  for (const std::string_view c :
       {"people",    "persons", "men",     "women",   "children", "staff",      "police",
        "personnel", "troops",  "million", "billion", "thousand", "hundred",    "percent",
        "per",       "feet",    "sq",      "square",  "km",       "kilometers", "miles",
        "metres",    "meters",  "units",   "pounds",  "tons",     "tonnes",     "votes"}) {
    if (w == c) return false;
  }
  if (w.size() >= 4 && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("us") &&
      !w.ends_with("is") && !w.ends_with("as")) {
    // "2000 employees", "1500 jobs"; a verb in -s after a year ("2024 marks") is rarer.
    for (const std::string_view v : {"marks", "sees", "brings", "begins", "ends", "looks",
                                     "promises", "comes", "seems", "remains", "starts", "holds"}) {
      if (w == v) return true;
    }
    return false;
  }
  return true;
}

// The period `n` units from the reference's ("next month": M, 1).
When Parser::period(std::string_view unit, int n) const {
  When w;
  if (unit == "D")
    w.gran = Gran::day;
  else if (unit == "W")
    w.gran = Gran::week;
  else if (unit == "WE")
    w.gran = Gran::weekend;
  else if (unit == "M")
    w.gran = Gran::month;
  else if (unit == "Q")
    w.gran = Gran::quarter;
  else if (unit == "10Y")
    w.gran = Gran::decade;
  else
    w.gran = Gran::year;
  if (!ref_) return w;  // left open: XXXX, XXXX-XX, XXXX-WXX
  const ch::sys_days today{*ref_};
  switch (w.gran) {
    case Gran::day:
      return day_when(today + ch::days{n});
    case Gran::week:
    case Gran::weekend:
      return week_when(today + ch::weeks{n}, w.gran);
    case Gran::month: {
      const Ymd d = add_months(*ref_, n);
      w.year = int(d.year());
      w.month = unsigned(d.month());
      return w;
    }
    case Gran::quarter: {
      const int q0 = int(int(int(unsigned(ref_->month())) - 1) / 3);
      const int total = int(ref_->year()) * 4 + q0 + n;
      w.year = total / 4;
      w.sub = total % 4 + 1;
      return w;
    }
    case Gran::decade:
      w.year = (int(ref_->year()) / 10 + n) * 10;
      return w;
    default:
      w.year = int(ref_->year()) + n;
      return w;
  }
}

// Weekday `wd` of the ISO week `week_offset` weeks from the reference's.
When Parser::weekday_in_week(unsigned wd, int week_offset) const {
  if (!ref_) {
    When w;
    w.weekday = wd;
    return w;
  }
  const ch::sys_days today{*ref_};
  const ch::sys_days monday = today - ch::days{ch::weekday{today}.iso_encoding() - 1};
  return day_when(monday + ch::weeks{week_offset} + ch::days{wd - 1});
}

When Parser::bare_weekday(unsigned wd, std::size_t j) const {
  When w;
  w.weekday = wd;
  if (!ref_) return w;
  const ch::sys_days today{*ref_};
  const int r = static_cast<int>(ch::weekday{today}.iso_encoding());
  const int back = (r - static_cast<int>(wd) + 7) % 7;
  const int ahead = (static_cast<int>(wd) - r + 7) % 7;
  const bool future = future_cue(j);
  const ch::sys_days past = today - ch::days{back};
  const ch::sys_days next = today + ch::days{ahead == 0 ? 7 : ahead};
  When d = day_when(future ? (ahead == 0 ? today : next) : past);
  d.alternatives.push_back(render(day_when(future ? past : next)));
  d.alternatives.push_back(render(w));
  return d;
}

// "12-25" (fixed) or "11/4/4+1" (4th Thursday of November, plus a day).
std::optional<When> Parser::holiday(std::string_view rule, std::optional<int> year) const {
  When w;
  w.gran = Gran::day;
  if (rule.size() == 5 && rule[2] == '-') {
    w.month = static_cast<unsigned>(digits_value(rule.substr(0, 2)));
    w.day = static_cast<unsigned>(digits_value(rule.substr(3, 2)));
    w.year = year;
    return w;
  }
  if (!year) {
    if (!ref_) return std::nullopt;
    year = int(ref_->year());
  }
  int month = 0, wd = 0, nth = 0, plus = 0;
  {
    std::string_view r = rule;
    const auto slash1 = r.find('/');
    const auto slash2 = r.find('/', slash1 + 1);
    if (slash1 == std::string_view::npos || slash2 == std::string_view::npos) return std::nullopt;
    month = digits_value(r.substr(0, slash1));
    wd = digits_value(r.substr(slash1 + 1, slash2 - slash1 - 1));
    std::string_view rest = r.substr(slash2 + 1);
    const auto plus_at = rest.find('+');
    if (plus_at != std::string_view::npos) {
      plus = digits_value(rest.substr(plus_at + 1));
      rest = rest.substr(0, plus_at);
    }
    if (!rest.empty() && rest.front() == '-') {
      nth = -digits_value(rest.substr(1));
    } else {
      nth = digits_value(rest);
    }
  }
  if (month < 1 || month > 12 || wd < 1 || wd > 7) return std::nullopt;
  const ch::year_month ym{ch::year{*year}, ch::month{static_cast<unsigned>(month)}};
  const ch::weekday weekday{static_cast<unsigned>(wd % 7)};
  ch::sys_days d;
  if (nth < 0) {
    d = ch::sys_days{ch::year_month_weekday_last{ym.year(), ym.month(), ch::weekday_last{weekday}}};
  } else {
    const ch::year_month_weekday ymw{ym.year(), ym.month(), weekday[static_cast<unsigned>(nth)]};
    if (!ymw.ok()) return std::nullopt;
    d = ch::sys_days{ymw};
  }
  return day_when(d + ch::days{plus});
}

// With a reference date, a year-less day or month also reads as the latest
// such date on or before the reference (news reports the past), or the next
// one after it when a future cue ("will", "scheduled") comes just before.
void Parser::add_year_alternative(When& w) const {
  if (!ref_ || w.year) return;
  if (!((w.gran == Gran::day && w.month && w.day) || (w.gran == Gran::month && w.month))) return;
  const bool future = future_cue(start_);
  const ch::sys_days today{*ref_};
  for (int k = 0; k < 3; ++k) {
    const int dy = future ? k : -k;
    When c = w;
    c.year = int(ref_->year()) + dy;
    c.alternatives.clear();
    const ch::year y{*c.year};
    const ch::month m{w.month};
    // The period's first day for the future, its last for the past.
    Ymd d = w.gran == Gran::day ? Ymd{y, m, ch::day{w.day}}
            : future            ? Ymd{y, m, ch::day{1}}
                                : Ymd{ch::year_month_day_last{y, ch::month_day_last{m}}};
    if (!d.ok()) continue;  // February 29 in a common year
    if (future ? ch::sys_days{d} >= today
               : (w.gran == Gran::month ? Ymd{y, m, ch::day{1}} : d) <= *ref_) {
      w.alternatives.push_back(render(c));
      return;
    }
  }
}

// ---------------------------------------------------------------- times

std::optional<Parser::TimeHit> Parser::time_at(std::size_t j, bool bare_ok,
                                               const std::string& part) const {
  tick();
  TimeHit h;
  int hour = -1, minute = -1, second = -1;
  std::size_t e = j;
  bool colon = false, dotted = false;
  if (is(j, "noon") || is(j, "midday")) {
    h.clock.hour = 12;
    h.clock.minute = 0;
    h.end = j + 1;
    return h;
  }
  if (is(j, "midnight")) {
    h.clock.hour = 0;
    h.clock.minute = 0;
    h.end = j + 1;
    return h;
  }
  if (dig(j)) {
    if (ndig(j) > 2) return std::nullopt;
    hour = val(j);
    e = j + 1;
    if (sym(e, ':') && att(e) && ndig(e + 1) == 2 && att(e + 1)) {
      minute = val(e + 1);
      e += 2;
      colon = true;
      if (sym(e, ':') && att(e) && ndig(e + 1) == 2 && att(e + 1)) {
        second = val(e + 1);
        e += 2;
      }
    } else if (sym(e, '.') && att(e) && ndig(e + 1) == 2 && att(e + 1)) {
      minute = val(e + 1);
      e += 2;
      dotted = true;
    }
  } else if (word(j) && !is(j, "a") && !is(j, "an")) {
    // "seven twenty-seven", "six forty-three minutes", "thirty-six minutes past eight".
    NumberOptions o;
    o.allow_scale = false;
    o.allow_fraction = false;
    o.allow_sign = false;
    o.allow_space_groups = false;
    auto first = match_number(s_, j, o);
    const auto spoken = first && first->words ? whole_up_to(first->value, 59) : std::nullopt;
    if (!spoken) return std::nullopt;
    const int a = *spoken;
    e = first->last;
    if ((is(e, "minutes") || is(e, "minute")) && (is(e + 1, "past") || is(e + 1, "to"))) {
      const bool past = is(e + 1, "past");
      auto hr = match_number(s_, e + 2, o);
      const auto spoken_hour = hr ? whole_up_to(hr->value, 12) : std::nullopt;
      if (!spoken_hour) return std::nullopt;
      const int hh = *spoken_hour;
      if (a < 1 || a > 59 || hh < 1 || hh > 12) return std::nullopt;
      hour = past ? hh : (hh + 11) % 12;
      minute = past ? a : 60 - a;
      e = hr->last;
      bare_ok = true;
    } else {
      if (a < 1 || a > 12) return std::nullopt;
      hour = a;
      const auto m = match_number(s_, e, o);
      if (const auto spoken_minute = m && m->words ? whole_up_to(m->value, 59) : std::nullopt) {
        const int mm = *spoken_minute;
        if (mm >= 1) {
          minute = mm;
          e = m->last;
          colon = true;  // a spoken minute makes it a time
          if (is(e, "minutes") || is(e, "minute")) ++e;
        }
      }
    }
  } else {
    return std::nullopt;
  }
  // am / pm / a / p / a.m. / o'clock
  bool am = false, pm = false, oclock = false;
  {
    std::size_t k = e;
    const bool glued = att(k);
    if (is(k, "am") || is(k, "pm")) {
      am = is(k, "am");
      pm = !am;
      ++k;
    } else if ((is(k, "a") || is(k, "p")) && sym(k + 1, '.') && att(k + 1) && is(k + 2, "m") &&
               att(k + 2)) {
      am = is(k, "a");
      pm = !am;
      k += 3;
      if (sym(k, '.') && att(k)) ++k;
    } else if ((is(k, "a") || is(k, "p")) && glued && dig(k - 1)) {
      am = is(k, "a");
      pm = !am;
      ++k;
    } else if (is(k, "oclock")) {
      oclock = true;
      ++k;
    } else if (is(k, "o") && sym(k + 1, '\'') && is(k + 2, "clock")) {
      oclock = true;
      k += 3;
    }
    e = k;
  }
  const bool meridiem = am || pm;
  if (!colon && !meridiem && !oclock && !bare_ok) return std::nullopt;
  if (dotted && !meridiem && !bare_ok) return std::nullopt;
  if (hour < 0 || hour > 24 || minute > 59 || second > 59) return std::nullopt;
  if (meridiem && (hour < 1 || hour > 12)) return std::nullopt;
  if (pm && hour < 12) hour += 12;
  if (am && hour == 12) hour = 0;
  if (!meridiem && hour >= 1 && hour < 12 && (part == "NI" || part == "EV" || part == "AF"))
    hour += 12;
  h.clock.hour = hour;
  h.clock.minute = minute;
  h.clock.second = minute >= 0 ? second : -1;
  h.end = e;
  h.meridiem = meridiem;
  return h;
}

// A time of day after a day: "tomorrow 8:00am", "today at 9p", "Monday at
// 2.30", "tonight around 7", "Sunday late evening at 10:00".
P Parser::with_time(P p) {
  if (!p || p->w.gran != Gran::day) return p;
  tick();
  std::size_t k = p->end;
  std::string part = p->w.clock.part;
  std::size_t after_part = k;
  {
    std::size_t m = k;
    if (is(m, "late") || is(m, "early")) ++m;
    if (auto pd = lex(m, "partday")) {
      part = std::string(pd->value);
      after_part = pd->last;
    }
  }
  std::size_t q = after_part;
  if (sym(q, ',')) ++q;
  bool lead = false;
  if (is(q, "at") || is(q, "around") || is(q, "about") || sym(q, '@')) {
    ++q;
    lead = true;
  } else if (sym(q, '-') && dig(q + 1)) {
    ++q;  // "May/22(Tue)-11:30 AM": a time with minutes or am/pm only
  }
  // A time on a later line is not the day's: "open on November 4" and a
  // live update headed "5:20 p.m." under it.
  bool same_line = true;
  for (std::size_t i = k; i <= q && i < t_.size(); ++i)
    same_line = same_line && !t_[i].newline_before;
  if (auto th = same_line ? time_at(q, lead, part) : std::nullopt) {
    p->w.clock = th->clock;
    p->w.clock.part.clear();
    p->end = th->end;
    return p;
  }
  if (after_part != k) {
    p->w.clock.part = part;
    p->end = after_part;
  }
  return p;
}

// A time before its day: "12:30 december 27th", "8.30pm today", "10, tonight".
P Parser::time_first(std::size_t j) {
  tick();
  std::optional<TimeHit> th = time_at(j, false, "");
  std::size_t k = 0;
  if (th) {
    k = th->end;
  } else if (dig(j) && ndig(j) <= 2 && sym(j + 1, ',') && is(j + 2, "tonight")) {
    const int h = val(j);
    if (h < 1 || h > 12) return std::nullopt;
    TimeHit bare;
    bare.clock.hour = h;
    bare.end = j + 1;
    th = bare;
    k = j + 1;
  } else {
    return std::nullopt;
  }
  if (sym(k, ',')) ++k;
  if (is(k, "on")) ++k;
  P d;
  consider(d, relday(k));
  consider(d, explicit_day(k, true));
  consider(d, weekday_phrase(k));
  if (!d || d->w.gran != Gran::day) return std::nullopt;
  Clock c = th->clock;
  if (!th->meridiem && c.hour >= 1 && c.hour < 12 &&
      (d->w.clock.part == "NI" || d->w.clock.part == "EV" || d->w.clock.part == "AF")) {
    c.hour += 12;
  }
  d->w.clock = c;
  return d;
}

// ---------------------------------------------------------------- dates

// A day with its month: month first, day first, or numeric.
P Parser::explicit_day(std::size_t j, bool ctx) {
  P best;
  consider(best, month_first(j, ctx));
  consider(best, day_first(j, ctx));
  consider(best, numeric(j, ctx));
  if (best && best->w.gran != Gran::day) return std::nullopt;
  return best;
}

P Parser::month_first(std::size_t j, bool ctx) {
  const auto mh = month_at(j);
  if (!mh) return std::nullopt;
  const std::size_t k = mh->end;
  P best;
  // Month day [year]: "September 18, 2025", "Oct/2", "Oct-2", "mar3",
  // "October, 1st", "Sep-23-2020", "february twenty second", "July 4th of 1995".
  {
    std::size_t d0 = k;
    char sep = 0;
    if (att(k) && (sym(k, '/') || sym(k, '-'))) {
      sep = t_.text(k)[0];
      d0 = k + 1;
    } else if (sym(k, ',') || (sym(k, '.') && !mh->abbr)) {
      d0 = k + 1;
    }
    const bool glued_day = d0 == k && att(k) && dig(k);  // "mar3"
    const bool dot_sep = d0 == k + 1 && sym(k, '.');
    const auto dn = day_num(d0, sep == 0);
    if (dn && !(dig(d0) && sep == 0 && sym(dn->end, '/') && att(dn->end))) {
      When w;
      w.gran = Gran::day;
      w.month = mh->month;
      w.day = dn->day;
      std::size_t e = dn->end;
      // "Sept. 16-17", "June 25-July 2": a range of days.
      if (!dn->words && sym(e, '-') && sep == 0) {
        std::size_t q = e + 1;
        unsigned m2 = mh->month;
        if (const auto mh2 = month_at(q)) {
          m2 = mh2->month;
          q = mh2->end;
        }
        if (const auto d2 = day_num(q, false); d2 && (m2 != mh->month || d2->day > dn->day)) {
          w.end_month = m2;
          w.end_day = d2->day;
          e = d2->end;
        }
      }
      // "May/22(Tue)"
      if (sym(e, '(') && lex(e + 1, "weekday")) {
        const auto wd = lex(e + 1, "weekday");
        if (sym(wd->last, ')')) e = wd->last + 1;
      }
      bool has_year = false;
      if (sep && sym(e, sep) && att(e)) {
        if (auto y = year_at(e + 1)) {
          w.year = y->first;
          e = y->second;
          has_year = true;
        }
      }
      if (!has_year) {
        if (auto y = year_anchor(e, true)) {
          w.year = y->first;
          e = y->second;
          has_year = true;
        }
      }
      const bool ok_word = (!mh->strict || mh->capitalized || has_year || glued_day) &&
                           (!dot_sep || has_year || closes(e));
      if (ok_word) {
        add_year_alternative(w);
        consider(best, Piece{w, e});
      }
    }
  }
  // Month year: "June 2025", "Dec/2018", "June of 2025", "june next year".
  {
    std::size_t y0 = k;
    if ((sym(k, '/') || sym(k, '-')) && att(k))
      y0 = k + 1;
    else if (is(k, "of") || sym(k, ','))
      y0 = k + 1;
    std::optional<std::pair<int, std::size_t>> y = year_at(y0);
    if (!y && y0 == k) y = rel_year(k);
    if (!y && is(k, "of")) y = rel_year(k + 1);
    if (y && (!mh->strict || mh->capitalized)) {
      When w;
      w.gran = Gran::month;
      w.month = mh->month;
      w.year = y->first;
      consider(best, Piece{w, y->second});
    }
  }
  // The month alone: "February", "since August", "in the april".
  if (!best) {
    const bool alone_ok =
        !mh->strict && (!mh->cap || mh->capitalized) &&
        (!mh->abbr || ctx || (mh->capitalized && mh->end > k - 0 && sym(k - 1, '.')));
    if (alone_ok) {
      When w;
      w.gran = Gran::month;
      w.month = mh->month;
      add_year_alternative(w);
      best = Piece{w, mh->end};
    }
  }
  return best;
}

P Parser::day_first(std::size_t j, bool ctx) {
  (void)ctx;
  const auto dn = day_num(j, true);
  if (!dn) return std::nullopt;
  std::size_t k = dn->end;
  if (sym(k, '.') && att(k) && !dn->words) ++k;  // "16. Nov."
  bool of = false;
  if (is(k, "day") && is(k + 1, "of")) {
    k += 2;
    of = true;
  } else if (is(k, "of")) {
    ++k;
    of = true;
  }
  char sep = 0;
  if (!of && dig(j) && (sym(k, '/') || sym(k, '-')) && att(k) && att(k + 1)) {
    sep = t_.text(k)[0];
    ++k;
  }
  if (dn->words && !of) return std::nullopt;  // "second of Aug", not "second Aug"
  When w;
  w.gran = Gran::day;
  w.day = dn->day;
  std::size_t e = 0;
  if (const auto mh = month_at(k)) {
    w.month = mh->month;
    e = mh->end;
    bool has_year = false;
    if (sep && sym(e, sep) && att(e)) {
      if (auto y = year_at(e + 1)) {
        w.year = y->first;
        e = y->second;
        has_year = true;
      }
    }
    if (!has_year) {
      if (auto y = year_anchor(e, true)) {
        w.year = y->first;
        e = y->second;
        has_year = true;
      }
    }
    if (mh->strict && !mh->capitalized && !has_year) return std::nullopt;
    add_year_alternative(w);
    return Piece{w, e};
  }
  // "the twenty-sixth day of the month", "20th of next month".
  if (of) {
    std::size_t m = k;
    int n = 0;
    bool found = false;
    if (is(m, "the") && lex(m + 1, "unit") && lex(m + 1, "unit")->value == "M" &&
        !lex(m + 1, "unit")->has("plural")) {
      found = true;
      e = lex(m + 1, "unit")->last;
    } else if (auto r = lex(m, "rel")) {
      const auto u = lex(r->last, "unit");
      if (u && u->value == "M" && !u->has("plural")) {
        n = r->number();
        found = true;
        e = u->last;
      }
    }
    if (found) {
      When mw = period("M", n);
      w.year = mw.year;
      w.month = mw.month;
      return Piece{w, e};
    }
  }
  return std::nullopt;
}

P Parser::numeric(std::size_t j, bool ctx) {
  tick();
  if (!dig(j)) return std::nullopt;
  const int a = val(j);
  const std::size_t na = ndig(j);
  P best;
  // A separator after token k: '/', '-', '.', optionally spaced for '-' and '/'.
  auto sep_at = [&](std::size_t k,
                    bool allow_space) -> std::optional<std::pair<char, std::size_t>> {
    for (const char c : {'/', '-', '.'}) {
      if (sym(k, c)) {
        const bool tight = att(k) && att(k + 1);
        if (tight || (allow_space && c != '.')) return std::pair{c, k + 1};
      }
    }
    return std::nullopt;
  };
  if (na == 4 && a >= 1000 && a <= 2999) {
    const int y = a;
    // Decades and centuries: "1990s", "1800s".
    if (att(j + 1) && is(j + 1, "s") && y % 10 == 0 && y >= 1800 && y <= 2190) {
      When w;
      w.gran = (y % 100 == 0 && y < 2000) ? Gran::century : Gran::decade;
      w.year = y;
      consider(best, Piece{w, j + 2});
    }
    if (const auto s = sep_at(j + 1, true)) {
      const char c = s->first;
      const std::size_t k = s->second;
      // "2017-q1", "2019-H2", "2025-W38"
      if (att(k + 1) && dig(k + 1) && (is(k, "q") || is(k, "h") || is(k, "w"))) {
        const int n = val(k + 1);
        When w;
        w.year = y;
        w.sub = n;
        if (is(k, "q") && n >= 1 && n <= 4)
          w.gran = Gran::quarter;
        else if (is(k, "h") && n >= 1 && n <= 2)
          w.gran = Gran::half;
        else if (is(k, "w") && n >= 1 && unsigned(n) <= weeks_in(y))
          w.gran = Gran::week;
        else
          return best;
        consider(best, Piece{w, k + 2});
      } else if (const auto mh = month_at(k); mh && c != '.') {
        // "2020/Sep/23", "2019-sep-1"
        When w;
        w.year = y;
        w.month = mh->month;
        w.gran = Gran::month;
        std::size_t e = mh->end;
        if (sym(e, c) && att(e)) {
          if (const auto dn = day_num(e + 1, false)) {
            w.gran = Gran::day;
            w.day = dn->day;
            e = dn->end;
          }
        }
        consider(best, Piece{w, e});
      } else if (dig(k) && ndig(k) <= 2) {
        const int m = val(k);
        std::size_t e = k + 1;
        // Y-M-D
        if (sym(e, c) && att(e) && att(e + 1) && dig(e + 1) && ndig(e + 1) <= 2 && att(k)) {
          When w;
          w.gran = Gran::day;
          w.year = y;
          w.month = static_cast<unsigned>(m);
          w.day = static_cast<unsigned>(val(e + 1));
          std::size_t end = e + 2;
          if (w.month >= 1 && w.day >= 1) {
            // "2025-08-30T01:50:10", "2025/12/30 08:23"
            if (is(end, "t") && att(end) && att(end + 1)) {
              if (auto th = time_at(end + 1, true, "")) {
                w.clock = th->clock;
                end = th->end;
              }
            } else if (auto th = time_at(end, false, "")) {
              w.clock = th->clock;
              end = th->end;
            }
            if (w.month > 12 && w.day <= 12) {
              w.problem = fmt::format("there is no month {}", w.month);
            }
            consider(best, Piece{w, end});
          }
        } else if (m >= 1 && m <= 12) {
          // Y-M: "2015-3", "2015/3", "2015.3", "2016 -11"; not a year range ("2010-12").
          const bool range = c == '-' && ndig(k) == 2 && m > y % 100;
          const bool decimal_more = c == '.' && (att(e) && (word(e) || dig(e)));
          if (!range && !decimal_more && !(att(e) && (word(e) || sym(e, '%')))) {
            When w;
            w.gran = Gran::month;
            w.year = y;
            w.month = static_cast<unsigned>(m);
            consider(best, Piece{w, e});
          }
        }
      }
    }
    // "2016, nov"
    {
      std::size_t k = j + 1;
      if (sym(k, ',')) ++k;
      if (const auto mh = month_at(k); mh && k != j + 1 && closes(mh->end) && !mh->strict) {
        When w;
        w.gran = Gran::month;
        w.year = y;
        w.month = mh->month;
        consider(best, Piece{w, mh->end});
      }
    }
    // "2016 Q3", "2016 H2", "2016 the third quarter"
    if (!att(j + 1) && (is(j + 1, "q") || is(j + 1, "h")) && att(j + 2) && dig(j + 2)) {
      const int n = val(j + 2);
      When w;
      w.year = y;
      w.sub = n;
      if (is(j + 1, "q") && n >= 1 && n <= 4) {
        w.gran = Gran::quarter;
        consider(best, Piece{w, j + 3});
      } else if (is(j + 1, "h") && n >= 1 && n <= 2) {
        w.gran = Gran::half;
        consider(best, Piece{w, j + 3});
      }
    }
    if (is(j + 1, "the")) {
      if (const auto nth = lex(j + 2, "nth")) {
        const auto u = lex(nth->last, "unit");
        const int n = nth->number();
        if (u && u->value == "Q" && n >= 1 && n <= 4) {
          When w;
          w.gran = Gran::quarter;
          w.year = y;
          w.sub = n;
          consider(best, Piece{w, u->last});
        } else if (is(nth->last, "half") && n >= 1 && n <= 2) {
          When w;
          w.gran = Gran::half;
          w.year = y;
          w.sub = n;
          consider(best, Piece{w, nth->last + 1});
        }
      }
    }
    // "2016 10 16"
    if (!att(j + 1) && ndig(j + 1) <= 2 && !att(j + 2) && ndig(j + 2) <= 2 && dig(j + 1) &&
        dig(j + 2) && !glued_after(j + 3)) {
      const int m = val(j + 1), d = val(j + 2);
      if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
        When w;
        w.gran = Gran::day;
        w.year = y;
        w.month = static_cast<unsigned>(m);
        w.day = static_cast<unsigned>(d);
        if (!check(w).empty()) return best;
        consider(best, Piece{w, j + 3});
      }
    }
    // A year alone.
    if (!best && plausible_bare_year(j) && !glued_after(j + 1)) {
      When w;
      w.gran = Gran::year;
      w.year = y;
      best = Piece{w, j + 1};
    }
    return best;
  }
  if (na > 2) return best;
  // 1–2 digits first: M/D/Y, D/M/Y, M/Y, D/Mon/Y, M/D.
  const auto s = sep_at(j + 1, true);
  if (!s) return best;
  const char c = s->first;
  const std::size_t k = s->second;
  const bool tight = att(j + 1) && att(k);
  if (tight && c != '.') {
    if (const auto mh = month_at(k)) {
      // "23/Sep/2020"
      if (a < 1 || a > 31) return best;
      When w;
      w.gran = Gran::day;
      w.day = static_cast<unsigned>(a);
      w.month = mh->month;
      std::size_t e = mh->end;
      if (sym(e, c) && att(e)) {
        if (auto y = year_at(e + 1)) {
          w.year = y->first;
          e = y->second;
        }
      }
      if (!w.year) add_year_alternative(w);
      consider(best, Piece{w, e});
      return best;
    }
  }
  if (!dig(k)) return best;
  const std::size_t nb = ndig(k);
  const int b = val(k);
  if (nb == 4) {
    // "3/2015", "11 - 2016"
    if (a >= 1 && a <= 12 && b >= 1000 && b <= 2999 && c != '.' && !glued_after(k + 1)) {
      When w;
      w.gran = Gran::month;
      w.month = static_cast<unsigned>(a);
      w.year = b;
      consider(best, Piece{w, k + 1});
    }
    return best;
  }
  if (nb > 2 || !tight) return best;
  // A third part: the year.
  std::size_t e = k + 1;
  std::optional<int> year;
  if ((sym(e, c) || sym(e, ',')) && att(e) && att(e + 1) && dig(e + 1)) {
    const std::size_t ny = ndig(e + 1);
    const int yv = val(e + 1);
    if (ny == 4 && yv >= 1000 && yv <= 2999) {
      year = yv;
      e += 2;
    } else if (ny == 2 && !(att(e + 2) && (sym(e + 2, c) || sym(e + 2, '.')) && dig(e + 3))) {
      year = yv < 50 ? 2000 + yv : 1900 + yv;
      e += 2;
    } else {
      return best;  // 1.2.345, 192.168.1.1: not a date
    }
  }
  if (glued_after(e)) return best;
  When w;
  w.gran = Gran::day;
  w.year = year;
  // Which number is the month: US order for '/', '-'; day first for '.' with a year.
  const bool day_first_order = c == '.' && year.has_value();
  int month = day_first_order ? b : a, day = day_first_order ? a : b;
  const bool primary_ok = month >= 1 && month <= 12 && day >= 1 && day <= 31;
  const bool other_ok = day >= 1 && day <= 12 && month >= 1 && month <= 31;
  if (!primary_ok && other_ok) std::swap(month, day);
  w.month = static_cast<unsigned>(month);
  w.day = static_cast<unsigned>(day);
  if (!primary_ok && !other_ok) {
    if (!year || a < 1 || b < 1) return best;
    w.problem =
        fmt::format("there is no month {}", std::min(a, b) > 12 ? std::min(a, b) : std::max(a, b));
  } else if (primary_ok && other_ok && a != b) {
    When alt = w;
    alt.month = static_cast<unsigned>(day);
    alt.day = static_cast<unsigned>(month);
    if (check(alt).empty()) w.alternatives.push_back(render(alt));
  }
  if (!year) {
    // "5/12", "4.22", "22/04" need a date context: "on", a weekday, a
    // zero-padded part, or a time after.
    const bool padded = (ndig(j) == 2 && t_.text(j)[0] == '0') || (nb == 2 && t_.text(k)[0] == '0');
    if (!ctx && !padded) return best;
    if (!check(w).empty()) return best;
    add_year_alternative(w);
  }
  consider(best, Piece{w, e});
  // "8/30/2025, 1:50:10 AM"
  if (best && best->end == e) {
    std::size_t q = e;
    if (sym(q, ',')) ++q;
    if (auto th = time_at(q, false, "")) {
      best->w.clock = th->clock;
      best->end = th->end;
    }
  }
  return best;
}

P Parser::relday(std::size_t j) {
  tick();
  const auto h = lex(j, "relday");
  if (!h) return std::nullopt;
  When w = ref_ ? day_when(ch::sys_days{*ref_} + ch::days{h->number()}) : When{};
  if (is(j, "tonight")) w.clock.part = "NI";
  std::size_t e = h->last;
  if (const auto pd = lex(e, "partday")) {
    w.clock.part = std::string(pd->value);
    e = pd->last;
  }
  return Piece{w, e};
}

// "next month", "last year", "this September", "next Sunday", "this weekend",
// "last week Sunday", "next 5/12".
P Parser::rel_phrase(std::size_t j, bool after_the) {
  tick();
  const auto r = lex(j, "rel");
  if (!r) return std::nullopt;
  const int n = r->number();
  const std::size_t k = r->last;
  if (j > 0 && is(j - 1, "the")) after_the = true;  // "over the past week" is a span of time
  P best;
  if (const auto u = lex(k, "unit"); u && !u->has("plural")) {
    const std::string_view unit = u->value;
    if (unit == "D" || unit == "W" || unit == "WE" || unit == "M" || unit == "Q" || unit == "Y") {
      // "the past year" and "the last week" are spans of time, not dates.
      if (!(after_the && n < 0)) {
        consider(best, Piece{period(unit, n), u->last});
      }
      if (unit == "W") {
        std::size_t q = u->last;
        if (sym(q, '-') || sym(q, ',') || is(q, "on")) ++q;
        if (const auto wd = lex(q, "weekday"); wd && !wd->has("plural")) {
          consider(best, Piece{weekday_in_week(static_cast<unsigned>(wd->number()), n), wd->last});
        }
      }
    }
  }
  if (const auto mh = month_at(k); mh && (mh->capitalized || (!mh->strict && !mh->cap))) {
    When w;
    w.gran = Gran::month;
    w.month = mh->month;
    if (ref_) w.year = int(ref_->year()) + n;
    consider(best, Piece{w, mh->end});
  }
  if (const auto s = lex(k, "season"); s && !s->has("strict")) {
    When w;
    w.gran = Gran::season;
    w.season = std::string(s->value);
    if (ref_) w.year = int(ref_->year()) + n;
    consider(best, Piece{w, s->last});
  }
  if (const auto wd = lex(k, "weekday"); wd && !wd->has("plural")) {
    std::size_t e = wd->last;
    P d = Piece{weekday_in_week(static_cast<unsigned>(wd->number()), n), e};
    // "this friday 5/12": the written date wins.
    std::size_t q = e;
    if (sym(q, ',')) ++q;
    if (P x = explicit_day(q, true)) d = x;
    if (!wd->has("strict") || d->end != e) consider(best, d);
  }
  if (const auto h = lex(k, "holiday")) {
    std::optional<int> y;
    if (ref_) y = int(ref_->year()) + n;
    if (auto w = holiday(h->value, y)) consider(best, Piece{*w, h->last});
  }
  if (!best) {
    if (P x = explicit_day(k, true)) consider(best, x);
  }
  return best;
}

// Phrases that open with "the".
P Parser::the_phrase(std::size_t j) {
  tick();
  if (!is(j, "the")) return std::nullopt;
  const std::size_t k = j + 1;
  P best;
  if (const auto r = lex(k, "rel")) {
    if (r->number() >= 0 || is(k, "previous")) consider(best, rel_phrase(k, true));
  }
  consider(best, nth_phrase(k));
  consider(best, decade(k));
  consider(best, day_first(k, true));
  consider(best, season_phrase(k));
  // "the end of 2025", "the beginning of the year"
  if (is(k, "end") || is(k, "beginning") || is(k, "start") || is(k, "middle")) {
    if (is(k + 1, "of")) {
      P inner;
      consider(inner, the_phrase(k + 2));
      consider(inner, core(k + 2, true));
      if (inner && inner->w.gran != Gran::day) consider(best, inner);
    }
  }
  // "the 18th", "the 27", "the second", "the twenty second": a day of an
  // unknown month, only after "on", "for", "by"… and not before a noun.
  if (const auto dn = day_num(k, true); dn && context_before(j)) {
    const std::size_t e = dn->end;
    const bool noun_follows = word(e) && !is(e, "at") && !is(e, "and") && !is(e, "or") &&
                              !is(e, "to") && !is(e, "of") && !is(e, "in");
    const bool ok =
        dn->words ? closes(e) : (dn->ordinal ? !noun_follows : closes(e) && !sym(e, ','));
    if (ok) {
      When w;
      w.gran = Gran::day;
      w.day = dn->day;
      consider(best, Piece{w, e});
    }
  }
  // "the day", "the week", "the month", "the year", "the weekend".
  if (const auto u = lex(k, "unit"); u && !u->has("plural")) {
    const std::string_view unit = u->value;
    const std::size_t e = u->last;
    const bool after_for_of = j > 0 && (is(j - 1, "for") || is(j - 1, "of"));
    if (unit == "WE") {
      consider(best, Piece{period("WE", 0), e});
    } else if (unit == "D" && (is(e, "before") || is(e, "after")) && closes(e + 1)) {
      consider(best, Piece{period("D", is(e, "before") ? -1 : 1), e + 1});
    } else if ((unit == "D" || unit == "W" || unit == "M" || unit == "Y") && after_for_of &&
               closes(e)) {
      consider(best, Piece{period(unit, 0), e});
    } else if ((unit == "Y" || unit == "M" || unit == "W") &&
               ((j > 0 && is(j - 1, "in")) || is(e, "to"))) {
      // "later in the year" is read from "later"; "the year to date"
      if (is(e, "to") && is(e + 1, "date")) consider(best, Piece{period("Y", 0), e + 2});
    }
  }
  // "in the april."
  if (const auto mh = month_at(k);
      mh && !mh->abbr && !mh->strict && (!mh->cap || mh->capitalized) && closes(mh->end)) {
    When w;
    w.gran = Gran::month;
    w.month = mh->month;
    add_year_alternative(w);
    consider(best, Piece{w, mh->end});
  }
  if (const auto h = lex(k, "holiday")) consider(best, holiday_phrase(k));
  return best;
}

// "second Sunday", "the third quarter of 2016", "first week of 2019",
// "the first half of 2025", "third-quarter".
P Parser::nth_phrase(std::size_t j) {
  tick();
  int n = 0;
  std::size_t k = 0;
  if (const auto h = lex(j, "nth")) {
    n = h->number();
    k = h->last;
  } else if (is(j, "last")) {
    n = -1;
    k = j + 1;
  } else {
    return std::nullopt;
  }
  if (sym(k, '-') && att(k) && att(k + 1)) ++k;
  P best;
  // The year the phrase is anchored to.
  auto anchor = [&](std::size_t e) -> std::optional<std::pair<int, std::size_t>> {
    std::size_t q = e;
    if (is(q, "of") || is(q, "in") || sym(q, ',')) ++q;
    if (auto y = year_at(q)) return y;
    if (auto y = rel_year(q)) return y;
    if (is(q, "the") && lex(q + 1, "unit") && lex(q + 1, "unit")->value == "Y" && ref_ &&
        (is(e, "of") || is(e, "in"))) {
      return std::pair{int(ref_->year()), lex(q + 1, "unit")->last};
    }
    if (is(q, "fiscal") || is(q, "fy")) {
      if (auto y = year_at(q + 1)) return y;
    }
    return std::nullopt;
  };
  if (const auto u = lex(k, "unit"); u && !u->has("plural")) {
    if (u->value == "Q" && (n == -1 || (n >= 1 && n <= 4))) {
      When w;
      w.gran = Gran::quarter;
      w.sub = n;
      std::size_t e = u->last;
      if (auto y = anchor(e)) {
        w.year = y->first;
        e = y->second;
        if (n == -1) w.sub = 4;
      } else if (n == -1) {
        return best;  // "last quarter" is the relative phrase
      }
      consider(best, Piece{w, e});
    } else if (u->value == "W") {
      if (auto y = anchor(u->last); y && (is(u->last, "of") || is(u->last, "in"))) {
        const unsigned weeks = weeks_in(y->first);
        if (n == -1 || (n >= 1 && unsigned(n) <= weeks)) {
          When w;
          w.gran = Gran::week;
          w.year = y->first;
          w.sub = n == -1 ? static_cast<int>(weeks) : n;
          consider(best, Piece{w, y->second});
        }
      }
    }
  }
  if (is(k, "half") && (n == 1 || n == 2 || n == -1)) {
    When w;
    w.gran = Gran::half;
    w.sub = n == -1 ? 2 : n;
    std::size_t e = k + 1;
    if (auto y = anchor(e)) {
      w.year = y->first;
      e = y->second;
      consider(best, Piece{w, e});
    } else if (n != -1) {
      consider(best, Piece{w, e});
    }
  }
  if (const auto wd = lex(k, "weekday"); wd && !wd->has("plural") && !wd->has("strict") && n != 0) {
    // Nth weekday of a month: "second Sunday", "the first Monday of May 2025".
    std::size_t e = wd->last;
    std::optional<int> year;
    unsigned month = 0;
    if (is(e, "of") || is(e, "in")) {
      if (const auto mh = month_at(e + 1)) {
        month = mh->month;
        e = mh->end;
        if (auto y = year_anchor(e, true)) {
          year = y->first;
          e = y->second;
        }
      } else if (const auto r = lex(e + 1, "rel")) {
        const auto u = lex(r->last, "unit");
        if (u && u->value == "M" && ref_) {
          const When m = period("M", r->number());
          year = m.year;
          month = m.month;
          e = u->last;
        }
      }
    }
    if (!month && ref_) month = unsigned(ref_->month());
    if (!year && ref_) year = int(ref_->year());
    if (month && year) {
      const ch::weekday weekday{static_cast<unsigned>(wd->number() % 7)};
      const ch::year_month ym{ch::year{*year}, ch::month{month}};
      std::optional<ch::sys_days> d;
      if (n == -1) {
        d = ch::sys_days{
            ch::year_month_weekday_last{ym.year(), ym.month(), ch::weekday_last{weekday}}};
      } else {
        const ch::year_month_weekday ymw{ym.year(), ym.month(), weekday[static_cast<unsigned>(n)]};
        if (ymw.ok()) d = ch::sys_days{ymw};
      }
      if (d && (n != -1 || e != wd->last)) consider(best, Piece{day_when(*d), e});
    }
  }
  return best;
}

// "Friday", "Friday the 26th", "monday january 12th, 2016", "Friday next
// week", "tuesday of next week", "Wed, 22 of Jan".
P Parser::weekday_phrase(std::size_t j) {
  tick();
  const auto wd = lex(j, "weekday");
  if (!wd || wd->has("plural")) return std::nullopt;
  const unsigned day = static_cast<unsigned>(wd->number());
  const std::size_t k = wd->last + (sym(wd->last, '.') && att(wd->last) ? 1 : 0);
  P best;
  std::size_t q = k;
  if (sym(q, ',')) ++q;
  // A written date after the weekday.
  if (P x = explicit_day(q, true)) consider(best, x);
  // "Friday the 26th"
  if (is(q, "the")) {
    if (const auto dn = day_num(q + 1, true)) {
      When w;
      w.gran = Gran::day;
      w.day = dn->day;
      if (ref_) {
        // The month nearest the reference whose day falls on that weekday.
        const ch::year_month base{ref_->year(), ref_->month()};
        for (int step = 0; step <= 12; ++step) {
          const int delta = (step % 2 == 0 ? 1 : -1) * ((step + 1) / 2);
          const ch::year_month ym = base + ch::months{delta};
          const Ymd d{ym.year(), ym.month(), ch::day{dn->day}};
          if (d.ok() && ch::weekday{ch::sys_days{d}}.iso_encoding() == day) {
            w = day_when(ch::sys_days{d});
            break;
          }
        }
      }
      consider(best, Piece{w, dn->end});
    }
  }
  // "Friday next week", "tuesday of next week", "monday of the following week".
  {
    std::size_t r0 = k;
    if (is(r0, "of")) ++r0;
    if (is(r0, "the")) ++r0;
    if (const auto r = lex(r0, "rel")) {
      const auto u = lex(r->last, "unit");
      if (u && u->value == "W" && !u->has("plural")) {
        consider(best, Piece{weekday_in_week(day, r->number()), u->last});
      }
    }
  }
  if (!best && !wd->has("strict")) {
    best = Piece{bare_weekday(day, j), wd->last};
  }
  return best;
}

// "earlier this year", "later this week", "later in the year", "mid-2024",
// "early June", "late last year", "end of 2025", "year to date".
P Parser::lead_phrase(std::size_t j) {
  tick();
  if (const auto l = lex(j, "lead"); l && l->value == "ytd") {
    if (!ref_) return std::nullopt;
    return Piece{period("Y", 0), l->last};
  }
  const bool earlier = is(j, "earlier"), later = is(j, "later");
  if (earlier || later) {
    std::size_t k = j + 1;
    if (is(k, "this") || is(k, "today") || is(k, "tonight")) {
      if (!is(k, "this")) return relday(k);
      const auto u = lex(k + 1, "unit");
      if (u && !u->has("plural") && u->value != "D") return Piece{period(u->value, 0), u->last};
      return std::nullopt;
    }
    if (is(k, "in") && is(k + 1, "the")) {
      const auto u = lex(k + 2, "unit");
      if (u && !u->has("plural") &&
          (u->value == "Y" || u->value == "M" || u->value == "W" || u->value == "Q"))
        return Piece{period(u->value, 0), u->last};
    }
    return std::nullopt;
  }
  if (is(j, "early") || is(j, "late") || is(j, "mid") || is(j, "end")) {
    std::size_t k = j + 1;
    const bool hyphen = sym(k, '-') && att(k);
    if (hyphen) ++k;
    // "end of 2025", or joined by a hyphen as the others are: "end-2025".
    if (is(j, "end") && !hyphen) {
      if (!is(k, "of")) return std::nullopt;
      ++k;
    }
    P inner;
    if (auto y = year_at(k, 1800, 2199)) {
      When w;
      w.gran = Gran::year;
      w.year = y->first;
      inner = Piece{w, y->second};
    }
    consider(inner, month_first(k, true));
    consider(inner, rel_phrase(k, false));
    consider(inner, qh_phrase(k));
    consider(inner, decade(k));
    if (is(j, "end")) consider(inner, the_phrase(k));
    if (inner && inner->w.gran == Gran::day && !inner->w.clock.part.empty()) return std::nullopt;
    return inner;
  }
  return std::nullopt;
}

// "Q3 2025", "q3 2019", "Q1 2016", "Q3 this year", "Q3", "H2 2016".
P Parser::qh_phrase(std::size_t j) {
  tick();
  if (!(is(j, "q") || is(j, "h")) || !dig(j + 1) || !att(j + 1) || ndig(j + 1) != 1)
    return std::nullopt;
  const bool q = is(j, "q");
  const int n = val(j + 1);
  if (n < 1 || n > (q ? 4 : 2)) return std::nullopt;
  When w;
  w.gran = q ? Gran::quarter : Gran::half;
  w.sub = n;
  std::size_t e = j + 2;
  if (att(e) && (word(e) || dig(e))) return std::nullopt;
  std::size_t k = e;
  if ((sym(k, '-') || sym(k, '/')) && att(k) && att(k + 1)) ++k;
  if (is(k, "of") || sym(k, ',')) ++k;
  if (auto y = year_at(k)) {
    w.year = y->first;
    e = y->second;
  } else if (auto ry = rel_year(k)) {
    w.year = ry->first;
    e = ry->second;
  } else if ((is(k, "fiscal") || is(k, "fy")) && year_at(k + 1)) {
    w.year = year_at(k + 1)->first;
    w.fiscal = true;
    e = k + 2;
  } else if (!q) {
    return std::nullopt;  // "H2" alone is a chemical, not a date
  }
  return Piece{w, e};
}

// "fiscal 2024", "fiscal year 2024", "FY2024", "FY 2024", "FY24".
P Parser::fiscal_phrase(std::size_t j) {
  tick();
  std::size_t k = 0;
  if (is(j, "fiscal")) {
    k = j + 1;
    if (is(k, "year")) ++k;
  } else if (is(j, "fy")) {
    k = j + 1;
    if (sym(k, '-') || sym(k, '\'')) ++k;
  } else {
    return std::nullopt;
  }
  When w;
  w.gran = Gran::year;
  w.fiscal = true;
  std::size_t e = 0;
  if (auto y = year_at(k)) {
    w.year = y->first;
    e = y->second;
  } else if (is(j, "fy") && ndig(k) == 2 && !glued_after(k + 1)) {
    w.year = 2000 + val(k);
    e = k + 1;
  } else {
    return std::nullopt;
  }
  // "FY2024 Q3"
  if (is(e, "q") && att(e + 1) && ndig(e + 1) == 1 && val(e + 1) >= 1 && val(e + 1) <= 4) {
    w.gran = Gran::quarter;
    w.sub = val(e + 1);
    e += 2;
  }
  return Piece{w, e};
}

// "week 31", "week 1 of 2019".
P Parser::week_number(std::size_t j) {
  tick();
  if (!is(j, "week") || !dig(j + 1) || ndig(j + 1) > 2 || glued_after(j + 2)) return std::nullopt;
  const int n = val(j + 1);
  std::optional<int> year;
  std::size_t e = j + 2;
  if (auto y = year_anchor(e, false)) {
    year = y->first;
    e = y->second;
  } else if (ref_) {
    year = int(ref_->year());
  }
  if (n < 1 || n > 53 || (year && unsigned(n) > weeks_in(*year))) return std::nullopt;
  When w;
  w.gran = Gran::week;
  w.year = year;
  w.sub = n;
  return Piece{w, e};
}

// "summer 2016", "summer of 2016", "winter this year".
P Parser::season_phrase(std::size_t j) {
  tick();
  const auto s = lex(j, "season");
  if (!s) return std::nullopt;
  When w;
  w.gran = Gran::season;
  w.season = std::string(s->value);
  if (auto y = year_anchor(s->last, true)) {
    w.year = y->first;
    return Piece{w, y->second};
  }
  return std::nullopt;
}

// "Christmas 2024", "independence day of this year", "black friday 2010",
// "before independence day".
P Parser::holiday_phrase(std::size_t j) {
  tick();
  const auto h = lex(j, "holiday");
  if (!h) return std::nullopt;
  std::optional<int> year;
  std::size_t e = h->last;
  if (auto y = year_anchor(e, true)) {
    year = y->first;
    e = y->second;
  }
  auto w = holiday(h->value, year);
  if (!w) return std::nullopt;
  if (!year) add_year_alternative(*w);
  return Piece{*w, e};
}

// "two days ago", "a month ago", "3 days from today", "two days after today",
// "four days from yesterday", "two sundays from now".
P Parser::ago_phrase(std::size_t j) {
  tick();
  const auto n = small_number(j);
  if (!n || n->first < 1 || n->first > 1000) return std::nullopt;
  const std::size_t k = n->second;
  if (const auto wd = lex(k, "weekday")) {
    // "two sundays from now", "two monday later"
    std::size_t e = wd->last;
    if (!((is(e, "from") && is(e + 1, "now")) || is(e, "later"))) return std::nullopt;
    e += is(e, "later") ? 1 : 2;
    if (!ref_) return std::nullopt;
    const ch::sys_days today{*ref_};
    const int r = static_cast<int>(ch::weekday{today}.iso_encoding());
    int ahead = (wd->number() - r + 7) % 7;
    if (ahead == 0) ahead = 7;
    return Piece{day_when(today + ch::days{ahead} + ch::weeks{n->first - 1}), e};
  }
  const auto u = lex(k, "unit");
  if (!u) return std::nullopt;
  const std::string_view unit = u->value;
  if (!(unit == "D" || unit == "W" || unit == "M" || unit == "Y" || unit == "2W" || unit == "10Y"))
    return std::nullopt;
  std::size_t e = u->last;
  int sign = 0, base = 0;
  if (is(e, "ago")) {
    sign = -1;
    e += 1;
  } else if ((is(e, "from") || is(e, "after")) && (lex(e + 1, "relday") || is(e + 1, "now"))) {
    sign = 1;
    if (const auto rd = lex(e + 1, "relday")) {
      base = rd->number();
      e = rd->last;
    } else {
      e += 2;
    }
  } else if (is(e, "before") && lex(e + 1, "relday")) {
    sign = -1;
    const auto rd = lex(e + 1, "relday");
    base = rd->number();
    e = rd->last;
  } else {
    return std::nullopt;
  }
  if (!ref_) {
    return Piece{When{}, e};
  }
  const int count = n->first * sign;
  const ch::sys_days start = ch::sys_days{*ref_} + ch::days{base};
  if (unit == "D") return Piece{day_when(start + ch::days{count}), e};
  if (unit == "W") return Piece{day_when(start + ch::weeks{count}), e};
  if (unit == "2W") return Piece{day_when(start + ch::weeks{2 * count}), e};
  const Ymd s{start};
  if (unit == "M") return Piece{day_when(ch::sys_days{add_months(s, count)}), e};
  const int months = (unit == "10Y" ? 120 : 12) * count;
  return Piece{day_when(ch::sys_days{add_months(s, months)}), e};
}

// "1990s", "'90s", "90s".
P Parser::decade(std::size_t j) {
  tick();
  std::size_t k = j;
  if (sym(k, '\'') && att(k + 1)) ++k;
  if (!dig(k) || !att(k + 1) || !is(k + 1, "s") || glued_after(k + 2)) return std::nullopt;
  const int v = val(k);
  When w;
  if (ndig(k) == 4 && v % 10 == 0 && v >= 1000 && v <= 2190) {
    w.gran = (v % 100 == 0 && v < 2000) ? Gran::century : Gran::decade;
    w.year = v;
  } else if (ndig(k) == 2 && v % 10 == 0) {
    w.gran = Gran::decade;
    w.year = (v >= 30 ? 1900 : 2000) + v;
  } else {
    return std::nullopt;
  }
  return Piece{w, k + 2};
}

// ---------------------------------------------------------------- driver

P Parser::core(std::size_t j, bool ctx) {
  P best;
  if (dig(j)) {
    consider(best, numeric(j, ctx || context_before(j)));
    consider(best, day_first(j, ctx));
    consider(best, ago_phrase(j));
    consider(best, decade(j));
    return best;
  }
  if (!word(j)) {
    if (sym(j, '\'')) consider(best, decade(j));
    return best;
  }
  consider(best, relday(j));
  consider(best, rel_phrase(j, false));
  consider(best, the_phrase(j));
  consider(best, nth_phrase(j));
  consider(best, weekday_phrase(j));
  consider(best, month_first(j, ctx));
  consider(best, day_first(j, ctx));
  consider(best, lead_phrase(j));
  consider(best, qh_phrase(j));
  consider(best, fiscal_phrase(j));
  consider(best, week_number(j));
  consider(best, season_phrase(j));
  consider(best, holiday_phrase(j));
  consider(best, ago_phrase(j));
  return best;
}

P Parser::expression(std::size_t j, bool ctx) {
  P best;
  consider(best, with_time(core(j, ctx)));
  consider(best, time_first(j));
  if (best) {
    // "june next year", "Q3 this year", "the third quarter this year",
    // "independence day of this year": a year-less period gets its year.
    When& w = best->w;
    if (!w.year && (w.gran == Gran::month || w.gran == Gran::quarter || w.gran == Gran::half ||
                    w.gran == Gran::season || (w.gran == Gran::day && w.month))) {
      if (auto y = year_anchor(best->end, false)) {
        w.year = y->first;
        w.alternatives.clear();
        best->end = y->second;
      }
    }
  }
  return best;
}

std::optional<Found> Parser::run(std::size_t i) {
  start_ = i;
  Bound bound = Bound::none;
  std::size_t j = i;
  P p;
  if (glued_before(i)) {
    // Only a full year-month-day survives being glued to a word before it
    // ("PANews2025/12/30 08:23", a dateline).
    if (ndig(i) != 4 || !word(i - 1)) return std::nullopt;
    p = numeric(i, false);
    if (!p || p->w.gran != Gran::day || !p->w.year || p->end < i + 5) return std::nullopt;
  } else {
    if (const auto b = lex(i, "bound")) {
      bound = b->value == "min" ? Bound::min : Bound::max;
      j = b->last;
      if (is(j, "on") || is(j, "from")) ++j;
    }
    p = expression(j, bound != Bound::none);
  }
  if (!p && bound != Bound::none) return std::nullopt;
  if (!p || p->end <= j || glued_after(p->end)) return std::nullopt;

  When& w = p->w;
  Date d;
  d.timex = render(w);
  if (w.end_day) {
    When last = w;
    last.month = w.end_month;
    last.day = w.end_day;
    last.end_month = last.end_day = 0;
    d.end_timex = render(last);
    if (const auto span = days_of(last); span && check(last).empty()) d.last_day = span->second;
  }
  d.problem = check(w);
  d.valid = d.problem.empty();
  if (d.valid) {
    if (const auto span = days_of(w)) {
      d.first_day = span->first;
      if (!w.end_day) d.last_day = span->second;
    }
  }
  Found f;
  f.first = i;
  f.last = p->end;
  Mention& m = f.mention;
  m.kind = Kind::date;
  m.bound = bound;
  m.problem = d.problem;
  m.alternatives = w.alternatives;
  // Times are added after the alternatives were made: carry the clock over.
  if (w.clock.hour >= 0 || !w.clock.part.empty()) {
    const std::string suffix = d.timex.substr(d.timex.find('T'));
    for (auto& a : m.alternatives) {
      if (a.find('T') == std::string::npos) a += suffix;
    }
  }
  m.value = std::move(d);
  return f;
}

}  // namespace

std::optional<Found> match_date(const Scan& scan, std::size_t i) {
  if (i >= scan.tokens.size()) return std::nullopt;
  Parser parser(scan);
  return parser.run(i);
}

}  // namespace claimcheck::detail
