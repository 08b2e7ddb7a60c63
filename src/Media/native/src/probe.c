/* Which container a segment is, and whether it is cut short, decided from the bytes before libavformat
 * opens them: libavformat reads a truncated segment without complaint, so it would pass for a short one. */
#include <string.h>

#include <libavformat/avformat.h>
#include <libavutil/mem.h>

#include "lpm_internal.h"

#define PROBE_BYTES (256 * 1024)

static uint32_t read_be32(const uint8_t *p)
{
    return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | (uint32_t)p[3];
}

static uint64_t read_be64(const uint8_t *p)
{
    return ((uint64_t)read_be32(p) << 32) | read_be32(p + 4);
}

static void box_name(const uint8_t *type, char out[8])
{
    for (int i = 0; i < 4; i++) {
        out[i] = (type[i] >= 0x20 && type[i] < 0x7f) ? (char)type[i] : '?';
    }
    out[4] = '\0';
}

/* Walks the top-level ISO BMFF boxes: each must end inside the data, and a movie header must exist. */
static int check_mp4_boxes(const uint8_t *data, int64_t size, lpm_error *error)
{
    int64_t offset = 0;
    int has_moov = 0;
    while (offset < size) {
        int64_t remaining = size - offset;
        if (remaining < 8) {
            return lpm_fail(error, LPM_ERR_TRUNCATED,
                            "MP4 segment is truncated: it ends inside a box header at offset %lld (%lld of 8 bytes)",
                            (long long)offset, (long long)remaining);
        }
        uint64_t box_size = read_be32(data + offset);
        int64_t header = 8;
        char name[8];
        box_name(data + offset + 4, name);
        if (box_size == 1) {
            if (remaining < 16) {
                return lpm_fail(error, LPM_ERR_TRUNCATED,
                                "MP4 segment is truncated: it ends inside the 64-bit size of box '%s' at offset %lld",
                                name, (long long)offset);
            }
            box_size = read_be64(data + offset + 8);
            header = 16;
        } else if (box_size == 0) {
            box_size = (uint64_t)remaining;
        }
        if (box_size < (uint64_t)header) {
            return lpm_fail(error, LPM_ERR_NOT_MEDIA,
                            "not a valid MP4 segment: box '%s' at offset %lld declares an impossible size of %llu bytes",
                            name, (long long)offset, (unsigned long long)box_size);
        }
        if (box_size > (uint64_t)remaining) {
            return lpm_fail(error, LPM_ERR_TRUNCATED,
                            "MP4 segment is truncated: box '%s' at offset %lld declares %llu bytes but only %lld remain",
                            name, (long long)offset, (unsigned long long)box_size, (long long)remaining);
        }
        if (memcmp(data + offset + 4, "moov", 4) == 0) {
            has_moov = 1;
        }
        offset += (int64_t)box_size;
    }
    if (!has_moov) {
        return lpm_fail(error, LPM_ERR_NOT_MEDIA, "not a playable MP4 segment: it has no 'moov' (movie header) box");
    }
    return LPM_OK;
}

/* The TS packet size whose sync bytes line up from the first byte for (up to) the first 16 packets,
 * needing at least two packets; 0 when none does. */
static int ts_grid(const uint8_t *data, int64_t size)
{
    static const int sizes[] = {188, 192, 204};
    static const int sync_offsets[] = {0, 4, 0};
    for (int s = 0; s < 3; s++) {
        int64_t whole = size / sizes[s];
        int64_t checks = whole < 16 ? whole : 16;
        if (checks < 2) {
            continue;
        }
        int matched = 1;
        for (int64_t i = 0; i < checks && matched; i++) {
            matched = data[i * sizes[s] + sync_offsets[s]] == 0x47;
        }
        if (matched) {
            return sizes[s];
        }
    }
    return 0;
}

/* MPEG-TS is a sequence of fixed-size packets (188 bytes, 192 for M2TS with a 4-byte prefix, 204 with
 * Reed-Solomon parity): a segment whose length is not a whole number of them was cut in a packet. */
static int check_ts_packets(const uint8_t *data, int64_t size, lpm_error *error)
{
    int packet = ts_grid(data, size);
    if (packet == 0) {
        if (size < 188) {
            return lpm_fail(error, LPM_ERR_TRUNCATED,
                            "MPEG-TS segment is truncated: %lld bytes is less than one 188-byte packet", (long long)size);
        }
        /* No regular packet grid from the first byte (leading junk): leave the judgement to the demuxer. */
        return LPM_OK;
    }
    int64_t tail = size % packet;
    if (tail != 0) {
        return lpm_fail(error, LPM_ERR_TRUNCATED,
                        "MPEG-TS segment is truncated: %lld bytes is not a whole number of %d-byte packets "
                        "(the last packet has %lld bytes)",
                        (long long)size, packet, (long long)tail);
    }
    return LPM_OK;
}

int lpm_probe_container(const uint8_t *data, int64_t size, const AVInputFormat **format, lpm_error *error)
{
    *format = NULL;
    if (size <= 0) {
        return lpm_fail(error, LPM_ERR_NOT_MEDIA, "segment is empty (0 bytes)");
    }
    if (ts_grid(data, size) > 0) {
        /* A regular 0x47 packet grid is MPEG-TS even when too short for libavformat's probe to be sure. */
        const AVInputFormat *ts = av_find_input_format("mpegts");
        int status = check_ts_packets(data, size, error);
        if (status != LPM_OK) {
            return status;
        }
        *format = ts;
        return ts != NULL ? LPM_OK : lpm_fail(error, LPM_ERR_INTERNAL, "this libavformat has no MPEG-TS demuxer");
    }
    int probe_size = size < PROBE_BYTES ? (int)size : PROBE_BYTES;
    uint8_t *padded = av_mallocz((size_t)probe_size + AVPROBE_PADDING_SIZE);
    if (padded == NULL) {
        return lpm_fail(error, LPM_ERR_NO_MEMORY, "out of memory probing the segment");
    }
    memcpy(padded, data, (size_t)probe_size);
    AVProbeData probe = {.filename = "", .buf = padded, .buf_size = probe_size, .mime_type = NULL};
    int score = 0;
    const AVInputFormat *found = av_probe_input_format3(&probe, 1, &score);
    av_free(padded);

    int is_ts = found != NULL && strcmp(found->name, "mpegts") == 0;
    int is_mp4 = found != NULL && strncmp(found->name, "mov,", 4) == 0;
    if (found == NULL || score < AVPROBE_SCORE_EXTENSION / 2) {
        return lpm_fail(error, LPM_ERR_NOT_MEDIA,
                        "not a media segment: %lld bytes that are neither MPEG-TS nor MP4", (long long)size);
    }
    if (!is_ts && !is_mp4) {
        return lpm_fail(error, LPM_ERR_NOT_MEDIA, "not an MPEG-TS or MP4 segment: the bytes look like '%s' (%s)",
                        found->name, found->long_name != NULL ? found->long_name : found->name);
    }
    int status = is_ts ? check_ts_packets(data, size, error) : check_mp4_boxes(data, size, error);
    if (status != LPM_OK) {
        return status;
    }
    *format = found;
    return LPM_OK;
}
