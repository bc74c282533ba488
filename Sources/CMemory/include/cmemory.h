// Memory hints and scans Swift cannot express as fast.
#ifndef CMEMORY_H
#define CMEMORY_H

#include <stddef.h>

/// Asks the CPU to start loading the cache line at `address` for reading, without waiting for
/// it and without faulting (a hint: a wrong or stale address costs nothing but the load).
static inline __attribute__((always_inline)) void sbo_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

/// How many of the `count` bytes at `bytes` equal `byte`: one comparison a byte, in vector
/// lanes (cmemory.c), several GB/s where Swift's `SIMD64` compare compiled to scalar code.
size_t sbo_count_byte(const unsigned char *bytes, size_t count, unsigned char byte);

#endif
