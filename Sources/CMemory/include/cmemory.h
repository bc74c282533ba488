// Memory hints Swift cannot express.
#ifndef CMEMORY_H
#define CMEMORY_H

/// Asks the CPU to start loading the cache line at `address` for reading, without waiting for
/// it and without faulting (a hint: a wrong or stale address costs nothing but the load).
static inline __attribute__((always_inline)) void sbo_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
