// The claimcheck command line: a thin layer over the library.
//   claimcheck extract [--format jsonl|text] [--ref DATE] [--jobs N] INPUT...
//   claimcheck check   [--format text|json|sarif|github|rdjsonl|junit|markdown|html]
//                      [--fail-on LEVEL] [--jobs N] INPUT...
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <optional>

#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <iostream>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "claimcheck/claimcheck.hpp"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFindings = 1;  // input errors (extract) or findings (check)
constexpr int kExitUsage = 2;

// A one-line progress display on standard error, only when it is a terminal,
// redrawn at most ten times a second and erased at the end. Worker threads
// may draw while the main thread clears: a mutex orders them.
class ProgressLine {
 public:
  ProgressLine() : enabled_(isatty(fileno(stderr)) != 0) {}
  ~ProgressLine() { clear(); }
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;
  void show(std::size_t documents, std::size_t found, std::string_view what) {
    if (!enabled_) return;
    const std::lock_guard lock(mutex_);
    const auto now = std::chrono::steady_clock::now();
    if (drawn_ && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    drawn_ = true;
    fmt::print(stderr, "\rclaimcheck: {} documents read, {} {}\033[K", documents, found, what);
  }
  // Erases the line, before other output reaches the terminal.
  void clear() {
    const std::lock_guard lock(mutex_);
    if (drawn_) fmt::print(stderr, "\r\033[K");
    drawn_ = false;
  }

 private:
  bool enabled_;
  std::mutex mutex_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_;
};

struct ExtractArgs {
  std::vector<std::string> inputs;
  std::string format = "jsonl";
  std::string ref;
  std::size_t jobs = claimcheck::default_jobs();
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
  const bool text_format = args.format == "text";
  ProgressLine progress;
  std::atomic<std::size_t> mentions = 0;  // counted on the workers
  std::size_t documents = 0;              // counted in the sink, in input order
  claimcheck::ExtractStream stream(
      base, args.jobs,
      [text_format, &mentions](const claimcheck::InputDocument& in,
                               const claimcheck::ExtractResult* found,
                               const claimcheck::PreparedText* text) {
        if (found) mentions += found->mentions.size();
        return text_format ? claimcheck::mentions_text(in, found, text)
                           : claimcheck::mentions_jsonl(in, found) + "\n";
      },
      [&](std::string out) {
        progress.show(++documents, mentions.load(), "mentions");
        std::cout << out;
      });
  auto handle = [&](claimcheck::InputDocument in) {
    if (in.rejected) {
      any_rejected = true;
      progress.clear();
      fmt::print(stderr, "claimcheck: {}: rejected: {}\n", in.doc.id, in.reason);
    }
    stream.add(std::move(in));
  };
  for (const std::string& path : args.inputs) {
    if (const claimcheck::ReadError e = claimcheck::read_input(path, handle)) {
      stream.finish();
      std::cout.flush();
      progress.clear();
      fmt::print(stderr, "claimcheck: {}\n", e.message);
      return kExitUsage;
    }
  }
  stream.finish();
  std::cout.flush();
  return any_rejected ? kExitFindings : kExitOk;
}

struct CheckArgs {
  std::vector<std::string> inputs;
  std::string format = "text";
  std::string fail_on = "error";
  std::string ref;
  std::vector<std::string> lexicons;
  std::string rates;
  std::string output;
  bool show_agreements = false;
  std::size_t jobs = claimcheck::default_jobs();
};

std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

int run_check(const CheckArgs& args) {
  claimcheck::CheckOptions options;
  if (!args.ref.empty() && !(options.reference_date = claimcheck::parse_iso_date(args.ref))) {
    fmt::print(stderr, "claimcheck: --ref {} is not a date (YYYY-MM-DD)\n", args.ref);
    return kExitUsage;
  }
  for (const std::string& path : args.lexicons) {
    const auto tsv = read_file(path);
    const std::string error = tsv ? options.lexicon.add_tsv(*tsv) : "cannot read the file";
    if (!error.empty()) {
      fmt::print(stderr, "claimcheck: --lexicon {}: {}\n", path, error);
      return kExitUsage;
    }
  }
  if (!args.rates.empty()) {
    const auto tsv = read_file(args.rates);
    const std::string error =
        tsv ? claimcheck::parse_rates(*tsv, options.rates) : "cannot read the file";
    if (!error.empty()) {
      fmt::print(stderr, "claimcheck: --rates {}: {}\n", args.rates, error);
      return kExitUsage;
    }
  }
  options.keep_texts = args.format == "html";  // the page shows the texts
  // Formats that list agreeing facts need their claims; the others count them.
  options.keep_agreement_values = args.show_agreements || args.format == "html" ||
                                  args.format == "markdown" || args.format == "junit";
  options.jobs = args.jobs;
  ProgressLine progress;
  options.on_progress = [&progress](const claimcheck::CheckProgress& p) {
    progress.show(p.documents, p.claims, "claims");
  };
  claimcheck::Checker checker(std::move(options));
  for (const std::string& path : args.inputs) {
    if (const auto e = claimcheck::read_input(
            path, [&](claimcheck::InputDocument d) { checker.add(std::move(d)); })) {
      fmt::print(stderr, "claimcheck: {}\n", e.message);
      return kExitUsage;
    }
  }
  const claimcheck::Report report = checker.finish();
  progress.clear();
  std::string out;
  if (args.format == "json") {
    out = claimcheck::report_json(report, args.show_agreements) + "\n";
  } else if (args.format == "sarif") {
    out = claimcheck::report_sarif(report) + "\n";
  } else if (args.format == "github") {
    out = claimcheck::report_github(report);
  } else if (args.format == "rdjsonl") {
    out = claimcheck::report_rdjsonl(report);
  } else if (args.format == "junit") {
    out = claimcheck::report_junit(report);
  } else if (args.format == "markdown") {
    out = claimcheck::report_markdown(report);
  } else if (args.format == "html") {
    out = claimcheck::report_html(report);
  } else {
    claimcheck::TextStyle style;
    style.color = args.output.empty() && isatty(fileno(stdout)) && !std::getenv("NO_COLOR");
    style.show_agreements = args.show_agreements;
    out = claimcheck::report_text(report, style);
  }
  if (args.output.empty()) {
    std::cout << out;
  } else if (std::ofstream f(args.output, std::ios::binary); !(f << out)) {
    fmt::print(stderr, "claimcheck: cannot write {}\n", args.output);
    return kExitUsage;
  }
  const bool fail =
      args.fail_on != "never" &&
      std::any_of(report.discrepancies.begin(), report.discrepancies.end(), [&](const auto& d) {
        return args.fail_on == "warning" || d.severity == claimcheck::Severity::error;
      });
  return fail ? kExitFindings : kExitOk;
}

// Documents are independent until compare: --jobs threads read them; the
// output order is the input order whatever the number.
void add_jobs_option(CLI::App& command, std::size_t& jobs) {
  command.add_option("-j,--jobs", jobs, "Threads for documents (default: all cores)")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
}

// Each document allocates and frees a few buffers the size of its text. By
// default glibc hands large ones back to the kernel and faults them in again
// for the next document, which cost about a tenth of the run on a feed.
void keep_freed_memory() {
#ifdef __GLIBC__
  constexpr int kBytes = 64 << 20;
  mallopt(M_MMAP_THRESHOLD, kBytes / 2);
  mallopt(M_TRIM_THRESHOLD, kBytes);
#endif
}

}  // namespace

int main(int argc, char** argv) {
  keep_freed_memory();
  CLI::App app{"claimcheck: find where news reports disagree on stated amounts"};
  app.set_version_flag("--version", std::string(claimcheck::version()));
  app.require_subcommand(1);

  ExtractArgs extract_args;
  CLI::App* extract = app.add_subcommand("extract", "List every stated amount, normalized");
  extract
      ->add_option("inputs", extract_args.inputs,
                   "Text files, JSON Lines feeds (.jsonl), directories, or - for standard input")
      ->required();
  extract->add_option("--format", extract_args.format, "Output format")
      ->check(CLI::IsMember({"jsonl", "text"}))
      ->capture_default_str();
  extract->add_option("--ref", extract_args.ref,
                      "Reference date (YYYY-MM-DD) for documents that give none");
  add_jobs_option(*extract, extract_args.jobs);

  CheckArgs check_args;
  CLI::App* check = app.add_subcommand("check", "Report where the documents disagree");
  check
      ->add_option("inputs", check_args.inputs,
                   "Text files, JSON Lines feeds (.jsonl), directories, or - for standard input")
      ->required();
  check->add_option("--format", check_args.format, "Output format")
      ->check(CLI::IsMember(
          {"text", "json", "sarif", "github", "rdjsonl", "junit", "markdown", "html"}))
      ->capture_default_str();
  check
      ->add_option("--fail-on", check_args.fail_on,
                   "Exit 1 when a discrepancy at or above this severity is found")
      ->check(CLI::IsMember({"error", "warning", "never"}))
      ->capture_default_str();
  check->add_option("--ref", check_args.ref,
                    "Reference date (YYYY-MM-DD) for documents that give none");
  check->add_option("--lexicon", check_args.lexicons, "Extra attribute words (phrase<TAB>class)");
  check->add_option("--rates", check_args.rates, "Exchange rates (CODE<TAB>units per USD)");
  check->add_option("-o,--output", check_args.output, "Write the report to this file");
  check->add_flag("--show-agreements", check_args.show_agreements, "List the agreeing facts too");
  add_jobs_option(*check, check_args.jobs);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  if (extract->parsed()) return run_extract(extract_args);
  if (check->parsed()) return run_check(check_args);
  return kExitUsage;
}
