// Counts and plain numbers: "200 layoffs", "five people", "a dozen", "1.2
// million users". A number is no count when it is part of something else:
// a name or label ("Llama 4", "GPT-4", "section 3"), a reference ("[2]",
// "3.2.1"), a time of day ("11:30"), a phone number or code ("555-123-4567",
// "SCP-173", "A1B2"), or an ordinal ("4th", "twenty-second").
#include "data.hpp"
#include "extract/context.hpp"
#include "extract/numbers.hpp"
#include "extract/phrases.hpp"
#include "extract/recognize.hpp"

namespace claimcheck::detail {
namespace {

constexpr std::size_t kMaxChain = 8;  // digit groups looked at on each side

const PhraseTable& name_words() {
  static const PhraseTable table(data::not_counts);
  return table;
}

bool is_one_of(const TokenStream& t, std::size_t k, std::string_view symbols) {
  if (k >= t.size() || t[k].type != TokenType::symbol || t[k].end - t[k].start != 1) return false;
  return symbols.find(t.source()[t[k].start]) != std::string_view::npos;
}

bool is_letters_or_digits(const TokenStream& t, std::size_t k) {
  return t.is_word(k) || t.is_digits(k);
}

// The number's first token continues the token before it: "Q3", "mar3",
// the "2" of "3.2.1", the "30" of "11:30", "GPT-4", "SCP-173", "#1", "+1",
// "near-half".
bool glued_before(const TokenStream& t, std::size_t i) {
  if (i == 0 || !t.attached(i)) return false;
  const std::size_t p = i - 1;
  if (t.is_word(i)) {
    // "near-half", but not the "nought" of "three-nought-four".
    return t.is_symbol(p, '-') && p > 0 && t.attached(p) && t.is_word(p - 1) &&
           !may_start_number(t, p - 1);
  }
  if (is_letters_or_digits(t, p)) return true;
  if (is_one_of(t, p, "#+")) return true;
  if (p == 0 || !t.attached(p)) return false;
  // "50-60" is a range: digits may precede. A measure joined to its value is
  // no name: "a magnitude-6.4 earthquake" (news style for a quake's size).
  if (t.is_symbol(p, '-')) return t.is_word(p - 1) && t.text(p - 1) != "magnitude";
  return is_one_of(t, p, ".,:/") && is_letters_or_digits(t, p - 1);
}

// The token after the number continues it: "180.25ml", "4th", "3.2.1",
// "11:30", "1/2/2025", "12345-A1B2".
bool glued_after(const TokenStream& t, std::size_t e) {
  if (e >= t.size() || !t.attached(e)) return false;
  if (is_letters_or_digits(t, e)) return true;
  if (is_one_of(t, e, ".,:/")) return t.attached(e + 1) && t.is_digits(e + 1);
  if (t.is_symbol(e, '-')) {
    return t.attached(e + 1) && t.is_word(e + 1) && t.attached(e + 2) && t.is_digits(e + 2);
  }
  return false;
}

// "[2]", "[1][3]", "[4, 5]": a reference marker.
bool citation(const TokenStream& t, std::size_t first, std::size_t last) {
  return (first > 0 && t.is_symbol(first - 1, '[')) || t.is_symbol(last, ']');
}

bool single_space_before(const TokenStream& t, std::size_t k) {
  return !t.attached(k) && !t[k].newline_before && t[k].start == t[k - 1].end + 1;
}

// The digit group before the group starting at k, joined by one space, a
// hyphen, a dot or a closing parenthesis ("(555) 123-4567"); or npos.
std::size_t group_before(const TokenStream& t, std::size_t k) {
  if (k < 2 && !(k == 1 && t.is_digits(0))) return std::string_view::npos;
  const std::size_t p = k - 1;
  if (t.is_digits(p) && single_space_before(t, k)) return p;
  if (p == 0) return std::string_view::npos;
  if (is_one_of(t, p, "-.") && t.attached(k) && t.attached(p) && t.is_digits(p - 1)) return p - 1;
  if (t.is_symbol(p, ')') && single_space_before(t, k) && t.attached(p) && t.is_digits(p - 1)) {
    return p - 1;
  }
  return std::string_view::npos;
}

// The digit group after the number ending before token e, or npos.
std::size_t group_after(const TokenStream& t, std::size_t e) {
  if (e >= t.size()) return std::string_view::npos;
  if (t.is_digits(e) && single_space_before(t, e)) return e;
  if (e + 1 >= t.size()) return std::string_view::npos;
  if (is_one_of(t, e, "-.") && t.attached(e) && t.attached(e + 1) && t.is_digits(e + 1))
    return e + 1;
  if (t.is_symbol(e, ')') && t.attached(e) && t.is_digits(e + 1) && single_space_before(t, e + 1)) {
    return e + 1;
  }
  return std::string_view::npos;
}

// A phone number or an identifier made of digit groups: three or more
// groups that the number did not read as one ("555 123 4567", "+1 555",
// "2025-08-30-1"), or the local "555-1234" shape.
bool phone_like(const Scan& scan, std::size_t first, std::size_t last) {
  const TokenStream& t = scan.tokens;
  std::size_t groups = 1, outside = 0, leftmost = first, rightmost = last - 1;
  for (std::size_t k = first, n = 0; n < kMaxChain; ++n) {
    scan.count();
    const std::size_t g = group_before(t, k);
    if (g == std::string_view::npos) break;
    ++groups, ++outside;
    leftmost = k = g;
  }
  for (std::size_t e = last, n = 0; n < kMaxChain; ++n) {
    scan.count();
    const std::size_t g = group_after(t, e);
    if (g == std::string_view::npos) break;
    ++groups, ++outside;
    rightmost = g;
    e = g + 1;
  }
  if (leftmost > 0 && t.is_symbol(leftmost - 1, '+') && t.attached(leftmost)) return true;
  if (outside > 0 && groups >= 3) return true;
  // "555-1234": three digits, a hyphen, four digits.
  const auto digits = [&](std::size_t k) { return t[k].end - t[k].start; };
  return groups == 2 && rightmost == leftmost + 2 && t.is_symbol(leftmost + 1, '-') &&
         digits(leftmost) == 3 && digits(rightmost) == 4;
}

// A word with a capital inside it ("iPhone", "macOS", "PlayStation") names a
// product: the number after it is part of the name.
bool product_word(std::string_view w) {
  for (std::size_t k = 1; k < w.size(); ++k) {
    const bool upper = w[k] >= 'A' && w[k] <= 'Z';
    const bool lower_before = w[k - 1] >= 'a' && w[k - 1] <= 'z';
    if (upper && lower_before) return true;
  }
  return false;
}

// "Llama 4", "Windows 11", "section 3", "No. 5", "iPhone 17".
bool names_before(const TokenStream& t, std::size_t i) {
  if (i == 0) return false;
  if (name_words().match_before(t, i)) return true;
  // "No. 5": the phrase table reads "no" once the dot is set aside.
  if (t.is_symbol(i - 1, '.') && name_words().match_before(t, i - 1)) return true;
  return t.is_word(i - 1) && product_word(t.text(i - 1));
}

}  // namespace

std::optional<Found> match_count(const Scan& scan, std::size_t i) {
  const TokenStream& t = scan.tokens;
  scan.count();
  if (!may_start_number(t, i) || glued_before(t, i) || names_before(t, i)) return std::nullopt;
  NumberOptions options;
  options.allow_ordinal = true;  // read so that an ordinal is recognised and refused
  const auto n = match_number(scan, i, options);
  if (!n || n->ordinal) return std::nullopt;
  const std::size_t digits_first = t.is_digits(n->first) ? n->first : n->first + 1;
  if (glued_after(t, n->last) || citation(t, n->first, n->last)) return std::nullopt;
  if (t.is_digits(digits_first) && phone_like(scan, digits_first, n->last)) return std::nullopt;

  Found f;
  f.first = n->first;
  f.last = n->last;
  f.mention.kind = Kind::number;
  f.mention.value = Count{n->value};
  const auto q = qualifier_before(t, i);
  apply_qualifier(f.mention, n->value, n->precision, q ? q->qualifier : Qualifier::none);
  if (!n->value.ok()) {
    f.mention.problem = "number out of range: more than 18 significant digits or beyond 10^300";
  }
  return f;
}

}  // namespace claimcheck::detail
