// The ASCII fast path of sentence boundaries must give ICU's breaks exactly.
#include "text/sentences.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

namespace claimcheck::detail {
namespace {

void expect_same(std::string_view text) {
  ASSERT_TRUE(plain_ascii(text));
  EXPECT_EQ(ascii_sentence_boundaries(text), icu_sentence_boundaries(text)) << text;
}

TEST(Sentences, AsciiRulesGiveIcusBreaks) {
  for (const std::string_view text : {
           "Meta paid $14.3 billion. Scale AI agreed.",
           "It rose 3.5% to $9.86 billion. Analysts cheered!",
           "The U.S. Army said so. The U.S.A. is large.",
           "Mr. Smith went to Washington. He stayed.",
           "He said \"no.\" Then he left. (It was late.) Later, it rained.",
           "Is it? Yes! No... maybe. ok.",
           "e.g. this one. i.e. that one. etc. and more.",
           "Line one\nLine two. Still two\r\nLine three.\n\nLine four",
           "Dr. Who? 5 p.m. ET. The talks ended at 10 a.m. on Friday.",
           "Sales fell 3.2%, the company said: revenue. Next. 2025. 10. 20.",
           "'Quoted.' 'And again.' [Bracketed.] {Braced.} Done.",
           "A.  Two spaces. \tTab. - Dash after. ; Semi after. , comma.",
           "x.Y z.a .5 is a number. 3.Y ends? 3. Y ends.",
           "",
           ".",
           "A.",
           "a. b",
           "ABC. DEF",
           "abc.DEF",
           "1.\n2.\n",
       }) {
    expect_same(text);
  }
}

// Short strings of the characters the rules look at, drawn at random
// (fixed seed): every one splits as ICU splits it.
TEST(Sentences, AsciiRulesGiveIcusBreaksOnRandomText) {
  std::mt19937 draw(20261202);
  constexpr std::string_view alphabet = "aA. !?\"'()[]-,:;15\n\r\tZz";
  for (int k = 0; k < 20000; ++k) {
    std::string text;
    const auto length = draw() % 24;
    for (unsigned i = 0; i < length; ++i) text += alphabet[draw() % alphabet.size()];
    ASSERT_EQ(ascii_sentence_boundaries(text), icu_sentence_boundaries(text)) << "[" << text << "]";
  }
}

// ICU runs where the text is not ASCII; both agree where it is.
TEST(Sentences, NonAsciiGoesToIcu) {
  EXPECT_FALSE(plain_ascii("Caf\xC3\xA9. Ok."));
  EXPECT_EQ(sentence_boundaries("Caf\xC3\xA9. Ok."), icu_sentence_boundaries("Caf\xC3\xA9. Ok."));
}

// Every ASCII article of the project's corpora, split both ways.
TEST(Sentences, AsciiRulesGiveIcusBreaksOnTheCorpora) {
  const std::filesystem::path root = CLAIMCHECK_SOURCE_DIR;
  std::size_t compared = 0;
  for (const auto& dir : {root / "tests" / "corpus", root / "tests" / "corpus-open",
                          root / "examples" / "articles"}) {
    if (!std::filesystem::exists(dir)) continue;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
      if (entry.path().extension() != ".txt") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      const std::string text = ss.str();
      if (!plain_ascii(text)) continue;
      EXPECT_EQ(ascii_sentence_boundaries(text), icu_sentence_boundaries(text)) << entry.path();
      ++compared;
    }
  }
  EXPECT_GT(compared, 20u);
}

}  // namespace
}  // namespace claimcheck::detail
