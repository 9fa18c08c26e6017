// Keeps a module library valid while it has no sources of its own yet.
namespace issuegraph::detail {
void empty_translation_unit() {}
}  // namespace issuegraph::detail
