// Checks two texts against each other and prints where they disagree.
//   consumer "Meta's $143 investment in Scale AI." "Meta's $148 investment in Scale AI."
// Exit status: 0 when they agree, 1 when they disagree, 2 on a usage error.
#include <iostream>

#include <claimcheck/claimcheck.hpp>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: consumer TEXT_A TEXT_B\n";
    return 2;
  }
  claimcheck::Checker checker;
  checker.add(claimcheck::text_document("a", argv[1], "a"));
  checker.add(claimcheck::text_document("b", argv[2], "b"));
  const claimcheck::Report report = checker.finish();

  std::cout << "claimcheck " << claimcheck::version() << ": " << report.discrepancies.size()
            << " discrepancies\n";
  for (const claimcheck::Discrepancy& d : report.discrepancies) {
    std::cout << claimcheck::to_string(d.severity) << " " << claimcheck::to_string(d.key.kind)
              << " " << d.key.attribute << ":";
    for (const claimcheck::Claim& c : d.values) {
      std::cout << " \"" << c.mention.text << "\" (" << report.sources[c.doc].id << ":"
                << c.position.line << ":" << c.position.column << ")";
    }
    std::cout << "\n";
  }
  return report.discrepancies.empty() ? 0 : 1;
}
