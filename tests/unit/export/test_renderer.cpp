#include <sstream>

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <catch2/catch.hpp>

#include "issuegraph/base/error.hpp"
#include "issuegraph/export/dot_writer.hpp"
#include "issuegraph/export/renderer.hpp"
#include "unit/graph/graph_fixtures.hpp"

using namespace issuegraph;
using namespace issuegraph::testing;

namespace {

// Every xlink:title and xlink:href in the SVG, found by parsing it as XML.
void collect_links(const boost::property_tree::ptree& tree, std::vector<std::string>& titles,
                   std::vector<std::string>& hrefs) {
  for (const auto& [name, child] : tree) {
    if (name == "<xmlattr>") {
      if (auto title = child.get_optional<std::string>("xlink:title")) titles.push_back(*title);
      if (auto href = child.get_optional<std::string>("xlink:href")) hrefs.push_back(*href);
    } else {
      collect_links(child, titles, hrefs);
    }
  }
}

}  // namespace

TEST_CASE("svg rendering is byte-identical across runs and triple orders", "[renderer]") {
  std::string first = render_dot(write_dot(build_graph(sample_triples())), "svg", "");
  std::string second = render_dot(write_dot(build_graph(shuffled(sample_triples(), 21))), "svg", "");
  REQUIRE_FALSE(first.empty());
  CHECK(first == second);
  CHECK(render_dot(write_dot(build_graph(sample_triples())), "svg", "neato") ==
        render_dot(write_dot(build_graph(shuffled(sample_triples(), 22))), "svg", "neato"));
}

TEST_CASE("svg edges carry their evidence sentences as tooltips and nodes link to queries", "[renderer]") {
  std::string svg = render_dot(write_dot(build_graph(sample_triples())), "svg", "dot");
  std::istringstream in(svg);
  boost::property_tree::ptree tree;
  boost::property_tree::read_xml(in, tree);  // throws if the SVG is not well-formed XML
  std::vector<std::string> titles;
  std::vector<std::string> hrefs;
  collect_links(tree, titles, hrefs);
  auto has = [](const std::vector<std::string>& items, const std::string& needle) {
    return std::any_of(items.begin(), items.end(),
                       [&](const std::string& s) { return s.find(needle) != std::string::npos; });
  };
  // The XML parser has undone the escaping of & and < in the sentences.
  CHECK(has(titles, "[d3#0] China rejected the accusations & called them groundless."));
  CHECK(has(titles, "on climate change <at last>."));
  CHECK(has(titles, "[d2#1] Mr. Blinken again raised concerns"));
  CHECK(has(hrefs, "#query:actor=antony_blinken"));
  CHECK(has(hrefs, "#query:issue=russia_support"));
}

TEST_CASE("renderer makes png and pdf too", "[renderer]") {
  std::string dot = write_dot(build_graph(sample_triples()));
  std::string png = render_dot(dot, "png", "dot");
  REQUIRE(png.size() > 8);
  CHECK(png.substr(1, 3) == "PNG");
  std::string pdf = render_dot(dot, "pdf", "dot");
  CHECK(pdf.substr(0, 5) == "%PDF-");
}

TEST_CASE("renderer reports bad DOT, formats and layouts without printing", "[renderer]") {
  CHECK_THROWS_AS(render_dot("digraph { a -> }", "svg", "dot"), Error);
  CHECK_THROWS_AS(render_dot("digraph { a }", "gif89", "dot"), UsageError);
  CHECK_THROWS_AS(render_dot("digraph { a }", "svg", "spring"), UsageError);
  CHECK(choose_layout(20) == "dot");
  CHECK(choose_layout(5000) == "sfdp");
}
