// See cphilox.h. One body, compiled for two instruction sets.
#include "cphilox.h"

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#define SBO_X86 1
#endif

typedef uint64_t sbo_u64x8 __attribute__((vector_size(64)));
typedef uint32_t sbo_u32x8 __attribute__((vector_size(32)));

// Each 64-bit lane holds one counter's word in its low 32 bits; the high bits may hold
// garbage, which the mask before each product and the final truncation keep out of the words.
// One round: (c0, c1, c2, c3) <- (hi(M1 c2) ^ c1 ^ k0, lo(M1 c2), hi(M0 c0) ^ c3 ^ k1, lo(M0 c0)),
// then the key is bumped by (0x9E3779B9, 0xBB67AE85) (Salmon et al., section 4.1).
#define SBO_PHILOX_BODY                                                                             \
    const sbo_u64x8 low = (sbo_u64x8){0} + 0xFFFFFFFFull;                                           \
    const sbo_u64x8 lane = {0, 1, 2, 3, 4, 5, 6, 7};                                                \
    const sbo_u64x8 counter = lane + first;                                                         \
    sbo_u64x8 s0 = counter & low, s1 = counter >> 32;                                               \
    sbo_u64x8 s2 = (sbo_u64x8){0} + stream2, s3 = (sbo_u64x8){0} + stream3;                         \
    uint32_t k0 = key0, k1 = key1;                                                                  \
    for (int round = 0; round < 10; round++) {                                                      \
        const sbo_u64x8 p0 = (s0 & low) * 0xD2511F53ull;                                            \
        const sbo_u64x8 p1 = (s2 & low) * 0xCD9E8D57ull;                                            \
        s0 = (p1 >> 32) ^ s1 ^ ((sbo_u64x8){0} + k0);                                               \
        s1 = p1;                                                                                    \
        s2 = (p0 >> 32) ^ s3 ^ ((sbo_u64x8){0} + k1);                                               \
        s3 = p0;                                                                                    \
        k0 += 0x9E3779B9u;                                                                          \
        k1 += 0xBB67AE85u;                                                                          \
    }                                                                                               \
    const sbo_u32x8 x0 = __builtin_convertvector(s0, sbo_u32x8), x1 = __builtin_convertvector(s1, sbo_u32x8); \
    const sbo_u32x8 x2 = __builtin_convertvector(s2, sbo_u32x8), x3 = __builtin_convertvector(s3, sbo_u32x8); \
    if (blocks == 8) {                                                                              \
        __builtin_memcpy(words, &x0, 32);                                                           \
        __builtin_memcpy(words + 8, &x1, 32);                                                       \
        __builtin_memcpy(words + 16, &x2, 32);                                                      \
        __builtin_memcpy(words + 24, &x3, 32);                                                      \
        return;                                                                                     \
    }                                                                                               \
    for (size_t l = 0; l < blocks; l++) {                                                           \
        words[l] = x0[l];                                                                           \
        words[blocks + l] = x1[l];                                                                  \
        words[2 * blocks + l] = x2[l];                                                              \
        words[3 * blocks + l] = x3[l];                                                              \
    }

// Two chunks of four words at a time, one per half of the eight lanes; the digit loop is
// unrolled by the compiler for each constant digit count.
#define SBO_MAP_BODY                                                                                \
    const sbo_u64x8 low = (sbo_u64x8){0} + 0xFFFFFFFFull;                                           \
    const sbo_u64x8 s = (sbo_u64x8){0} + bound;                                                     \
    sbo_u32x8 rejected = {0};                                                                       \
    for (size_t c = 0; c < blocks; c += 2) {                                                        \
        sbo_u32x8 loaded;                                                                           \
        __builtin_memcpy(&loaded, words + 4 * c, 32);                                               \
        sbo_u64x8 product = __builtin_convertvector(loaded, sbo_u64x8);                             \
        uint32_t *first = target + 4 * digits * c, *second = first + 4 * digits;                    \
        for (int j = 0; j < digits; j++) {                                                          \
            product = (product & low) * s;                                                          \
            const sbo_u32x8 index = __builtin_convertvector(product >> 32, sbo_u32x8) << shift;     \
            __builtin_memcpy(first + 4 * j, &index, 16);                                            \
            __builtin_memcpy(second + 4 * j, (const char *)&index + 16, 16);                        \
        }                                                                                           \
        const sbo_u32x8 remainder = __builtin_convertvector(product, sbo_u32x8);                   \
        __builtin_memcpy(remainders + 4 * c, &remainder, 32);                                       \
        rejected |= (sbo_u32x8)(remainder < threshold);                                             \
    }                                                                                               \
    uint32_t any = 0;                                                                               \
    for (int l = 0; l < 8; l++) any |= rejected[l];                                                 \
    return any != 0;

#define SBO_MAP_DIGITS(name)                                                                        \
    switch (digits) {                                                                               \
    case 1: return name(words, blocks, 1, bound, threshold, shift, target, remainders);             \
    case 2: return name(words, blocks, 2, bound, threshold, shift, target, remainders);             \
    case 3: return name(words, blocks, 3, bound, threshold, shift, target, remainders);             \
    default: return name(words, blocks, 4, bound, threshold, shift, target, remainders);            \
    }

static inline __attribute__((always_inline)) int map_portable_body(
    const uint32_t *words, size_t blocks, int digits, uint32_t bound, uint32_t threshold, uint32_t shift,
    uint32_t *target, uint32_t *remainders) {
    SBO_MAP_BODY
}

static int map_portable(const uint32_t *words, size_t blocks, int digits, uint32_t bound, uint32_t threshold,
                        uint32_t shift, uint32_t *target, uint32_t *remainders) {
    SBO_MAP_DIGITS(map_portable_body)
}

#ifdef SBO_X86
__attribute__((target("avx2"))) static inline __attribute__((always_inline)) int map_avx2_body(
    const uint32_t *words, size_t blocks, int digits, uint32_t bound, uint32_t threshold, uint32_t shift,
    uint32_t *target, uint32_t *remainders) {
    SBO_MAP_BODY
}

__attribute__((target("avx2")))
static int map_avx2(const uint32_t *words, size_t blocks, int digits, uint32_t bound, uint32_t threshold,
                    uint32_t shift, uint32_t *target, uint32_t *remainders) {
    SBO_MAP_DIGITS(map_avx2_body)
}
#endif

static void philox_portable(uint32_t *words, size_t blocks, uint64_t first, uint32_t stream2, uint32_t stream3,
                            uint32_t key0, uint32_t key1) {
    SBO_PHILOX_BODY
}

#ifdef SBO_X86
__attribute__((target("avx2")))
static void philox_avx2(uint32_t *words, size_t blocks, uint64_t first, uint32_t stream2, uint32_t stream3,
                        uint32_t key0, uint32_t key1) {
    SBO_PHILOX_BODY
}
#endif

int sbo_philox_avx2_available(void) {
#ifdef SBO_X86
    unsigned eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
    const unsigned osxsave = 1u << 27, avx = 1u << 28;
    if ((ecx & osxsave) == 0 || (ecx & avx) == 0) return 0;
    unsigned xcr0_low, xcr0_high;
    __asm__("xgetbv" : "=a"(xcr0_low), "=d"(xcr0_high) : "c"(0));
    if ((xcr0_low & 6u) != 6u) return 0;  // the OS saves the SSE and AVX registers
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return 0;
    return (ebx & (1u << 5)) != 0;
#else
    return 0;
#endif
}

// A buffer drawn in one call: its blocks computed into scratch memory that stays in the
// first-level cache, then mapped (the two functions inlined into each variant).
#define SBO_DRAW_BODY(philox, map)                                                                  \
    uint32_t words[32] __attribute__((aligned(32)));                                                \
    philox(words, blocks, first, stream2, stream3, key0, key1);                                     \
    return map(words, blocks, digits, bound, threshold, shift, target, remainders);

static int draw_portable(size_t blocks, uint64_t first, uint32_t stream2, uint32_t stream3, uint32_t key0,
                         uint32_t key1, int digits, uint32_t bound, uint32_t threshold, uint32_t shift,
                         uint32_t *target, uint32_t *remainders) {
    SBO_DRAW_BODY(philox_portable, map_portable)
}

#ifdef SBO_X86
__attribute__((target("avx2")))
static int draw_avx2(size_t blocks, uint64_t first, uint32_t stream2, uint32_t stream3, uint32_t key0,
                     uint32_t key1, int digits, uint32_t bound, uint32_t threshold, uint32_t shift,
                     uint32_t *target, uint32_t *remainders) {
    SBO_DRAW_BODY(philox_avx2, map_avx2)
}
#endif

typedef int (*draw_function)(size_t, uint64_t, uint32_t, uint32_t, uint32_t, uint32_t, int, uint32_t, uint32_t,
                             uint32_t, uint32_t *, uint32_t *);

// The variant this CPU runs, chosen once; threads racing here store the same pointer.
static draw_function chosen_draw;

int sbo_philox_draw(size_t blocks, uint64_t first, uint32_t stream2, uint32_t stream3, uint32_t key0,
                    uint32_t key1, int digits, uint32_t bound, uint32_t threshold, uint32_t shift,
                    uint32_t *target, uint32_t *remainders) {
    draw_function function = __atomic_load_n(&chosen_draw, __ATOMIC_RELAXED);
    if (!function) {
        function = draw_portable;
#ifdef SBO_X86
        if (sbo_philox_avx2_available()) function = draw_avx2;
#endif
        __atomic_store_n(&chosen_draw, function, __ATOMIC_RELAXED);
    }
    return function(blocks, first, stream2, stream3, key0, key1, digits, bound, threshold, shift, target,
                    remainders);
}

int sbo_philox_map_variant(int variant, const uint32_t *words, size_t blocks, int digits, uint32_t bound,
                           uint32_t threshold, uint32_t shift, uint32_t *target, uint32_t *remainders) {
#ifdef SBO_X86
    if (variant == 1) return map_avx2(words, blocks, digits, bound, threshold, shift, target, remainders);
#endif
    return map_portable(words, blocks, digits, bound, threshold, shift, target, remainders);
}

void sbo_philox_blocks_variant(int variant, uint32_t *words, size_t blocks, uint64_t first, uint32_t stream2,
                               uint32_t stream3, uint32_t key0, uint32_t key1) {
#ifdef SBO_X86
    if (variant == 1) {
        philox_avx2(words, blocks, first, stream2, stream3, key0, key1);
        return;
    }
#endif
    philox_portable(words, blocks, first, stream2, stream3, key0, key1);
}
