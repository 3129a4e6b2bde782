#include "claimcheck/document.hpp"

#include <gtest/gtest.h>

namespace claimcheck {
namespace {

TEST(Prepare, UnifiesLookAlikesByUnicodeProperty) {
  // No-break space, en dash, minus sign, fullwidth digits, curly apostrophe.
  const PreparedText p = prepare("Meta\u2019s $14.3\u00a0billion \u2013 \u2212\uff14\uff19%");
  EXPECT_EQ(p.normalized(), "Meta's $14.3 billion - -49%");
  EXPECT_EQ(p.invalid_sequences(), 0u);
}

TEST(Prepare, MapsEveryPositionBackToOriginalBytes) {
  const std::string original = "Meta\u2019s $14.3\u00a0billion";
  const PreparedText p = prepare(original);
  const std::size_t dollar = p.normalized().find('$');
  EXPECT_EQ(original.substr(p.to_original(dollar), 1), "$");
  const std::size_t billion = p.normalized().find("billion");
  EXPECT_EQ(original.substr(p.to_original(billion), 7), "billion");
  EXPECT_EQ(p.to_original(p.normalized().size()), original.size());
  EXPECT_EQ(p.to_normalized(p.to_original(billion)), billion);
}

// The offset map is stored as segments; check it byte by byte on a text
// that mixes every case: ASCII runs, kept non-ASCII, stand-ins, NUL bytes,
// invalid and truncated sequences, at the start, middle and end.
TEST(Prepare, OffsetMapHoldsAtEveryByte) {
  using namespace std::string_literals;
  // ’ a NUL b é space $1 NBSP m, two invalid bytes, x newline, minus, fullwidth
  // 4, a truncated sequence, “q”, and a truncated sequence at the very end.
  const std::string original = "\xe2\x80\x99"s + "a" + "\0"s + "b\xc3\xa9 $1\xc2\xa0m" +
                               "\xff\xfe" + "x\n\xe2\x88\x92\xef\xbc\x94" + "\xe2\x82" +
                               "\xe2\x80\x9c" + "q" + "\xe2\x80\x9d" + "\xc3";
  const std::string fffd = "\xEF\xBF\xBD";
  const PreparedText p = prepare(original);
  EXPECT_EQ(p.normalized(), "'a b\xc3\xa9 $1 m" + fffd + fffd + "x\n-4" + fffd + "\"q\"" + fffd);
  const std::string_view norm = p.normalized();
  std::size_t previous = 0;
  for (std::size_t n = 0; n < norm.size(); ++n) {
    const std::size_t o = p.to_original(n);
    ASSERT_LT(o, original.size());
    EXPECT_GE(o, previous) << n;  // never goes back
    previous = o;
    // A byte kept as it was maps to itself; a replacement to the character's first byte.
    if (static_cast<unsigned char>(original[o]) >= 0x80 && norm[n] != original[o]) {
      EXPECT_NE(static_cast<unsigned char>(original[o]) & 0xC0, 0x80u) << n;
    }
  }
  EXPECT_EQ(p.to_original(norm.size()), original.size());
  // to_normalized is the first normalized offset mapping at or after the offset.
  for (std::size_t o = 0; o <= original.size() + 1; ++o) {
    std::size_t expected = norm.size();
    for (std::size_t n = 0; n < norm.size(); ++n) {
      if (p.to_original(n) >= o) {
        expected = n;
        break;
      }
    }
    EXPECT_EQ(p.to_normalized(o), expected) << o;
  }
  EXPECT_EQ(p.line_column(original.find('\n') + 1).line, 2u);
}

TEST(Prepare, ReplacesAndCountsInvalidUtf8) {
  const PreparedText p = prepare(std::string("ok \xff\xfe then $5", 11));
  EXPECT_EQ(p.invalid_sequences(), 2u);
  EXPECT_NE(p.normalized().find("\xEF\xBF\xBD"), std::string::npos);
  EXPECT_EQ(p.original().size(), 11u);
}

TEST(Prepare, ReplacesNulBytes) {
  const PreparedText p = prepare(std::string("a\0b", 3));
  EXPECT_EQ(p.nul_bytes(), 1u);
  EXPECT_EQ(p.normalized(), "a b");
}

TEST(Prepare, LineAndColumnAreOneBasedBytes) {
  const PreparedText p = prepare("first line\nsecond $5 line");
  const auto lc = p.line_column(std::string_view("first line\nsecond ").size());
  EXPECT_EQ(lc.line, 2u);
  EXPECT_EQ(lc.column, 8u);
}

TEST(Prepare, SentenceAroundAnOffset) {
  const std::string text = "Meta paid $14.3 billion. Google spent $150 million last year.";
  const PreparedText p = prepare(text);
  const auto [b, e] = p.sentence_around(text.find("$150"));
  EXPECT_EQ(text.substr(b, e - b), "Google spent $150 million last year.");
  const auto [b2, e2] = p.sentence_around(text.find("$14.3"));
  EXPECT_EQ(text.substr(b2, e2 - b2), "Meta paid $14.3 billion.");
}

TEST(Prepare, LineBreakEndsASentence) {
  const std::string text = "Updated: 8/30/2025\nMeta's $14.8 billion investment";
  const PreparedText p = prepare(text);
  const auto [b, e] = p.sentence_around(text.find("$14.8"));
  EXPECT_EQ(text.substr(b, e - b), "Meta's $14.8 billion investment");
}

// A long document on one line (no newline at all): every sentence is still
// found whole, at the start, the middle and the end of the line.
TEST(Prepare, SentencesOnALongSingleLine) {
  std::string text;
  const std::size_t n = 20000;
  for (std::size_t i = 0; i < n; ++i) {
    text += "Sentence " + std::to_string(i) + " says $5 million and 3%. ";
  }
  const PreparedText p = prepare(text);
  for (const std::size_t i : {std::size_t{0}, n / 2, n - 1}) {
    const std::string sentence = "Sentence " + std::to_string(i) + " says $5 million and 3%.";
    const std::size_t at = text.find(sentence);
    ASSERT_NE(at, std::string::npos);
    for (const std::size_t offset : {at, at + sentence.find('$'), at + sentence.size() - 1}) {
      const auto [b, e] = p.sentence_around(offset);
      EXPECT_EQ(text.substr(b, e - b), sentence) << "offset " << offset;
    }
  }
}

// The boundaries come from the whole document, not from a window around the
// offset: a sentence longer than a few kilobytes is not cut short.
TEST(Prepare, LongSentenceIsFoundWhole) {
  std::string sentence = "The budget of $5 million";
  for (int i = 0; i < 800; ++i) sentence += ", and more";
  sentence += " was spent.";
  const std::string text = "Before. " + sentence + " After.";
  const PreparedText p = prepare(text);
  const auto [b, e] = p.sentence_around(text.rfind("more"));
  EXPECT_EQ(text.substr(b, e - b), sentence);
}

TEST(Prepare, CopiesShareTheirSentences) {
  const std::string text = "One $1. Two $2.";
  const PreparedText p = prepare(text);
  const PreparedText copy = p;
  const auto [b, e] = copy.sentence_around(text.find("$2"));
  EXPECT_EQ(text.substr(b, e - b), "Two $2.");
  EXPECT_EQ(p.sentence_around(text.find("$2")), copy.sentence_around(text.find("$2")));
}

TEST(ParseIsoDate, AcceptsDatesRejectsImpossibleOnes) {
  EXPECT_TRUE(parse_iso_date("2025-08-30").has_value());
  EXPECT_TRUE(parse_iso_date("2025-08").has_value());
  EXPECT_FALSE(parse_iso_date("2025-02-30").has_value());
  EXPECT_FALSE(parse_iso_date("yesterday").has_value());
  EXPECT_EQ(format_iso_date(*parse_iso_date("2025-08-30")), "2025-08-30");
}

}  // namespace
}  // namespace claimcheck
