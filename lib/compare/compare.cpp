// The compare stage. Claims are blocked by (kind, attribute, basis, unit),
// grouped within a block by subject, object and period (an unknown field is
// compatible; a claim that fits several groups is left out), and each group
// is split into clusters of values that can all hold at once. More than one cluster is a
// discrepancy. Cost: one hash per claim and a sort per group — never all pairs.
#include <algorithm>
#include <bitset>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <deque>
#include <iterator>
#include <map>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "claimcheck/check.hpp"
#include "compare/claim_store.hpp"
#include "data.hpp"
#include "extract/document_extract.hpp"
#include "frame/frame_tokens.hpp"
#include "io/ordered_pool.hpp"
#include "report/evidence.hpp"

namespace claimcheck {
namespace {

// Currencies written with a dollar sign compare with a bare "$".
bool is_dollar(std::string_view c) {
  return c == "$" || c == "USD" || c == "CAD" || c == "AUD" || c == "NZD" || c == "HKD" ||
         c == "SGD" || c == "TWD" || c == "MXN";
}

// Two currencies that may be the same: equal, or a bare symbol and a code it covers.
bool currencies_compatible(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (a == "$" || b == "$") return is_dollar(a) && is_dollar(b);
  if (a == "£" || b == "£") return (a == "GBP" || b == "GBP");
  if (a == "¥" || b == "¥") return (a == "JPY" || b == "JPY" || a == "CNY" || b == "CNY");
  return false;
}

std::string unit_key(const Mention& m) {
  if (const auto* p = std::get_if<Percent>(&m.value)) {
    // Basis points and percentage points measure one thing.
    std::string unit = p->unit == PercentUnit::percent ? "percent" : "point";
    return p->change ? unit + " change" : unit;
  }
  return {};
}

// The value compared, in a common unit (basis points as percentage points).
Decimal comparable(const Decimal& v, const Mention& m) {
  if (const auto* p = std::get_if<Percent>(&m.value); p && p->unit == PercentUnit::basis_point) {
    return v.shifted(-2);
  }
  return v;
}

// A day as a number (days since 1970-01-01), for comparing dates.
Decimal day_number(const std::chrono::year_month_day& d) {
  return Decimal::from_parts(std::chrono::sys_days(d).time_since_epoch().count(), 0);
}

// Seconds in one unit of a length of time: the shortest and longest such
// unit (a month is 28 to 31 days, a year 365 or 366) and a nominal one.
struct UnitSeconds {
  std::int64_t shortest = 0, nominal = 0, longest = 0;
};

std::optional<UnitSeconds> unit_seconds(char unit) {
  constexpr std::int64_t day = 86400;
  switch (unit) {
    case 'Y':
      return UnitSeconds{365 * day, 31557600, 366 * day};
    case 'M':
      return UnitSeconds{28 * day, 2629800, 31 * day};
    case 'W':
      return UnitSeconds{7 * day, 7 * day, 7 * day};
    case 'D':
      return UnitSeconds{day, day, day};
    case 'h':
      return UnitSeconds{3600, 3600, 3600};
    case 'm':
      return UnitSeconds{60, 60, 60};
    case 's':
      return UnitSeconds{1, 1, 1};
    default:
      return std::nullopt;
  }
}

// Whether a claim's value can be compared at all: a date needs its days
// (not "December 30" with no year known), a length of time a known unit.
bool measurable(const Claim& c) {
  if (!c.mention.ok()) return false;
  if (const auto* d = std::get_if<Date>(&c.mention.value)) {
    return d->ok() && d->first_day && d->last_day;
  }
  if (const auto* d = std::get_if<Duration>(&c.mention.value)) {
    return unit_seconds(d->unit).has_value();
  }
  return true;
}

Decimal value_of(const Claim& c) {
  const Mention& m = c.mention;
  if (const auto* v = std::get_if<Money>(&m.value)) return v->amount;
  if (const auto* v = std::get_if<Percent>(&m.value)) return comparable(v->value, m);
  if (const auto* v = std::get_if<Count>(&m.value)) return v->value;
  if (const auto* v = std::get_if<Date>(&m.value); v && v->first_day)
    return day_number(*v->first_day);
  if (const auto* v = std::get_if<Duration>(&m.value)) {
    if (const auto u = unit_seconds(v->unit)) return v->amount.times(u->nominal);
  }
  return {};
}

// A date allows every day from its first to its last ("2025" holds
// "2025-01"); a length of time allows its stated interval in the shortest
// to the longest of its units ("two months" is 56 to 62 days).
Interval interval_of(const Claim& c) {
  if (const auto* v = std::get_if<Date>(&c.mention.value)) {
    Interval i;
    if (v->first_day) i.low = day_number(*v->first_day);
    if (v->last_day) i.high = day_number(*v->last_day);
    return i;
  }
  Interval i = c.mention.interval;
  if (const auto* v = std::get_if<Duration>(&c.mention.value)) {
    const auto u = unit_seconds(v->unit);
    if (!u) return {};
    if (i.low) i.low = i.low->times(u->shortest);
    if (i.high) i.high = i.high->times(u->longest);
    return i;
  }
  if (i.low) i.low = comparable(*i.low, c.mention);
  if (i.high) i.high = comparable(*i.high, c.mention);
  return i;
}

// What the comparison uses of a claim: its value and interval, in a common unit.
struct Measure {
  Decimal value;
  Interval interval;
  bool whole = false;  // an exact count of things (whole_count)
};

// A count of things stated exactly ("two dissented", "318 homes"): its
// interval is rounding's half unit, and two such counts one apart ("two"
// and "three") only touch — they do not agree.
bool whole_count(const Claim& c) {
  const Mention& m = c.mention;
  return m.kind == Kind::number && !m.approx && m.bound == Bound::none && !m.range &&
         value_of(c).is_integer();
}

Measure measure_of(const Claim& c) {
  return {value_of(c), interval_of(c), whole_count(c)};
}

std::vector<Measure> measures_of(const std::vector<Claim>& group) {
  std::vector<Measure> m;
  m.reserve(group.size());
  for (const Claim& c : group) m.push_back(measure_of(c));
  return m;
}

std::string currency_of(const Claim& c) {
  if (const auto* v = std::get_if<Money>(&c.mention.value)) return v->currency;
  return {};
}

// Two periods that may be the same: one TIMEX, or one within the other
// ("June 2022" within "2022").
bool periods_compatible(const Date& a, const Date& b) {
  if (a.timex == b.timex) return true;
  if (!a.first_day || !a.last_day || !b.first_day || !b.last_day) return false;
  // A quarter's or half's figure is not the year's: "grew 2.8% in the second
  // quarter" is another fact than "3.4% for 2025".
  const auto whole_year = [](const Date& d) { return d.timex.size() == 4; };
  if ((a.part_of_year() && whole_year(b)) || (b.part_of_year() && whole_year(a))) return false;
  const bool a_in_b = *b.first_day <= *a.first_day && *a.last_day <= *b.last_day;
  const bool b_in_a = *a.first_day <= *b.first_day && *b.last_day <= *a.last_day;
  return a_in_b || b_in_a;
}

// The digits of an amount in order ("140000" → "000014"), for amounts and
// counts of at least two different digits; else empty. Two values of one
// signature are one figure with its digits transposed (410,000 written
// 140,000, 37 written 73), a slip of the same fact rather than two sizes.
std::string digit_signature(const Claim& c) {
  if (c.mention.kind != Kind::money && c.mention.kind != Kind::number) return {};
  std::string digits;
  for (const char ch : value_of(c).to_string()) {
    if (ch >= '0' && ch <= '9') digits += ch;
  }
  std::sort(digits.begin(), digits.end());
  const auto nonzero = digits.find_first_not_of('0');
  if (nonzero == std::string::npos ||
      digits.find_first_not_of(digits[nonzero], nonzero) == std::string::npos) {
    return {};
  }
  return digits;
}

// Whether a document names a word (lower-cased, a capitalised word of its
// text): a small filter per document, for the topics of other documents.
// A false "yes" (about 2 % for a document of 100 names, 20 % for 300) only lets two
// stories' unnamed claims meet; a "no" is always right.
class NameFilter {
 public:
  void add(std::string_view word) noexcept {
    const std::size_t h = std::hash<std::string_view>{}(word);
    for (std::size_t k = 0; k < kProbes; ++k) bits_.set(probe(h, k));
  }
  bool may_contain(std::string_view word) const noexcept {
    const std::size_t h = std::hash<std::string_view>{}(word);
    for (std::size_t k = 0; k < kProbes; ++k) {
      if (!bits_.test(probe(h, k))) return false;
    }
    return true;
  }

 private:
  static constexpr std::size_t kBits = 1024;  // 128 bytes a document
  static constexpr std::size_t kProbes = 3;
  static std::size_t probe(std::size_t h, std::size_t k) noexcept {
    return (h + k * ((h >> 17) | 1)) % kBits;
  }
  std::bitset<kBits> bits_;
};

// The name filters of the documents that have claims of their topic or of
// no subject: every entity key is a capitalised word of its text, so the
// filter answers for the entities its claims name too.
class DocumentNames {
 public:
  void keep(std::size_t doc, std::optional<NameFilter> filter) {
    if (!filter) return;
    if (filters_.size() <= doc) filters_.resize(doc + 1);
    filters_[doc] = std::move(*filter);
  }
  bool names(std::size_t doc, std::string_view word) const {
    return doc < filters_.size() && filters_[doc] && filters_[doc]->may_contain(word);
  }

 private:
  std::vector<std::optional<NameFilter>> filters_;
};

// What a group of claims knows of its fact: the subject and object seen,
// and every distinct period stated.
struct GroupFacts {
  std::string subject, object;
  std::string qualifier;  // the one its members state, if any
  std::string label;      // likewise: "phase 3"
  // The subject a member states itself, and the topics of the documents
  // whose members name none: another document may name the story otherwise
  // ("Carrow Heads", "Cyclone Orla", "Australia").
  std::string stated_subject;
  std::set<std::string> topics;
  std::set<std::pair<std::size_t, std::string>> topic_docs;  // (document, its topic)
  std::vector<Date> periods;
  std::vector<std::size_t> members;               // indices into the block's claims
  double smallest = 0, largest = 0;               // sizes of the members' values
  std::vector<Mention> anchors;                   // of dates: the amounts they date
  std::optional<std::chrono::year> undated_from;  // earliest year an undated member was reported
  // The first and last days undated members were reported on.
  std::optional<std::chrono::sys_days> undated_first, undated_last;
  std::vector<std::string> signatures;  // digit_signature of the members
};

// Two fields stated both and unlike: a qualifier or label that one claim
// leaves unsaid is no evidence of another fact.
bool stated_apart(std::string_view a, std::string_view b) {
  return !a.empty() && !b.empty() && a != b;
}

// An undated claim is about the time of its report: it is no statement of a
// fact dated to an earlier year ("Acme will cut 1,200 jobs" in 2025 is not
// the "800 jobs last year").
bool before_year(const Date& period, std::chrono::year y) {
  return period.last_day && period.last_day->year() < y;
}

// Two amounts that dates are anchored to may be one: same kind and unit,
// compatible currencies, intervals that meet.
bool anchors_agree(const Mention& a, const Mention& b) {
  if (a.kind != b.kind || unit_key(a) != unit_key(b)) return false;
  const auto* ma = std::get_if<Money>(&a.value);
  const auto* mb = std::get_if<Money>(&b.value);
  if (ma && mb && !currencies_compatible(ma->currency, mb->currency)) return false;
  return a.interval.overlaps(b.interval);
}

// Reports of one fact that disagree still agree on its size: a value more
// than twice apart from a group's ("£3.15" a share against a "£4.2bn"
// offer) is no statement of its fact, even when nothing else tells them apart.
bool same_size(const Claim& c, const GroupFacts& g) {
  if (g.members.empty()) return true;
  const double v = std::abs(value_of(c).to_double());
  if (std::max(v, g.largest) <= 2 * std::min(v, g.smallest)) return true;
  const std::string sig = digit_signature(c);
  return !sig.empty() &&
         std::find(g.signatures.begin(), g.signatures.end(), sig) != g.signatures.end();
}

// A stated subject must be the group's, stated or its documents' topic. A
// subject filled in from a topic must be a stated one; it may differ from
// the topics of other documents when the stories are one: one of the
// documents names the other's topic ("Carrow Heads" in the piece about
// Cyclone Orla). Two stories of a feed that never name each other's topic
// are about two things.
bool subject_fits(const Claim& c, const GroupFacts& g, const DocumentNames& names) {
  // An amount that names no one is not about an entity its document's
  // amounts never name: "the 25-year deal" in a piece about Rovers is not
  // Portsgate City's, named by another outlet.
  if (!c.subject.known() && !g.stated_subject.empty()) {
    return names.names(c.doc, g.stated_subject);
  }
  if (!c.subject.known() || g.subject.empty()) return true;
  if (!g.stated_subject.empty() && c.subject.key != g.stated_subject) return false;
  if (!c.subject_from_topic) return g.topics.empty() || g.topics.contains(c.subject.key);
  if (g.topics.empty() || g.topics.contains(c.subject.key)) return true;
  for (const auto& [doc, topic] : g.topic_docs) {
    if (names.names(c.doc, topic) || names.names(doc, c.subject.key)) return true;
  }
  return false;
}

// A claim fits a group when each field it states is the group's or the
// group does not state it: an unknown field is no evidence of another fact.
bool fits(const Claim& c, const GroupFacts& g, const DocumentNames& names) {
  // A date anchored to an amount dates that amount's fact only.
  if (!g.members.empty() && (c.anchor != nullptr) == g.anchors.empty()) return false;
  if (c.anchor) {
    for (const Mention& a : g.anchors) {
      if (!anchors_agree(*c.anchor, a)) return false;
    }
  }
  if (!subject_fits(c, g, names)) return false;
  if (c.object.known() && !g.object.empty() && c.object.key != g.object) return false;
  if (stated_apart(c.qualifier, g.qualifier) || stated_apart(c.label, g.label)) return false;
  if (c.period) {
    for (const Date& p : g.periods) {
      if (!periods_compatible(*c.period, p)) return false;
    }
  }
  return true;
}

// A quarter or half that ended well before a report is not what the
// report's undated figures are of: results come out within weeks of their
// quarter, so an undated "$612 million provision" in October is the third
// quarter's, not the "$575 million in the second quarter".
bool reported_quarter_past(const Date& period, const std::chrono::year_month_day& reported) {
  constexpr int kResultsLagDays = 100;
  if (!period.part_of_year() || !period.last_day) return false;
  const auto lag = std::chrono::sys_days(reported) - std::chrono::sys_days(*period.last_day);
  return lag.count() > kResultsLagDays;
}

// Whether a claim that fits a group by its fields is of its time: an
// undated claim is about the time of its report, not about an earlier year
// the group is dated to, and a claim dated to an earlier year is not what
// undated claims of the group report.
bool same_time(const Claim& c, const GroupFacts& g) {
  if (c.period) return !(g.undated_from && before_year(*c.period, *g.undated_from));
  // Undated figures reported more than a year apart are of two times: an
  // archive's "$28 million loss" of 1909 is not its "$55.8 million" of 1888.
  constexpr int kSameStoryDays = 365;
  if (c.reported && g.undated_first) {
    const std::chrono::sys_days day(*c.reported);
    if ((*g.undated_first - day).count() > kSameStoryDays ||
        (day - *g.undated_last).count() > kSameStoryDays) {
      return false;
    }
  }
  return !(c.reported && !g.periods.empty() &&
           std::all_of(g.periods.begin(), g.periods.end(), [&](const Date& p) {
             return before_year(p, c.reported->year()) || reported_quarter_past(p, *c.reported);
           }));
}

// Of the groups an undated claim fits, the one dated to its report's month
// when every other is of an earlier year: the claim is about the time of
// its report ("a recall of 140,000 SUVs" in March 2026 is this month's
// recall, not the one of 2023). groups.size() when there is none.
std::size_t current_group(const Claim& c, const std::vector<GroupFacts>& groups,
                          const DocumentNames& names) {
  if (c.period || !c.reported) return groups.size();
  const std::chrono::year_month now{c.reported->year(), c.reported->month()};
  std::size_t current = groups.size(), n = 0;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    if (!fits(c, groups[g], names)) continue;
    const bool this_month =
        std::any_of(groups[g].periods.begin(), groups[g].periods.end(), [&](const Date& p) {
          return p.first_day && p.last_day &&
                 std::chrono::year_month{p.first_day->year(), p.first_day->month()} == now &&
                 std::chrono::year_month{p.last_day->year(), p.last_day->month()} == now;
        });
    if (this_month) {
      current = g;
      ++n;
    } else if (same_time(c, groups[g])) {
      return groups.size();  // another group of its time: which one cannot be told
    }
  }
  return n == 1 ? current : groups.size();
}

void join(const Claim& c, std::size_t index, GroupFacts& g) {
  if (c.subject.known()) {
    if (g.subject.empty() || !c.subject_from_topic) g.subject = c.subject.key;
    if (c.subject_from_topic) {
      g.topics.insert(c.subject.key);
      g.topic_docs.insert({c.doc, c.subject.key});
    } else {
      g.stated_subject = c.subject.key;
    }
  }
  if (c.object.known()) g.object = c.object.key;
  if (!c.qualifier.empty()) g.qualifier = c.qualifier;
  if (!c.label.empty()) g.label = c.label;
  if (c.period && std::none_of(g.periods.begin(), g.periods.end(),
                               [&](const Date& p) { return p.timex == c.period->timex; })) {
    g.periods.push_back(*c.period);
  }
  const double v = std::abs(value_of(c).to_double());
  g.smallest = g.members.empty() ? v : std::min(g.smallest, v);
  g.largest = g.members.empty() ? v : std::max(g.largest, v);
  if (c.anchor) g.anchors.push_back(*c.anchor);
  g.signatures.push_back(digit_signature(c));
  if (!c.period && c.reported) {
    const std::chrono::year y = c.reported->year();
    if (!g.undated_from || y < *g.undated_from) g.undated_from = y;
    const std::chrono::sys_days day(*c.reported);
    if (!g.undated_first || day < *g.undated_first) g.undated_first = day;
    if (!g.undated_last || *g.undated_last < day) g.undated_last = day;
  }
  g.members.push_back(index);
}

std::size_t known_fields(const Claim& c) {
  return (c.subject.known() ? 1 : 0) + (c.object.known() ? 1 : 0) + (c.period ? 1 : 0) +
         (c.qualifier.empty() ? 0 : 1);
}

// Whether all of a group's values are less than half a claim's: the claim
// is no part of that group's fact (a part is smaller than its whole), and
// the group at most a part of the claim's.
bool smaller_group(const Claim& c, const GroupFacts& g) {
  return !g.members.empty() && 2 * g.largest < std::abs(value_of(c).to_double());
}

// Groups one block's claims by fact. Claims stating more are placed first;
// a claim joins the one group it fits, starts a group when it fits none,
// and is left out when it fits several (which fact it is about cannot be
// told). Once all are placed, a claim with an unknown field that now fits
// another group too is left out as well, unless all that group's values are
// under half its own (it cannot be a part of that group's fact).
struct Cluster {
  Interval common;                   // what all its values allow
  std::vector<std::size_t> members;  // indices into the group
};

// Sorted by low end, a sweep keeps the running intersection; a value that
// cannot share it starts a new cluster.
std::vector<Cluster> clusters_of(const std::vector<Measure>& measures) {
  std::vector<std::size_t> order(measures.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<Interval> intervals;
  intervals.reserve(measures.size());
  for (const Measure& m : measures) intervals.push_back(m.interval);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto& la = intervals[a].low;
    const auto& lb = intervals[b].low;
    if (!la || !lb) return !la && lb;
    return *la < *lb;
  });
  std::vector<Cluster> clusters;
  bool all_whole = false;  // the last cluster's members are all whole counts
  for (const std::size_t i : order) {
    const Interval& v = intervals[i];
    const bool touching = !clusters.empty() && all_whole && measures[i].whole &&
                          clusters.back().common.high && v.low &&
                          *clusters.back().common.high == *v.low;
    if (!clusters.empty() && clusters.back().common.overlaps(v) && !touching) {
      all_whole = all_whole && measures[i].whole;
      Interval& c = clusters.back().common;
      if (v.low && (!c.low || *c.low < *v.low)) c.low = v.low;
      if (v.high && (!c.high || *v.high < *c.high)) c.high = v.high;
      clusters.back().members.push_back(i);
    } else {
      clusters.push_back({v, {i}});
      all_whole = measures[i].whole;
    }
  }
  return clusters;
}

// Claims of one document that nothing tells apart yet disagree are two
// facts, not a contradiction, when nobody is named ("officials see 3.9%",
// "economists expect 3.6%") or when they are dates or lengths of time (an
// article giving "60 days to comply" and "30 days to appeal" names two
// deadlines): such claims of a document are left out of their block. A
// live article that changes a named amount ("Meta's $14.3 billion", later
// "$14.8 billion") is still a contradiction.
std::vector<std::size_t> without_unsorted_facts(const std::vector<Claim>& claims,
                                                const std::vector<std::size_t>& members) {
  std::map<std::pair<std::size_t, bool>, std::vector<std::size_t>> by_doc;
  for (const std::size_t i : members) {
    const Claim& c = claims[i];
    const bool time = c.mention.kind == Kind::date || c.mention.kind == Kind::duration;
    const bool vague = !c.subject.known() && !c.object.known();
    if (time) {
      by_doc[{c.doc, false}].push_back(i);  // named or not
    } else if (vague) {
      by_doc[{c.doc, true}].push_back(i);
    }
  }
  // Claims dated to periods that cannot be one ("rose to 21 on Thursday",
  // "had reported 12 deaths on Tuesday") are told apart by their dates: the
  // claims of a document are taken in sets joined by periods that may be
  // the same (an undated claim joins every set) and by qualifiers that may
  // be, and a set is left out only when its own values disagree.
  std::set<std::size_t> dropped;
  for (const auto& [doc, indices] : by_doc) {
    if (indices.size() < 2) continue;
    std::vector<std::size_t> set_of(indices.size());
    for (std::size_t a = 0; a < indices.size(); ++a) set_of[a] = a;
    const auto root = [&](std::size_t a) {
      while (set_of[a] != a) a = set_of[a];
      return a;
    };
    for (std::size_t a = 0; a < indices.size(); ++a) {
      for (std::size_t b = a + 1; b < indices.size(); ++b) {
        const Claim& x = claims[indices[a]];
        const Claim& y = claims[indices[b]];
        // Narrowed otherwise ("the annual rate" and "the mortgage rate"),
        // they are two facts.
        if (stated_apart(x.qualifier, y.qualifier) || stated_apart(x.label, y.label)) continue;
        if (!x.period || !y.period || periods_compatible(*x.period, *y.period)) {
          set_of[root(b)] = root(a);
        }
      }
    }
    std::map<std::size_t, std::vector<std::size_t>> sets;
    for (std::size_t a = 0; a < indices.size(); ++a) sets[root(a)].push_back(indices[a]);
    for (const auto& [r, set] : sets) {
      if (set.size() < 2) continue;
      std::vector<Measure> measures;
      for (const std::size_t i : set) measures.push_back(measure_of(claims[i]));
      if (clusters_of(measures).size() > 1) dropped.insert(set.begin(), set.end());
    }
  }
  std::vector<std::size_t> kept;
  for (const std::size_t i : members) {
    if (!dropped.contains(i)) kept.push_back(i);
  }
  return kept;
}

// What a market puts on a share or a company changes by the minute: two such
// figures are one fact only when each says when it held ("a market value of
// $7.2 billion at the offer price" and "$10.3 billion by Thursday's close").
bool moves_by_the_moment(std::string_view attribute) {
  return attribute == "market_value" || attribute == "market_price";
}

// Whether a claim that names no qualifier stands in a document that states
// the same attribute narrowed, at another value: "the average five-year
// fixed mortgage rate: 3.89%" and, later, "the policy rate at 2.25%". The
// writer would have narrowed it alike were it the same fact; which fact it
// is cannot be told, so it is left out.
bool unqualified_other_value(const Claim& c,
                             const std::map<std::size_t, std::vector<const Claim*>>& qualified) {
  if (!c.qualifier.empty()) return false;
  const auto it = qualified.find(c.doc);
  if (it == qualified.end()) return false;
  return std::any_of(it->second.begin(), it->second.end(),
                     [&](const Claim* q) { return !interval_of(*q).overlaps(interval_of(c)); });
}

std::vector<std::vector<std::size_t>> group_block(const std::vector<Claim>& claims,
                                                  const std::vector<std::size_t>& all_members,
                                                  const DocumentNames& names) {
  const std::vector<std::size_t> members = without_unsorted_facts(claims, all_members);
  std::vector<std::size_t> order = members;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return known_fields(claims[a]) > known_fields(claims[b]);
  });
  // A claim of no stated entity joins a group but never starts one, unless
  // no claim of the block names an entity: then the block's claims are all
  // about the one event the documents report ("the magnitude 6.9 quake").
  const bool block_names_entities = std::any_of(members.begin(), members.end(), [&](std::size_t i) {
    return claims[i].subject.known() || claims[i].object.known();
  });
  std::map<std::size_t, std::vector<const Claim*>> qualified_by_doc;
  for (const std::size_t i : members) {
    if (!claims[i].qualifier.empty()) qualified_by_doc[claims[i].doc].push_back(&claims[i]);
  }
  std::vector<GroupFacts> groups;
  for (const std::size_t i : order) {
    const Claim& c = claims[i];
    const bool vague = block_names_entities && !c.subject.known() && !c.object.known();
    // A change is measured between two times: without its period it cannot
    // be told to be the same change as another ("shares rose 5%").
    if (const auto* p = std::get_if<Percent>(&c.mention.value); p && p->change && !c.period) {
      continue;
    }
    // So is an expected amount: "economists expect the rate at 9.00%" and
    // "at 9.75% in May" may be of two decisions and are of two forecasters.
    // (An expected date, "to close in Q4 2026", is its own time.)
    if (c.basis == "forecast" && !c.period && c.mention.kind != Kind::date) continue;
    if (moves_by_the_moment(c.attribute) && !c.period) continue;
    if (unqualified_other_value(c, qualified_by_doc)) continue;
    std::vector<std::size_t> fitting_groups;
    for (std::size_t g = 0; g < groups.size(); ++g) {
      if (fits(c, groups[g], names)) fitting_groups.push_back(g);
    }
    std::size_t fitting = fitting_groups.size();
    std::size_t fit = fitting == 0 ? groups.size() : fitting_groups.back();
    if (fitting > 1) {
      if (const std::size_t g = current_group(c, groups, names); g != groups.size()) {
        fit = g;
        fitting = 1;
      }
    }
    // Of several groups it fits by its fields, one may be the only one of its
    // size and time: "$30 a share" is no statement of the "$13.35 a share"
    // that buyers made on the first day.
    if (fitting > 1) {
      std::size_t well = groups.size(), fitting_well = 0;
      for (const std::size_t g : fitting_groups) {
        if (same_size(c, groups[g]) && same_time(c, groups[g])) {
          well = g;
          ++fitting_well;
        }
      }
      if (fitting_well == 1) {
        fit = well;
        fitting = 1;
      }
    }
    // A claim that fits one group by its fields but not by the size of its
    // value or by its time is about another fact: it starts a group of its
    // own (a claim that fits several is left out whatever its size or time).
    if (fitting == 1 && same_size(c, groups[fit]) && same_time(c, groups[fit])) {
      join(c, i, groups[fit]);
    } else if (fitting <= 1 && !vague) {
      groups.emplace_back();
      join(c, i, groups.back());
    }
  }
  std::vector<std::vector<std::size_t>> out;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    std::vector<std::size_t> kept;
    for (const std::size_t i : groups[g].members) {
      const Claim& c = claims[i];
      bool elsewhere = false;
      if (known_fields(c) < 3) {
        for (std::size_t h = 0; h < groups.size() && !elsewhere; ++h) {
          elsewhere = h != g && fits(c, groups[h], names) && current_group(c, groups, names) != g &&
                      !smaller_group(c, groups[h]);
        }
      }
      if (!elsewhere) kept.push_back(i);
    }
    std::sort(kept.begin(), kept.end());
    if (!kept.empty()) out.push_back(std::move(kept));
  }
  // Groups in the order their first claims were read.
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a[0] < b[0]; });
  return out;
}

// The name a group's claims most often give its entity (the longer on a tie:
// "Scale AI" over "Scale"); a name filled in from the document's topic counts
// like any other, so "Meta" stays "Meta" when one run said "Meta's new lab".
std::string display_name(const std::vector<Claim>& group, bool subject) {
  std::map<std::string_view, std::size_t> uses;
  for (const Claim& c : group) {
    const Entity& e = subject ? c.subject : c.object;
    if (!e.name.empty()) ++uses[e.name];
  }
  std::string best;
  std::size_t best_uses = 0;
  for (const auto& [name, n] : uses) {
    if (n > best_uses || (n == best_uses && name.size() > best.size())) {
      best = std::string(name);
      best_uses = n;
    }
  }
  if (best.empty()) {
    for (const Claim& c : group) {
      const Entity& e = subject ? c.subject : c.object;
      if (e.known()) return e.key;
    }
  }
  return best;
}

FactKey key_of(const std::vector<Claim>& group) {
  const Claim& c = group.front();
  FactKey k;
  k.kind = c.mention.kind;
  k.attribute = c.attribute;
  for (const Claim& g : group) {
    if (k.qualifier.empty()) k.qualifier = g.qualifier;
    if (k.label.empty()) k.label = g.label;
  }
  k.subject = display_name(group, true);
  k.object = display_name(group, false);
  for (const Claim& g : group) {
    if (g.period) {
      k.period = g.period->timex;
      break;
    }
  }
  k.basis = c.basis;
  k.unit = unit_key(c.mention);
  if (k.kind == Kind::money) {
    for (const Claim& g : group) {
      const std::string cur = currency_of(g);
      if (k.unit.empty() || k.unit == "$" || k.unit == "£") k.unit = cur;
    }
  }
  return k;
}

// A document that gives two values for one fact and was not updated as news
// came in most often states two facts that the frame could not tell apart
// ("the new deal, worth $1.83 billion" and "the current contract, valued at
// $990 million"). Its values conflict only with other sources, or when it is
// a live document whose updates revise them.
bool static_only_source(const std::vector<Claim>& group, const std::deque<SourceStatus>& sources) {
  const std::size_t doc = group.front().doc;
  for (const Claim& c : group) {
    if (c.doc != doc) return false;
  }
  return !sources[doc].updated;
}

// Values stated in one sentence only ("rose to $5.2 billion from $4.8
// billion") describe a change, not a contradiction.
bool across_sentences(const std::vector<Claim>& group) {
  std::set<std::pair<std::size_t, std::size_t>> sentences;
  for (const Claim& c : group) sentences.insert({c.doc, c.sentence_start});
  return sentences.size() > 1;
}

Discrepancy make_discrepancy(std::vector<Claim> group, const std::vector<Measure>& measures,
                             const std::vector<Cluster>& clusters,
                             const std::deque<SourceStatus>& sources,
                             const std::map<std::string, double>& priors) {
  Discrepancy d;
  d.key = key_of(group);
  d.cluster.assign(group.size(), 0);
  // Consensus: the cluster backed by the most (prior-weighted) independent
  // sources; one outlet's several versions count once.
  double best_weight = -1;
  std::size_t best_count = 0;
  for (std::size_t c = 0; c < clusters.size(); ++c) {
    std::set<std::string> outlets;
    for (const std::size_t i : clusters[c].members) {
      d.cluster[i] = static_cast<int>(c);
      const SourceStatus& s = sources[group[i].doc];
      outlets.insert(s.source.empty() ? s.id : s.source);
    }
    double weight = 0;
    for (const auto& o : outlets) {
      const auto it = priors.find(o);
      weight += it == priors.end() ? 1.0 : it->second;
    }
    const std::size_t count = clusters[c].members.size();
    if (weight > best_weight || (weight == best_weight && count > best_count)) {
      best_weight = weight;
      best_count = count;
      d.consensus_cluster = c;
      d.support_sources = outlets.size();
    }
  }
  const Cluster& consensus = clusters[d.consensus_cluster];
  std::vector<std::pair<Decimal, std::size_t>> values;
  for (const std::size_t i : consensus.members) values.emplace_back(measures[i].value, i);
  std::stable_sort(values.begin(), values.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  d.consensus_value = values[values.size() / 2].first;
  d.consensus_member = values[values.size() / 2].second;
  d.support = consensus.members.size();
  d.against = group.size() - d.support;

  const double centre = d.consensus_value.to_double();
  std::set<std::size_t> docs_in_consensus, docs_elsewhere;
  d.severity = Severity::warning;
  for (std::size_t i = 0; i < group.size(); ++i) {
    const bool in = static_cast<std::size_t>(d.cluster[i]) == d.consensus_cluster;
    (in ? docs_in_consensus : docs_elsewhere).insert(group[i].doc);
    if (in) continue;
    const double v = measures[i].value.to_double();
    const double rel = centre != 0 ? std::abs(v - centre) / std::abs(centre) : 1.0;
    d.relative_difference = std::max(d.relative_difference, rel);
    // Well beyond the stated precision: the gap is more than twice the width
    // of the wider of the two intervals.
    const Interval& a = measures[i].interval;
    const Interval& b = consensus.common;
    if (a.low && a.high && b.low && b.high) {
      const double width = std::max(a.high->to_double() - a.low->to_double(),
                                    b.high->to_double() - b.low->to_double());
      // An exact count has no rounding: any other count is well beyond it.
      const bool counts = measures[i].whole && measures[d.consensus_member].whole;
      if (std::abs(v - centre) > 2 * width || counts) d.severity = Severity::error;
    } else {
      d.severity = Severity::error;
    }
  }
  for (const std::size_t doc : docs_elsewhere) {
    d.self_contradiction = d.self_contradiction || docs_in_consensus.contains(doc);
    d.outliers.push_back(sources[doc].id);
  }
  d.values = std::move(group);
  return d;
}

// Money converted to US dollars through the user's rates (units per USD),
// widened by 2 % either way: rates move between the days reports were
// written. Nothing when a currency has no rate; a bare "$" counts as USD.
std::optional<std::vector<Measure>> in_usd(const std::vector<Claim>& group,
                                           const std::map<std::string, double>& rates) {
  std::vector<Measure> out;
  for (const Claim& c : group) {
    std::string cur = currency_of(c);
    if (cur == "$") cur = "USD";
    const auto it = rates.find(cur);
    const double rate = cur == "USD" && it == rates.end() ? 1.0
                        : it == rates.end()               ? 0.0
                                                          : it->second;
    if (rate <= 0) return std::nullopt;
    const auto convert = [&](const Decimal& d, double widen) {
      return Decimal::from_double(d.to_double() / rate * widen, 12);
    };
    Measure m;
    m.value = convert(value_of(c), 1.0);
    const Interval i = interval_of(c);
    if (i.low) m.interval.low = convert(*i.low, 0.98);
    if (i.high) m.interval.high = convert(*i.high, 1.02);
    out.push_back(std::move(m));
  }
  return out;
}

// Splits a group by currency; groups in several currencies are compared
// only through the user's rates (converted to USD), else not at all.
std::vector<std::vector<Claim>> split_by_currency(std::vector<Claim> group, bool& several) {
  std::vector<std::vector<Claim>> parts;
  // Most groups are in one currency (or none): kept whole, not copied claim
  // by claim into a part that grows by doubling. Each claim is compared with
  // the first part's first claim below, so this is the same split.
  const std::string first = group.empty() ? std::string() : currency_of(group.front());
  if (std::all_of(group.begin(), group.end(),
                  [&](const Claim& c) { return currencies_compatible(first, currency_of(c)); })) {
    several = false;
    if (!group.empty()) parts.push_back(std::move(group));
    return parts;
  }
  for (Claim& c : group) {
    const std::string cur = currency_of(c);
    auto it = std::find_if(parts.begin(), parts.end(), [&](const std::vector<Claim>& p) {
      return currencies_compatible(currency_of(p.front()), cur);
    });
    if (it == parts.end()) {
      parts.push_back({std::move(c)});
    } else {
      it->push_back(std::move(c));
    }
  }
  several = parts.size() > 1;
  return parts;
}

// A bare "£" is the pound sterling, unless its document names another
// pound (Egyptian, Lebanese, Syrian, Sudanese ...), which English-language
// news writes with its own prefix, code or name (E£, LBP, "Egyptian pounds").
void resolve_pound(std::vector<Claim>& claims, std::string_view text) {
  const auto is_pound = [](const Claim& c) {
    const auto* m = std::get_if<Money>(&c.mention.value);
    return m && m->currency == "£";
  };
  if (std::none_of(claims.begin(), claims.end(), is_pound)) return;
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  static constexpr std::string_view other_pounds[] = {"e£",
                                                      "l£",
                                                      "s£",
                                                      "egp",
                                                      "lbp",
                                                      "syp",
                                                      "sdg",
                                                      "ssp",
                                                      "fkp",
                                                      "gip",
                                                      "shp",
                                                      "egyptian pound",
                                                      "lebanese pound",
                                                      "syrian pound",
                                                      "sudanese pound"};
  for (const std::string_view other : other_pounds) {
    for (std::size_t at = lower.find(other); at != std::string::npos;
         at = lower.find(other, at + 1)) {
      // Whole words only ("egp" in "legpress" is no code).
      const bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(lower[at - 1]));
      const std::size_t end = at + other.size();
      const bool ends =
          end >= lower.size() || !std::isalpha(static_cast<unsigned char>(lower[end]));
      if (starts && ends) return;
    }
  }
  for (Claim& c : claims) {
    if (is_pound(c)) std::get<Money>(c.mention.value).currency = "GBP";
  }
}

// The words of one type of the calendar lexicon ("month", "weekday").
std::set<std::string, std::less<>> calendar_names(std::string_view type) {
  std::set<std::string, std::less<>> names;
  for (const auto& row : detail::read_tsv(detail::data::calendar_words)) {
    if (row.size() > 1 && row[1] == type) names.emplace(row[0]);
  }
  return names;
}

// Drops a day written before a clock time at the start of a line: a month
// name or its abbreviation and a day number, either way round, and a comma
// ("Feb. 10, ", "10 February "). The line is left as it is otherwise.
void skip_day_before_time(std::string_view& line) {
  std::string_view rest = line;
  const auto word = [&] {
    std::size_t n = 0;
    while (n < rest.size() && std::isalpha(static_cast<unsigned char>(rest[n]))) ++n;
    const std::string_view w = rest.substr(0, n);
    rest.remove_prefix(n);
    if (!rest.empty() && rest.front() == '.') rest.remove_prefix(1);
    return w;
  };
  const auto number = [&] {
    std::size_t n = 0;
    while (n < rest.size() && n < 2 && std::isdigit(static_cast<unsigned char>(rest[n]))) ++n;
    rest.remove_prefix(n);
    return n > 0;
  };
  const auto spaces = [&] {
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == ',')) rest.remove_prefix(1);
  };
  // Month and weekday names and their abbreviations, from the calendar
  // lexicon.
  static const auto months = calendar_names("month");
  static const auto weekdays = calendar_names("weekday");
  const auto in = [](const std::set<std::string, std::less<>>& names, std::string_view w) {
    std::string lower(w);
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return names.contains(lower);
  };
  const auto is_month = [&](std::string_view w) { return in(months, w); };
  // A weekday may come first: "WED 11 FEB, 18:30".
  if (const std::string_view before = rest; in(weekdays, word())) {
    spaces();
  } else {
    rest = before;
  }
  if (!rest.empty() && std::isalpha(static_cast<unsigned char>(rest.front()))) {
    if (!is_month(word())) return;
    spaces();
    if (!number()) return;
  } else {
    if (!number()) return;
    spaces();
    if (!is_month(word())) return;
  }
  spaces();
  // Only when a time follows: "Feb. 10, 2026" is a dateline.
  if (rest.size() >= 4 && std::isdigit(static_cast<unsigned char>(rest[0])) &&
      (rest[1] == ':' || rest[1] == '.' ||
       (std::isdigit(static_cast<unsigned char>(rest[1])) && (rest[2] == ':' || rest[2] == '.')))) {
    line = rest;
  }
}

// Minutes after midnight when a line opens a live update with its time: a
// heading that is nothing but the time ("5:20 p.m.", "14:15", "Updated 10:40
// BST", "Updated: 8/30/2025, 1:50:10 AM") or a time set off by a dash before
// the update's text ("14:30 — The league confirms ...").
std::optional<int> update_time(std::string_view line) {
  const auto is_space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
  const auto skip_spaces = [&] {
    while (!line.empty() && is_space(line.front())) line.remove_prefix(1);
  };
  const auto take_digits = [&](std::size_t most) {
    std::size_t n = 0;
    int v = 0;
    while (n < most && n < line.size() && std::isdigit(static_cast<unsigned char>(line[n]))) {
      v = v * 10 + (line[n++] - '0');
    }
    line.remove_prefix(n);
    return n == 0 ? -1 : v;
  };
  const auto take_word = [&](std::string_view w) {
    if (line.size() < w.size()) return false;
    for (std::size_t i = 0; i < w.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(line[i])) != w[i]) return false;
    }
    line.remove_prefix(w.size());
    return true;
  };
  while (!line.empty() && line.back() != '\n' && is_space(line.back())) line.remove_suffix(1);
  // A mark before the heading: an emoji, a bullet, a bracket.
  while (!line.empty() &&
         (static_cast<unsigned char>(line.front()) >= 0x80 ||
          std::string_view("*#[(- \t").find(line.front()) != std::string_view::npos)) {
    line.remove_prefix(1);
  }
  // The day before the time: "Feb. 10, 6:15 a.m. ET", "10 February 14:05".
  skip_day_before_time(line);
  if (take_word("last updated") || take_word("updated") || take_word("update")) {
    while (!line.empty() && (is_space(line.front()) || line.front() == ':')) line.remove_prefix(1);
    // The day before the time: "8/30/2025, 1:50 AM", "2025-08-30 14:15".
    const std::size_t day_end = line.find_first_not_of("0123456789/-.");
    if (day_end != std::string_view::npos && day_end > 0 && day_end < line.size() &&
        line.substr(0, day_end).find_first_of("/-") != std::string_view::npos) {
      line.remove_prefix(day_end);
      if (!line.empty() && line.front() == ',') line.remove_prefix(1);
      skip_spaces();
      if (take_word("at ")) skip_spaces();
    }
  }
  int hour = take_digits(2);
  if (hour < 0 || line.empty() || (line.front() != ':' && line.front() != '.')) return std::nullopt;
  // "10.50" before text is as often a price as a time: a dot needs "am"/"pm"
  // or a line of its own.
  bool clock_certain = line.front() == ':';
  line.remove_prefix(1);
  if (line.size() < 2 || !std::isdigit(static_cast<unsigned char>(line[1]))) return std::nullopt;
  const int minute = take_digits(2);
  if (minute < 0 || minute > 59) return std::nullopt;
  if (line.size() >= 3 && line.front() == ':' &&
      std::isdigit(static_cast<unsigned char>(line[1]))) {
    line.remove_prefix(1);
    take_digits(2);  // seconds
  }
  skip_spaces();
  if (take_word("a.m.") || take_word("am")) {
    if (hour < 1 || hour > 12) return std::nullopt;
    hour %= 12;
    clock_certain = true;
  } else if (take_word("p.m.") || take_word("pm")) {
    if (hour < 1 || hour > 12) return std::nullopt;
    hour = hour % 12 + 12;
    clock_certain = true;
  }
  skip_spaces();
  // A time zone: a few capitals ("BST", "ET").
  std::size_t zone = 0;
  while (zone < line.size() && zone <= 4 && line[zone] >= 'A' && line[zone] <= 'Z') ++zone;
  if (zone >= 2 && zone <= 4 && (zone == line.size() || is_space(line[zone]))) {
    line.remove_prefix(zone);
    skip_spaces();
  }
  if (hour > 23) return std::nullopt;
  const int minutes = hour * 60 + minute;
  if (line.empty()) return minutes;
  if (!clock_certain) return std::nullopt;
  // The update's text after a dash or a bar.
  for (const std::string_view dash : {"\u2014", "\u2013", "-", "|"}) {
    if (line.starts_with(dash) && (line.size() == dash.size() || is_space(line[dash.size()]))) {
      return minutes;
    }
  }
  return std::nullopt;
}

// A live document's update headings: (offset of the line, its minutes), in
// text order; empty unless it has two or more.
std::vector<std::pair<std::size_t, int>> update_headings(std::string_view text) {
  std::vector<std::pair<std::size_t, int>> out;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t eol = std::min(text.find('\n', at), text.size());
    if (const auto minutes = update_time(text.substr(at, eol - at))) out.emplace_back(at, *minutes);
    at = eol + 1;
  }
  if (out.size() < 2) out.clear();
  return out;
}

// The capitalised words of a text, lower-cased.
NameFilter names_of(const detail::TokenStream& tokens) {
  NameFilter f;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const std::string_view w = tokens.text(k);
    if (tokens[k].type == detail::TokenType::word && w[0] >= 'A' && w[0] <= 'Z') {
      f.add(tokens.lower(k));
    }
  }
  return f;
}

// A quarter or half named without its year ("in the second quarter") is
// the latest such one begun by the report: in an October 2025 report the
// second quarter of 2025, in a February 2026 one the fourth of 2025.
std::optional<Date> part_of_year_before(const Date& period,
                                        const std::chrono::year_month_day& reported) {
  using namespace std::chrono;
  const std::string& x = period.timex;
  if (x.size() != 7 || !x.starts_with("XXXX-") || (x[5] != 'Q' && x[5] != 'H')) return {};
  const int n = x[6] - '0';
  const int months = x[5] == 'Q' ? 3 : 6;
  if (n < 1 || n * months > 12) return {};
  const unsigned first_month = static_cast<unsigned>((n - 1) * months + 1);
  const year y =
      month(first_month) <= reported.month() ? reported.year() : reported.year() - years(1);
  Date resolved = period;
  resolved.first_day = year_month_day(y / month(first_month) / day(1));
  resolved.last_day =
      year_month_day(y / month(first_month + static_cast<unsigned>(months) - 1) / last);
  resolved.timex = fmt::format("{:04}-{}{}", static_cast<int>(y), x[5], n);
  return resolved;
}

// One document's share of the work: what the report says of it and its claims.
struct DocumentResult {
  SourceStatus status;
  std::vector<Claim> claims;
  std::optional<NameFilter> names;  // when a claim's subject is the document's topic
};

DocumentResult examine(const CheckOptions& options, std::size_t doc, InputDocument input) {
  DocumentResult r;
  SourceStatus& s = r.status;
  s.id = input.doc.id;
  s.source = input.doc.source;
  s.origin = input.origin;
  if (input.doc.published) s.published = format_iso_date(*input.doc.published);
  s.rejected = input.rejected;
  s.reason = input.reason;
  if (input.rejected) {
    s.warnings = input.warnings;
    return r;
  }
  ExtractOptions base;
  base.reference_date = options.reference_date;
  const detail::ExtractedDocument extracted(input, base);
  const PreparedText& text = extracted.text;
  const ExtractResult& found = extracted.found;
  // The day the document reports as of: its own date, else the caller's.
  const auto reported = input.doc.published ? input.doc.published : options.reference_date;
  s.warnings = input.warnings;
  for (const auto& w : found.warnings) s.warnings.push_back("partial: " + w);
  s.mentions = found.mentions.size();
  std::vector<Claim> framed =
      detail::frame_tokens(text, extracted.tokens, found, options.lexicon, doc);
  resolve_pound(framed, text.normalized());
  // An amount with no subject of its own is taken to be about the entity
  // its document is about ("The company sold 30 million shares").
  for (Claim& c : framed) {
    if (!c.subject.known() && c.topic.known()) {
      c.subject = c.topic;
      c.subject_from_topic = true;
    }
  }
  for (Claim& c : framed) c.reported = reported;
  // A month named without its year is the latest such month up to the
  // report: "at its September meeting" in a November 2026 report is
  // September 2026, in a February 2027 one September 2026. Without a
  // report date it stays a period of its own.
  if (reported) {
    using namespace std::chrono;
    for (Claim& c : framed) {
      if (c.period && !c.period->first_day) {
        if (auto part = part_of_year_before(*c.period, *reported)) {
          c.period = std::make_shared<const Date>(std::move(*part));
          continue;
        }
      }
      if (!c.period || c.period->first_day || c.period->timex.size() != 7 ||
          !c.period->timex.starts_with("XXXX-")) {
        continue;
      }
      const int m = std::atoi(c.period->timex.c_str() + 5);
      if (m < 1 || m > 12) continue;
      const year_month_day ref = *reported;
      const year y =
          month(static_cast<unsigned>(m)) <= ref.month() ? ref.year() : ref.year() - years(1);
      const year_month ym = y / month(static_cast<unsigned>(m));
      Date resolved = *c.period;  // periods are shared and immutable: a new one
      resolved.first_day = year_month_day(ym / day(1));
      resolved.last_day = year_month_day(ym / last);
      resolved.timex = fmt::format("{:04}-{:02}", static_cast<int>(y), m);
      c.period = std::make_shared<const Date>(std::move(resolved));
    }
  }
  // A toll rises as counting goes on: a count of the dead, injured, missing,
  // displaced, or of homes destroyed or damaged, with no date of its own is the count as of its
  // report, and in a live document as of its update (what comes before the first update heading,
  // the headline and summary, is as of the latest).
  const auto headings = update_headings(text.original());
  s.updated = !headings.empty();
  if (reported) {
    Date date;
    date.timex = format_iso_date(*reported);
    date.first_day = date.last_day = *reported;
    const auto as_of = std::make_shared<const Date>(std::move(date));
    std::map<int, std::shared_ptr<const Date>> at_time;
    int latest = 0;
    for (const auto& h : headings) latest = std::max(latest, h.second);
    const auto as_of_update = [&](std::size_t offset) {
      int minutes = latest;
      for (const auto& h : headings) {
        if (h.first <= offset) minutes = h.second;
      }
      auto& d = at_time[minutes];
      if (!d) {
        Date timed;  // no days: only the same update's time is the same period
        timed.timex = fmt::format("{}T{:02}:{:02}", as_of->timex, minutes / 60, minutes % 60);
        d = std::make_shared<const Date>(std::move(timed));
      }
      return d;
    };
    for (Claim& c : framed) {
      const bool toll = c.attribute == "deaths" || c.attribute == "injured" ||
                        c.attribute == "missing" || c.attribute == "displaced" ||
                        c.attribute == "destroyed" || c.attribute == "damaged";
      if (!toll || c.period || c.mention.kind != Kind::number) continue;
      c.period = headings.empty() ? as_of : as_of_update(c.mention.start);
    }
  }
  for (Claim& c : framed) {
    if (c.attribute.empty() || !measurable(c)) continue;
    // A price target is one analyst's view: analysts differ, and that is
    // no contradiction ("a price target of 470 rupees", "a target of ₹510").
    if (c.attribute == "price" && c.basis == "target") continue;
    // A share's price moves all day: a quote with no day stated ("jumped
    // 58% to $37.55 in premarket trading") is of a moment no other report
    // need share.
    if (c.attribute == "market_price" && !(c.period && c.period->one_day())) {
      continue;
    }
    ++s.claims;
    r.claims.push_back(std::move(c));
  }
  // Which names the document holds, for claims of its topic or of no
  // subject: whose other documents' facts they can be.
  if (std::any_of(r.claims.begin(), r.claims.end(),
                  [](const Claim& c) { return c.subject_from_topic || !c.subject.known(); })) {
    r.names = names_of(extracted.tokens);
  }
  detail::note_positions(text.original(), r.claims, options.keep_texts, s);  // for the writers
  return r;
}

// Reports of one fact that disagree still agree on its size: values more
// than twice apart ("two employees" and "10,000 staff") are not taken for
// statements of one fact.
// A value whose digits transpose another's is taken at the other's size.
bool same_order(const std::vector<Measure>& measures, const std::vector<std::string>& signatures) {
  double low = 0, high = 0;
  bool first = true;
  for (std::size_t i = 0; i < measures.size(); ++i) {
    const double v = std::abs(measures[i].value.to_double());
    double size = v;
    for (std::size_t j = 0; j < measures.size(); ++j) {
      if (!signatures[i].empty() && signatures[j] == signatures[i]) {
        size = std::max(size, std::abs(measures[j].value.to_double()));
      }
    }
    if (first || size < low) low = size;
    if (first || v > high) high = v;
    first = false;
  }
  return high <= 2 * low;
}

// Decides one group: a discrepancy, an agreement, or nothing (one value).
void compare_group(std::vector<Claim> group, const std::vector<Measure>& measures,
                   const std::deque<SourceStatus>& sources, const CheckOptions& options,
                   Report& report) {
  if (group.size() < 2) return;
  const auto clusters = clusters_of(measures);
  std::vector<std::string> signatures;
  for (const Claim& c : group) signatures.push_back(digit_signature(c));
  if (clusters.size() > 1 && across_sentences(group) && same_order(measures, signatures) &&
      !static_only_source(group, sources)) {
    report.discrepancies.push_back(
        make_discrepancy(std::move(group), measures, clusters, sources, options.source_priors));
  } else if (clusters.size() == 1) {
    Agreement a;
    a.key = key_of(group);
    if (options.keep_agreement_values) a.values = std::move(group);
    report.agreements.push_back(std::move(a));
  }
}

}  // namespace

std::string_view to_string(Severity s) noexcept {
  return s == Severity::error ? "error" : "warning";
}

struct Checker::Impl {
  explicit Impl(CheckOptions o)
      : options(std::move(o)),
        pool(
            options.jobs,
            [this](std::pair<std::size_t, InputDocument> in) {
              return examine(options, in.first, std::move(in.second));
            },
            [this](DocumentResult r) { keep(std::move(r)); }) {}

  // The pool's sink: runs in input order, one document at a time.
  void keep(DocumentResult r) {
    progress.documents += 1;
    progress.rejected += r.status.rejected ? 1 : 0;
    progress.claims += r.claims.size();
    names.keep(sources.size(), std::move(r.names));
    sources.push_back(std::move(r.status));
    // Blocks: same kind, attribute class, basis and unit, in the order their
    // first claims were read.
    for (const Claim& c : r.claims) {
      claims.add(c, fmt::format("{}|{}|{}|{}", to_string(c.mention.kind), c.attribute, c.basis,
                                unit_key(c.mention)));
    }
    if (options.on_progress) options.on_progress(progress);
  }

  CheckOptions options;
  // A deque: a vector's doubling would hold up to twice the statuses of a
  // long feed.
  std::deque<SourceStatus> sources;
  detail::ClaimStore claims;  // packed: a long feed's claims are what bounds memory
  DocumentNames names;
  std::size_t added = 0;
  CheckProgress progress;
  detail::OrderedPool<std::pair<std::size_t, InputDocument>, DocumentResult> pool;
};

Checker::Checker(CheckOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Checker::~Checker() = default;

void Checker::add(InputDocument input) {
  const std::size_t doc = impl_->added++;
  impl_->pool.push({doc, std::move(input)});
}

Report Checker::finish() {
  impl_->pool.finish();
  detail::ClaimStore& claims_ = impl_->claims;
  std::deque<SourceStatus>& sources_ = impl_->sources;
  const CheckOptions& options_ = impl_->options;
  Report report;
  report.claims = claims_.size();
  for (std::size_t b = 0; b < claims_.blocks(); ++b) {
    std::vector<Claim> block = claims_.block(b);
    std::vector<std::size_t> members(block.size());
    for (std::size_t i = 0; i < members.size(); ++i) members[i] = i;
    std::vector<std::vector<Claim>> groups;
    // Moved, not copied, into the groups: a claim joins at most one group
    // (group_block's index sets are disjoint). Only one block is unpacked
    // at a time; claims in no group of two or more are dropped with it.
    for (const auto& indices : group_block(block, members, impl_->names)) {
      std::vector<Claim> group;
      group.reserve(indices.size());
      for (const std::size_t i : indices) group.push_back(std::move(block[i]));
      groups.push_back(std::move(group));
    }
    std::vector<Claim>().swap(block);
    for (auto& group : groups) {
      bool several_currencies = false;
      auto parts = split_by_currency(std::move(group), several_currencies);
      if (several_currencies) {
        // One comparison in US dollars when the user's rates cover them all.
        // A copy: without rates, the parts are compared one by one below.
        std::vector<Claim> all;
        for (const auto& p : parts) all.insert(all.end(), p.begin(), p.end());
        if (auto usd = in_usd(all, options_.rates)) {
          compare_group(std::move(all), *usd, sources_, options_, report);
        } else {
          ++report.not_comparable;
          for (auto& p : parts) {
            const auto measures = measures_of(p);
            compare_group(std::move(p), measures, sources_, options_, report);
          }
        }
      } else {
        for (auto& p : parts) {
          const auto measures = measures_of(p);
          compare_group(std::move(p), measures, sources_, options_, report);
        }
      }
    }
  }
  std::stable_sort(
      report.discrepancies.begin(), report.discrepancies.end(),
      [](const Discrepancy& a, const Discrepancy& b) { return a.severity > b.severity; });
  report.sources.reserve(sources_.size());
  while (!sources_.empty()) {
    report.sources.push_back(std::move(sources_.front()));
    sources_.pop_front();
  }
  claims_.clear();
  return report;
}

std::string parse_rates(std::string_view tsv, std::map<std::string, double>& rates) {
  std::size_t line = 0;
  while (!tsv.empty()) {
    ++line;
    const auto eol = tsv.find('\n');
    std::string row(tsv.substr(0, eol));
    tsv = eol == std::string_view::npos ? std::string_view{} : tsv.substr(eol + 1);
    if (row.empty() || row[0] == '#') continue;
    char code[8] = {};
    double rate = 0;
    if (std::sscanf(row.c_str(), "%7s %lf", code, &rate) != 2 || !(rate > 0)) {
      return fmt::format("rates line {}: expected \"CODE<TAB>units per USD\"", line);
    }
    rates[code] = rate;
  }
  return {};
}

}  // namespace claimcheck
