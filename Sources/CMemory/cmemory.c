// sbo_prefetch is inline in include/cmemory.h.
#include "cmemory.h"

// Byte counters in 32 lanes, widened every 255 blocks before a lane can wrap; the compiler
// turns the inner loop into vector compares and subtracts.
size_t sbo_count_byte(const unsigned char *bytes, size_t count, unsigned char byte) {
    size_t total = 0, index = 0;
    while (count - index >= 32) {
        unsigned char lanes[32] = {0};
        for (int block = 0; block < 255 && count - index >= 32; block++, index += 32) {
            for (int lane = 0; lane < 32; lane++) lanes[lane] += bytes[index + lane] == byte;
        }
        for (int lane = 0; lane < 32; lane++) total += lanes[lane];
    }
    for (; index < count; index++) total += bytes[index] == byte;
    return total;
}
