/* The two entry points: transcode (decode once, feed every rendition) and inspect (decode and describe).
 * Both read the whole segment first, then decode its video packets in order. */
#include <stdlib.h>
#include <string.h>

#include <libavutil/mathematics.h>

#include "lpm_output.h"

/* A damaged picture this close to the end (in output order, which B-frames reorder) means the
 * segment was cut short rather than damaged in the middle. */
#define TRAILING_FRAMES 4

/* Called for every decoded frame (pts already made monotonic) and every audio packet. */
typedef struct lpm_decode_handler {
    int (*frame)(void *state, AVFrame *frame, lpm_error *error);
    int (*audio)(void *state, int packet_index, lpm_error *error);
    void *state;
} lpm_decode_handler;

typedef struct lpm_decode_run {
    lpm_worker *worker;
    lpm_input *input;
    lpm_decoder *decoder;
    lpm_source_stats stats;
    int64_t last_pts;
    int64_t frame_step;        /* one frame in stream time base, for frames without a timestamp */
    int64_t decode_errors;
    int first_error;
    int64_t last_damaged_frame;  /* output index of the last picture decoded with errors, or -1 */
} lpm_decode_run;

static void fix_timestamp(lpm_decode_run *run, AVFrame *frame)
{
    int64_t pts = frame->best_effort_timestamp;
    if (pts == AV_NOPTS_VALUE) {
        pts = run->last_pts == AV_NOPTS_VALUE ? 0 : run->last_pts + run->frame_step;
    } else if (run->last_pts != AV_NOPTS_VALUE && pts <= run->last_pts) {
        /* Damaged or reordered timestamps: keep them increasing, as encoders and muxers require. */
        pts = run->last_pts + 1;
    }
    run->last_pts = pts;
    frame->pts = pts;
}

static int receive_frames(lpm_decode_run *run, AVFrame *frame, const lpm_decode_handler *handler,
                          lpm_signature *signature, lpm_error *error)
{
    for (;;) {
        int result = avcodec_receive_frame(run->decoder->context, frame);
        if (result == AVERROR(EAGAIN) || result == AVERROR_EOF) {
            return LPM_OK;
        }
        if (result < 0) {
            /* A damaged picture: skip it, as ffmpeg does, and keep decoding. */
            run->decode_errors++;
            if (run->first_error == 0) {
                run->first_error = result;
            }
            return LPM_OK;
        }
        if (frame->width <= 0 || frame->height <= 0) {
            av_frame_unref(frame);
            continue;
        }
        if (frame->decode_error_flags != 0 || (frame->flags & AV_FRAME_FLAG_CORRUPT)) {
            run->last_damaged_frame = run->stats.frames;
        }
        fix_timestamp(run, frame);
        if (run->stats.frames == 0) {
            run->stats.width = frame->width;
            run->stats.height = frame->height;
        }
        result = lpm_signature_offer(signature, run->stats.frames, frame);
        if (result < 0) {
            av_frame_unref(frame);
            return lpm_fail_av(error, LPM_ERR_INTERNAL, result, "cannot sample frame %lld for the signature",
                               (long long)run->stats.frames);
        }
        run->stats.frames++;
        run->stats.pixels += (int64_t)frame->width * frame->height;
        int status = handler->frame != NULL ? handler->frame(handler->state, frame, error) : LPM_OK;
        av_frame_unref(frame);
        if (status != LPM_OK) {
            return status;
        }
    }
}

static int decode_segment(lpm_decode_run *run, const lpm_decode_handler *handler, lpm_signature *signature,
                          lpm_error *error)
{
    lpm_input *input = run->input;
    AVFrame *frame = av_frame_alloc();
    if (frame == NULL) {
        return lpm_fail(error, LPM_ERR_NO_MEMORY, "out of memory decoding");
    }
    int status = LPM_OK;
    for (int i = 0; i < input->packet_count && status == LPM_OK; i++) {
        if (lpm_is_cancelled(run->worker)) {
            status = lpm_fail(error, LPM_ERR_CANCELLED, "cancelled");
            break;
        }
        AVPacket *packet = input->packets[i];
        if (packet->stream_index != input->video_index) {
            status = handler->audio != NULL ? handler->audio(handler->state, i, error) : LPM_OK;
            continue;
        }
        int result = avcodec_send_packet(run->decoder->context, packet);
        if (result < 0 && result != AVERROR(EAGAIN)) {
            run->decode_errors++;
            if (run->first_error == 0) {
                run->first_error = result;
            }
            continue;
        }
        status = receive_frames(run, frame, handler, signature, error);
    }
    if (status == LPM_OK && run->decoder->context != NULL) {
        avcodec_send_packet(run->decoder->context, NULL);
        status = receive_frames(run, frame, handler, signature, error);
    }
    av_frame_free(&frame);
    if (status == LPM_OK && input->video_packets > 0 && run->stats.frames == 0) {
        return lpm_fail_av(error, LPM_ERR_CORRUPT, run->first_error != 0 ? run->first_error : AVERROR_INVALIDDATA,
                           "the %s video stream has %lld packets but none decodes to a picture",
                           avcodec_get_name(input->format->streams[input->video_index]->codecpar->codec_id),
                           (long long)input->video_packets);
    }
    if (status == LPM_OK && run->last_damaged_frame >= 0 &&
        run->last_damaged_frame >= run->stats.frames - TRAILING_FRAMES) {
        /* libavformat hands over a cut-off last packet as it is; the decoder is what notices. */
        return lpm_fail(error, LPM_ERR_TRUNCATED,
                        "segment is truncated: its video ends inside a picture (picture %lld of %lld is incomplete)",
                        (long long)run->last_damaged_frame + 1, (long long)run->stats.frames);
    }
    return status;
}

static AVRational source_rate(const lpm_input *input)
{
    AVRational rate = lpm_input_frame_rate(input);
    if (rate.num > 0) {
        return rate;
    }
    int64_t duration = input->end_us != AV_NOPTS_VALUE ? input->end_us - input->start_us : 0;
    if (duration > 0 && input->video_packets > 1) {
        return av_d2q((double)input->video_packets * AV_TIME_BASE / (double)duration, 1000000);
    }
    return (AVRational){0, 1};
}

void lpm_fill_info(lpm_media_info *info, const lpm_input *input, const lpm_source_stats *stats,
                   const lpm_signature *signature)
{
    memset(info, 0, sizeof *info);
    info->has_video = stats->frames > 0;
    info->width = stats->width;
    info->height = stats->height;
    info->frames = stats->frames;
    info->pixels = stats->pixels;
    info->duration_us = input->end_us != AV_NOPTS_VALUE && input->start_us != AV_NOPTS_VALUE
                            ? input->end_us - input->start_us
                            : 0;
    if (info->has_video) {
        AVRational rate = source_rate(input);
        info->fps = rate.num > 0 ? av_q2d(rate) : 0;
        info->signature_length = lpm_signature_finish(signature, info->signature, (int)sizeof info->signature);
    }
}

static int prepare_decoder(lpm_worker *worker, lpm_input *input, lpm_decoder *decoder, AVBufferRef *cuda_device,
                           lpm_error *error)
{
    const AVStream *stream = input->format->streams[input->video_index];
    return lpm_decoder_prepare(decoder, input->video_decoder, stream, worker->options.decoder_threads, cuda_device,
                               error);
}

static void init_run(lpm_decode_run *run, lpm_worker *worker, lpm_input *input, lpm_decoder *decoder)
{
    memset(run, 0, sizeof *run);
    run->worker = worker;
    run->input = input;
    run->decoder = decoder;
    run->last_pts = AV_NOPTS_VALUE;
    run->frame_step = 1;
    run->last_damaged_frame = -1;
    if (input->video_index >= 0) {
        AVRational rate = source_rate(input);
        AVRational time_base = input->format->streams[input->video_index]->time_base;
        if (rate.num > 0) {
            int64_t step = av_rescale_q(1, av_inv_q(rate), time_base);
            run->frame_step = step > 0 ? step : 1;
        }
    }
}

/* --- transcode --- */

typedef struct lpm_transcode_state {
    lpm_worker *worker;
    lpm_input *input;
    int container;
    const lpm_profile *profiles;
    int profile_count;
    lpm_output *outputs;
    int outputs_open;
    int audio_cursor;          /* audio packets before this index have been written */
    int64_t video_offset;      /* subtracted from timestamps (MP4 renditions start at 0) */
    int64_t audio_offset;
} lpm_transcode_state;

static int write_audio_until(lpm_transcode_state *state, int end, lpm_error *error)
{
    lpm_input *input = state->input;
    for (; state->audio_cursor < end; state->audio_cursor++) {
        AVPacket *packet = input->packets[state->audio_cursor];
        if (packet->stream_index != input->audio_index) {
            continue;
        }
        AVRational time_base = input->format->streams[input->audio_index]->time_base;
        for (int r = 0; r < state->profile_count; r++) {
            int status = lpm_output_write_audio(&state->outputs[r], packet, time_base, state->audio_offset, error);
            if (status != LPM_OK) {
                return status;
            }
        }
    }
    return LPM_OK;
}

static int transcode_audio(void *opaque, int packet_index, lpm_error *error)
{
    lpm_transcode_state *state = opaque;
    /* Before the first picture the muxers do not exist yet: the packet waits behind the cursor. */
    return state->outputs_open ? write_audio_until(state, packet_index + 1, error) : LPM_OK;
}

static int transcode_frame(void *opaque, AVFrame *frame, lpm_error *error)
{
    lpm_transcode_state *state = opaque;
    lpm_input *input = state->input;
    frame->pts -= state->video_offset;
    if (!state->outputs_open) {
        AVRational time_base = input->format->streams[input->video_index]->time_base;
        AVRational rate = source_rate(input);
        for (int r = 0; r < state->profile_count; r++) {
            lpm_output *output = &state->outputs[r];
            output->index = r;
            output->profile = &state->profiles[r];
            int status = lpm_output_open(output, state->worker, input, state->container, frame, time_base, rate, error);
            if (status != LPM_OK) {
                return status;
            }
        }
        state->outputs_open = 1;
    }
    for (int r = 0; r < state->profile_count; r++) {
        int status = lpm_output_push(&state->outputs[r], frame, error);
        if (status != LPM_OK) {
            return status;
        }
    }
    return LPM_OK;
}

static int check_call(lpm_worker *worker, const uint8_t *segment, int64_t segment_size, lpm_error *error)
{
    if (worker == NULL) {
        return lpm_fail(error, LPM_ERR_ARGUMENT, "worker must not be null");
    }
    if (segment == NULL && segment_size > 0) {
        return lpm_fail(error, LPM_ERR_ARGUMENT, "segment is null but its size is %lld", (long long)segment_size);
    }
    if (segment_size < 0) {
        return lpm_fail(error, LPM_ERR_ARGUMENT, "segment size %lld is negative", (long long)segment_size);
    }
    lpm_log_clear_last();
    return LPM_OK;
}

LPM_API int32_t lpm_transcode(lpm_worker *worker, const uint8_t *segment, int64_t segment_size, int32_t container,
                              const lpm_profile *profiles, int32_t profile_count, lpm_media_info *source,
                              lpm_rendition *renditions, char *error_buffer, int32_t error_size)
{
    lpm_error error = {error_buffer, error_size};
    int status = check_call(worker, segment, segment_size, &error);
    if (status != LPM_OK) {
        return status;
    }
    if (source == NULL || (profile_count > 0 && (profiles == NULL || renditions == NULL))) {
        return lpm_fail(&error, LPM_ERR_ARGUMENT, "source, profiles and renditions must not be null");
    }
    if (container != LPM_CONTAINER_MPEGTS && container != LPM_CONTAINER_MP4) {
        return lpm_fail(&error, LPM_ERR_ARGUMENT, "unknown container %d", container);
    }
    if (profile_count < 0 || profile_count > LPM_MAX_PROFILES) {
        return lpm_fail(&error, LPM_ERR_BAD_PROFILE, "%d renditions requested; at most %d are allowed", profile_count,
                        LPM_MAX_PROFILES);
    }
    memset(source, 0, sizeof *source);
    for (int r = 0; r < profile_count; r++) {
        memset(&renditions[r], 0, sizeof renditions[r]);
    }
    for (int r = 0; r < profile_count; r++) {
        status = lpm_validate_profile(&profiles[r], r, &error);
        if (status != LPM_OK) {
            return status;
        }
    }

    lpm_input input;
    status = lpm_input_open(&input, segment, segment_size, &error);
    if (status != LPM_OK) {
        lpm_input_close(&input);
        return status;
    }

    lpm_decode_run run;
    lpm_decoder *decoder = &worker->transcode_decoder;
    init_run(&run, worker, &input, decoder);
    lpm_signature_begin(&worker->signature, input.video_packets);

    lpm_transcode_state state = {
        .worker = worker,
        .input = &input,
        .container = container,
        .profiles = profiles,
        .profile_count = profile_count,
        .outputs = profile_count > 0 ? calloc((size_t)profile_count, sizeof(lpm_output)) : NULL,
    };
    if (profile_count > 0 && state.outputs == NULL) {
        lpm_input_close(&input);
        return lpm_fail(&error, LPM_ERR_NO_MEMORY, "out of memory creating renditions");
    }
    if (container == LPM_CONTAINER_MP4 && input.start_us != AV_NOPTS_VALUE) {
        if (input.video_index >= 0) {
            state.video_offset = av_rescale_q(input.start_us, AV_TIME_BASE_Q, input.format->streams[input.video_index]->time_base);
        }
        if (input.audio_index >= 0) {
            state.audio_offset = av_rescale_q(input.start_us, AV_TIME_BASE_Q, input.format->streams[input.audio_index]->time_base);
        }
    }

    if (input.video_index >= 0 && input.video_packets > 0) {
        status = prepare_decoder(worker, &input, decoder, worker->cuda_device, &error);
        if (status == LPM_OK) {
            lpm_decode_handler handler = {transcode_frame, transcode_audio, &state};
            status = decode_segment(&run, &handler, &worker->signature, &error);
        }
        if (status != LPM_OK) {
            /* The decoder may hold a half-decoded picture or broken state: start afresh next time. */
            lpm_decoder_free(decoder);
        }
    }
    if (status == LPM_OK && state.outputs_open) {
        status = write_audio_until(&state, input.packet_count, &error);
        for (int r = 0; r < profile_count && status == LPM_OK; r++) {
            status = lpm_output_finish(&state.outputs[r], run.last_pts - state.video_offset + run.frame_step, &error);
        }
    }
    if (status == LPM_OK) {
        lpm_fill_info(source, &input, &run.stats, &worker->signature);
        if (state.outputs_open) {
            for (int r = 0; r < profile_count; r++) {
                lpm_output_take(&state.outputs[r], &renditions[r]);
            }
        }
    }
    for (int r = 0; r < profile_count; r++) {
        lpm_output_free(&state.outputs[r]);
    }
    free(state.outputs);
    lpm_input_close(&input);
    return status;
}

/* --- inspect --- */

LPM_API int32_t lpm_inspect(lpm_worker *worker, const uint8_t *segment, int64_t segment_size, lpm_media_info *info,
                            char *error_buffer, int32_t error_size)
{
    lpm_error error = {error_buffer, error_size};
    int status = check_call(worker, segment, segment_size, &error);
    if (status != LPM_OK) {
        return status;
    }
    if (info == NULL) {
        return lpm_fail(&error, LPM_ERR_ARGUMENT, "info must not be null");
    }
    memset(info, 0, sizeof *info);

    lpm_input input;
    status = lpm_input_open(&input, segment, segment_size, &error);
    if (status != LPM_OK) {
        lpm_input_close(&input);
        return status;
    }
    lpm_decode_run run;
    lpm_decoder *decoder = &worker->inspect_decoder;
    init_run(&run, worker, &input, decoder);
    lpm_signature_begin(&worker->signature, input.video_packets);
    if (input.video_index >= 0 && input.video_packets > 0) {
        /* Always a software decoder: the signature reads pixels on the CPU. */
        status = prepare_decoder(worker, &input, decoder, NULL, &error);
        if (status == LPM_OK) {
            lpm_decode_handler handler = {NULL, NULL, NULL};
            status = decode_segment(&run, &handler, &worker->signature, &error);
        }
        if (status != LPM_OK) {
            lpm_decoder_free(decoder);
        }
    }
    if (status == LPM_OK) {
        lpm_fill_info(info, &input, &run.stats, &worker->signature);
    }
    lpm_input_close(&input);
    return status;
}
