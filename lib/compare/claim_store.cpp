#include "compare/claim_store.hpp"

#include <stdexcept>

namespace claimcheck::detail {
namespace {

using std::chrono::year_month_day;

// Integers as LEB128 varints (signed ones zig-zagged), strings as a length
// and their bytes: small values, the common case, take one byte.
class Packer {
 public:
  explicit Packer(std::string& out) : out_(out) {}

  void unsigned_int(std::uint64_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<char>((v & 0x7f) | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<char>(v));
  }
  void signed_int(std::int64_t v) {
    unsigned_int((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));
  }
  void flag(bool b) { out_.push_back(b ? '\1' : '\0'); }
  void text(std::string_view s) {
    unsigned_int(s.size());
    out_.append(s);
  }
  void decimal(const Decimal& d) {
    flag(d.ok());
    signed_int(d.coefficient());
    signed_int(d.exponent());
  }
  void decimal(const std::optional<Decimal>& d) {
    flag(d.has_value());
    if (d) decimal(*d);
  }
  void day(const std::optional<year_month_day>& d) {
    flag(d.has_value());
    if (!d) return;
    signed_int(static_cast<int>(d->year()));
    unsigned_int(static_cast<unsigned>(d->month()));
    unsigned_int(static_cast<unsigned>(d->day()));
  }
  void entity(const Entity& e) {
    text(e.key);
    text(e.name);
  }
  void date(const Date& d) {
    text(d.timex);
    text(d.end_timex);
    day(d.first_day);
    day(d.last_day);
    flag(d.valid);
    text(d.problem);
  }
  void quantity(const Quantity& q) {
    unsigned_int(q.index());
    if (const auto* m = std::get_if<Money>(&q)) {
      decimal(m->amount);
      text(m->currency);
    } else if (const auto* p = std::get_if<Percent>(&q)) {
      decimal(p->value);
      unsigned_int(static_cast<unsigned>(p->unit));
      flag(p->change);
    } else if (const auto* d = std::get_if<Date>(&q)) {
      date(*d);
    } else if (const auto* c = std::get_if<Count>(&q)) {
      decimal(c->value);
    } else if (const auto* u = std::get_if<Duration>(&q)) {
      text(u->iso);
      decimal(u->amount);
      out_.push_back(u->unit);
    }
  }
  void mention(const Mention& m) {
    unsigned_int(static_cast<unsigned>(m.kind));
    unsigned_int(m.start);
    unsigned_int(m.end);
    text(m.text);
    quantity(m.value);
    decimal(m.interval.low);
    decimal(m.interval.high);
    flag(m.approx);
    unsigned_int(static_cast<unsigned>(m.bound));
    flag(m.range);
    text(m.problem);
    unsigned_int(m.alternatives.size());
    for (const std::string& a : m.alternatives) text(a);
  }

 private:
  std::string& out_;
};

// Reads what Packer wrote, in the same order. The bytes are our own, so a
// short read is a bug: it throws rather than make up a claim.
class Unpacker {
 public:
  explicit Unpacker(std::string_view in) : in_(in) {}

  std::uint64_t unsigned_int() {
    std::uint64_t v = 0;
    for (int shift = 0;; shift += 7) {
      const auto byte = static_cast<unsigned char>(next());
      v |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
      if (!(byte & 0x80)) return v;
    }
  }
  std::int64_t signed_int() {
    const std::uint64_t v = unsigned_int();
    return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
  }
  bool flag() { return next() != '\0'; }
  std::string text() {
    const auto n = static_cast<std::size_t>(unsigned_int());
    if (n > in_.size() - at_) throw std::logic_error("claim store: truncated record");
    std::string s(in_.substr(at_, n));
    at_ += n;
    return s;
  }
  Decimal decimal() {
    const bool ok = flag();
    const std::int64_t coefficient = signed_int();
    const auto exponent = static_cast<int>(signed_int());
    return ok ? Decimal::from_parts(coefficient, exponent) : Decimal::out_of_range();
  }
  std::optional<Decimal> optional_decimal() {
    if (!flag()) return std::nullopt;
    return decimal();
  }
  std::optional<year_month_day> day() {
    if (!flag()) return std::nullopt;
    const auto y = static_cast<int>(signed_int());
    const auto m = static_cast<unsigned>(unsigned_int());
    const auto d = static_cast<unsigned>(unsigned_int());
    return year_month_day(std::chrono::year(y), std::chrono::month(m), std::chrono::day(d));
  }
  Entity entity() {
    Entity e;
    e.key = text();
    e.name = text();
    return e;
  }
  Date date() {
    Date d;
    d.timex = text();
    d.end_timex = text();
    d.first_day = day();
    d.last_day = day();
    d.valid = flag();
    d.problem = text();
    return d;
  }
  Quantity quantity() {
    switch (unsigned_int()) {
      case 0: {
        Money m;
        m.amount = decimal();
        m.currency = text();
        return m;
      }
      case 1: {
        Percent p;
        p.value = decimal();
        p.unit = static_cast<PercentUnit>(unsigned_int());
        p.change = flag();
        return p;
      }
      case 2:
        return date();
      case 3:
        return Count{decimal()};
      default: {
        Duration u;
        u.iso = text();
        u.amount = decimal();
        u.unit = next();
        return u;
      }
    }
  }
  Mention mention() {
    Mention m;
    m.kind = static_cast<Kind>(unsigned_int());
    m.start = unsigned_int();
    m.end = unsigned_int();
    m.text = text();
    m.value = quantity();
    m.interval.low = optional_decimal();
    m.interval.high = optional_decimal();
    m.approx = flag();
    m.bound = static_cast<Bound>(unsigned_int());
    m.range = flag();
    m.problem = text();
    m.alternatives.resize(unsigned_int());
    for (std::string& a : m.alternatives) a = text();
    return m;
  }

 private:
  char next() {
    if (at_ >= in_.size()) throw std::logic_error("claim store: truncated record");
    return in_[at_++];
  }
  std::string_view in_;
  std::size_t at_ = 0;
};

}  // namespace

// The topic is left out: the checker has used it (to fill a missing
// subject) before it keeps a claim.
std::string pack_claim(const Claim& c, bool with_quote) {
  std::string out;
  out.reserve(96 + c.quote.size() + c.mention.text.size());
  Packer p(out);
  // The quote first: a claim sharing it reads it from the head of the record.
  p.text(with_quote ? std::string_view(c.quote) : std::string_view());
  p.mention(c.mention);
  p.unsigned_int(c.doc);
  p.text(c.attribute);
  p.text(c.qualifier);
  p.text(c.label);
  p.entity(c.subject);
  p.flag(c.subject_from_topic);
  p.entity(c.object);
  p.flag(c.period != nullptr);
  if (c.period) p.date(*c.period);
  p.day(c.reported);
  p.text(c.basis);
  p.flag(c.anchor != nullptr);
  if (c.anchor) p.mention(*c.anchor);
  p.unsigned_int(c.sentence_start);
  p.unsigned_int(c.sentence_end);
  p.unsigned_int(c.position.line);
  p.unsigned_int(c.position.column);
  return out;
}

Claim unpack_claim(std::string_view bytes) {
  Unpacker u(bytes);
  Claim c;
  c.quote = u.text();
  c.mention = u.mention();
  c.doc = u.unsigned_int();
  c.attribute = u.text();
  c.qualifier = u.text();
  c.label = u.text();
  c.subject = u.entity();
  c.subject_from_topic = u.flag();
  c.object = u.entity();
  if (u.flag()) c.period = std::make_shared<const Date>(u.date());
  c.reported = u.day();
  c.basis = u.text();
  if (u.flag()) c.anchor = std::make_shared<const Mention>(u.mention());
  c.sentence_start = u.unsigned_int();
  c.sentence_end = u.unsigned_int();
  c.position.line = u.unsigned_int();
  c.position.column = u.unsigned_int();
  return c;
}

void ClaimStore::add(const Claim& claim, const std::string& block_key) {
  // Claims of one sentence follow each other and most often quote it alike:
  // the quote is kept once.
  const bool same_quote = !offsets_.empty() && claim.quote == last_quote_;
  quote_from_.push_back(same_quote ? quote_from_.back()
                                   : static_cast<std::uint32_t>(offsets_.size()));
  if (!same_quote) last_quote_ = claim.quote;
  const std::string packed = pack_claim(claim, !same_quote);
  if (chunks_.empty() || chunks_.back().size() + packed.size() > chunks_.back().capacity()) {
    chunks_.emplace_back().reserve(std::max(kChunkBytes, packed.size()));
  }
  std::string& chunk = chunks_.back();
  offsets_.push_back(
      {static_cast<std::uint32_t>(chunks_.size() - 1), static_cast<std::uint32_t>(chunk.size())});
  chunk += packed;
  const auto [it, inserted] = block_of_.try_emplace(block_key, block_members_.size());
  if (inserted) block_members_.emplace_back();
  block_members_[it->second].push_back(static_cast<std::uint32_t>(offsets_.size() - 1));
}

std::string_view ClaimStore::record(std::size_t index) const {
  const Place at = offsets_[index];
  const std::string& chunk = chunks_[at.chunk];
  const bool last_in_chunk = index + 1 == offsets_.size() || offsets_[index + 1].chunk != at.chunk;
  const std::size_t end = last_in_chunk ? chunk.size() : offsets_[index + 1].offset;
  return std::string_view(chunk).substr(at.offset, end - at.offset);
}

Claim ClaimStore::unpack(std::size_t index) const {
  Claim c = unpack_claim(record(index));
  if (quote_from_[index] != index) c.quote = Unpacker(record(quote_from_[index])).text();
  return c;
}

std::vector<Claim> ClaimStore::block(std::size_t b) const {
  std::vector<Claim> out;
  out.reserve(block_members_[b].size());
  for (const std::uint32_t i : block_members_[b]) out.push_back(unpack(i));
  return out;
}

void ClaimStore::clear() {
  std::vector<std::string>().swap(chunks_);
  std::vector<Place>().swap(offsets_);
  std::vector<std::uint32_t>().swap(quote_from_);
  last_quote_.clear();
  block_of_.clear();
  std::vector<std::vector<std::uint32_t>>().swap(block_members_);
}

}  // namespace claimcheck::detail
