/* Workers: options, the encoder choice (NVENC with CUDA decoding when it works, libx264 otherwise), and
 * the decoder state kept between calls. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libavutil/hwcontext.h>
#include <libavutil/opt.h>

#include "lpm_internal.h"

LPM_API int32_t lpm_api_version(void)
{
    return LPM_API_VERSION;
}

/* Opens a tiny encoder with the worker's settings: a bad preset or an unusable NVENC fails here, once,
 * instead of on every segment. */
static int try_encoder(const AVCodec *codec, const lpm_worker_options *options, AVBufferRef *cuda_device)
{
    AVCodecContext *context = avcodec_alloc_context3(codec);
    if (context == NULL) {
        return AVERROR(ENOMEM);
    }
    context->width = 256;
    context->height = 144;
    context->pix_fmt = AV_PIX_FMT_YUV420P;
    context->time_base = (AVRational){1, 30};
    context->framerate = (AVRational){30, 1};
    context->bit_rate = 400000;
    context->thread_count = 1;
    if (cuda_device != NULL) {
        context->hw_device_ctx = av_buffer_ref(cuda_device);
        av_opt_set_int(context->priv_data, "gpu", options->gpu_index, 0);
    } else if (options->x264_preset[0] != '\0') {
        av_opt_set(context->priv_data, "preset", options->x264_preset, 0);
    }
    int result = avcodec_open2(context, codec, NULL);
    avcodec_free_context(&context);
    return result;
}

static int open_nvenc(lpm_worker *worker, lpm_error *error)
{
    const AVCodec *nvenc = avcodec_find_encoder_by_name("h264_nvenc");
    if (nvenc == NULL) {
        return lpm_fail(error, LPM_ERR_NVENC_UNAVAILABLE, "this libavcodec has no h264_nvenc encoder");
    }
    char device[16];
    snprintf(device, sizeof device, "%d", worker->options.gpu_index);
    lpm_log_clear_last();
    int result = av_hwdevice_ctx_create(&worker->cuda_device, AV_HWDEVICE_TYPE_CUDA, device, NULL, 0);
    if (result < 0) {
        return lpm_fail_av(error, LPM_ERR_NVENC_UNAVAILABLE, result, "no usable CUDA device %d", worker->options.gpu_index);
    }
    result = try_encoder(nvenc, &worker->options, worker->cuda_device);
    if (result < 0) {
        av_buffer_unref(&worker->cuda_device);
        return lpm_fail_av(error, LPM_ERR_NVENC_UNAVAILABLE, result, "h264_nvenc does not open on CUDA device %d",
                           worker->options.gpu_index);
    }
    worker->encoder = nvenc;
    return LPM_OK;
}

LPM_API int32_t lpm_worker_create(const lpm_worker_options *options, lpm_worker **out, char *error, int32_t error_size)
{
    lpm_error sink = {error, error_size};
    if (out == NULL || options == NULL) {
        return lpm_fail(&sink, LPM_ERR_ARGUMENT, "options and out must not be null");
    }
    *out = NULL;
    if (options->accel < LPM_ACCEL_AUTO || options->accel > LPM_ACCEL_NVENC) {
        return lpm_fail(&sink, LPM_ERR_ARGUMENT, "unknown acceleration mode %d", options->accel);
    }
    if (options->encoder_threads < 0 || options->encoder_threads > 64 || options->decoder_threads < 0 ||
        options->decoder_threads > 64) {
        return lpm_fail(&sink, LPM_ERR_ARGUMENT, "thread counts must be 0..64 (got encoder %d, decoder %d)",
                        options->encoder_threads, options->decoder_threads);
    }
    if (memchr(options->x264_preset, '\0', sizeof options->x264_preset) == NULL) {
        return lpm_fail(&sink, LPM_ERR_ARGUMENT, "x264 preset is not a terminated string");
    }
    lpm_log_install();

    lpm_worker *worker = calloc(1, sizeof *worker);
    if (worker == NULL) {
        return lpm_fail(&sink, LPM_ERR_NO_MEMORY, "out of memory creating a worker");
    }
    worker->options = *options;
    atomic_init(&worker->cancelled, 0);

    if (options->accel != LPM_ACCEL_CPU) {
        char reason[LPM_ERROR_BYTES];
        lpm_error nvenc_error = {reason, sizeof reason};
        int status = open_nvenc(worker, &nvenc_error);
        if (status != LPM_OK && options->accel == LPM_ACCEL_NVENC) {
            free(worker);
            return lpm_fail(&sink, status, "NVENC was required but is not available: %s", reason);
        }
    }
    if (worker->encoder == NULL) {
        worker->encoder = avcodec_find_encoder_by_name("libx264");
        if (worker->encoder == NULL) {
            free(worker);
            return lpm_fail(&sink, LPM_ERR_ENCODER, "this libavcodec has no libx264 encoder");
        }
        lpm_log_clear_last();
        int result = try_encoder(worker->encoder, &worker->options, NULL);
        if (result < 0) {
            free(worker);
            return lpm_fail_av(&sink, LPM_ERR_ARGUMENT, result, "libx264 does not open with preset '%s'",
                               options->x264_preset);
        }
    }
    *out = worker;
    return LPM_OK;
}

LPM_API void lpm_worker_destroy(lpm_worker *worker)
{
    if (worker == NULL) {
        return;
    }
    lpm_decoder_free(&worker->transcode_decoder);
    lpm_decoder_free(&worker->inspect_decoder);
    lpm_signature_free(&worker->signature);
    av_buffer_unref(&worker->cuda_device);
    free(worker);
}

LPM_API int32_t lpm_worker_uses_nvenc(const lpm_worker *worker)
{
    return worker != NULL && worker->cuda_device != NULL;
}

LPM_API void lpm_worker_cancel(lpm_worker *worker)
{
    if (worker != NULL) {
        atomic_store(&worker->cancelled, 1);
    }
}

LPM_API void lpm_worker_reset_cancel(lpm_worker *worker)
{
    if (worker != NULL) {
        atomic_store(&worker->cancelled, 0);
    }
}

int lpm_is_cancelled(lpm_worker *worker)
{
    return atomic_load(&worker->cancelled) != 0;
}

LPM_API void lpm_rendition_release(lpm_rendition *rendition)
{
    if (rendition == NULL) {
        return;
    }
    av_freep(&rendition->data);
    memset(rendition, 0, sizeof *rendition);
}
