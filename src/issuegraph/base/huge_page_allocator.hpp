// An allocator for large lookup tables that are read at random (the parser's and tagger's
// weights): on Linux it aligns big allocations to 2 MiB and asks the kernel for transparent huge
// pages, so that a probe into a table of tens of megabytes costs one TLB entry per 2 MiB instead
// of one per 4 KiB page. Elsewhere, or for small blocks, it is a plain aligned allocation.
#pragma once

#include <cstddef>
#include <cstdlib>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace issuegraph {

template <typename T>
class HugePageAllocator {
 public:
  using value_type = T;
  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) noexcept {}

  T* allocate(std::size_t n) {
    if (n > static_cast<std::size_t>(-1) / sizeof(T)) throw std::bad_array_new_length();
    const std::size_t bytes = n * sizeof(T);
    if (bytes < kHugePage) {
      void* p = ::operator new(bytes, std::align_val_t(alignof(T)));
      return static_cast<T*>(p);
    }
    const std::size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
    void* p = std::aligned_alloc(kHugePage, rounded);
    if (p == nullptr) throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    madvise(p, rounded, MADV_HUGEPAGE);  // advice only: without huge pages the table still works
#endif
    return static_cast<T*>(p);
  }

  void deallocate(T* p, std::size_t n) noexcept {
    if (n * sizeof(T) < kHugePage) {
      ::operator delete(p, std::align_val_t(alignof(T)));
    } else {
      std::free(p);
    }
  }

  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const noexcept { return true; }

 private:
  static constexpr std::size_t kHugePage = std::size_t{2} << 20;
};

}  // namespace issuegraph
