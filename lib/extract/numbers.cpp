// The number parser: numerals, number words, fractions and scale words.
//
// A number is read left to right from one token with a bounded look at the
// tokens after it (at most kMaxTokens), so that every recognizer built on it
// stays linear. Numerals become exact decimals through their digits (never a
// double); only fractions and powers go through floating point, rounded to
// 15 significant digits. Vocabulary lives in data/number_words.tsv and
// data/scales.tsv.
#include "extract/numbers.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

#include "data.hpp"
#include "extract/lookup_cache.hpp"
#include "extract/number_lexicon.hpp"

namespace claimcheck::detail {

// ------------------------------------------------------------- the lexicon

namespace {

bool has_flag(const std::vector<std::string_view>& row, std::size_t from, std::string_view flag) {
  return std::find(row.begin() + static_cast<std::ptrdiff_t>(std::min(from, row.size())), row.end(),
                   flag) != row.end();
}

std::int64_t field_int(const std::vector<std::string_view>& row, std::size_t k) {
  if (k >= row.size()) return 0;
  return std::strtoll(std::string(row[k]).c_str(), nullptr, 10);
}

std::optional<WordType> word_type(std::string_view name) {
  static constexpr std::pair<std::string_view, WordType> kTypes[] = {
      {"unit", WordType::unit},         {"teen", WordType::teen},
      {"tens", WordType::tens},         {"ordinal", WordType::ordinal},
      {"fraction", WordType::fraction}, {"article", WordType::article},
      {"sign", WordType::sign},         {"point", WordType::point},
      {"and", WordType::conj},          {"over", WordType::over},
      {"suffix", WordType::suffix}};
  for (const auto& [n, type] : kTypes) {
    if (n == name) return type;
  }
  return std::nullopt;
}

}  // namespace

NumberLexicon::NumberLexicon() : word_table_(data::number_words), scale_table_(data::scales) {
  for (std::size_t r = 0; r < word_table_.size(); ++r) {
    const auto& row = word_table_.row(r);
    const auto type = row.size() > 1 ? word_type(row[1]) : std::nullopt;
    if (!type) {
      words_.emplace_back();
      continue;
    }
    words_.push_back(NumberWord{*type, field_int(row, 2), has_flag(row, 3, "plural"),
                                has_flag(row, 3, "noden"), has_flag(row, 3, "alone")});
  }
  for (std::size_t r = 0; r < scale_table_.size(); ++r) {
    const auto& row = scale_table_.row(r);
    if (row.size() < 3 || (row[1] != "power" && row[1] != "times")) {
      scales_.emplace_back();
      continue;
    }
    scales_.push_back(ScaleWord{row[1] == "times", static_cast<int>(field_int(row, 2)),
                                has_flag(row, 3, "word"), has_flag(row, 3, "upper"),
                                has_flag(row, 3, "attached"), has_flag(row, 3, "money")});
  }
}

std::optional<LexiconHit<NumberWord>> NumberLexicon::word(const TokenStream& t,
                                                          std::size_t k) const {
  const auto hit = word_table_.match_at(t, k, [&](std::size_t r) { return words_[r].has_value(); });
  if (!hit) return std::nullopt;
  return LexiconHit<NumberWord>{&*words_[hit->row], hit->last};
}

const NumberLexicon& number_lexicon() {
  static const NumberLexicon lexicon;
  return lexicon;
}

// ------------------------------------------------------------- the parser

namespace {

constexpr std::size_t kMaxTokens = 40;  // no number is longer: bounds every loop

const Decimal kOne = Decimal::from_parts(1, 0);

Decimal integer(std::int64_t v) {
  return Decimal::from_parts(v, 0);
}

// a / b to 15 significant digits; out of range for b = 0.
Decimal divided(const Decimal& a, const Decimal& b) {
  if (!a.ok() || !b.ok() || b.is_zero()) return Decimal::out_of_range();
  return Decimal::from_double(a.to_double() / b.to_double(), 15);
}

Interval shifted(const Interval& i, int power) {
  Interval out;
  if (i.low) out.low = i.low->shifted(power);
  if (i.high) out.high = i.high->shifted(power);
  return out;
}

// A value whose stated precision cannot be represented ("0e400": ±0.5e400)
// is out of range as a whole, never a value with unusable bounds.
void keep_representable(Decimal& value, Interval& precision) {
  const auto bad = [](const std::optional<Decimal>& b) { return b && !b->ok(); };
  if (value.ok() && !bad(precision.low) && !bad(precision.high)) return;
  value = Decimal::out_of_range();
  precision = {};
}

Interval times(const Interval& i, std::int64_t factor) {
  Interval out;
  if (i.low) out.low = i.low->times(factor);
  if (i.high) out.high = i.high->times(factor);
  return out;
}

bool all_upper(std::string_view word) {
  return std::all_of(word.begin(), word.end(), [](char c) {
    return !std::isalpha(static_cast<unsigned char>(c)) ||
           std::isupper(static_cast<unsigned char>(c));
  });
}

// A spelled-out integer as read so far: groups below a thousand ("hi" the
// hundreds, "lo" the rest) and the scaled chunks before them in `total`.
struct Cardinal {
  enum class Last : std::uint8_t { none, article, unit, teen, tens, hundred, scale, times };
  std::size_t first = 0, last = 0;
  Decimal total;
  std::int64_t hi = 0, lo = 0;
  Last cls = Last::none;
  Decimal last_chunk;   // the last scaled chunk, for chained scales ("lakh crore")
  int chunk_power = 0;  // its power of ten; later scales must be smaller
  int scale_power = 0;  // the largest power of ten applied
  bool dozen = false;
  // When the last word is a tens word: the value before it and whether words
  // came before it ("one hundred thirty fifths" is 100/35; after "and" the
  // tens word belongs to the whole: "one hundred and thirty fifths" is 130/5).
  bool ends_in_tens = false;
  bool tens_has_prefix = false;
  Decimal before_tens;
  std::int64_t tens_value = 0;
  // When the last word is hundred or a scale: the value before the simple
  // number it multiplies ("one hundred one thousand fifths" is 100/1005).
  bool ends_in_round = false;
  bool round_has_prefix = false;
  Decimal before_round;
  Decimal round_value;  // the simple number times the round word

  Decimal value() const { return total.plus(integer(hi + lo)); }
  bool article_only() const { return cls == Last::article; }
};

// A fraction's numerator and denominator and where it ends.
struct Ratio {
  Decimal numerator, denominator;
  std::size_t last = 0;
};

class Parser {
 public:
  Parser(const Scan& scan, const NumberOptions& options, std::size_t first)
      : s_(scan),
        t_(scan.tokens),
        o_(options),
        lex_(number_lexicon()),
        limit_(std::min(scan.tokens.size(), first + kMaxTokens)) {}

  std::optional<NumberMatch> number(std::size_t i);
  std::optional<NumberMatch> unsigned_number(std::size_t j);

 private:
  // Token tests, false past the bound.
  bool in(std::size_t k) const { return k < limit_; }
  bool dig(std::size_t k) const { return in(k) && t_.is_digits(k); }
  bool sym(std::size_t k, char c) const { return in(k) && t_.is_symbol(k, c); }
  bool att(std::size_t k) const { return in(k) && t_.attached(k); }
  bool same_line(std::size_t k) const { return in(k) && !t_[k].newline_before; }
  std::size_t len(std::size_t k) const { return t_[k].end - t_[k].start; }
  std::optional<LexiconHit<NumberWord>> word(std::size_t k) const {
    if (!in(k) || !t_.is_word(k)) return std::nullopt;
    auto hit = s_.cache ? s_.cache->number_word(t_, k) : lex_.word(t_, k);
    if (hit && hit->last > limit_) return std::nullopt;
    return hit;
  }
  std::optional<LexiconHit<NumberWord>> word_of(std::size_t k, WordType type) const {
    auto hit = word(k);
    if (!hit || hit->row->type != type) return std::nullopt;
    return hit;
  }
  // A scale word that may follow spelled-out numbers ("hundred", "million").
  bool word_scale_at(std::size_t k) const {
    return in(k) && t_.is_word(k) &&
           lex_.scale(t_, k, [](const ScaleWord& sw) { return sw.word; }).has_value();
  }
  // One separator hyphen, attached or spaced, on the same line.
  std::size_t skip_hyphen(std::size_t k) const {
    return sym(k, '-') && same_line(k) && same_line(k + 1) ? k + 1 : k;
  }

  std::optional<NumberMatch> numeral(std::size_t j);
  std::optional<NumberMatch> words(std::size_t j);
  std::size_t comma_groups(std::size_t j, std::string& digits) const;
  std::size_t space_groups(std::size_t j, std::string& digits) const;
  bool scale_follows(std::size_t k) const;
  void apply_scales(NumberMatch& m, bool after_words) const;
  std::optional<NumberMatch> digit_fraction(const NumberMatch& whole) const;

  std::optional<Cardinal> cardinal(std::size_t j, bool allow_article) const;
  bool accept(Cardinal& c, std::size_t k, std::size_t& next, bool after_and) const;
  bool leaves_mixed_fraction(std::size_t k) const;
  std::optional<LexiconHit<NumberWord>> denominator_word(std::size_t k) const;
  std::optional<Ratio> fraction_after(const Cardinal& c) const;
  bool plain_fraction(const Cardinal& c, const NumberWord& d, const Ratio& r) const;
  std::optional<std::pair<Decimal, std::size_t>> ordinal_phrase(std::size_t k,
                                                                bool& singular) const;
  std::optional<Ratio> mixed_after(std::size_t k) const;
  std::optional<Ratio> over_after(std::size_t k) const;
  std::optional<NumberMatch> point_after(const Cardinal& c) const;
  std::optional<NumberMatch> ordinal_after(const Cardinal& c) const;
  std::optional<NumberMatch> half(std::size_t j) const;
  std::optional<NumberMatch> digit_integer(std::size_t k) const;

  const Scan& s_;
  const TokenStream& t_;
  const NumberOptions& o_;
  const NumberLexicon& lex_;
  std::size_t limit_;
};

// ------------------------------------------------------------- signs

std::optional<NumberMatch> Parser::number(std::size_t i) {
  s_.count();
  if (!in(i)) return std::nullopt;
  std::size_t j = i;
  if (o_.allow_sign && sym(i, '-')) {
    // A dash after a number or a word ("50-60", "COVID-19") is no minus sign.
    if (i > 0 && (t_.is_digits(i - 1) || (t_.attached(i) && t_[i - 1].type != TokenType::symbol))) {
      return std::nullopt;
    }
    const bool point_digits = sym(i + 1, '.') && att(i + 1) && dig(i + 2) && att(i + 2);
    if (!(dig(i + 1) || point_digits) || !same_line(i + 1)) return std::nullopt;
    j = i + 1;
  } else if (o_.allow_sign && o_.allow_words && word_of(i, WordType::sign)) {
    j = word_of(i, WordType::sign)->last;
    if (!same_line(j)) return std::nullopt;
  }
  if (j == i) return unsigned_number(i);
  auto m = unsigned_number(j);
  if (!m || m->value.is_negative()) return std::nullopt;
  m->first = i;
  m->negative = true;
  m->value = m->value.negated();
  m->precision = m->precision.negated();
  m->words = m->words || t_.is_word(i);
  return m;
}

std::optional<NumberMatch> Parser::unsigned_number(std::size_t j) {
  if (dig(j)) return numeral(j);
  // ".5", but not the ".1" of "3.2.1".
  const bool glued = j > 0 && att(j) && t_[j - 1].type != TokenType::symbol;
  if (sym(j, '.') && dig(j + 1) && att(j + 1) && !glued) return numeral(j);
  if (o_.allow_words && in(j) && t_.is_word(j)) return words(j);
  return std::nullopt;
}

// ------------------------------------------------------------- numerals

// "1,234,567" (groups of three) or "14,21,94,700" (Indian: twos, then a
// three): the token after the groups, j + 1 when there are none.
std::size_t Parser::comma_groups(std::size_t j, std::string& digits) const {
  const auto group = [&](std::size_t k, std::size_t n) {
    return sym(k, ',') && att(k) && dig(k + 1) && att(k + 1) && len(k + 1) == n;
  };
  std::size_t western = j + 1;
  if (len(j) <= 3) {
    while (group(western, 3)) {
      s_.count();
      western += 2;
    }
  }
  std::size_t indian = j + 1;
  if (len(j) <= 2) {
    std::size_t k = j + 1;
    while (group(k, 2)) {
      s_.count();
      k += 2;
    }
    if (k > j + 1 && group(k, 3)) indian = k + 2;
  }
  const std::size_t end = std::max(western, indian);
  for (std::size_t k = j + 2; k < end; k += 2) digits += t_.text(k);
  return end;
}

// "1 234 567": groups of three digits after exactly one space, at most six
// (10^18). Not when another run of digits follows ("555 123 4567" is a
// phone number) or the groups go on (a list of codes).
std::size_t Parser::space_groups(std::size_t j, std::string& digits) const {
  constexpr std::size_t kMaxGroups = 6;
  if (len(j) > 3) return j + 1;
  std::size_t k = j + 1;
  while (dig(k) && len(k) == 3 && !att(k) && same_line(k) && t_[k].start == t_[k - 1].end + 1 &&
         k <= j + kMaxGroups) {
    s_.count();
    ++k;
  }
  if (k == j + 1 || (dig(k) && !att(k) && same_line(k))) return j + 1;
  for (std::size_t g = j + 1; g < k; ++g) digits += t_.text(g);
  return k;
}

// A scale word at k, spaced, attached or after a hyphen ("$14,3-billion").
bool Parser::scale_follows(std::size_t k) const {
  const std::size_t w = sym(k, '-') && att(k) && att(k + 1) ? k + 1 : k;
  return in(w) && lex_.scale(t_, w, [](const ScaleWord&) { return true; }).has_value();
}

std::optional<NumberMatch> Parser::numeral(std::size_t j) {
  NumberMatch m;
  m.first = j;
  std::string text;
  std::size_t k = j;
  bool plain = true;  // a digit run alone: may be a numerator or take a suffix
  if (sym(j, '.')) {
    text = ".";
    text += t_.text(j + 1);
    k = j + 2;
    plain = false;
  } else {
    text = t_.text(j);
    k = comma_groups(j, text);
    if (k == j + 1 && o_.allow_space_groups) k = space_groups(j, text);
    plain = k == j + 1;
    if (sym(k, '.') && att(k) && dig(k + 1) && att(k + 1)) {
      text += '.';
      text += t_.text(k + 1);
      k += 2;
      plain = false;
    } else if (plain && sym(k, ',') && att(k) && dig(k + 1) && att(k + 1) && len(k + 1) != 3 &&
               o_.allow_scale && scale_follows(k + 2)) {
      // A decimal comma is read only where it cannot be a thousands separator.
      text += '.';
      text += t_.text(k + 1);
      k += 2;
      plain = false;
    }
  }
  auto mantissa = Decimal::parse(text);
  if (!mantissa) return std::nullopt;
  m.value = *mantissa;
  m.precision = stated_precision(*mantissa);
  m.last = k;

  // 1e10, 12.32e+14: exact, a power of ten.
  if (in(k) && t_.is(k, "e") && att(k)) {
    std::size_t e = k + 1;
    const bool minus = sym(e, '-');
    if ((minus || sym(e, '+')) && att(e)) ++e;
    if (dig(e) && att(e)) {
      const int power = len(e) > 6 ? 1000000 : std::stoi(std::string(t_.text(e)));
      m.value = m.value.shifted(minus ? -power : power);
      m.precision = shifted(m.precision, minus ? -power : power);
      keep_representable(m.value, m.precision);
      m.exponent = true;
      m.last = e + 1;
      return m;
    }
  }
  // 1.1^23, 2.5^-1: a power, to 15 significant digits.
  if (sym(k, '^') && att(k)) {
    std::size_t e = k + 1;
    bool minus = false;  // "^-1"; "^--23" is written too (two minuses: plus)
    for (; (sym(e, '-') || sym(e, '+')) && att(e) && e < k + 4; ++e) minus ^= sym(e, '-');
    if (dig(e) && att(e)) {
      const double power = std::strtod(std::string(t_.text(e)).c_str(), nullptr);
      m.value = Decimal::from_double(std::pow(mantissa->to_double(), minus ? -power : power), 15);
      m.precision = stated_precision(m.value);
      m.exponent = true;
      m.last = e + 1;
      return m;
    }
  }
  // 21st, 4th, 2th: an ordinal, or no number at all where none is wanted.
  if (plain && att(k) && word_of(k, WordType::suffix)) {
    if (!o_.allow_ordinal) return std::nullopt;
    m.ordinal = true;
    m.last = word_of(k, WordType::suffix)->last;
    return m;
  }
  if (plain && o_.allow_fraction) {
    if (auto f = digit_fraction(m)) return f;
    if (auto r = mixed_after(k)) {
      m.value = m.value.plus(divided(r->numerator, r->denominator));
      m.precision = stated_precision(m.value);
      m.fraction = m.words = true;
      m.last = r->last;
      apply_scales(m, true);
      return m;
    }
    if (auto r = over_after(k)) {
      m.value = divided(m.value, r->denominator);
      m.precision = stated_precision(m.value);
      m.fraction = true;
      m.words = !t_.is_digits(r->last - 1);
      m.last = r->last;
      return m;
    }
  }
  apply_scales(m, false);
  return m;
}

// "4/5" and "1 4/5" after a digit run (not "1/2/2025": a date).
std::optional<NumberMatch> Parser::digit_fraction(const NumberMatch& whole) const {
  const auto ratio_at = [&](std::size_t k) -> std::optional<Ratio> {
    if (!(dig(k) && sym(k + 1, '/') && att(k + 1) && dig(k + 2) && att(k + 2))) return std::nullopt;
    if (sym(k + 3, '/') && att(k + 3)) return std::nullopt;
    auto a = Decimal::parse(t_.text(k)), b = Decimal::parse(t_.text(k + 2));
    if (!a || !b || b->is_zero()) return std::nullopt;
    return Ratio{*a, *b, k + 3};
  };
  NumberMatch m = whole;
  // Only proper fractions: "24/7" and "50/50" are no numbers a/b.
  if (const auto r = ratio_at(whole.first); r && r->numerator < r->denominator) {
    m.value = divided(r->numerator, r->denominator);
    m.last = r->last;
  } else if (const auto mixed =
                 !att(whole.last) && same_line(whole.last) ? ratio_at(whole.last) : std::nullopt;
             mixed && mixed->numerator < mixed->denominator) {
    m.value = whole.value.plus(divided(mixed->numerator, mixed->denominator));
    m.last = mixed->last;
  } else {
    return std::nullopt;
  }
  m.precision = stated_precision(m.value);
  m.fraction = true;
  return m;
}

// Scale words after a number: "14.3 billion", "10k", "$5m", "three lakh
// crore" (chained: multiplied), "3 dozens". `after_words`: only full words.
void Parser::apply_scales(NumberMatch& m, bool after_words) const {
  if (!o_.allow_scale) return;
  std::size_t k = m.last;
  bool chained = false;
  while (in(k) && same_line(k)) {
    s_.count();
    // "$14.3-billion": a hyphen may join a full scale word.
    const bool hyphen = sym(k, '-') && att(k) && att(k + 1);
    const std::size_t w = hyphen ? k + 1 : k;
    if (!in(w) || !t_.is_word(w)) break;
    const bool attached = att(w) && !hyphen;
    const bool upper = all_upper(t_.text(w));
    const auto hit = lex_.scale(t_, w, [&](const ScaleWord& s) {
      if ((after_words || chained || hyphen) && !s.word) return false;
      if (chained && s.times) return false;
      return (!s.upper || upper) && (!s.attached || attached) && (!s.money || o_.money_scales);
    });
    if (!hit) break;
    if (hit->row->times) {
      m.value = m.value.times(hit->row->amount);
      m.precision = times(m.precision, hit->row->amount);
      m.dozen = true;
    } else {
      m.value = m.value.shifted(hit->row->amount);
      m.precision = shifted(m.precision, hit->row->amount);
      m.scale_power += hit->row->amount;
    }
    keep_representable(m.value, m.precision);
    k = hit->last;
    chained = true;
  }
  m.last = k;
}

// ------------------------------------------------------------- words

// Remembers the split before a round word: `before` and the simple number `simple` × 10^power.
void note_round(Cardinal& c, const Decimal& before, std::int64_t simple, int power) {
  c.ends_in_round = simple > 0;
  c.round_has_prefix = !before.is_zero();
  c.before_round = before;
  c.round_value = integer(simple).shifted(power);
}

// Whether word k may extend the cardinal `c`; updates it and sets `next`.
// `after_and`: the word follows "and".
bool Parser::accept(Cardinal& c, std::size_t k, std::size_t& next, bool after_and) const {
  using L = Cardinal::Last;
  if (const auto w = word(k)) {
    const NumberWord& n = *w->row;
    const bool group_open = c.cls == L::none || c.cls == L::hundred || c.cls == L::scale;
    bool ok = false;
    if (n.type == WordType::unit) {
      ok = group_open || (c.cls == L::tens && c.lo % 10 == 0);
      if (ok) c.lo = c.cls == L::tens ? c.lo + n.value : n.value;
    } else if (n.type == WordType::teen || n.type == WordType::tens) {
      ok = group_open;
      if (ok && n.type == WordType::tens) {
        c.tens_has_prefix = c.cls != L::none && !after_and;
        c.before_tens = c.value();
        c.tens_value = n.value;
      }
      if (ok) c.lo = n.value;
    }
    if (!ok) return false;
    c.ends_in_tens = n.type == WordType::tens;
    c.ends_in_round = false;
    c.cls = n.type == WordType::unit ? L::unit : n.type == WordType::teen ? L::teen : L::tens;
    next = w->last;
    return true;
  }
  const bool has_group = c.cls == L::unit || c.cls == L::teen || c.cls == L::tens ||
                         c.cls == L::hundred || c.cls == L::article;
  const auto s = in(k) && t_.is_word(k)
                     ? lex_.scale(t_, k, [](const ScaleWord& sw) { return sw.word; })
                     : std::nullopt;
  if (!s) return false;
  const ScaleWord& sw = *s->row;
  const bool chain = !sw.times && sw.amount > 2 && c.cls == L::scale;
  if (sw.times) {
    // A multiplier scales the words below it: "three hundred and two dozens" is 324.
    if (!has_group) return false;
    if (c.lo > 0) {
      c.lo *= sw.amount;
    } else {
      c.hi *= sw.amount;
    }
    c.cls = L::times;
    c.dozen = true;
  } else if (sw.amount == 2) {
    if (!(has_group && c.cls != L::hundred && c.hi == 0)) return false;
    note_round(c, c.total, c.lo, 2);
    c.hi = c.lo * 100;
    c.lo = 0;
    c.cls = L::hundred;
  } else if (chain) {
    // "lakh crore", "thousand million": the scales multiply.
    c.total = c.total.plus(c.last_chunk.negated());
    c.last_chunk = c.last_chunk.shifted(sw.amount);
    c.total = c.total.plus(c.last_chunk);
    c.chunk_power += sw.amount;
    c.scale_power = std::max(c.scale_power, c.chunk_power);
  } else {
    if (!has_group || (c.chunk_power > 0 && sw.amount >= c.chunk_power)) return false;
    note_round(c, c.total.plus(integer(c.hi)), c.lo, sw.amount);
    c.last_chunk = integer(c.hi + c.lo).shifted(sw.amount);
    c.total = c.total.plus(c.last_chunk);
    c.hi = c.lo = 0;
    c.chunk_power = sw.amount;
    c.scale_power = std::max(c.scale_power, sw.amount);
    c.cls = L::scale;
  }
  c.ends_in_tens = false;
  c.ends_in_round = c.ends_in_round && c.cls != L::times && !chain;
  next = s->last;
  return true;
}

// "and three quarters", "and a half": left for the mixed fraction.
bool Parser::leaves_mixed_fraction(std::size_t k) const {
  const auto w = word(k);
  if (!w || (w->row->type != WordType::unit && w->row->type != WordType::article)) return false;
  return denominator_word(skip_hyphen(w->last)).has_value();
}

// The longest spelled-out integer at j ("one hundred and sixty-one",
// "twenty-one trillion and three hundred", "a dozen").
std::optional<Cardinal> Parser::cardinal(std::size_t j, bool allow_article) const {
  using L = Cardinal::Last;
  // Most tokens asked about are no number word at all: answer them before
  // building a Cardinal (a large object), counting the one attempt that the
  // loop below would count for them.
  if (!word(j) && !word_scale_at(j)) {
    if (in(j)) s_.count();
    return std::nullopt;
  }
  Cardinal c;
  c.first = j;
  std::size_t k = j;
  if (allow_article && word_of(j, WordType::article)) {
    c.lo = 1;
    c.cls = L::article;
    k = word_of(j, WordType::article)->last;
  }
  c.last = k;
  while (in(k)) {
    s_.count();
    std::size_t w = k;
    if (sym(k, '-')) {
      // Only "fifty-two" / "fifty - two": a hyphen between tens and a unit.
      if (c.cls != L::tens) break;
      w = k + 1;
      if (!word_of(w, WordType::unit)) break;
    } else if (word_of(k, WordType::conj)) {
      if (c.cls != L::hundred && c.cls != L::scale && c.cls != L::tens) break;
      w = word_of(k, WordType::conj)->last;
      if (leaves_mixed_fraction(w)) break;
    }
    if (!same_line(w) || (w != k && !same_line(k))) break;
    if (w != k && word_of(w, WordType::article)) break;
    std::size_t next = w;
    Cardinal trial = c;
    if (!accept(trial, w, next, w != k && !sym(k, '-'))) break;
    if (c.cls == L::article && trial.cls != L::hundred && trial.cls != L::scale &&
        trial.cls != L::times) {
      break;  // "a" is one only before hundred, a scale or a dozen
    }
    c = trial;
    k = c.last = next;
  }
  if (c.last == j) return std::nullopt;
  return c;
}

// A word that can be a denominator: "fifths", "third", "half", "quarters".
std::optional<LexiconHit<NumberWord>> Parser::denominator_word(std::size_t k) const {
  const auto w = word(k);
  if (!w || !same_line(k)) return std::nullopt;
  if (w->row->type == WordType::fraction) return w;
  if (w->row->type == WordType::ordinal && !w->row->noden) return w;
  return std::nullopt;
}

// An ordinal written with a cardinal before it: "twenty-first",
// "one hundred fifth", "one hundred and fifth".
std::optional<std::pair<Decimal, std::size_t>> Parser::ordinal_phrase(std::size_t k,
                                                                      bool& singular) const {
  const auto c = cardinal(k, false);
  if (!c) return std::nullopt;
  std::size_t e = c->last;
  const bool round = c->cls == Cardinal::Last::hundred || c->cls == Cardinal::Last::scale;
  if (round && word_of(e, WordType::conj)) e = word_of(e, WordType::conj)->last;
  e = skip_hyphen(e);
  const auto o = word_of(e, WordType::ordinal);
  if (!o || !same_line(e)) return std::nullopt;
  const bool tens_unit = c->cls == Cardinal::Last::tens && c->lo % 10 == 0 && o->row->value < 10;
  if (!tens_unit && !(round && o->row->value < 100)) return std::nullopt;
  singular = !o->row->plural;
  return std::pair{c->value().plus(integer(o->row->value)), o->last};
}

// The fraction a cardinal opens: "two thirds", "one hundred thirty-fifths"
// (100/35), "twenty fifths" (20/5), "one twenty-fifth" (1/25), "a half".
// A singular denominator takes only one ("one fifth", not "three fifth").
std::optional<Ratio> Parser::fraction_after(const Cardinal& c) const {
  const std::size_t k = skip_hyphen(c.last);
  const Decimal whole = c.article_only() ? kOne : c.value();
  Ratio r;
  bool singular = false;
  if (const auto d = denominator_word(k)) {
    singular = !d->row->plural;
    r.last = d->last;
    const bool ordinal = d->row->type == WordType::ordinal;
    const bool joins_tens = c.ends_in_tens && c.tens_has_prefix && ordinal && d->row->value < 10;
    const bool joins_round =
        c.ends_in_round && c.round_has_prefix && ordinal && d->row->value < 100;
    r.numerator = joins_tens ? c.before_tens : joins_round ? c.before_round : whole;
    r.denominator = integer(d->row->value);
    if (joins_tens) r.denominator = r.denominator.plus(integer(c.tens_value));
    if (joins_round) r.denominator = r.denominator.plus(c.round_value);
  } else if (auto p = ordinal_phrase(k, singular)) {
    r.numerator = whole;
    r.denominator = p->first;
    r.last = p->second;
  } else {
    return std::nullopt;
  }
  if (singular && r.numerator != kOne) return std::nullopt;
  if (const auto d = denominator_word(k);
      d && r.last == d->last && !plain_fraction(c, *d->row, r)) {
    return std::nullopt;
  }
  return r;
}

// A fraction whose words also read otherwise: "a sixth consecutive quarter"
// and "a fifth to watch" are ordinals, "the past six quarters" and "two
// quarters in a row" are periods. Such a fraction stands alone or before "of".
bool Parser::plain_fraction(const Cardinal& c, const NumberWord& d, const Ratio& r) const {
  if (d.type == WordType::fraction && !(r.numerator < r.denominator)) return false;
  const bool ambiguous = (c.article_only() && !d.plural && d.type == WordType::ordinal) ||
                         (d.type == WordType::fraction && d.plural);
  if (!ambiguous || !in(r.last) || !t_.is_word(r.last)) return true;
  return t_.is(r.last, "of") || lex_.scale(t_, r.last, [](const ScaleWord& s) { return s.word; });
}

// "and a half", "and three fifths" after a whole number.
std::optional<Ratio> Parser::mixed_after(std::size_t k) const {
  const auto conj = word_of(k, WordType::conj);
  if (!conj || !same_line(k)) return std::nullopt;
  const auto n = word(conj->last);
  if (!n || (n->row->type != WordType::unit && n->row->type != WordType::article)) {
    return std::nullopt;
  }
  const auto d = denominator_word(skip_hyphen(n->last));
  if (!d) return std::nullopt;
  const Decimal numerator = integer(n->row->value);
  if (!d->row->plural && numerator != kOne) return std::nullopt;
  return Ratio{numerator, integer(d->row->value), d->last};
}

// A plain integer written in digits at k (a denominator: "1 over 3").
std::optional<NumberMatch> Parser::digit_integer(std::size_t k) const {
  if (!dig(k) || (sym(k + 1, '.') && att(k + 1) && dig(k + 2))) return std::nullopt;
  NumberMatch m;
  m.first = k;
  m.last = k + 1;
  m.value = *Decimal::parse(t_.text(k));
  return m;
}

// "over three", "out of 20" after a numerator. "over" must end the phrase:
// in "10 over 5 years" it opens a span of time, not a fraction.
std::optional<Ratio> Parser::over_after(std::size_t k) const {
  const auto over = word_of(k, WordType::over);
  if (!over || !same_line(k) || !same_line(over->last)) return std::nullopt;
  std::optional<NumberMatch> d = digit_integer(over->last);
  if (!d && o_.allow_words) {
    if (auto c = cardinal(over->last, true); c && !c->article_only()) {
      d = NumberMatch{};
      d->value = c->value();
      d->last = c->last;
    }
  }
  if (!d || d->value.is_zero()) return std::nullopt;
  const bool one_word = over->last == k + 1;  // "over", not "out of"
  if (one_word && in(d->last) && t_.is_word(d->last)) return std::nullopt;
  return Ratio{kOne, d->value, d->last};
}

// "two hundred point seventy-one", "nought point nought three": the words
// after "point" are digits, each written as a number ("eleven" is 11).
std::optional<NumberMatch> Parser::point_after(const Cardinal& c) const {
  using L = Cardinal::Last;
  if (c.cls == L::scale || c.cls == L::times || c.cls == L::article) return std::nullopt;
  const auto point = word_of(c.last, WordType::point);
  if (!point) return std::nullopt;
  std::string digits;
  std::size_t k = point->last;
  while (in(k) && same_line(k)) {
    s_.count();
    const auto w = word(k);
    if (!w) break;
    if (w->row->type == WordType::unit || w->row->type == WordType::teen) {
      digits += std::to_string(w->row->value);
      k = w->last;
    } else if (w->row->type == WordType::tens) {
      std::int64_t v = w->row->value;
      k = w->last;
      if (const auto u = word_of(skip_hyphen(k), WordType::unit); u && u->row->value > 0) {
        v += u->row->value;
        k = u->last;
      }
      digits += std::to_string(v);
    } else {
      break;
    }
  }
  if (digits.empty()) return std::nullopt;
  const auto d = Decimal::parse(c.value().to_string() + "." + digits);
  if (!d) return std::nullopt;
  NumberMatch m;
  m.first = c.first;
  m.last = k;
  m.value = *d;
  m.precision = stated_precision(*d);
  m.words = true;
  apply_scales(m, true);
  return m;
}

// "twenty-second", "thirty first", "one hundred and first" (ordinals).
std::optional<NumberMatch> Parser::ordinal_after(const Cardinal& c) const {
  using L = Cardinal::Last;
  bool singular = false;
  const auto p = ordinal_phrase(c.first, singular);
  if (!p || !singular || c.cls == L::article) return std::nullopt;
  NumberMatch m;
  m.first = c.first;
  m.last = p->second;
  m.value = p->first;
  m.precision = stated_precision(m.value);
  m.words = m.ordinal = true;
  return m;
}

// "half", "half a dozen", "half a million".
std::optional<NumberMatch> Parser::half(std::size_t j) const {
  const auto h = word(j);
  if (!h || h->row->type != WordType::fraction || !h->row->alone || h->row->value == 0) {
    return std::nullopt;
  }
  NumberMatch m;
  m.first = j;
  m.last = h->last;
  m.value = divided(kOne, integer(h->row->value));
  m.words = m.fraction = true;
  if (const auto a = word_of(m.last, WordType::article)) {
    NumberMatch scaled = m;
    scaled.last = a->last;
    apply_scales(scaled, true);
    if (scaled.last > a->last) m = scaled;
  }
  m.precision = stated_precision(m.value);
  return m;
}

std::optional<NumberMatch> Parser::words(std::size_t j) {
  if (o_.allow_fraction) {
    if (auto h = half(j)) return h;
  }
  const auto c = cardinal(j, true);
  if (!c) {
    // A lone ordinal word: "second", "twentieth".
    const auto o = word_of(j, WordType::ordinal);
    if (!o_.allow_ordinal || !o || o->row->plural) return std::nullopt;
    NumberMatch m;
    m.first = j;
    m.last = o->last;
    m.value = integer(o->row->value);
    m.precision = stated_precision(m.value);
    m.words = m.ordinal = true;
    return m;
  }
  std::optional<NumberMatch> best;
  const auto consider = [&](std::optional<NumberMatch> m) {
    if (m && (!best || m->last > best->last)) best = std::move(m);
  };
  if (!c->article_only()) {
    NumberMatch m;
    m.first = j;
    m.last = c->last;
    m.value = c->value();
    m.precision = stated_precision(m.value);
    m.scale_power = c->scale_power;
    m.dozen = c->dozen;
    m.words = true;
    consider(m);
  }
  if (o_.allow_fraction) {
    if (const auto r = fraction_after(*c)) {
      NumberMatch m;
      m.first = j;
      m.last = r->last;
      m.value = divided(r->numerator, r->denominator);
      m.precision = stated_precision(m.value);
      m.words = m.fraction = true;
      consider(m);
    }
    if (!c->article_only()) {
      if (const auto r = mixed_after(c->last)) {
        NumberMatch m;
        m.first = j;
        m.last = r->last;
        m.value = c->value().plus(divided(r->numerator, r->denominator));
        m.precision = stated_precision(m.value);
        m.words = m.fraction = true;
        apply_scales(m, true);  // "one and a half million"
        consider(m);
      }
      if (const auto r = over_after(c->last)) {
        NumberMatch m;
        m.first = j;
        m.last = r->last;
        m.value = divided(c->value(), r->denominator);
        m.precision = stated_precision(m.value);
        m.words = m.fraction = true;
        consider(m);
      }
    }
  }
  consider(point_after(*c));
  if (o_.allow_ordinal) consider(ordinal_after(*c));
  return best;
}

}  // namespace

// ------------------------------------------------------------- interface

namespace {

// The options as one number, for the lookup cache; kSmallOrdinal, above
// them all, is match_small_ordinal's parse.
unsigned options_key(const NumberOptions& o) {
  return unsigned{o.allow_words} | unsigned{o.allow_scale} << 1 | unsigned{o.money_scales} << 2 |
         unsigned{o.allow_sign} << 3 | unsigned{o.allow_fraction} << 4 |
         unsigned{o.allow_ordinal} << 5 | unsigned{o.allow_space_groups} << 6;
}
constexpr unsigned kSmallOrdinal = 1u << 7;

std::optional<NumberMatch> parse_number(const Scan& scan, std::size_t i,
                                        const NumberOptions& options) {
  Parser p(scan, options, i);
  return p.number(i);
}

std::optional<NumberMatch> parse_small_ordinal(const Scan& scan, std::size_t i) {
  const TokenStream& t = scan.tokens;
  scan.count();
  const std::size_t j = t.is(i, "the") ? i + 1 : i;
  if (!t.is_word(j)) return std::nullopt;
  NumberOptions o;
  o.allow_scale = false;
  o.allow_sign = false;
  o.allow_fraction = false;
  o.allow_ordinal = true;
  o.allow_space_groups = false;
  Parser p(scan, o, j);
  auto m = p.unsigned_number(j);
  if (!m || !m->value.is_integer() || m->value.is_negative()) return std::nullopt;
  m->first = i;
  return m;
}

}  // namespace

// A parse depends only on the tokens, the options and the position: the
// document's cache may answer it.
std::optional<NumberMatch> match_number(const Scan& scan, std::size_t i,
                                        const NumberOptions& options) {
  if (!scan.cache) return parse_number(scan, i, options);
  return scan.cache->number(i, options_key(options),
                            [&] { return parse_number(scan, i, options); });
}

bool may_start_number(const TokenStream& t, std::size_t i) {
  if (i >= t.size()) return false;
  if (t.is_digits(i)) return true;
  if (t.is_symbol(i, '.')) return t.is_digits(i + 1) && t.attached(i + 1);
  if (t.is_symbol(i, '-')) {
    return t.is_digits(i + 1) || (t.is_symbol(i + 1, '.') && t.is_digits(i + 2));
  }
  if (!t.is_word(i)) return false;
  const auto w = number_lexicon().word(t, i);
  if (!w) return false;
  switch (w->row->type) {
    case WordType::unit:
    case WordType::teen:
    case WordType::tens:
    case WordType::ordinal:
    case WordType::fraction:
    case WordType::article:
    case WordType::sign:
      return true;
    default:
      return false;
  }
}

std::optional<NumberMatch> match_small_ordinal(const Scan& scan, std::size_t i) {
  if (!scan.cache) return parse_small_ordinal(scan, i);
  return scan.cache->number(i, kSmallOrdinal, [&] { return parse_small_ordinal(scan, i); });
}

}  // namespace claimcheck::detail
