#include "callocator.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void sbo_reuse_freed_memory(void) {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
#endif
}
