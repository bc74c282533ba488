// Philox4x32-10 blocks for the bootstrap's index streams (Sources/SBO/Bootstrap/PhiloxStream.swift),
// eight counters at a time in 64-bit vector lanes, with AVX2 chosen at run time.
// This target only holds what Swift cannot express: instructions enabled per function
// (__attribute__((target))) and a CPUID test, so that one binary runs on every x86-64 CPU and
// gives the same words on all of them.
#ifndef CPHILOX_H
#define CPHILOX_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The Philox4x32-10 blocks (x0, x1, x2, x3) under the key (key0, key1) of the counters
/// (c0, c1, c2, c3) = ((first + l) mod 2^32, (first + l) >> 32, stream2, stream3) for
/// l = 0 ... blocks - 1 (1 <= blocks <= 8); word w of block l goes to words[w * blocks + l].
/// Salmon, Moraes, Dror, Shaw, "Parallel random numbers: as easy as 1, 2, 3", SC '11.
void sbo_philox_blocks(uint32_t *words, size_t blocks, uint64_t first, uint32_t stream2, uint32_t stream3,
                       uint32_t key0, uint32_t key1);

/// The same with a given instruction set, for tests: variant 0 is portable (SSE2), variant 1
/// uses AVX2 and must be called only when sbo_philox_avx2_available() returned 1.
void sbo_philox_blocks_variant(int variant, uint32_t *words, size_t blocks, uint64_t first, uint32_t stream2,
                               uint32_t stream3, uint32_t key0, uint32_t key1);

/// 1 when this CPU and the operating system support AVX2, else 0.
int sbo_philox_avx2_available(void);

#ifdef __cplusplus
}
#endif

#endif
