/*
 * lpmedia: the segment transcoder behind Livepeer.Media (decode once, scale and convert the frame rate
 * per rendition, encode, mux to memory) and the segment inspector used for verification.
 *
 * Stable C API: plain structs of fixed-size fields, status codes, caller-provided error buffers.
 * Threading: a worker is used by one thread at a time (it caches decoder state between calls); any
 * number of workers may run at once. lpm_worker_cancel may be called from any thread.
 */
#ifndef LPMEDIA_H
#define LPMEDIA_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define LPM_API __attribute__((visibility("default")))
#else
#define LPM_API
#endif

#define LPM_API_VERSION 1

/* Signature: 3 header bytes (version, sample count, grid size) then one grid x grid mean-luma
 * thumbnail per sampled frame, row by row. */
#define LPM_SIGNATURE_VERSION 1
#define LPM_SIGNATURE_SAMPLES 8
#define LPM_SIGNATURE_GRID 16
#define LPM_SIGNATURE_MAX_BYTES (3 + LPM_SIGNATURE_SAMPLES * LPM_SIGNATURE_GRID * LPM_SIGNATURE_GRID)

#define LPM_MAX_PROFILES 32
#define LPM_ERROR_BYTES 512

typedef enum lpm_status {
    LPM_OK = 0,
    LPM_ERR_NOT_MEDIA = 1,         /* empty, or not an MPEG-TS / MP4 segment */
    LPM_ERR_TRUNCATED = 2,         /* the container ends before its declared end */
    LPM_ERR_UNSUPPORTED_CODEC = 3, /* the video stream's codec cannot be decoded */
    LPM_ERR_CORRUPT = 4,           /* a video stream whose packets decode to no frame */
    LPM_ERR_BAD_PROFILE = 5,       /* a rendition profile out of range */
    LPM_ERR_ARGUMENT = 6,          /* API misuse: null pointers, unknown enum values */
    LPM_ERR_ENCODER = 7,           /* an encoder, filter or muxer failed: a server fault, not bad input */
    LPM_ERR_NO_MEMORY = 8,
    LPM_ERR_NVENC_UNAVAILABLE = 9, /* NVENC was required but no CUDA device or NVENC encoder works */
    LPM_ERR_CANCELLED = 10,
    LPM_ERR_INTERNAL = 11
} lpm_status;

typedef enum lpm_container {
    LPM_CONTAINER_MPEGTS = 0,
    LPM_CONTAINER_MP4 = 1
} lpm_container;

typedef enum lpm_h264_profile {
    LPM_H264_NONE = 0,
    LPM_H264_BASELINE = 1,
    LPM_H264_MAIN = 2,
    LPM_H264_HIGH = 3,
    LPM_H264_CONSTRAINED_HIGH = 4
} lpm_h264_profile;

typedef enum lpm_gop_mode {
    LPM_GOP_DEFAULT = 0, /* the encoder's own key frame interval */
    LPM_GOP_INTRA = 1,   /* every frame a key frame */
    LPM_GOP_SECONDS = 2  /* gop_seconds between key frames */
} lpm_gop_mode;

typedef enum lpm_accel {
    LPM_ACCEL_AUTO = 0,  /* NVENC (+ CUDA decode) when a working device is found, else libx264 */
    LPM_ACCEL_CPU = 1,   /* libx264 only */
    LPM_ACCEL_NVENC = 2  /* NVENC required: worker creation fails without it */
} lpm_accel;

typedef struct lpm_worker_options {
    int32_t accel;            /* lpm_accel */
    int32_t encoder_threads;  /* per encoder; 0 = the encoder's automatic choice */
    int32_t decoder_threads;  /* 0 = automatic */
    int32_t gpu_index;        /* CUDA device ordinal for NVENC */
    char x264_preset[32];     /* libx264 preset name, e.g. "veryfast"; empty = libx264's default */
} lpm_worker_options;

typedef struct lpm_profile {
    int32_t width;            /* target box; the source aspect ratio is kept, fit to the larger dimension */
    int32_t height;
    int32_t bitrate_bps;
    int32_t fps_num;          /* 0 keeps the source frame rate */
    int32_t fps_den;          /* >= 1 */
    int32_t h264_profile;     /* lpm_h264_profile */
    int32_t gop_mode;         /* lpm_gop_mode */
    int32_t reserved;         /* 0 */
    double gop_seconds;       /* with LPM_GOP_SECONDS */
} lpm_profile;

typedef struct lpm_media_info {
    int32_t has_video;        /* 0 for audio-only segments (and those whose video stream has no packets) */
    int32_t width;            /* of the first decoded frame */
    int32_t height;
    int32_t signature_length; /* bytes used in signature; 0 without video */
    int64_t frames;           /* decoded video frames */
    int64_t pixels;           /* width x height summed over decoded frames */
    double fps;               /* the stream's frame rate, or frames / duration when it declares none */
    int64_t duration_us;      /* first to last timestamp over all streams, in microseconds */
    uint8_t signature[LPM_SIGNATURE_MAX_BYTES];
    uint8_t padding[5];
} lpm_media_info;

typedef struct lpm_rendition {
    uint8_t *data;            /* owned by lpmedia: free with lpm_rendition_release */
    int64_t size;
    int32_t width;
    int32_t height;
    int64_t frames;           /* encoded frames */
    int64_t pixels;           /* width x height x frames */
} lpm_rendition;

typedef struct lpm_worker lpm_worker;

LPM_API int32_t lpm_api_version(void);

/* Creates a worker. On failure returns a status, *out stays NULL and error holds the reason. */
LPM_API int32_t lpm_worker_create(const lpm_worker_options *options, lpm_worker **out, char *error, int32_t error_size);

LPM_API void lpm_worker_destroy(lpm_worker *worker);

/* 1 when the worker encodes with NVENC, 0 for libx264. */
LPM_API int32_t lpm_worker_uses_nvenc(const lpm_worker *worker);

/* Makes the worker's current (or next) call stop with LPM_ERR_CANCELLED; lpm_worker_reset_cancel clears it. */
LPM_API void lpm_worker_cancel(lpm_worker *worker);
LPM_API void lpm_worker_reset_cancel(lpm_worker *worker);

/*
 * Transcodes one segment into profile_count renditions, in profile order, muxed as `container`.
 * source receives what was decoded. renditions must hold profile_count entries; on LPM_OK each holds a
 * buffer to release. An audio-only source gives LPM_OK with source->has_video = 0 and empty renditions.
 */
LPM_API int32_t lpm_transcode(lpm_worker *worker, const uint8_t *segment, int64_t segment_size, int32_t container,
                              const lpm_profile *profiles, int32_t profile_count, lpm_media_info *source,
                              lpm_rendition *renditions, char *error, int32_t error_size);

/* Decodes a segment and describes it (frames, pixels, rate, duration, perceptual signature). */
LPM_API int32_t lpm_inspect(lpm_worker *worker, const uint8_t *segment, int64_t segment_size, lpm_media_info *info,
                            char *error, int32_t error_size);

/* Frees a rendition's buffer and zeroes it; safe on an already released or zeroed rendition. */
LPM_API void lpm_rendition_release(lpm_rendition *rendition);

/* Checks one profile without a segment (the output size depends on the source, so it is not computed). */
LPM_API int32_t lpm_profile_validate(const lpm_profile *profile, char *error, int32_t error_size);

#ifdef __cplusplus
}
#endif

#endif
