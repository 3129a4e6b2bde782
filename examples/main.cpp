// The claimcheck command line: a thin layer over the library.
//   claimcheck extract [--format jsonl|text] [--ref DATE] INPUT...
//   claimcheck check   [--format text|json] [--fail-on LEVEL] INPUT...
#include <cstdio>
#include <iostream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "claimcheck/claimcheck.hpp"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFindings = 1;  // input errors (extract) or findings (check)
constexpr int kExitUsage = 2;

struct ExtractArgs {
  std::vector<std::string> inputs;
  std::string format = "jsonl";
  std::string ref;
};

int run_extract(const ExtractArgs& args) {
  claimcheck::ExtractOptions base;
  if (!args.ref.empty()) {
    base.reference_date = claimcheck::parse_iso_date(args.ref);
    if (!base.reference_date) {
      fmt::print(stderr, "claimcheck: --ref {} is not a date (YYYY-MM-DD)\n", args.ref);
      return kExitUsage;
    }
  }
  bool any_rejected = false;
  auto handle = [&](claimcheck::InputDocument in) {
    if (in.rejected) {
      any_rejected = true;
      fmt::print(stderr, "claimcheck: {}: rejected: {}\n", in.doc.id, in.reason);
      std::cout << (args.format == "text" ? claimcheck::mentions_text(in, nullptr, nullptr)
                                          : claimcheck::mentions_jsonl(in, nullptr) + "\n");
      return;
    }
    claimcheck::ExtractOptions options = base;
    if (in.doc.published) options.reference_date = in.doc.published;
    options.begin = in.body_offset;
    const claimcheck::PreparedText text = claimcheck::prepare(std::move(in.doc.text));
    if (text.invalid_sequences()) {
      in.warnings.push_back(
          fmt::format("invalid-utf8: {} invalid byte sequence(s) replaced", text.invalid_sequences()));
    }
    const claimcheck::ExtractResult found = claimcheck::extract(text, options);
    std::cout << (args.format == "text" ? claimcheck::mentions_text(in, &found, &text)
                                        : claimcheck::mentions_jsonl(in, &found) + "\n");
  };
  for (const std::string& path : args.inputs) {
    if (const claimcheck::ReadError e = claimcheck::read_input(path, handle)) {
      fmt::print(stderr, "claimcheck: {}\n", e.message);
      return kExitUsage;
    }
  }
  std::cout.flush();
  return any_rejected ? kExitFindings : kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"claimcheck: find where news reports disagree on stated amounts"};
  app.set_version_flag("--version", std::string(claimcheck::version()));
  app.require_subcommand(1);

  ExtractArgs extract_args;
  CLI::App* extract = app.add_subcommand("extract", "List every stated amount, normalized");
  extract->add_option("inputs", extract_args.inputs,
                      "Text files, JSON Lines feeds (.jsonl), directories, or - for standard input")
      ->required();
  extract->add_option("--format", extract_args.format, "Output format")
      ->check(CLI::IsMember({"jsonl", "text"}))
      ->capture_default_str();
  extract->add_option("--ref", extract_args.ref,
                      "Reference date (YYYY-MM-DD) for documents that give none");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  if (extract->parsed()) return run_extract(extract_args);
  return kExitUsage;
}
