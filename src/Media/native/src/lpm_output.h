/* One rendition's pipeline: filters, encoder, muxer into memory. */
#ifndef LPM_OUTPUT_H
#define LPM_OUTPUT_H

#include "lpm_internal.h"

typedef struct lpm_output {
    int index;
    const lpm_profile *profile;
    int width;
    int height;
    AVFilterGraph *graph;
    AVFilterContext *source;
    AVFilterContext *sink;
    AVCodecContext *encoder;
    AVFormatContext *mux;
    AVIOContext *pb;
    lpm_mem_writer writer;
    AVStream *video_stream;
    AVStream *audio_stream;
    int header_written;
    int64_t frames;
    AVFrame *filtered;
    AVPacket *packet;
} lpm_output;

/* Builds the pipeline from the first decoded frame (its size, format and hardware context). */
int lpm_output_open(lpm_output *output, const lpm_worker *worker, const lpm_input *input, int container,
                    const AVFrame *first_frame, AVRational time_base, AVRational source_rate, lpm_error *error);
int lpm_output_push(lpm_output *output, AVFrame *frame, lpm_error *error);
int lpm_output_write_audio(lpm_output *output, const AVPacket *packet, AVRational time_base, int64_t offset,
                           lpm_error *error);
/* end_pts: where the last frame ends, in the source stream's time base. */
int lpm_output_finish(lpm_output *output, int64_t end_pts, lpm_error *error);
/* Hands the muxed bytes to the caller's rendition. */
void lpm_output_take(lpm_output *output, lpm_rendition *rendition);
void lpm_output_free(lpm_output *output);

#endif
