#include "data.hpp"

namespace claimcheck::detail {

std::vector<std::vector<std::string_view>> read_tsv(std::string_view tsv) {
  std::vector<std::vector<std::string_view>> rows;
  while (!tsv.empty()) {
    const auto eol = tsv.find('\n');
    std::string_view line = tsv.substr(0, eol);
    tsv = eol == std::string_view::npos ? std::string_view{} : tsv.substr(eol + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> fields;
    while (true) {
      const auto tab = line.find('\t');
      fields.push_back(line.substr(0, tab));
      if (tab == std::string_view::npos) break;
      line.remove_prefix(tab + 1);
    }
    rows.push_back(std::move(fields));
  }
  return rows;
}

}  // namespace claimcheck::detail
