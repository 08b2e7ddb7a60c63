/* The worker's decoder: kept open across segments of the same stream (flushed in between) and reopened
 * only when the codec, picture parameters or codec headers change. */
#include <string.h>

#include <libavutil/hwcontext.h>
#include <libavutil/mem.h>

#include "lpm_internal.h"

static enum AVPixelFormat pick_cuda_format(AVCodecContext *context, const enum AVPixelFormat *formats)
{
    for (const enum AVPixelFormat *f = formats; *f != AV_PIX_FMT_NONE; f++) {
        if (*f == AV_PIX_FMT_CUDA) {
            return *f;
        }
    }
    /* This stream's profile has no CUDA decoding: decode in software (frames are then scaled on the CPU). */
    return avcodec_default_get_format(context, formats);
}

static int supports_cuda(const AVCodec *codec)
{
    for (int i = 0;; i++) {
        const AVCodecHWConfig *config = avcodec_get_hw_config(codec, i);
        if (config == NULL) {
            return 0;
        }
        if ((config->methods & AV_CODEC_HW_CONFIG_METHOD_HW_DEVICE_CTX) && config->device_type == AV_HWDEVICE_TYPE_CUDA) {
            return 1;
        }
    }
}

static int same_stream(const lpm_decoder *decoder, const AVCodecParameters *parameters, int hardware)
{
    return decoder->context != NULL && decoder->codec_id == parameters->codec_id &&
           decoder->width == parameters->width && decoder->height == parameters->height &&
           decoder->format == parameters->format && decoder->hardware == hardware &&
           decoder->extradata_size == parameters->extradata_size &&
           (parameters->extradata_size == 0 ||
            memcmp(decoder->extradata, parameters->extradata, (size_t)parameters->extradata_size) == 0);
}

void lpm_decoder_free(lpm_decoder *decoder)
{
    avcodec_free_context(&decoder->context);
    av_freep(&decoder->extradata);
    memset(decoder, 0, sizeof *decoder);
}

int lpm_decoder_prepare(lpm_decoder *decoder, const AVCodec *codec, const AVStream *stream, int threads,
                        AVBufferRef *cuda_device, lpm_error *error)
{
    const AVCodecParameters *parameters = stream->codecpar;
    int hardware = cuda_device != NULL && supports_cuda(codec);
    if (same_stream(decoder, parameters, hardware)) {
        avcodec_flush_buffers(decoder->context);
        decoder->context->pkt_timebase = stream->time_base;
        return LPM_OK;
    }
    lpm_decoder_free(decoder);

    AVCodecContext *context = avcodec_alloc_context3(codec);
    if (context == NULL) {
        return lpm_fail(error, LPM_ERR_NO_MEMORY, "out of memory creating the %s decoder", codec->name);
    }
    int result = avcodec_parameters_to_context(context, parameters);
    if (result < 0) {
        avcodec_free_context(&context);
        return lpm_fail_av(error, LPM_ERR_NO_MEMORY, result, "cannot configure the %s decoder", codec->name);
    }
    context->pkt_timebase = stream->time_base;
    context->thread_count = threads;
    if (hardware) {
        context->hw_device_ctx = av_buffer_ref(cuda_device);
        context->get_format = pick_cuda_format;
        if (context->hw_device_ctx == NULL) {
            avcodec_free_context(&context);
            return lpm_fail(error, LPM_ERR_NO_MEMORY, "out of memory creating the %s decoder", codec->name);
        }
    }
    lpm_log_clear_last();
    result = avcodec_open2(context, codec, NULL);
    if (result < 0) {
        avcodec_free_context(&context);
        return lpm_fail_av(error, LPM_ERR_UNSUPPORTED_CODEC, result, "cannot open the %s decoder for this stream",
                           codec->name);
    }
    if (parameters->extradata_size > 0) {
        decoder->extradata = av_memdup(parameters->extradata, (size_t)parameters->extradata_size);
        if (decoder->extradata == NULL) {
            avcodec_free_context(&context);
            return lpm_fail(error, LPM_ERR_NO_MEMORY, "out of memory creating the %s decoder", codec->name);
        }
    }
    decoder->context = context;
    decoder->codec_id = parameters->codec_id;
    decoder->width = parameters->width;
    decoder->height = parameters->height;
    decoder->format = parameters->format;
    decoder->extradata_size = parameters->extradata_size;
    decoder->hardware = hardware;
    return LPM_OK;
}
