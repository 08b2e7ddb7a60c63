/* Opens a segment held in memory and reads all packets of the chosen video and audio streams up front:
 * the frame count is then known before decoding (for signature sampling), and audio can be copied to
 * every rendition in demux order. */
#include <string.h>

#include <libavutil/avutil.h>
#include <libavutil/mathematics.h>

#include "lpm_internal.h"

#define MAX_PACKETS (1 << 20)

static int store_packet(lpm_input *input, AVPacket *packet)
{
    if (input->packet_count == input->packet_capacity) {
        int capacity = input->packet_capacity > 0 ? input->packet_capacity * 2 : 512;
        AVPacket **grown = av_realloc_array(input->packets, (size_t)capacity, sizeof *grown);
        if (grown == NULL) {
            return AVERROR(ENOMEM);
        }
        input->packets = grown;
        input->packet_capacity = capacity;
    }
    AVPacket *copy = av_packet_alloc();
    if (copy == NULL) {
        return AVERROR(ENOMEM);
    }
    av_packet_move_ref(copy, packet);
    input->packets[input->packet_count++] = copy;
    return 0;
}

static void track_time(lpm_input *input, const AVPacket *packet)
{
    const AVStream *stream = input->format->streams[packet->stream_index];
    int64_t ts = packet->pts != AV_NOPTS_VALUE ? packet->pts : packet->dts;
    if (ts == AV_NOPTS_VALUE) {
        return;
    }
    int64_t start = av_rescale_q(ts, stream->time_base, AV_TIME_BASE_Q);
    int64_t duration = packet->duration > 0 ? av_rescale_q(packet->duration, stream->time_base, AV_TIME_BASE_Q) : 0;
    if (input->start_us == AV_NOPTS_VALUE || start < input->start_us) {
        input->start_us = start;
    }
    if (input->end_us == AV_NOPTS_VALUE || start + duration > input->end_us) {
        input->end_us = start + duration;
    }
}

static int choose_streams(lpm_input *input, lpm_error *error)
{
    AVFormatContext *format = input->format;
    input->video_index = -1;
    input->audio_index = -1;

    int has_video_stream = 0;
    enum AVCodecID unsupported = AV_CODEC_ID_NONE;
    for (unsigned i = 0; i < format->nb_streams; i++) {
        const AVStream *stream = format->streams[i];
        if (stream->codecpar->codec_type != AVMEDIA_TYPE_VIDEO || (stream->disposition & AV_DISPOSITION_ATTACHED_PIC)) {
            continue;
        }
        has_video_stream = 1;
        const AVCodec *decoder = avcodec_find_decoder(stream->codecpar->codec_id);
        if (decoder == NULL) {
            unsupported = stream->codecpar->codec_id;
            continue;
        }
        /* Prefer the largest picture when a segment carries several video streams. */
        if (input->video_index < 0 ||
            (int64_t)stream->codecpar->width * stream->codecpar->height >
                (int64_t)format->streams[input->video_index]->codecpar->width *
                    format->streams[input->video_index]->codecpar->height) {
            input->video_index = (int)i;
            input->video_decoder = decoder;
        }
    }
    if (has_video_stream && input->video_index < 0) {
        return lpm_fail(error, LPM_ERR_UNSUPPORTED_CODEC, "unsupported video codec '%s': no decoder for it",
                        unsupported == AV_CODEC_ID_NONE ? "unknown" : avcodec_get_name(unsupported));
    }

    for (unsigned i = 0; i < format->nb_streams; i++) {
        const AVStream *stream = format->streams[i];
        if (stream->codecpar->codec_type == AVMEDIA_TYPE_AUDIO && stream->codecpar->codec_id != AV_CODEC_ID_NONE) {
            input->audio_index = (int)i;
            break;
        }
    }
    return LPM_OK;
}

int lpm_input_open(lpm_input *input, const uint8_t *data, int64_t size, lpm_error *error)
{
    memset(input, 0, sizeof *input);
    input->video_index = -1;
    input->audio_index = -1;
    input->start_us = AV_NOPTS_VALUE;
    input->end_us = AV_NOPTS_VALUE;

    const AVInputFormat *container = NULL;
    int status = lpm_probe_container(data, size, &container, error);
    if (status != LPM_OK) {
        return status;
    }

    input->reader = (lpm_mem_reader){.data = data, .size = size, .position = 0};
    input->pb = lpm_reader_open(&input->reader);
    input->format = avformat_alloc_context();
    if (input->pb == NULL || input->format == NULL) {
        return lpm_fail(error, LPM_ERR_NO_MEMORY, "out of memory opening the segment");
    }
    input->format->pb = input->pb;
    input->format->flags |= AVFMT_FLAG_CUSTOM_IO;

    lpm_log_clear_last();
    int result = avformat_open_input(&input->format, NULL, container, NULL);
    if (result < 0) {
        /* avformat_open_input frees the context on failure. */
        input->format = NULL;
        return lpm_fail_av(error, result == AVERROR(ENOMEM) ? LPM_ERR_NO_MEMORY : LPM_ERR_NOT_MEDIA, result,
                           "not a readable %s segment", strcmp(container->name, "mpegts") == 0 ? "MPEG-TS" : "MP4");
    }
    /* Missing parameters are not fatal here: the decoder finds them in the stream. */
    avformat_find_stream_info(input->format, NULL);

    status = choose_streams(input, error);
    if (status != LPM_OK) {
        return status;
    }

    AVPacket *packet = av_packet_alloc();
    if (packet == NULL) {
        return lpm_fail(error, LPM_ERR_NO_MEMORY, "out of memory reading the segment");
    }
    for (;;) {
        result = av_read_frame(input->format, packet);
        if (result < 0) {
            /* End of data, or damage the demuxer cannot resync past: keep what was read, like ffmpeg. */
            break;
        }
        if (packet->stream_index != input->video_index && packet->stream_index != input->audio_index) {
            av_packet_unref(packet);
            continue;
        }
        if (input->packet_count >= MAX_PACKETS) {
            av_packet_free(&packet);
            return lpm_fail(error, LPM_ERR_NOT_MEDIA, "segment has more than %d packets", MAX_PACKETS);
        }
        track_time(input, packet);
        if (packet->stream_index == input->video_index) {
            input->video_packets++;
        } else {
            input->audio_packets++;
        }
        result = store_packet(input, packet);
        if (result < 0) {
            av_packet_free(&packet);
            return lpm_fail(error, LPM_ERR_NO_MEMORY, "out of memory reading the segment");
        }
    }
    av_packet_free(&packet);

    if (input->packet_count == 0) {
        if (input->video_index < 0 && input->audio_index < 0) {
            return lpm_fail(error, LPM_ERR_NOT_MEDIA, "segment has no audio or video stream");
        }
        return lpm_fail(error, LPM_ERR_CORRUPT, "segment declares streams but holds no readable packet");
    }
    return LPM_OK;
}

void lpm_input_close(lpm_input *input)
{
    for (int i = 0; i < input->packet_count; i++) {
        av_packet_free(&input->packets[i]);
    }
    av_freep(&input->packets);
    if (input->format != NULL) {
        avformat_close_input(&input->format);
    }
    lpm_avio_close(&input->pb);
    memset(input, 0, sizeof *input);
    input->video_index = -1;
    input->audio_index = -1;
}

AVRational lpm_input_frame_rate(const lpm_input *input)
{
    if (input->video_index < 0) {
        return (AVRational){0, 1};
    }
    AVStream *stream = input->format->streams[input->video_index];
    AVRational rate = stream->avg_frame_rate;
    if (rate.num <= 0 || rate.den <= 0) {
        rate = stream->r_frame_rate;
    }
    if (rate.num <= 0 || rate.den <= 0) {
        return (AVRational){0, 1};
    }
    return rate;
}
