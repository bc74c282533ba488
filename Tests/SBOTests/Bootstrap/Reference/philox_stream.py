#!/usr/bin/env python3
"""An independent re-implementation of sbo's bootstrap index stream (PhiloxStream's
documentation), written from the documentation and the Philox paper, not from the Swift code.

Prints, one "label  value" line each (pinned in ReferenceOutputs.philoxStream and re-run by
ReferenceScriptTests when python3 exists):
- for seed "golden" and replicates 0-4 of a 105-station iid bootstrap (105 draws from 105
  stations), how many drawn stations have i mod 10 < 3 (BootstrapEngineTests.goldenReplicatePrefix);
- for seed "strata" and replicates 0-7 of a stratified Rao-Wu bootstrap with the finite-population
  correction (BootstrapGoldenTests): strata of n = 4, 9, 23, 1, 6 stations of N = 40, 300, 120,
  10, 6, station i (counted over all strata) answering yes when 7i mod 5 < 2, weights N_h/n_h.
  Group after group, stratum h draws m_h = n_h - 1 indices below n_h from the replicate's stream
  and weights station i by w (1 - lam + lam n_h/m_h r_i), lam = sqrt(1 - n_h/N_h); the stratum of
  one station draws one index below 2 (the station or a row of zeros) and weights it
  w (1 - lam + 2 lam r); the census stratum (n = N, lam = 0) draws nothing. The share
  sum w* y / sum w* is printed with repr.

    python3 Tests/SBOTests/Bootstrap/Reference/philox_stream.py

Philox4x32-10: J. K. Salmon et al., "Parallel random numbers: as easy as 1, 2, 3", SC '11.
"""
import hashlib

M0, M1 = 0xD2511F53, 0xCD9E8D57
W0, W1 = 0x9E3779B9, 0xBB67AE85
MASK = 0xFFFFFFFF


def philox(counter, key):
    c0, c1, c2, c3 = counter
    k0, k1 = key
    for _ in range(10):
        p0, p1 = M0 * c0, M1 * c2
        c0, c1, c2, c3 = (p1 >> 32) ^ c1 ^ k0, p1 & MASK, (p0 >> 32) ^ c3 ^ k1, p0 & MASK
        k0, k1 = (k0 + W0) & MASK, (k1 + W1) & MASK
    return [c0, c1, c2, c3]


def key_of(seed):
    digest = hashlib.sha256(("sbo-philox:" + seed).encode()).digest()
    return int.from_bytes(digest[0:4], "big"), int.from_bytes(digest[4:8], "big")


def digits_and_threshold(s):
    """The largest e <= 4 with s^e <= 2^32 and 2^32 mod s^e <= 2^27, else 1."""
    best = (1, 2**32 % s)
    for e in (2, 3, 4):
        if s**e > 2**32:
            break
        if 2**32 % s**e <= 2**27:
            best = (e, 2**32 % s**e)
    return best


class Stream:
    def __init__(self, seed, r):
        self.key, self.r = key_of(seed), r
        self.block, self.spare_block, self.spare_words = 0, 0, []

    def words_of(self, b, spare=False):
        c1 = (b >> 32) | (0x80000000 if spare else 0)
        return philox((b & MASK, c1, self.r & MASK, self.r >> 32), self.key)

    def digits(self, x, s, e, t):
        out, rem = [], x
        for _ in range(e):
            p = rem * s
            out.append(p >> 32)
            rem = p & MASK
        return None if rem < t else out

    def spare(self, s, e, t):
        while True:
            if not self.spare_words:
                self.spare_words = self.words_of(self.spare_block, spare=True)
                self.spare_block += 1
            d = self.digits(self.spare_words.pop(0), s, e, t)
            if d is not None:
                return d

    def group(self, s, m):
        e, t = digits_and_threshold(s)
        result = []
        while len(result) < m:
            remaining = m - len(result)
            needed = -(-remaining // (4 * e))
            beta = 8 if needed >= 7 else 4 if needed >= 3 else 2
            blocks = [self.words_of(self.block + l) for l in range(beta)]
            self.block += beta
            words = [blocks[l][w] for w in range(4) for l in range(beta)]
            buffer = [0] * (4 * e * beta)
            for position, word in enumerate(words):
                first = 4 * e * (position // 4) + position % 4
                if first >= remaining:
                    continue
                d = self.digits(word, s, e, t) or self.spare(s, e, t)
                for j in range(e):
                    buffer[first + 4 * j] = d[j]
            result += buffer[:remaining]
        return result


def stratified_share(seed, r, sizes, populations):
    stream, start, numerator, denominator = Stream(seed, r), 0, 0.0, 0.0
    for n, big_n in zip(sizes, populations):
        lam = (1 - n / big_n) ** 0.5
        w = big_n / n
        ys = [1.0 if (7 * (start + i)) % 5 < 2 else 0.0 for i in range(n)]
        counts = [0] * n
        if lam > 0 and n == 1:
            bound, draws = 2, 1
        elif lam > 0:
            bound, draws = n, n - 1
        else:
            bound, draws = n, 0
        if draws > 0:
            for index in stream.group(bound, draws):
                if index < n:
                    counts[index] += 1
        for i in range(n):
            weight = w * (1 - lam + lam * bound / draws * counts[i]) if draws > 0 else w
            numerator += weight * ys[i]
            denominator += weight
        start += n
    return numerator / denominator


if __name__ == "__main__":
    for r in range(5):
        count = sum(1 for i in Stream("golden", r).group(105, 105) if i % 10 < 3)
        print("iid golden common replicate r%d  %d" % (r, count))
    for r in range(8):
        share = stratified_share("strata", r, [4, 9, 23, 1, 6], [40, 300, 120, 10, 6])
        print("rao-wu-fpc strata share replicate r%d  %r" % (r, share))
