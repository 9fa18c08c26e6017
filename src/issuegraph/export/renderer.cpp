#include "issuegraph/export/renderer.hpp"

#include <array>
#include <memory>
#include <string_view>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include "issuegraph/base/error.hpp"

namespace issuegraph {
namespace {

// Graphviz reports problems through a callback (or stderr); library code must not print, so
// messages are collected here and turned into an exception.
std::string& graphviz_messages() {
  static std::string messages;
  return messages;
}

int collect_message(char* message) {
  graphviz_messages() += message;
  return 0;
}

std::string take_messages() {
  std::string text;
  text.swap(graphviz_messages());
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text.empty() ? "unknown Graphviz error" : text;
}

struct ContextDeleter {
  void operator()(GVC_t* gvc) const { gvFreeContext(gvc); }
};

}  // namespace

std::string choose_layout(std::size_t nodes) { return nodes <= 150 ? "dot" : "sfdp"; }

std::string render_dot(const std::string& dot, const std::string& format, const std::string& layout) {
  static constexpr std::array<std::string_view, 3> kFormats{"svg", "png", "pdf"};
  static constexpr std::array<std::string_view, 6> kLayouts{"dot", "neato", "fdp", "sfdp", "circo", "twopi"};
  bool known_format = false;
  for (auto f : kFormats) known_format = known_format || f == format;
  if (!known_format) throw UsageError("unknown render format '" + format + "' (expected svg, png or pdf)");
  if (!layout.empty()) {
    bool known_layout = false;
    for (auto l : kLayouts) known_layout = known_layout || l == layout;
    if (!known_layout) {
      throw UsageError("unknown layout '" + layout + "' (expected dot, neato, fdp, sfdp, circo or twopi)");
    }
  }

  agseterr(AGERR);  // warnings are dropped, errors collected
  agseterrf(collect_message);
  graphviz_messages().clear();
  agreseterrors();

  std::unique_ptr<GVC_t, ContextDeleter> gvc(gvContext());
  if (!gvc) throw Error("Graphviz: cannot create a context");
  Agraph_t* graph = agmemread(dot.c_str());
  if (graph == nullptr) throw Error("Graphviz cannot read the DOT text: " + take_messages());
  std::string engine = layout.empty() ? choose_layout(static_cast<std::size_t>(agnnodes(graph))) : layout;
  if (gvLayout(gvc.get(), graph, engine.c_str()) != 0) {
    agclose(graph);
    throw Error("Graphviz layout '" + engine + "' failed: " + take_messages());
  }
  char* data = nullptr;
  unsigned int length = 0;
  int status = gvRenderData(gvc.get(), graph, format.c_str(), &data, &length);
  std::string result;
  if (status == 0 && data != nullptr) result.assign(data, length);
  if (data != nullptr) gvFreeRenderData(data);
  gvFreeLayout(gvc.get(), graph);
  agclose(graph);
  if (status != 0) throw Error("Graphviz cannot render " + format + ": " + take_messages());
  graphviz_messages().clear();
  return result;
}

}  // namespace issuegraph
