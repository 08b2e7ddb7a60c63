/* One rendition: a filter chain (frame rate, scale, pixel format) fed from the shared decoded frames, an
 * H.264 encoder, and a muxer writing MPEG-TS or MP4 into memory with the source audio copied in. */
#include <stdio.h>
#include <string.h>

#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/opt.h>
#include <libavutil/pixdesc.h>

#include "lpm_output.h"

static const char *h264_profile_name(int32_t profile)
{
    switch (profile) {
    case LPM_H264_BASELINE:
        return "baseline";
    case LPM_H264_MAIN:
        return "main";
    case LPM_H264_HIGH:
    case LPM_H264_CONSTRAINED_HIGH:
        return "high";
    default:
        return NULL;
    }
}

static int build_filters(lpm_output *output, const AVFrame *frame, AVRational time_base, lpm_error *error)
{
    output->graph = avfilter_graph_alloc();
    if (output->graph == NULL) {
        return lpm_fail(error, LPM_ERR_NO_MEMORY, "out of memory creating the filters of rendition %d", output->index);
    }
    AVRational sar = frame->sample_aspect_ratio.num > 0 ? frame->sample_aspect_ratio : (AVRational){1, 1};
    char args[256];
    snprintf(args, sizeof args, "video_size=%dx%d:pix_fmt=%d:time_base=%d/%d:pixel_aspect=%d/%d", frame->width,
             frame->height, frame->format, time_base.num, time_base.den, sar.num, sar.den);
    int result = avfilter_graph_create_filter(&output->source, avfilter_get_by_name("buffer"), "in", args, NULL,
                                              output->graph);
    if (result >= 0 && frame->hw_frames_ctx != NULL) {
        AVBufferSrcParameters *parameters = av_buffersrc_parameters_alloc();
        if (parameters == NULL) {
            return lpm_fail(error, LPM_ERR_NO_MEMORY, "out of memory creating the filters of rendition %d",
                            output->index);
        }
        parameters->hw_frames_ctx = frame->hw_frames_ctx;
        result = av_buffersrc_parameters_set(output->source, parameters);
        av_free(parameters);
    }
    if (result >= 0) {
        result = avfilter_graph_create_filter(&output->sink, avfilter_get_by_name("buffersink"), "out", NULL, NULL,
                                              output->graph);
    }
    if (result < 0) {
        return lpm_fail_av(error, LPM_ERR_ENCODER, result, "cannot create the filters of rendition %d", output->index);
    }

    char chain[256];
    int used = 0;
    const lpm_profile *profile = output->profile;
    if (profile->fps_num > 0) {
        used += snprintf(chain + used, sizeof chain - (size_t)used, "fps=fps=%d/%d,", profile->fps_num, profile->fps_den);
    }
    if (frame->hw_frames_ctx != NULL) {
        snprintf(chain + used, sizeof chain - (size_t)used, "scale_cuda=w=%d:h=%d", output->width, output->height);
    } else {
        snprintf(chain + used, sizeof chain - (size_t)used, "scale=w=%d:h=%d:flags=bicubic,format=pix_fmts=yuv420p",
                 output->width, output->height);
    }

    AVFilterInOut *outputs = avfilter_inout_alloc();
    AVFilterInOut *inputs = avfilter_inout_alloc();
    if (outputs == NULL || inputs == NULL) {
        avfilter_inout_free(&outputs);
        avfilter_inout_free(&inputs);
        return lpm_fail(error, LPM_ERR_NO_MEMORY, "out of memory creating the filters of rendition %d", output->index);
    }
    outputs->name = av_strdup("in");
    outputs->filter_ctx = output->source;
    outputs->pad_idx = 0;
    outputs->next = NULL;
    inputs->name = av_strdup("out");
    inputs->filter_ctx = output->sink;
    inputs->pad_idx = 0;
    inputs->next = NULL;
    lpm_log_clear_last();
    result = avfilter_graph_parse_ptr(output->graph, chain, &inputs, &outputs, NULL);
    avfilter_inout_free(&outputs);
    avfilter_inout_free(&inputs);
    if (result >= 0) {
        result = avfilter_graph_config(output->graph, NULL);
    }
    if (result < 0) {
        return lpm_fail_av(error, LPM_ERR_ENCODER, result, "cannot configure the filters '%s' of rendition %d", chain,
                           output->index);
    }
    return LPM_OK;
}

static int open_encoder(lpm_output *output, const lpm_worker *worker, AVRational source_rate, int global_header,
                        lpm_error *error)
{
    const lpm_profile *profile = output->profile;
    AVCodecContext *encoder = avcodec_alloc_context3(worker->encoder);
    if (encoder == NULL) {
        return lpm_fail(error, LPM_ERR_NO_MEMORY, "out of memory creating the encoder of rendition %d", output->index);
    }
    output->encoder = encoder;
    encoder->width = av_buffersink_get_w(output->sink);
    encoder->height = av_buffersink_get_h(output->sink);
    encoder->pix_fmt = (enum AVPixelFormat)av_buffersink_get_format(output->sink);
    encoder->sample_aspect_ratio = av_buffersink_get_sample_aspect_ratio(output->sink);
    encoder->time_base = av_buffersink_get_time_base(output->sink);
    AVRational rate = profile->fps_num > 0 ? (AVRational){profile->fps_num, profile->fps_den} : source_rate;
    if (rate.num <= 0 || rate.den <= 0) {
        rate = av_buffersink_get_frame_rate(output->sink);
    }
    if (rate.num > 0 && rate.den > 0) {
        encoder->framerate = rate;
    }
    AVBufferRef *hw_frames = av_buffersink_get_hw_frames_ctx(output->sink);
    if (hw_frames != NULL) {
        encoder->hw_frames_ctx = av_buffer_ref(hw_frames);
        if (encoder->hw_frames_ctx == NULL) {
            return lpm_fail(error, LPM_ERR_NO_MEMORY, "out of memory creating the encoder of rendition %d",
                            output->index);
        }
    }
    if (worker->cuda_device != NULL) {
        if (encoder->hw_frames_ctx == NULL) {
            /* Software frames (a codec CUDA cannot decode): NVENC uploads them on the worker's device. */
            encoder->hw_device_ctx = av_buffer_ref(worker->cuda_device);
        }
        av_opt_set_int(encoder->priv_data, "gpu", worker->options.gpu_index, 0);
    }
    encoder->bit_rate = profile->bitrate_bps;
    encoder->thread_count = worker->options.encoder_threads;
    if (global_header) {
        encoder->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    }
    if (profile->gop_mode == LPM_GOP_INTRA) {
        encoder->gop_size = 1;
        encoder->max_b_frames = 0;
    } else if (profile->gop_mode == LPM_GOP_SECONDS) {
        double fps = rate.num > 0 && rate.den > 0 ? av_q2d(rate) : 30.0;
        double frames = profile->gop_seconds * fps + 0.5;
        encoder->gop_size = frames < 1 ? 1 : frames > 100000 ? 100000 : (int)frames;
    }
    if (profile->h264_profile == LPM_H264_CONSTRAINED_HIGH) {
        /* Constrained High is High without B-frames. */
        encoder->max_b_frames = 0;
    }
    const char *profile_name = h264_profile_name(profile->h264_profile);
    if (profile_name != NULL) {
        av_opt_set(encoder->priv_data, "profile", profile_name, 0);
    }
    if (worker->cuda_device == NULL && worker->options.x264_preset[0] != '\0') {
        av_opt_set(encoder->priv_data, "preset", worker->options.x264_preset, 0);
    }
    lpm_log_clear_last();
    int result = avcodec_open2(encoder, worker->encoder, NULL);
    if (result < 0) {
        return lpm_fail_av(error, LPM_ERR_ENCODER, result, "cannot open the %s encoder for rendition %d (%dx%d)",
                           worker->encoder->name, output->index, encoder->width, encoder->height);
    }
    return LPM_OK;
}

static int open_muxer(lpm_output *output, const lpm_input *input, int container, lpm_error *error)
{
    const char *format_name = container == LPM_CONTAINER_MP4 ? "mp4" : "mpegts";
    int result = avformat_alloc_output_context2(&output->mux, NULL, format_name, NULL);
    if (result < 0 || output->mux == NULL) {
        return lpm_fail_av(error, LPM_ERR_ENCODER, result, "cannot create the %s muxer", format_name);
    }
    output->pb = lpm_writer_open(&output->writer);
    if (output->pb == NULL) {
        return lpm_fail(error, LPM_ERR_NO_MEMORY, "out of memory creating the muxer of rendition %d", output->index);
    }
    output->mux->pb = output->pb;
    output->mux->flags |= AVFMT_FLAG_CUSTOM_IO;

    output->video_stream = avformat_new_stream(output->mux, NULL);
    if (output->video_stream == NULL) {
        return lpm_fail(error, LPM_ERR_NO_MEMORY, "out of memory creating the muxer of rendition %d", output->index);
    }
    result = avcodec_parameters_from_context(output->video_stream->codecpar, output->encoder);
    if (result < 0) {
        return lpm_fail_av(error, LPM_ERR_ENCODER, result, "cannot describe the video of rendition %d", output->index);
    }
    output->video_stream->time_base = output->encoder->time_base;
    output->video_stream->avg_frame_rate = output->encoder->framerate;

    if (input->audio_index >= 0 && input->audio_packets > 0) {
        const AVStream *source = input->format->streams[input->audio_index];
        output->audio_stream = avformat_new_stream(output->mux, NULL);
        if (output->audio_stream == NULL) {
            return lpm_fail(error, LPM_ERR_NO_MEMORY, "out of memory creating the muxer of rendition %d",
                            output->index);
        }
        result = avcodec_parameters_copy(output->audio_stream->codecpar, source->codecpar);
        if (result < 0) {
            return lpm_fail_av(error, LPM_ERR_NO_MEMORY, result, "cannot copy the audio parameters");
        }
        output->audio_stream->codecpar->codec_tag = 0;
        output->audio_stream->time_base = source->time_base;
    }

    lpm_log_clear_last();
    result = avformat_write_header(output->mux, NULL);
    if (result < 0) {
        if (output->audio_stream != NULL) {
            return lpm_fail_av(error, LPM_ERR_UNSUPPORTED_CODEC, result,
                               "cannot write a %s rendition carrying the source's %s audio", format_name,
                               avcodec_get_name(output->audio_stream->codecpar->codec_id));
        }
        return lpm_fail_av(error, LPM_ERR_ENCODER, result, "cannot start the %s muxer of rendition %d", format_name,
                           output->index);
    }
    output->header_written = 1;
    return LPM_OK;
}

int lpm_output_open(lpm_output *output, const lpm_worker *worker, const lpm_input *input, int container,
                    const AVFrame *first_frame, AVRational time_base, AVRational source_rate, lpm_error *error)
{
    AVRational sar = first_frame->sample_aspect_ratio;
    lpm_output_size(output->profile, first_frame->width, first_frame->height, sar, &output->width, &output->height);
    output->filtered = av_frame_alloc();
    output->packet = av_packet_alloc();
    if (output->filtered == NULL || output->packet == NULL) {
        return lpm_fail(error, LPM_ERR_NO_MEMORY, "out of memory creating rendition %d", output->index);
    }
    int status = build_filters(output, first_frame, time_base, error);
    if (status == LPM_OK) {
        status = open_encoder(output, worker, source_rate, container == LPM_CONTAINER_MP4, error);
    }
    if (status == LPM_OK) {
        status = open_muxer(output, input, container, error);
    }
    return status;
}

static int write_encoded(lpm_output *output, lpm_error *error)
{
    for (;;) {
        int result = avcodec_receive_packet(output->encoder, output->packet);
        if (result == AVERROR(EAGAIN) || result == AVERROR_EOF) {
            return LPM_OK;
        }
        if (result < 0) {
            return lpm_fail_av(error, LPM_ERR_ENCODER, result, "encoding rendition %d failed", output->index);
        }
        output->frames++;
        output->packet->stream_index = output->video_stream->index;
        av_packet_rescale_ts(output->packet, output->encoder->time_base, output->video_stream->time_base);
        result = av_interleaved_write_frame(output->mux, output->packet);
        if (result < 0) {
            return lpm_fail_av(error, LPM_ERR_ENCODER, result, "muxing rendition %d failed", output->index);
        }
    }
}

static int drain_filters(lpm_output *output, lpm_error *error)
{
    for (;;) {
        int result = av_buffersink_get_frame(output->sink, output->filtered);
        if (result == AVERROR(EAGAIN) || result == AVERROR_EOF) {
            return LPM_OK;
        }
        if (result < 0) {
            return lpm_fail_av(error, LPM_ERR_ENCODER, result, "filtering rendition %d failed", output->index);
        }
        output->filtered->pict_type = AV_PICTURE_TYPE_NONE;
        result = avcodec_send_frame(output->encoder, output->filtered);
        av_frame_unref(output->filtered);
        if (result < 0) {
            return lpm_fail_av(error, LPM_ERR_ENCODER, result, "encoding rendition %d failed", output->index);
        }
        int status = write_encoded(output, error);
        if (status != LPM_OK) {
            return status;
        }
    }
}

int lpm_output_push(lpm_output *output, AVFrame *frame, lpm_error *error)
{
    int result = av_buffersrc_add_frame_flags(output->source, frame, AV_BUFFERSRC_FLAG_KEEP_REF);
    if (result < 0) {
        return lpm_fail_av(error, LPM_ERR_ENCODER, result, "filtering rendition %d failed", output->index);
    }
    return drain_filters(output, error);
}

int lpm_output_write_audio(lpm_output *output, const AVPacket *packet, AVRational time_base, int64_t offset,
                           lpm_error *error)
{
    if (output->audio_stream == NULL) {
        return LPM_OK;
    }
    int result = av_packet_ref(output->packet, packet);
    if (result < 0) {
        return lpm_fail(error, LPM_ERR_NO_MEMORY, "out of memory copying audio");
    }
    if (output->packet->pts != AV_NOPTS_VALUE) {
        output->packet->pts -= offset;
    }
    if (output->packet->dts != AV_NOPTS_VALUE) {
        output->packet->dts -= offset;
    }
    output->packet->stream_index = output->audio_stream->index;
    output->packet->pos = -1;
    av_packet_rescale_ts(output->packet, time_base, output->audio_stream->time_base);
    result = av_interleaved_write_frame(output->mux, output->packet);
    if (result < 0) {
        return lpm_fail_av(error, LPM_ERR_ENCODER, result, "muxing the audio of rendition %d failed", output->index);
    }
    return LPM_OK;
}

int lpm_output_finish(lpm_output *output, int64_t end_pts, lpm_error *error)
{
    /* The end time lets the frame-rate filter emit the last frame's slot as well. */
    int result = av_buffersrc_close(output->source, end_pts, AV_BUFFERSRC_FLAG_PUSH);
    if (result < 0) {
        return lpm_fail_av(error, LPM_ERR_ENCODER, result, "flushing the filters of rendition %d failed",
                           output->index);
    }
    int status = drain_filters(output, error);
    if (status != LPM_OK) {
        return status;
    }
    result = avcodec_send_frame(output->encoder, NULL);
    if (result < 0) {
        return lpm_fail_av(error, LPM_ERR_ENCODER, result, "flushing the encoder of rendition %d failed",
                           output->index);
    }
    status = write_encoded(output, error);
    if (status != LPM_OK) {
        return status;
    }
    result = av_write_trailer(output->mux);
    output->header_written = 0;
    if (result < 0) {
        return lpm_fail_av(error, LPM_ERR_ENCODER, result, "finishing rendition %d failed", output->index);
    }
    avio_flush(output->pb);
    if (output->writer.failed) {
        return lpm_fail(error, LPM_ERR_NO_MEMORY, "out of memory writing rendition %d", output->index);
    }
    return LPM_OK;
}

void lpm_output_take(lpm_output *output, lpm_rendition *rendition)
{
    rendition->data = output->writer.data;
    rendition->size = output->writer.size;
    rendition->width = output->encoder != NULL ? output->encoder->width : output->width;
    rendition->height = output->encoder != NULL ? output->encoder->height : output->height;
    rendition->frames = output->frames;
    rendition->pixels = output->frames * (int64_t)rendition->width * rendition->height;
    output->writer.data = NULL;
    output->writer.size = 0;
    output->writer.capacity = 0;
}

void lpm_output_free(lpm_output *output)
{
    if (output->mux != NULL) {
        if (output->header_written) {
            /* Abandoned midway: the trailer releases the muxer's queued packets. */
            av_write_trailer(output->mux);
        }
        avformat_free_context(output->mux);
        output->mux = NULL;
    }
    lpm_avio_close(&output->pb);
    lpm_writer_free(&output->writer);
    avcodec_free_context(&output->encoder);
    avfilter_graph_free(&output->graph);
    av_frame_free(&output->filtered);
    av_packet_free(&output->packet);
}
