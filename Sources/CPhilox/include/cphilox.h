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

/// One buffer of a replicate's index stream (PhiloxStream.swift): the Philox4x32-10 blocks
/// (x0, x1, x2, x3) under the key (key0, key1) of the counters
/// (c0, c1, c2, c3) = ((first + l) mod 2^32, (first + l) >> 32, stream2, stream3) for
/// l = 0 ... blocks - 1 (blocks = 2, 4 or 8; Salmon, Moraes, Dror, Shaw, "Parallel random
/// numbers: as easy as 1, 2, 3", SC '11), taken as words[w * blocks + l] = x_w of block l, then
/// mapped to indices below `bound` as sbo_philox_map_variant describes. Returns 1 when some word
/// was rejected, else 0. AVX2 is used when sbo_philox_avx2_available() says so.
int sbo_philox_draw(size_t blocks, uint64_t first, uint32_t stream2, uint32_t stream3, uint32_t key0,
                    uint32_t key1, int digits, uint32_t bound, uint32_t threshold, uint32_t shift,
                    uint32_t *target, uint32_t *remainders);

/// The blocks alone (the first step of sbo_philox_draw, 1 <= blocks <= 8), with a given
/// instruction set, for tests: variant 0 is portable (SSE2), variant 1 uses AVX2 and must be
/// called only when sbo_philox_avx2_available() returned 1.
void sbo_philox_blocks_variant(int variant, uint32_t *words, size_t blocks, uint64_t first, uint32_t stream2,
                               uint32_t stream3, uint32_t key0, uint32_t key1);

/// The mapping alone (the second step of sbo_philox_draw), with a given instruction set, for
/// tests: the 4 * blocks words of a buffer (words[4c + l] is word l of chunk c) to indices
/// below `bound`, `digits` (1 to 4) per word: with p_0 = word and p_j = (p_{j-1} mod 2^32) *
/// bound, index j of the word is p_j >> 32, shifted left by `shift`, stored at
/// target[4 * digits * c + 4 * (j - 1) + l]; the last remainder p_digits mod 2^32 goes to
/// remainders[4c + l]. Returns 1 when some remainder is below `threshold` (a rejected word,
/// Lemire's method), else 0.
int sbo_philox_map_variant(int variant, const uint32_t *words, size_t blocks, int digits, uint32_t bound,
                           uint32_t threshold, uint32_t shift, uint32_t *target, uint32_t *remainders);

/// 1 when this CPU and the operating system support AVX2, else 0.
int sbo_philox_avx2_available(void);

#ifdef __cplusplus
}
#endif

#endif
