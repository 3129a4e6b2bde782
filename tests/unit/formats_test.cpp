// The CI and page formats of `claimcheck check`: each checked against the
// report it writes (values, positions, links), not only for well-formedness.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <sstream>

#include <boost/json.hpp>

#include "claimcheck/claimcheck.hpp"

namespace claimcheck {
namespace {

namespace json = boost::json;

struct Doc {
  std::string id;
  std::string text;
  std::string origin;
};

Report check(const std::vector<Doc>& docs, bool keep_texts = false) {
  CheckOptions options;
  options.keep_texts = keep_texts;
  Checker checker(std::move(options));
  for (const Doc& d : docs) checker.add(text_document(d.id, d.text, d.origin));
  return checker.finish();
}

// b.txt has a metadata header and a curly apostrophe before its amount, so
// its byte and character columns differ; a and c agree on $143.
const std::string kB =
    "# source: Wire\n\nMeta\u2019s $148 investment in Scale AI was large. Meta took a 49% stake "
    "in Scale AI.\n";
std::vector<Doc> conflict_docs(const std::string& b = kB) {
  return {
      {"a.txt", "Meta's $143 investment in Scale AI was large. Meta took a 49% stake in Scale AI.",
       "news/a.txt"},
      {"b.txt", b, "news/b.txt"},
      {"c.txt", "Meta's $143 investment in Scale AI drew criticism from R&D <staff> | all.",
       "news/c.txt"}};
}

// Code points before byte offset `at` (the test's own count, independent of the library's).
std::size_t chars_before(std::string_view s, std::size_t at) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.begin() + static_cast<long>(at),
                                                [](char c) { return (c & 0xC0) != 0x80; }));
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

class Formats : public ::testing::Test {
 protected:
  void SetUp() override {
    report = check(conflict_docs());
    ASSERT_EQ(report.discrepancies.size(), 1u);
    ASSERT_EQ(report.agreements.size(), 1u);
    const Discrepancy& d = report.discrepancies[0];
    ASSERT_EQ(d.values.size(), 3u);
    ASSERT_EQ(d.outliers, std::vector<std::string>{"b.txt"});
    outlier = &d.values[1];
    ASSERT_EQ(outlier->mention.text, "$148");
  }
  Report report;
  const Claim* outlier = nullptr;
};

TEST_F(Formats, CheckerRecordsCharacterPositionsOfClaims) {
  const SourceStatus& b = report.sources[1];
  const Mention& m = outlier->mention;
  const auto it = std::find_if(b.char_positions.begin(), b.char_positions.end(),
                               [&](const CharPosition& p) { return p.byte == m.start; });
  ASSERT_NE(it, b.char_positions.end());
  EXPECT_EQ(it->offset, chars_before(kB, m.start));
  EXPECT_EQ(it->line, 3u);
  EXPECT_EQ(it->column, 8u);                 // "Meta’s " is 7 characters…
  EXPECT_EQ(outlier->position.column, 10u);  // …and 9 bytes
  EXPECT_TRUE(b.text.empty()) << "texts are kept only on request";
}

TEST_F(Formats, SarifNamesToolRulesAndEveryOutlier) {
  const json::value v = json::parse(report_sarif(report));
  EXPECT_EQ(v.at("version"), "2.1.0");
  EXPECT_NE(v.at("$schema").as_string().find("sarif-schema-2.1.0.json"), std::string::npos);
  const json::object& run = v.at("runs").at(0).as_object();
  EXPECT_EQ(run.at("columnKind"), "unicodeCodePoints");
  const json::object& driver = run.at("tool").at("driver").as_object();
  EXPECT_EQ(driver.at("name"), "claimcheck");
  EXPECT_EQ(driver.at("version").as_string(), version());
  std::set<std::string> ids;
  for (const auto& r : driver.at("rules").as_array()) {
    ids.insert(std::string(r.at("id").as_string()));
    EXPECT_FALSE(r.at("shortDescription").at("text").as_string().empty());
  }
  EXPECT_EQ(ids,
            (std::set<std::string>{"money-conflict", "percent-conflict", "date-conflict",
                                   "count-conflict", "duration-conflict", "self-contradiction"}));

  const json::array& results = run.at("results").as_array();
  ASSERT_EQ(results.size(), 1u);  // one outlier
  const json::object& res = results[0].as_object();
  EXPECT_EQ(res.at("ruleId"), "money-conflict");
  EXPECT_EQ(res.at("level"), "error");
  const std::string msg(res.at("message").at("text").as_string());
  EXPECT_NE(msg.find("$148 here"), std::string::npos) << msg;
  EXPECT_NE(msg.find("$143 in [a.txt:1:8](1)"), std::string::npos) << msg;
  EXPECT_NE(msg.find("$143 in [c.txt:1:8](3)"), std::string::npos) << msg;

  const json::object& loc = res.at("locations").at(0).at("physicalLocation").as_object();
  EXPECT_EQ(loc.at("artifactLocation").at("uri"), "news/b.txt");
  const json::object& region = loc.at("region").as_object();
  const Mention& m = outlier->mention;
  EXPECT_EQ(region.at("startLine").to_number<std::size_t>(), 3u);
  EXPECT_EQ(region.at("startColumn").to_number<std::size_t>(), 8u);
  EXPECT_EQ(region.at("endLine").to_number<std::size_t>(), 3u);
  EXPECT_EQ(region.at("endColumn").to_number<std::size_t>(), 12u);  // exclusive
  EXPECT_EQ(region.at("byteOffset").to_number<std::size_t>(), m.start);
  EXPECT_EQ(region.at("byteLength").to_number<std::size_t>(), 4u);
  EXPECT_EQ(region.at("charOffset").to_number<std::size_t>(), chars_before(kB, m.start));
  EXPECT_EQ(region.at("charLength").to_number<std::size_t>(), 4u);
  EXPECT_EQ(kB.substr(m.start, 4), "$148");

  const json::array& related = res.at("relatedLocations").as_array();
  ASSERT_EQ(related.size(), 2u);
  EXPECT_EQ(related[0].at("id").to_number<int>(), 1);
  EXPECT_EQ(related[0].at("physicalLocation").at("artifactLocation").at("uri"), "news/a.txt");
  EXPECT_EQ(related[1].at("id").to_number<int>(), 3);
  EXPECT_EQ(related[1].at("physicalLocation").at("region").at("startColumn").to_number<int>(), 8);
  EXPECT_NE(related[0].at("message").at("text").as_string().find("consensus"), std::string::npos);
  EXPECT_FALSE(res.at("partialFingerprints").at("claimcheckFinding/v1").as_string().empty());
}

std::string fingerprint_of(const Report& r) {
  const json::value v = json::parse(report_sarif(r));
  return std::string(v.at("runs")
                         .at(0)
                         .at("results")
                         .at(0)
                         .at("partialFingerprints")
                         .at("claimcheckFinding/v1")
                         .as_string());
}

TEST_F(Formats, SarifFingerprintsIgnorePositionsButNotValues) {
  // Unrelated text before the statement moves every position…
  const std::string moved =
      "# source: Wire\n\nAn unrelated first paragraph, édité.\n\n"
      "Meta\u2019s $148 investment in Scale AI was large. Meta took a 49% stake in Scale AI.\n";
  const Report shifted = check(conflict_docs(moved));
  ASSERT_EQ(shifted.discrepancies.size(), 1u);
  EXPECT_NE(shifted.discrepancies[0].values[1].position.line, outlier->position.line);
  EXPECT_EQ(fingerprint_of(shifted), fingerprint_of(report));
  // …while another value is another finding.
  std::string other = kB;
  other.replace(other.find("$148"), 4, "$151");
  EXPECT_NE(fingerprint_of(check(conflict_docs(other))), fingerprint_of(report));
}

TEST(FormatsSelf, SelfContradictionHasItsOwnRule) {
  const Report r = check(
      {{"live.txt",
        "10:05 - Meta's $143 investment in Scale AI.\n10:40 - Meta's $148 investment in Scale AI.",
        "live.txt"}});
  ASSERT_EQ(r.discrepancies.size(), 1u);
  const json::value v = json::parse(report_sarif(r));
  const json::object& res = v.at("runs").at(0).at("results").at(0).as_object();
  EXPECT_EQ(res.at("ruleId"), "self-contradiction");
  EXPECT_EQ(res.at("locations").at(0).at("physicalLocation").at("region").at("startLine"), 2);
  EXPECT_NE(res.at("message").at("text").as_string().find("contradicts itself"), std::string::npos);
}

TEST_F(Formats, GithubAnnotatesEachOutlierWithEscapes) {
  const auto lines = lines_of(report_github(report));
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].rfind("::error file=news/b.txt,line=3,col=8,endColumn=12,title=claimcheck "
                           "money-conflict%3A Meta investment in Scale AI::",
                           0),
            0u)
      << lines[0];
  EXPECT_NE(lines[0].find("$148 here"), std::string::npos);
  EXPECT_NE(lines[0].find("$143 in a.txt:1:8"), std::string::npos);
  EXPECT_NE(lines[0].find("differ by 3.5%25"), std::string::npos) << "% in a message is %25";

  // Properties escape , and : (and CR/LF); a message escapes CR/LF but keeps , and :.
  const Report odd = check({{"a,b:c", "Meta's $148 investment in Scale AI.", "dir/a,b:c.txt"},
                            {"x\ny", "Meta's $143 investment in Scale AI.", "dir/x\ny.txt"},
                            {"z", "Meta's $143 investment in Scale AI.", "z.txt"}});
  const std::string out = report_github(odd);
  ASSERT_EQ(lines_of(out).size(), 1u) << out;
  EXPECT_EQ(out.rfind("::error file=dir/a%2Cb%3Ac.txt,line=1,col=8,endColumn=12,", 0), 0u) << out;
  EXPECT_NE(out.find("$143 in x%0Ay:1:8, $143 in z:1:8;"), std::string::npos) << out;
}

TEST_F(Formats, RdjsonlHasOneDiagnosticPerOutlierInBytes) {
  const auto lines = lines_of(report_rdjsonl(report));
  ASSERT_EQ(lines.size(), 1u);
  const json::value v = json::parse(lines[0]);
  EXPECT_EQ(v.at("severity"), "ERROR");
  EXPECT_EQ(v.at("code").at("value"), "money-conflict");
  EXPECT_EQ(v.at("source").at("name"), "claimcheck");
  EXPECT_EQ(v.at("location").at("path"), "news/b.txt");
  EXPECT_EQ(v.at("location").at("range").at("start").at("line"), 3);
  EXPECT_EQ(v.at("location").at("range").at("start").at("column"), 10);  // bytes
  EXPECT_EQ(v.at("location").at("range").at("end").at("column"), 14);
  EXPECT_NE(v.at("message").as_string().find("$143"), std::string::npos);
  ASSERT_EQ(v.at("related_locations").as_array().size(), 2u);
  EXPECT_EQ(v.at("related_locations").at(1).at("location").at("path"), "news/c.txt");
}

TEST_F(Formats, JunitHasACasePerFactAndEscapes) {
  const std::string x = report_junit(report);
  EXPECT_NE(x.find("<testsuites name=\"claimcheck\" tests=\"2\" failures=\"1\""), std::string::npos)
      << x;
  EXPECT_NE(x.find("<testcase classname=\"claimcheck.money\" name=\"Meta investment in Scale AI"),
            std::string::npos);
  EXPECT_NE(x.find("<failure type=\"money-conflict\" message=\"error money-conflict: $143 vs "
                   "$148 vs $143"),
            std::string::npos);
  EXPECT_NE(x.find("<testcase classname=\"claimcheck.percent\" name=\"Meta stake in Scale AI"),
            std::string::npos);
  // The quote of c.txt holds markup characters: escaped, never raw.
  EXPECT_NE(x.find("R&amp;D &lt;staff&gt; | all."), std::string::npos) << x;
  EXPECT_EQ(x.find("<staff>"), std::string::npos);
  EXPECT_EQ(x.find("R&D"), std::string::npos);
}

TEST_F(Formats, MarkdownHasAHeadingAndATablePerDiscrepancy) {
  const std::string md = report_markdown(report);
  EXPECT_NE(md.find("\n### 1. 🛑 error · money-conflict · Meta investment in Scale AI\n"),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("Consensus: `$143` (2 of 3 statements"), std::string::npos);
  EXPECT_NE(md.find("| ✗ | `$148` | Wire / b.txt | 3:10 | Meta’s \\$148 investment"),
            std::string::npos)
      << md;
  // The | of a quote does not split the row; < and & do not become HTML.
  EXPECT_NE(md.find("R\\&D \\<staff\\> \\| all. |\n"), std::string::npos) << md;
  std::size_t rows = 0;
  for (const auto& line : lines_of(md))
    rows += line.rfind("| ✓ |", 0) == 0 || line.rfind("| ✗ |", 0) == 0;
  EXPECT_EQ(rows, 3u);
}

TEST(FormatsHtml, MarksConflictingSpansInTheTexts) {
  const Report r = check(conflict_docs(), /*keep_texts=*/true);
  ASSERT_EQ(r.discrepancies.size(), 1u);
  EXPECT_EQ(r.sources[1].text, kB);
  const std::string page = report_html(r);
  EXPECT_EQ(page.find("<script"), std::string::npos);
  EXPECT_EQ(page.find("src="), std::string::npos);
  EXPECT_EQ(page.find("<link"), std::string::npos);
  EXPECT_NE(page.find("default-src 'none'"), std::string::npos);
  // The outlier in b's text: a mark with its value and doc, linking to the consensus mark.
  const std::string mark =
      "<mark id=\"m1-1\" class=\"outlier\" data-value=\"$148\" data-normalized=\"148\" "
      "data-doc=\"b.txt\" data-discrepancy=\"d1\" data-related=\"m1-0 m1-2\"";
  const auto at = page.find(mark);
  ASSERT_NE(at, std::string::npos) << page;
  EXPECT_LT(page.find("Meta’s "), at) << "the mark stands in b's text";
  EXPECT_NE(page.find("<sup><a href=\"#m1-0\"", at), std::string::npos);
  EXPECT_NE(page.find("<a href=\"#m1-1\">$148</a>"), std::string::npos) << "summary links it";
  EXPECT_NE(page.find("<mark id=\"m1-0\" class=\"consensus\" data-value=\"$143\""),
            std::string::npos);
  // The agreeing 49% stakes are greyed in both texts.
  std::size_t agree = 0;
  for (auto p = page.find("<span class=\"agree\""); p != std::string::npos;
       p = page.find("<span class=\"agree\"", p + 1)) {
    ++agree;
    EXPECT_NE(page.find("data-value=\"49%\"", p), std::string::npos);
  }
  EXPECT_EQ(agree, 2u);
  EXPECT_NE(page.find("R&amp;D &lt;staff&gt;"), std::string::npos);
  EXPECT_EQ(page.find("<staff>"), std::string::npos);
}

TEST(FormatsHtml, WithoutTextsTheSummaryStillStands) {
  const Report r = check(conflict_docs());
  const std::string page = report_html(r);
  EXPECT_EQ(page.find("<mark"), std::string::npos);
  EXPECT_NE(page.find("Text not kept"), std::string::npos);
  EXPECT_NE(page.find("<b class=\"outliers\">b.txt</b>"), std::string::npos);
}

TEST(FormatsRejected, RejectedInputsAreReportedNotDropped) {
  const Report r = check({{"empty.txt", "", "empty.txt"}});
  EXPECT_NE(report_junit(r).find("<skipped message=\"rejected: empty"), std::string::npos);
  EXPECT_NE(report_github(r).find("::warning file=empty.txt"), std::string::npos);
  const json::value v = json::parse(report_sarif(r));
  EXPECT_EQ(v.at("runs")
                .at(0)
                .at("invocations")
                .at(0)
                .at("toolExecutionNotifications")
                .at(0)
                .at("descriptor")
                .at("id"),
            "input-rejected");
  EXPECT_NE(report_markdown(r).find("### Inputs not read"), std::string::npos);
}

}  // namespace
}  // namespace claimcheck
