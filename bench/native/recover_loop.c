/* The floor for ticket verification: libsecp256k1 public-key recovery alone, one core.
 * Reads tickets.bin (see ../TICKETS-FORMAT.md), computes each personal-sign digest ONCE outside the
 * timed loop (keccak is not this loop's business), then times parse + recover + serialize only. */
#include <secp256k1.h>
#include <secp256k1_recovery.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Minimal Keccak-256 for the untimed digest preparation. */
static const uint64_t RC[24] = {
    0x0000000000000001ULL, 0x0000000000008082ULL, 0x800000000000808aULL, 0x8000000080008000ULL,
    0x000000000000808bULL, 0x0000000080000001ULL, 0x8000000080008081ULL, 0x8000000000008009ULL,
    0x000000000000008aULL, 0x0000000000000088ULL, 0x0000000080008009ULL, 0x000000008000000aULL,
    0x000000008000808bULL, 0x800000000000008bULL, 0x8000000000008089ULL, 0x8000000000008003ULL,
    0x8000000000008002ULL, 0x8000000000000080ULL, 0x000000000000800aULL, 0x800000008000000aULL,
    0x8000000080008081ULL, 0x8000000000008080ULL, 0x0000000080000001ULL, 0x8000000080008008ULL};
static const int ROT[25] = {0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14};
static uint64_t rol(uint64_t x, int n) { return n ? (x << n) | (x >> (64 - n)) : x; }
static void keccakf(uint64_t s[25]) {
    for (int r = 0; r < 24; r++) {
        uint64_t c[5], d, b[25];
        for (int x = 0; x < 5; x++) c[x] = s[x] ^ s[x + 5] ^ s[x + 10] ^ s[x + 15] ^ s[x + 20];
        for (int x = 0; x < 5; x++) {
            d = c[(x + 4) % 5] ^ rol(c[(x + 1) % 5], 1);
            for (int y = 0; y < 25; y += 5) s[y + x] ^= d;
        }
        for (int x = 0; x < 5; x++)
            for (int y = 0; y < 5; y++) b[y + 5 * ((2 * x + 3 * y) % 5)] = rol(s[x + 5 * y], ROT[x + 5 * y]);
        for (int y = 0; y < 25; y += 5)
            for (int x = 0; x < 5; x++) s[y + x] = b[y + x] ^ (~b[y + (x + 1) % 5] & b[y + (x + 2) % 5]);
        s[0] ^= RC[r];
    }
}
static void keccak256(const uint8_t *in, size_t len, uint8_t out[32]) {
    uint64_t s[25] = {0};
    uint8_t block[136];
    while (len >= 136) {
        for (int i = 0; i < 17; i++) { uint64_t w; memcpy(&w, in + 8 * i, 8); s[i] ^= w; }
        keccakf(s); in += 136; len -= 136;
    }
    memset(block, 0, sizeof block);
    memcpy(block, in, len);
    block[len] ^= 0x01; block[135] ^= 0x80;
    for (int i = 0; i < 17; i++) { uint64_t w; memcpy(&w, block + 8 * i, 8); s[i] ^= w; }
    keccakf(s);
    memcpy(out, s, 32);
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: %s tickets.bin [rounds]\n", argv[0]); return 2; }
    int rounds = argc > 2 ? atoi(argv[2]) : 3;
    FILE *f = fopen(argv[1], "rb");
    if (!f) { perror(argv[1]); return 2; }
    char magic[4]; uint32_t count;
    if (fread(magic, 1, 4, f) != 4 || memcmp(magic, "LPTK", 4) != 0 || fread(&count, 4, 1, f) != 1) {
        fprintf(stderr, "%s: not a ticket file\n", argv[1]); return 2;
    }
    uint8_t (*digests)[32] = malloc((size_t)count * 32);
    uint8_t (*sigs)[65] = malloc((size_t)count * 65);
    static const char prefix[] = "\x19" "Ethereum Signed Message:\n32";
    for (uint32_t i = 0; i < count; i++) {
        uint8_t len, flat[232], rand[32], sender[20], hash[32], msg[28 + 32];
        if (fread(&len, 1, 1, f) != 1 || len > 232 || fread(flat, 1, len, f) != len || fread(sigs[i], 1, 65, f) != 65 ||
            fread(rand, 1, 32, f) != 32 || fread(sender, 1, 20, f) != 20) {
            fprintf(stderr, "truncated at ticket %u\n", i); return 2;
        }
        keccak256(flat, len, hash);
        memcpy(msg, prefix, 28); memcpy(msg + 28, hash, 32);
        keccak256(msg, sizeof msg, digests[i]);
    }
    fclose(f);

    secp256k1_context *ctx = secp256k1_context_create(SECP256K1_CONTEXT_VERIFY | SECP256K1_CONTEXT_SIGN);
    double best = 0, bestCpu = 0; unsigned ok = 0;
    for (int r = 0; r < rounds; r++) {
        struct timespec t0, t1, c0, c1;
        ok = 0;
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c0);
        clock_gettime(CLOCK_MONOTONIC, &t0);
        for (uint32_t i = 0; i < count; i++) {
            secp256k1_ecdsa_recoverable_signature sig;
            secp256k1_pubkey pub;
            uint8_t out[65]; size_t outlen = 65;
            if (secp256k1_ecdsa_recoverable_signature_parse_compact(ctx, &sig, sigs[i], sigs[i][64] - 27) &&
                secp256k1_ecdsa_recover(ctx, &pub, &sig, digests[i]) &&
                secp256k1_ec_pubkey_serialize(ctx, out, &outlen, &pub, SECP256K1_EC_UNCOMPRESSED))
                ok++;
        }
        clock_gettime(CLOCK_MONOTONIC, &t1);
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c1);
        double secs = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
        double cpuSecs = (c1.tv_sec - c0.tv_sec) + (c1.tv_nsec - c0.tv_nsec) / 1e9;
        if (count / secs > best) best = count / secs;
        if (count / cpuSecs > bestCpu) bestCpu = count / cpuSecs;
    }
    /* perSecondPerCore: wall clock, best round. cpuPerSecondPerCore: the same per second of this
     * process's CPU time, which time spent waiting for a shared core does not inflate. */
    printf("{\"impl\":\"c-libsecp256k1-recover\",\"tickets\":%u,\"recovered\":%u,\"perSecondPerCore\":%.1f,\"cpuPerSecondPerCore\":%.1f}\n",
           count, ok, best, bestCpu);
    secp256k1_context_destroy(ctx);
    return ok == count ? 0 : 1;
}
