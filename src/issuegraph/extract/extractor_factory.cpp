#include "issuegraph/extract/extractor_factory.hpp"

#include "issuegraph/base/error.hpp"
#include "issuegraph/extract/parse_extractor.hpp"
#include "issuegraph/extract/pattern_extractor.hpp"

namespace issuegraph {

std::unique_ptr<Extractor> make_pattern_extractor(std::shared_ptr<const Lexicon> lexicon,
                                                  const ExtractorOptions& options) {
  if (!lexicon) throw UsageError("make_pattern_extractor: no lexicon given");
  return std::make_unique<extract::PatternExtractor>(std::move(lexicon), options);
}

std::unique_ptr<Extractor> make_extractor(std::shared_ptr<const Lexicon> lexicon,
                                          const ExtractorOptions& options) {
  if (!lexicon) throw UsageError("make_extractor: no lexicon given");
  return std::make_unique<extract::ParseExtractor>(std::move(lexicon), options);
}

}  // namespace issuegraph
