// `claimcheck check --format junit`: JUnit XML for CI test reports. One test
// case per fact stated more than once: a discrepancy fails, an agreement
// passes; a rejected input is a skipped test case with its reason.
#include <fmt/format.h>

#include "claimcheck/claimcheck.hpp"
#include "report/evidence.hpp"

namespace claimcheck {
namespace {

// Text for XML 1.0 content and attributes: valid UTF-8, the five markup
// characters escaped, characters XML cannot hold (C0 controls but tab, LF
// and CR; U+FFFE, U+FFFF) replaced by U+FFFD; CR, LF and tab kept as
// character references inside attributes.
std::string xml(std::string_view bytes, bool attribute = true) {
  const std::string s = repair_utf8(bytes);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '&':
        out += "&amp;";
        continue;
      case '<':
        out += "&lt;";
        continue;
      case '>':
        out += "&gt;";
        continue;
      case '"':
        out += attribute ? "&quot;" : "\"";
        continue;
      case '\'':
        out += attribute ? "&apos;" : "'";
        continue;
      case '\n':
        out += attribute ? "&#10;" : "\n";
        continue;
      case '\r':
        out += "&#13;";
        continue;
      case '\t':
        out += attribute ? "&#9;" : "\t";
        continue;
      default:
        break;
    }
    if (u < 0x20) {
      out += "\xEF\xBF\xBD";
    } else if (u == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
               (static_cast<unsigned char>(s[i + 2]) == 0xBE ||
                static_cast<unsigned char>(s[i + 2]) == 0xBF)) {
      out += "\xEF\xBF\xBD";
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

std::string case_name(const FactKey& k) {
  std::string name = detail::about(k);
  if (!k.unit.empty()) name += fmt::format(" · {}", k.unit);
  return name;
}

std::string listing(const Discrepancy& d, const Report& r) {
  std::string out;
  for (std::size_t i = 0; i < d.values.size(); ++i) {
    const Claim& c = d.values[i];
    out += fmt::format("{} {}  {}  \"{}\"\n", detail::agrees(d, i) ? " " : "x", c.mention.text,
                       detail::where(c, r), c.quote);
  }
  out += fmt::format("consensus: {} ({} of {} statements, {} independent sources); outliers: {}\n",
                     detail::consensus_text(d), d.support, d.support + d.against, d.support_sources,
                     fmt::join(d.outliers, ", "));
  return out;
}

}  // namespace

std::string report_junit(const Report& r) {
  std::size_t skipped = 0;
  for (const SourceStatus& s : r.sources) skipped += s.rejected ? 1 : 0;
  const std::size_t failures = r.discrepancies.size();
  const std::size_t tests = failures + r.agreements.size() + skipped;
  std::string cases;
  for (const Discrepancy& d : r.discrepancies) {
    const detail::Rule& rule = detail::rule_of(d);
    std::string values;
    for (const Claim& c : d.values) {
      values += values.empty() ? "" : " vs ";
      values += c.mention.text;
    }
    cases += fmt::format(
        "    <testcase classname=\"{}\" name=\"{}\" time=\"0\">\n"
        "      <failure type=\"{}\" message=\"{}\">{}</failure>\n"
        "    </testcase>\n",
        xml(fmt::format("claimcheck.{}", to_string(d.key.kind))), xml(case_name(d.key)), rule.id,
        xml(fmt::format("{} {}: {}; {}", to_string(d.severity), rule.id, values,
                        detail::difference_text(d))),
        xml(listing(d, r), false));
  }
  for (const Agreement& a : r.agreements) {
    std::string values;
    for (const Claim& c : a.values)
      values += fmt::format("{} {}\n", c.mention.text, detail::where(c, r));
    cases += fmt::format(
        "    <testcase classname=\"{}\" name=\"{}\" time=\"0\">\n"
        "      <system-out>{}</system-out>\n"
        "    </testcase>\n",
        xml(fmt::format("claimcheck.{}", to_string(a.key.kind))), xml(case_name(a.key)),
        xml(values, false));
  }
  for (const SourceStatus& s : r.sources) {
    if (!s.rejected) continue;
    cases += fmt::format(
        "    <testcase classname=\"claimcheck.input\" name=\"{}\" time=\"0\">\n"
        "      <skipped message=\"{}\"/>\n"
        "    </testcase>\n",
        xml(s.id), xml("rejected: " + s.reason));
  }
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<testsuites name=\"claimcheck\" tests=\"{0}\" failures=\"{1}\" errors=\"0\" "
      "skipped=\"{2}\" time=\"0\">\n"
      "  <testsuite name=\"claimcheck\" tests=\"{0}\" failures=\"{1}\" errors=\"0\" "
      "skipped=\"{2}\" time=\"0\">\n"
      "    <properties>\n"
      "      <property name=\"claimcheck.version\" value=\"{3}\"/>\n"
      "      <property name=\"documents\" value=\"{4}\"/>\n"
      "      <property name=\"claims\" value=\"{5}\"/>\n"
      "    </properties>\n"
      "{6}"
      "  </testsuite>\n"
      "</testsuites>\n",
      tests, failures, skipped, xml(version()), r.sources.size(), r.claims, cases);
}

}  // namespace claimcheck
