// In-process rendering of DOT text with Graphviz's libgvc (2.42): layout and output to SVG,
// PNG or PDF without running the `dot` program. Graphviz keeps global state: call from one
// thread at a time.
#pragma once

#include <cstddef>
#include <string>

namespace issuegraph {

// The layout engine used when none is given: dot for small graphs (<= 150 nodes), sfdp above.
std::string choose_layout(std::size_t nodes);

// Renders `dot` to `format` (svg | png | pdf) with `layout` (dot | neato | fdp | sfdp | circo |
// twopi; "" chooses by size). Returns the bytes of the rendered file. Throws UsageError for an
// unknown format or layout, Error with Graphviz's message for DOT it cannot read or lay out.
std::string render_dot(const std::string& dot, const std::string& format, const std::string& layout);

}  // namespace issuegraph
