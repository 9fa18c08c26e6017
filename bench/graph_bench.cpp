// Graph-scale benchmark: builds a knowledge graph from N synthetic triples (deterministic
// generator, Zipf-skewed actors and issues as in news: a few hundred actors, a few thousand
// issues), then times writing graph.json and DOT, reading graph.json back, and drawing the
// top-50 view with libgvc. Prints one line of figures; peak memory is the process's, so run
// one size per process (bench/graph_bench.sh does).
//
//   bench_graph_bench [--triples N] [--emit-json PATH]
#include <sys/resource.h>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "issuegraph/base/splitmix64.hpp"
#include "issuegraph/export/dot_writer.hpp"
#include "issuegraph/export/renderer.hpp"
#include "issuegraph/graph/graph_view.hpp"
#include "issuegraph/graph/knowledge_graph.hpp"

namespace {

using issuegraph::Triple;

// The same numbers on every platform, unlike std:: distributions.
using Random = issuegraph::SplitMix64;

// Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1)^s.
class Zipf {
 public:
  Zipf(std::size_t n, double s) : cdf_(n) {
    double total = 0;
    for (std::size_t i = 0; i < n; ++i) cdf_[i] = (total += 1.0 / std::pow(static_cast<double>(i + 1), s));
    for (double& c : cdf_) c /= total;
  }
  std::size_t draw(Random& rng) const {
    double u = rng.uniform();
    std::size_t lo = 0, hi = cdf_.size() - 1;
    while (lo < hi) {
      std::size_t mid = (lo + hi) / 2;
      if (cdf_[mid] < u) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

 private:
  std::vector<double> cdf_;
};

constexpr std::size_t kActors = 400;
constexpr std::size_t kIssues = 3000;
const char* const kClasses[] = {"express_concern", "warn", "accuse", "threaten", "agree", "cooperate",
                                "praise", "meet", "say", "demand", "reject", "support", "criticize",
                                "urge", "deny", "visit"};
const char* const kTypes[] = {"person", "country", "organization", "group"};

std::vector<Triple> synthetic_triples(std::size_t n) {
  Random rng{20240601};
  Zipf actors(kActors, 1.1);
  Zipf issues(kIssues, 1.0);
  Zipf classes(std::size(kClasses), 0.8);
  std::vector<Triple> triples;
  triples.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    Triple t;
    std::size_t doc = i / 12;
    t.doc = "doc" + std::to_string(doc);
    t.sentence = i % 12;
    char date[16];
    std::snprintf(date, sizeof date, "2024-%02zu-%02zu", 1 + doc % 12, 1 + doc % 28);
    t.date = date;
    std::size_t a = actors.draw(rng);
    t.actor = {"actor_" + std::to_string(a), "Actor " + std::to_string(a), kTypes[a % 4],
               (rng.next() % 3 == 0) ? "he" : "Actor " + std::to_string(a)};
    std::string action_class = kClasses[classes.draw(rng)];
    t.action = {action_class, action_class, action_class + "d", "", rng.next() % 20 == 0};
    std::uint64_t shape = rng.next() % 10;
    if (shape != 0) {  // 90 % name an issue
      std::size_t issue = issues.draw(rng);
      t.issue = issuegraph::IssueRef{"issue_" + std::to_string(issue), "Issue number " + std::to_string(issue),
                                     "the issue " + std::to_string(issue)};
    }
    if (shape <= 2) {  // 30 % aim at another actor (all those without an issue)
      std::size_t b = actors.draw(rng);
      if (b == a) b = (a + 1) % kActors;
      t.target = issuegraph::EntityRef{"actor_" + std::to_string(b), "Actor " + std::to_string(b), kTypes[b % 4],
                                       "Actor " + std::to_string(b)};
    }
    t.evidence = "Actor " + std::to_string(a) + " made a statement number " + std::to_string(i) +
                 " that a reporter wrote down in a sentence of ordinary news length.";
    t.confidence = 0.5 + static_cast<double>(rng.next() % 50) / 100.0;
    triples.push_back(std::move(t));
  }
  return triples;
}

double peak_rss_mb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // kilobytes on Linux
}

template <typename F>
double time_ms(F&& f) {
  auto start = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t n = 10000;
  std::string emit_json;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--triples" && i + 1 < argc) {
      n = std::strtoull(argv[++i], nullptr, 10);
    } else if (arg == "--emit-json" && i + 1 < argc) {
      emit_json = argv[++i];
    } else {
      std::fprintf(stderr, "usage: %s [--triples N] [--emit-json PATH]\n", argv[0]);
      return 2;
    }
  }
  try {
    std::vector<Triple> triples = synthetic_triples(n);
    double generate_rss = peak_rss_mb();
    issuegraph::KnowledgeGraph graph;
    double build = time_ms([&] {
      for (const Triple& t : triples) graph.add(t);
      graph.sorted_edges();  // includes the deferred evidence sort
    });
    std::string json;
    double json_ms = time_ms([&] { json = issuegraph::graph_to_json(graph); });
    std::string dot;
    double dot_ms = time_ms([&] { dot = issuegraph::write_dot(graph); });
    std::size_t vertices = graph.vertex_count();
    std::size_t edges = graph.edge_count();
    double read_ms = time_ms([&] { issuegraph::graph_from_json(json, "bench"); });
    issuegraph::ViewFilter top;
    top.top = 50;
    std::string svg;
    double view_ms = time_ms([&] {
      std::string top_dot = issuegraph::write_dot(issuegraph::apply_view(graph, top));
      svg = issuegraph::render_dot(top_dot, "svg", "");
    });
    if (!emit_json.empty()) {
      std::ofstream out(emit_json, std::ios::binary);
      out << json;
    }
    std::printf(
        "triples=%zu vertices=%zu edges=%zu build_ms=%.1f json_ms=%.1f json_mb=%.1f dot_ms=%.1f "
        "dot_mb=%.1f read_json_ms=%.1f top50_view_svg_ms=%.1f peak_rss_mb=%.1f (input triples alone %.1f)\n",
        n, vertices, edges, build, json_ms, static_cast<double>(json.size()) / 1e6, dot_ms,
        static_cast<double>(dot.size()) / 1e6, read_ms, view_ms, peak_rss_mb(), generate_rss);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench_graph_bench: %s\n", e.what());
    return 1;
  }
  return 0;
}
