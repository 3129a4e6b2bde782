#include "claimcheck/feed.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

#include <fmt/format.h>
#include <simdjson.h>
#include <unicode/utf8.h>
#include <boost/json.hpp>

namespace claimcheck {
namespace {

namespace fs = std::filesystem;
namespace json = boost::json;

// A document is binary when NUL bytes, control characters and invalid UTF-8
// make up more than this share of it: a scraped PDF or image, not a text
// with a few bad bytes.
constexpr double kBinaryShare = 0.10;

// Whether the eight bytes at p are all in 0x20..0x7f: none has its high bit
// set, and none is below 0x20 (the classic test for a byte less than n, which
// holds for n <= 128).
bool all_printable_ascii(const std::uint8_t* p) {
  constexpr std::uint64_t kOnes = 0x0101010101010101u;
  std::uint64_t v = 0;
  std::memcpy(&v, p, 8);
  const std::uint64_t high = kOnes * 0x80;
  const std::uint64_t below_space = (v - kOnes * 0x20) & ~v & high;
  return ((v & high) | below_space) == 0;
}

// NUL bytes, C0 control characters other than white space, and invalid
// UTF-8 sequences.
std::size_t suspicious_bytes(std::string_view text) {
  const auto* b = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(std::min<std::size_t>(text.size(), INT32_MAX));
  std::size_t count = 0;
  std::int32_t i = 0;
  while (i < length) {
    // Eight printable ASCII bytes (nearly all text) need no decoding.
    if (i + 8 <= length && all_printable_ascii(b + i)) {
      i += 8;
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(b, i, length, c);
    if (c < 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v'))
      ++count;
  }
  return count;
}

bool has_suffix(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_feed_path(std::string_view path) {
  return has_suffix(path, ".jsonl") || has_suffix(path, ".ndjson");
}

// Sets rejected/reason/warnings from the bytes alone.
void screen_bytes(InputDocument& d) {
  const std::string& text = d.doc.text;
  if (text.size() > kMaxDocumentBytes) {
    d.rejected = true;
    d.reason =
        fmt::format("too-large: {} bytes, over the limit of {}", text.size(), kMaxDocumentBytes);
    return;
  }
  if (text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
    d.rejected = true;
    d.reason = "empty: no text";
    return;
  }
  const std::size_t suspicious = suspicious_bytes(text);
  if (static_cast<double>(suspicious) > kBinaryShare * static_cast<double>(text.size())) {
    d.rejected = true;
    d.reason =
        fmt::format("binary: {} control or invalid bytes in {} bytes", suspicious, text.size());
  }
}

std::string json_string(const json::object& o, std::string_view key) {
  if (const auto* v = o.if_contains(key); v && v->is_string()) return std::string(v->as_string());
  return {};
}

// The publication date of a feed line ("published", else "ref"): an ISO date,
// or a warning.
void set_published(InputDocument& d, std::string_view published) {
  if (published.empty()) return;
  d.doc.published = parse_iso_date(published.substr(0, 10));
  if (!d.doc.published) {
    d.warnings.push_back(fmt::format("bad-date: \"published\" is not an ISO date: {}", published));
  }
}

// The fields of a feed line that a document takes.
struct FeedFields {
  std::optional<std::string_view> id, text, input, source, url, title, published, ref;

  std::optional<std::string_view>* named(std::string_view key) {
    if (key == "id") return &id;
    if (key == "text") return &text;
    if (key == "input") return &input;
    if (key == "source") return &source;
    if (key == "url") return &url;
    if (key == "title") return &title;
    if (key == "published") return &published;
    if (key == "ref") return &ref;
    return nullptr;
  }
};

// The common feed line, read with simdjson (Boost.JSON's DOM cost a tenth of
// an extract on long texts): an object whose values are all scalars, whose
// fields named above are strings, each once, with a "text" or "input".
// Anything else (an error, a numeric id, a nested value, a repeated key)
// returns false and is read by Boost.JSON, so that every answer and message
// stays what it was.
bool read_plain_feed_line(std::string_view line, InputDocument& d) {
  thread_local simdjson::dom::parser parser;
  simdjson::dom::object object;
  if (parser.parse(line.data(), line.size()).get_object().get(object)) return false;
  FeedFields fields;
  for (const auto field : object) {
    if (field.value.is_array() || field.value.is_object()) return false;
    std::optional<std::string_view>* slot = fields.named(field.key);
    if (!slot) continue;
    std::string_view value;
    if (*slot || field.value.get_string().get(value)) return false;
    *slot = value;
  }
  const std::optional<std::string_view> text = fields.text ? fields.text : fields.input;
  if (!text) return false;
  Document& doc = d.doc;
  if (fields.id) doc.id = *fields.id;
  doc.text = *text;
  doc.source = fields.source.value_or("");
  doc.url = fields.url.value_or("");
  doc.title = fields.title.value_or("");
  const std::string_view published = fields.published.value_or("");
  set_published(d, published.empty() ? fields.ref.value_or("") : published);
  return true;
}

void read_metadata_header(InputDocument& d) {
  // "# key: value" lines from the first byte, closed by a blank line.
  const std::string& t = d.doc.text;
  std::size_t pos = 0;
  bool any = false;
  Document& doc = d.doc;
  while (pos < t.size() && t.compare(pos, 2, "# ") == 0) {
    const std::size_t eol = t.find('\n', pos);
    if (eol == std::string::npos) return;
    const std::string_view line = std::string_view(t).substr(pos + 2, eol - pos - 2);
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) return;
    std::string_view key = line.substr(0, colon), value = line.substr(colon + 1);
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    while (!value.empty() && (value.back() == ' ' || value.back() == '\r')) value.remove_suffix(1);
    if (key == "source") doc.source = value;
    if (key == "url") doc.url = value;
    if (key == "title") doc.title = value;
    if (key == "published") doc.published = parse_iso_date(value.substr(0, 10));
    any = true;
    pos = eol + 1;
  }
  if (!any) return;
  if (t.compare(pos, 1, "\n") == 0) {
    d.body_offset = pos + 1;
  } else if (t.compare(pos, 2, "\r\n") == 0) {
    d.body_offset = pos + 2;
  }
}

}  // namespace

InputDocument text_document(std::string id, std::string bytes, const std::string& origin) {
  InputDocument d;
  d.doc.id = std::move(id);
  d.doc.text = std::move(bytes);
  d.origin = origin;
  screen_bytes(d);
  if (!d.rejected) read_metadata_header(d);
  return d;
}

InputDocument parse_feed_line(std::string_view line, std::size_t line_number,
                              const std::string& origin) {
  InputDocument d;
  d.origin = origin;
  d.line = line_number;
  d.doc.id = fmt::format("{}:{}", origin, line_number);
  if (read_plain_feed_line(line, d)) {
    screen_bytes(d);
    return d;
  }
  boost::system::error_code ec;
  json::value v = json::parse(line, ec);
  if (ec || !v.is_object()) {
    d.rejected = true;
    d.reason = fmt::format("malformed-line: line {} of {} is not a JSON object ({})", line_number,
                           origin, ec ? ec.message() : "not an object");
    return d;
  }
  const json::object& o = v.as_object();
  if (const auto* id = o.if_contains("id")) {
    if (id->is_string())
      d.doc.id = std::string(id->as_string());
    else if (id->is_number())
      d.doc.id = json::serialize(*id);
  }
  const json::value* text = o.if_contains("text");
  if (!text) text = o.if_contains("input");  // a mention test case
  if (!text || !text->is_string()) {
    d.rejected = true;
    d.reason =
        fmt::format("malformed-line: line {} of {} has no string \"text\"", line_number, origin);
    return d;
  }
  d.doc.text = std::string(text->as_string());
  d.doc.source = json_string(o, "source");
  d.doc.url = json_string(o, "url");
  d.doc.title = json_string(o, "title");
  std::string published = json_string(o, "published");
  if (published.empty()) published = json_string(o, "ref");
  set_published(d, published);
  screen_bytes(d);
  return d;
}

ReadError read_input(const std::string& path, const DocumentSink& sink) {
  if (path == "-") {
    std::string line;
    std::size_t n = 0;
    while (std::getline(std::cin, line)) {
      ++n;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      sink(parse_feed_line(line, n, "-"));
    }
    return {};
  }
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status))
    return {fmt::format("cannot read {}: no such file or directory", path)};
  if (fs::is_directory(status)) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(path, ec)) {
      const std::string name = entry.path().filename().string();
      if (entry.is_regular_file() &&
          (has_suffix(name, ".txt") || has_suffix(name, ".md") || is_feed_path(name))) {
        files.push_back(entry.path());
      }
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      if (ReadError e = read_input(f.string(), sink)) return e;
    }
    return {};
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return {fmt::format("cannot read {}: permission denied or not a file", path)};
  if (is_feed_path(path)) {
    std::string line;
    std::size_t n = 0;
    while (std::getline(in, line)) {
      ++n;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      sink(parse_feed_line(line, n, path));
    }
    return {};
  }
  const auto size = fs::file_size(path, ec);
  if (!ec && size > kMaxDocumentBytes) {
    InputDocument d;
    d.doc.id = fs::path(path).filename().string();
    d.origin = path;
    d.rejected = true;
    d.reason = fmt::format("too-large: {} bytes, over the limit of {}", size, kMaxDocumentBytes);
    sink(std::move(d));
    return {};
  }
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  sink(text_document(fs::path(path).filename().string(), std::move(bytes), path));
  return {};
}

}  // namespace claimcheck
