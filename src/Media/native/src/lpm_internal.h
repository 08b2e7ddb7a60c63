/* Internal declarations shared by the lpmedia sources. */
#ifndef LPM_INTERNAL_H
#define LPM_INTERNAL_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include <libavcodec/avcodec.h>
#include <libavfilter/avfilter.h>
#include <libavformat/avformat.h>
#include <libavutil/buffer.h>

#include "lpmedia.h"

/* Error reporting: a status and a message written into the caller's buffer. */
typedef struct lpm_error {
    char *buffer;
    int32_t size;
} lpm_error;

int lpm_fail(lpm_error *error, int status, const char *format, ...) __attribute__((format(printf, 3, 4)));
/* Like lpm_fail, appending ": <av_err2str(averror)>" and the last libav error logged on this thread. */
int lpm_fail_av(lpm_error *error, int status, int averror, const char *format, ...) __attribute__((format(printf, 4, 5)));
void lpm_log_install(void);
void lpm_log_clear_last(void);

/* Reading a segment from memory. */
typedef struct lpm_mem_reader {
    const uint8_t *data;
    int64_t size;
    int64_t position;
} lpm_mem_reader;

AVIOContext *lpm_reader_open(lpm_mem_reader *reader);

/* Writing a muxed rendition to a growable, seekable memory buffer. */
typedef struct lpm_mem_writer {
    uint8_t *data;
    int64_t size;
    int64_t capacity;
    int64_t position;
    int failed;
} lpm_mem_writer;

AVIOContext *lpm_writer_open(lpm_mem_writer *writer);
void lpm_writer_free(lpm_mem_writer *writer);

void lpm_avio_close(AVIOContext **pb);

/* The demuxed segment: the chosen streams and all their packets, read up front. */
typedef struct lpm_input {
    lpm_mem_reader reader;
    AVIOContext *pb;
    AVFormatContext *format;
    int video_index;           /* -1 without a video stream */
    int audio_index;           /* -1 without an audio stream to carry over */
    const AVCodec *video_decoder;
    AVPacket **packets;
    int packet_count;
    int packet_capacity;
    int64_t video_packets;
    int64_t audio_packets;
    int64_t start_us;          /* AV_NOPTS_VALUE until a timestamp is seen */
    int64_t end_us;
} lpm_input;

int lpm_input_open(lpm_input *input, const uint8_t *data, int64_t size, lpm_error *error);
void lpm_input_close(lpm_input *input);
/* The video stream's frame rate as declared by the container, or {0, 1}. */
AVRational lpm_input_frame_rate(const lpm_input *input);

/* Container checks made before libavformat sees the bytes. */
int lpm_probe_container(const uint8_t *data, int64_t size, const AVInputFormat **format, lpm_error *error);

/* A decoder kept by a worker across calls while the stream parameters stay the same. */
typedef struct lpm_decoder {
    AVCodecContext *context;
    enum AVCodecID codec_id;
    int width;
    int height;
    int format;
    uint8_t *extradata;
    int extradata_size;
    int hardware;
} lpm_decoder;

int lpm_decoder_prepare(lpm_decoder *decoder, const AVCodec *codec, const AVStream *stream, int threads,
                        AVBufferRef *cuda_device, lpm_error *error);
void lpm_decoder_free(lpm_decoder *decoder);

/* The perceptual signature: thumbnails of frames sampled evenly by index over the expected frame count. */
typedef struct lpm_signature {
    int64_t expected_frames;
    int samples;
    int taken;
    int64_t next_index;
    uint8_t thumbnails[LPM_SIGNATURE_SAMPLES][LPM_SIGNATURE_GRID * LPM_SIGNATURE_GRID];
    AVFrame *download;         /* scratch for hardware frames */
    struct SwsContext *gray;   /* scratch for pixel formats without an 8-bit luma plane */
    uint8_t *gray_buffer;
    int gray_buffer_size;
} lpm_signature;

void lpm_signature_begin(lpm_signature *signature, int64_t expected_frames);
/* Offers the frame with presentation index `index`; thumbnails it when it is a sample. */
int lpm_signature_offer(lpm_signature *signature, int64_t index, const AVFrame *frame);
int lpm_signature_finish(const lpm_signature *signature, uint8_t *out, int out_size);
void lpm_signature_free(lpm_signature *signature);

/* Source-side accounting shared by transcode and inspect. */
typedef struct lpm_source_stats {
    int64_t frames;
    int64_t pixels;
    int width;
    int height;
} lpm_source_stats;

void lpm_fill_info(lpm_media_info *info, const lpm_input *input, const lpm_source_stats *stats,
                   const lpm_signature *signature);

struct lpm_worker {
    lpm_worker_options options;
    AVBufferRef *cuda_device;  /* non-NULL when encoding with NVENC */
    const AVCodec *encoder;    /* libx264 or h264_nvenc */
    lpm_decoder transcode_decoder;
    lpm_decoder inspect_decoder;
    lpm_signature signature;
    atomic_int cancelled;
};

int lpm_is_cancelled(lpm_worker *worker);

/* Output size for a profile: the source's display aspect kept, the larger source side mapped to the
 * larger profile side, both even. */
void lpm_output_size(const lpm_profile *profile, int source_width, int source_height, AVRational sample_aspect,
                     int *width, int *height);

int lpm_validate_profile(const lpm_profile *profile, int index, lpm_error *error);

#endif
