// Internal: how values are written, shared by every writer so that the
// mention listing and the discrepancy report agree to the digit.
#pragma once

#include <string>

#include <boost/json.hpp>

#include "claimcheck/extract.hpp"
#include "report/json_writer.hpp"

namespace claimcheck::detail {

/// Text from the input as a JSON string: invalid UTF-8 is replaced, so the
/// output is always valid JSON.
boost::json::string text_json(std::string_view bytes);

/// A decimal as a JSON number: an integer when it is one and fits, else the
/// nearest double; null when out of range.
void write_decimal(JsonWriter& w, const Decimal& d);
boost::json::value decimal_json(const Decimal& d);

/// The mention's value as interchange.md writes it.
void write_value(JsonWriter& w, const Mention& m);
boost::json::value value_of(const Mention& m);

/// Writes the members value, currency/unit/change, low/high, approx, bound,
/// range and alternatives.
void write_value_fields(JsonWriter& w, const Mention& m);

/// "14300000000 USD [14250000000, 14350000000]" for people.
std::string describe_value(const Mention& m);

}  // namespace claimcheck::detail
