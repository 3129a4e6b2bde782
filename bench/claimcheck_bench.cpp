// Micro-benchmarks of the four stages: prepare, extract (per kind of amount,
// and prose with none), frame and compare. Every text is generated here from
// word lists written for this file, with a fixed seed, so runs are comparable.
// Benchmarks report; they never assert.
//
//   build-bench/claimcheck_bench                          # all
//   build-bench/claimcheck_bench --benchmark_filter=Extract
//
// Throughput: bytes/s is the input text (SetBytesProcessed); "mentions" and
// "claims" are per-second rates. BM_Compare/BM_Check run over 1x, 4x and 16x
// the documents and report the fitted complexity in the number of claims
// (Google Benchmark's "_BigO" and "_RMS" rows): O(N) with a small RMS means
// the cost grows linearly with the claims. BM_CheckJobs/1 and /2 give the
// speed-up of CheckOptions::jobs (wall time).
#include <benchmark/benchmark.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/claimcheck.hpp"

namespace {

// ---------------------------------------------------------------- generator

// xorshift64*: deterministic across platforms and standard libraries (unlike
// the distributions of <random>).
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : s_(seed ? seed : 0x9E3779B97F4A7C15ull) {}
  std::uint64_t next() {
    s_ ^= s_ >> 12;
    s_ ^= s_ << 25;
    s_ ^= s_ >> 27;
    return s_ * 0x2545F4914F6CDD1Dull;
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  template <typename C>
  const auto& pick(const C& c) {
    return c[below(std::size(c))];
  }

 private:
  std::uint64_t s_;
};

// Vocabulary with no digits, no month or weekday names, no number words and
// no words that read as units of time, money or percent.
constexpr std::array<std::string_view, 24> kNouns = {
    "committee", "harbor",  "council",  "library", "garden",     "engineer",
    "bridge",    "village", "merchant", "river",   "school",     "courthouse",
    "orchard",   "railway", "museum",   "factory", "lighthouse", "newspaper",
    "clinic",    "market",  "forest",   "tunnel",  "theater",    "kitchen"};
constexpr std::array<std::string_view, 20> kVerbs = {
    "reviewed", "admired", "repaired", "described", "visited",  "questioned", "praised",
    "painted",  "closed",  "opened",   "measured",  "guarded",  "studied",    "rebuilt",
    "crossed",  "watched", "cleaned",  "defended",  "enlarged", "inspected"};
constexpr std::array<std::string_view, 16> kAdjectives = {
    "quiet", "northern", "narrow", "ancient", "busy",   "careful", "bright", "wooden",
    "local", "crowded",  "modest", "distant", "gentle", "public",  "famous", "humble"};
constexpr std::array<std::string_view, 12> kCompanies = {
    "Norwind", "Castellan", "Brightmoor", "Veltra",  "Oskaro",  "Pellamy",
    "Quorvex", "Tamsonic",  "Halverd",    "Irridan", "Lumesca", "Daskfield"};
constexpr std::array<std::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 10> kSmallNumberWords = {
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"};

std::string decimal(Rng& r, int max_int, bool fraction) {
  std::string s = std::to_string(1 + r.below(static_cast<std::size_t>(max_int)));
  if (fraction && r.below(2)) s += "." + std::to_string(r.below(10));
  return s;
}

std::string grouped(std::uint64_t v) {  // 1234567 -> "1,234,567"
  std::string digits = std::to_string(v);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string filler(Rng& r) {  // "the busy harbor"
  return std::string("the ") + std::string(r.pick(kAdjectives)) + " " + std::string(r.pick(kNouns));
}

std::string prose_sentence(Rng& r) {
  std::string s = "The " + std::string(r.pick(kAdjectives)) + " " + std::string(r.pick(kNouns)) +
                  " " + std::string(r.pick(kVerbs)) + " " + filler(r);
  if (r.below(2)) s += " near " + filler(r);
  if (r.below(3) == 0) s += ", and " + filler(r) + " " + std::string(r.pick(kVerbs)) + " it";
  return s + ". ";
}

std::string money_phrase(Rng& r) {
  switch (r.below(7)) {
    case 0:
      return "$" + decimal(r, 900, true) + " billion";
    case 1:
      return "$" + decimal(r, 900, true) + " million";
    case 2:
      return "$" + grouped(1000 + r.next() % 9000000);
    case 3:
      return "\u20ac" + decimal(r, 90, true) + "bn";
    case 4:
      return decimal(r, 500, false) + " million dollars";
    case 5:
      return "\u00a3" + decimal(r, 900, true) + " million";
    default:
      return "USD " + decimal(r, 900, false) + " million";
  }
}

std::string percent_phrase(Rng& r) {
  switch (r.below(5)) {
    case 0:
      return decimal(r, 99, true) + "%";
    case 1:
      return decimal(r, 99, true) + " percent";
    case 2:
      return decimal(r, 20, true) + " percentage points";
    case 3:
      return std::to_string(5 * (1 + r.below(20))) + " basis points";
    default:
      return decimal(r, 60, false) + " per cent";
  }
}

std::string year(Rng& r) {
  return std::to_string(1950 + r.below(80));
}

std::string date_phrase(Rng& r) {
  switch (r.below(7)) {
    case 0:
      return std::string(r.pick(kMonths)) + " " + std::to_string(1 + r.below(28)) + ", " + year(r);
    case 1:
      return std::string(r.pick(kMonths)) + " " + year(r);
    case 2: {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%s-%02zu-%02zu", year(r).c_str(), 1 + r.below(12),
                    1 + r.below(28));
      return buf;
    }
    case 3:
      return "Q" + std::to_string(1 + r.below(4)) + " " + year(r);
    case 4:
      return "the " + std::to_string(1 + r.below(28)) + "th of " + std::string(r.pick(kMonths));
    case 5:
      return "fiscal " + year(r);
    default:
      return "last year";
  }
}

std::string count_phrase(Rng& r) {
  static constexpr std::array<std::string_view, 8> things = {
      "workers", "stores", "students", "people", "vehicles", "homes", "layoffs", "patients"};
  switch (r.below(4)) {
    case 0:
      return grouped(100 + r.next() % 90000) + " " + std::string(r.pick(things));
    case 1:
      return std::string(r.pick(kSmallNumberWords)) + " " + std::string(r.pick(things));
    case 2:
      return "more than " + std::to_string(10 + r.below(990)) + " " + std::string(r.pick(things));
    default:
      return std::to_string(2 + r.below(98)) + " " + std::string(r.pick(things));
  }
}

std::string duration_phrase(Rng& r) {
  static constexpr std::array<std::string_view, 5> units = {"days", "weeks", "months", "years",
                                                            "hours"};
  switch (r.below(4)) {
    case 0:
      return std::to_string(2 + r.below(40)) + " " + std::string(r.pick(units));
    case 1:
      return std::string(r.pick(kSmallNumberWords)) + " " + std::string(r.pick(units));
    case 2:
      return "a " + std::to_string(10 + r.below(110)) + "-minute";
    default:
      return "a " + std::to_string(2 + r.below(30)) + "-year";
  }
}

std::string amount_sentence(Rng& r, claimcheck::Kind kind) {
  const std::string who(r.pick(kCompanies));
  switch (kind) {
    case claimcheck::Kind::money:
      return who + " said it spent " + money_phrase(r) + " on " + filler(r) + ". ";
    case claimcheck::Kind::percent:
      return "Output at " + who + " rose " + percent_phrase(r) + " near " + filler(r) + ". ";
    case claimcheck::Kind::date:
      return who + " opened " + filler(r) + " on " + date_phrase(r) + ". ";
    case claimcheck::Kind::number:
      return who + " hired " + count_phrase(r) + " for " + filler(r) + ". ";
    case claimcheck::Kind::duration:
      return "Work on " + filler(r) + " took " + duration_phrase(r) + " at " + who + ". ";
  }
  return {};
}

// A text of about `bytes` bytes in paragraphs of six sentences: every
// sentence states an amount of `kind`, or none when `kind` is empty.
std::string make_text(std::size_t bytes, const claimcheck::Kind* kind, std::uint64_t seed) {
  Rng r(seed);
  std::string text;
  text.reserve(bytes + 256);
  for (int n = 1; text.size() < bytes; ++n) {
    text += kind ? amount_sentence(r, *kind) : prose_sentence(r);
    if (n % 6 == 0) text.back() = '\n', text += '\n';
  }
  return text;
}

// A mixed news-like text: prose with one sentence in three stating an
// attributed amount ("Norwind's $4.2 billion investment in Veltra").
std::string make_news(std::size_t bytes, std::uint64_t seed) {
  static constexpr std::array<claimcheck::Kind, 5> kinds = {
      claimcheck::Kind::money, claimcheck::Kind::percent, claimcheck::Kind::date,
      claimcheck::Kind::number, claimcheck::Kind::duration};
  static constexpr std::array<std::string_view, 6> attributes = {
      "investment", "revenue", "stake", "valuation", "funding round", "fine"};
  Rng r(seed);
  std::string text;
  text.reserve(bytes + 256);
  for (int n = 1; text.size() < bytes; ++n) {
    switch (r.below(3)) {
      case 0:
        text += prose_sentence(r);
        break;
      case 1:
        text += std::string(r.pick(kCompanies)) + "'s " + money_phrase(r) + " " +
                std::string(r.pick(attributes)) + " in " + std::string(r.pick(kCompanies)) +
                " was announced in " + year(r) + ". ";
        break;
      default:
        text += amount_sentence(r, r.pick(kinds));
        break;
    }
    if (n % 6 == 0) text.back() = '\n', text += '\n';
  }
  return text;
}

constexpr std::size_t kTextBytes = 64 * 1024;

// ---------------------------------------------------------------- benchmarks

void BM_Prepare(benchmark::State& state) {
  const std::string text = make_news(kTextBytes, 1);
  for (auto _ : state) {
    claimcheck::PreparedText p = claimcheck::prepare(text);  // copies: prepare owns its input
    benchmark::DoNotOptimize(p);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Prepare);

// Extracts from one prepared text per iteration; reports bytes and mentions.
void extract_text_bench(benchmark::State& state, const std::string& text) {
  const claimcheck::PreparedText prepared = claimcheck::prepare(text);
  std::size_t mentions = 0;
  for (auto _ : state) {
    claimcheck::ExtractResult found = claimcheck::extract(prepared);
    mentions = found.mentions.size();
    benchmark::DoNotOptimize(found);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
  state.counters["mentions"] = benchmark::Counter(static_cast<double>(mentions),
                                                  benchmark::Counter::kIsIterationInvariantRate);
  state.counters["per_doc"] = static_cast<double>(mentions);
}

void extract_bench(benchmark::State& state, const claimcheck::Kind* kind) {
  extract_text_bench(state, make_text(kTextBytes, kind, 2 + (kind ? static_cast<int>(*kind) : 9)));
}

void BM_ExtractMoney(benchmark::State& s) {
  const auto k = claimcheck::Kind::money;
  extract_bench(s, &k);
}
void BM_ExtractPercent(benchmark::State& s) {
  const auto k = claimcheck::Kind::percent;
  extract_bench(s, &k);
}
void BM_ExtractDate(benchmark::State& s) {
  const auto k = claimcheck::Kind::date;
  extract_bench(s, &k);
}
void BM_ExtractCount(benchmark::State& s) {
  const auto k = claimcheck::Kind::number;
  extract_bench(s, &k);
}
void BM_ExtractDuration(benchmark::State& s) {
  const auto k = claimcheck::Kind::duration;
  extract_bench(s, &k);
}
void BM_ExtractProse(benchmark::State& s) {
  extract_bench(s, nullptr);
}
void BM_ExtractNews(benchmark::State& state) {
  extract_text_bench(state, make_news(kTextBytes, 3));
}
BENCHMARK(BM_ExtractMoney);
BENCHMARK(BM_ExtractPercent);
BENCHMARK(BM_ExtractDate);
BENCHMARK(BM_ExtractCount);
BENCHMARK(BM_ExtractDuration);
BENCHMARK(BM_ExtractProse);
BENCHMARK(BM_ExtractNews);

void BM_Frame(benchmark::State& state) {
  const std::string text = make_news(kTextBytes, 4);
  const claimcheck::PreparedText prepared = claimcheck::prepare(text);
  const claimcheck::ExtractResult found = claimcheck::extract(prepared);
  const claimcheck::Lexicon lexicon = claimcheck::Lexicon::builtin();
  std::size_t claims = 0;
  for (auto _ : state) {
    std::vector<claimcheck::Claim> c = claimcheck::frame(prepared, found, lexicon);
    claims = c.size();
    benchmark::DoNotOptimize(c);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
  state.counters["mentions"] = benchmark::Counter(static_cast<double>(found.mentions.size()),
                                                  benchmark::Counter::kIsIterationInvariantRate);
  state.counters["claims"] = static_cast<double>(claims);
}
BENCHMARK(BM_Frame);

// ------------------------------------------------------------- compare (N docs)

// A distinct capitalised name for every index ("Kalomi", "Rentuvo", ...).
std::string entity_name(std::size_t i) {
  static constexpr std::array<std::string_view, 16> syl = {"ka",  "lo",  "mi",   "ren", "tu",  "vo",
                                                           "sel", "dar", "quin", "bro", "fen", "zu",
                                                           "pax", "gil", "tor",  "wen"};
  std::string s;
  for (int k = 0; k < 3; ++k, i /= 16) s += syl[i % 16];
  s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s + "ex";
}

constexpr std::size_t kClaimsPerDoc = 8;
constexpr std::size_t kDocsBase = 32;
constexpr std::size_t kClaimsPerFact = 4;  // each fact is stated by ~4 documents

// Documents of eight attributed amounts each, about facts from a pool that
// grows with the number of documents (each fact stated about four times, one
// time in five with another value), with prose between the claims.
std::vector<claimcheck::InputDocument> make_corpus(std::size_t docs) {
  static constexpr std::array<std::string_view, 5> attributes = {
      "investment", "revenue", "valuation", "funding round", "fine"};
  const std::size_t facts = docs * kClaimsPerDoc / kClaimsPerFact;
  Rng r(42);
  std::vector<claimcheck::InputDocument> out;
  out.reserve(docs);
  for (std::size_t d = 0; d < docs; ++d) {
    std::string text;
    for (std::size_t k = 0; k < kClaimsPerDoc; ++k) {
      const std::size_t f = r.below(facts);
      const std::uint64_t base = 10 + (f * 7919) % 900;  // the fact's value, in millions
      const std::uint64_t value = r.below(5) == 0 ? base + 1 + r.below(50) : base;
      text += entity_name(2 * f) + "'s $" + std::to_string(value) + " million " +
              std::string(attributes[f % attributes.size()]) + " in " + entity_name(2 * f + 1) +
              " was confirmed. " + prose_sentence(r) + prose_sentence(r) + "\n";
    }
    const std::string id = "doc" + std::to_string(d);
    out.push_back(claimcheck::text_document(id, std::move(text), id));
  }
  return out;
}

// finish() alone: grouping and clustering of the claims (the compare stage).
void BM_Compare(benchmark::State& state) {
  const auto corpus = make_corpus(static_cast<std::size_t>(state.range(0)));
  std::size_t claims = 0, discrepancies = 0;
  for (auto _ : state) {
    state.PauseTiming();
    auto checker = std::make_unique<claimcheck::Checker>();
    for (const auto& doc : corpus) checker->add(doc);
    state.ResumeTiming();
    claimcheck::Report report = checker->finish();
    claims = report.claims;
    discrepancies = report.discrepancies.size();
    benchmark::DoNotOptimize(report);
    state.PauseTiming();
    checker.reset();
    report = {};
    state.ResumeTiming();
  }
  state.SetComplexityN(static_cast<std::int64_t>(claims));
  state.counters["claims"] = static_cast<double>(claims);
  state.counters["discrepancies"] = static_cast<double>(discrepancies);
  state.counters["claims/s"] = benchmark::Counter(static_cast<double>(claims),
                                                  benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_Compare)
    ->Arg(kDocsBase)       // 1x
    ->Arg(kDocsBase * 4)   // 4x
    ->Arg(kDocsBase * 16)  // 16x
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oN);

// add() + finish(): the whole check pipeline in one thread.
void BM_Check(benchmark::State& state) {
  const auto corpus = make_corpus(static_cast<std::size_t>(state.range(0)));
  std::size_t bytes = 0;
  for (const auto& doc : corpus) bytes += doc.doc.text.size();
  std::size_t claims = 0;
  for (auto _ : state) {
    claimcheck::Checker checker;
    for (const auto& doc : corpus) checker.add(doc);
    claimcheck::Report report = checker.finish();
    claims = report.claims;
    benchmark::DoNotOptimize(report);
  }
  state.SetComplexityN(static_cast<std::int64_t>(claims));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
  state.counters["claims"] = static_cast<double>(claims);
}
BENCHMARK(BM_Check)
    ->Arg(kDocsBase)       // 1x
    ->Arg(kDocsBase * 4)   // 4x
    ->Arg(kDocsBase * 16)  // 16x
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oN);

// add() + finish() with CheckOptions::jobs documents prepared, extracted and
// framed in parallel (wall time): the speed-up of --jobs without the CLI.
void BM_CheckJobs(benchmark::State& state) {
  const auto corpus = make_corpus(kDocsBase * 16);
  std::size_t bytes = 0;
  for (const auto& doc : corpus) bytes += doc.doc.text.size();
  for (auto _ : state) {
    claimcheck::CheckOptions options;
    options.jobs = static_cast<std::size_t>(state.range(0));
    claimcheck::Checker checker(std::move(options));
    for (const auto& doc : corpus) checker.add(doc);
    claimcheck::Report report = checker.finish();
    benchmark::DoNotOptimize(report);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_CheckJobs)->Arg(1)->Arg(2)->UseRealTime()->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
