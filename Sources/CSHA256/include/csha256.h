// SHA-256 compression with the x86 SHA extensions (SHA-NI), chosen at run time.
// The portable compression is sbo's own Swift code (Sources/SBO/Random/SHA256.swift); this
// target only holds what Swift cannot express: instructions enabled per function
// (__attribute__((target))) and a CPUID test, so that one binary runs on every x86-64 CPU.
#ifndef CSHA256_H
#define CSHA256_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The round constants K_0…K_63 of FIPS 180-4 §4.2.2, shared by both compressions.
extern const uint32_t sbo_sha256_round_constants[64];

/// 1 when this CPU has the SHA extensions (with SSSE3 and SSE4.1), else 0.
int sbo_sha256_hardware_available(void);

/// Compresses `blocks` 64-byte blocks at `data` into `state` (H0…H7 as native integers,
/// FIPS 180-4 §6.2.2). Call only when sbo_sha256_hardware_available() returned 1.
void sbo_sha256_compress_hardware(uint32_t state[8], const uint8_t *data, size_t blocks);

#ifdef __cplusplus
}
#endif

#endif
