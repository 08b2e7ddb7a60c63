/* The perceptual signature of a segment: coarse mean-luma thumbnails of a few frames sampled evenly by
 * frame index. Scaling and re-encoding barely move a cell's mean, a different picture moves many. */
#include <string.h>

#include <libavutil/hwcontext.h>
#include <libavutil/imgutils.h>
#include <libavutil/pixdesc.h>
#include <libswscale/swscale.h>

#include "lpm_internal.h"

#define GRID LPM_SIGNATURE_GRID

static int64_t sample_index(int64_t expected, int samples, int k)
{
    if (expected <= samples) {
        return k;
    }
    return (int64_t)((2 * (int64_t)k + 1) * expected / (2 * (int64_t)samples));
}

void lpm_signature_begin(lpm_signature *signature, int64_t expected_frames)
{
    signature->expected_frames = expected_frames;
    signature->samples = expected_frames < LPM_SIGNATURE_SAMPLES ? (int)expected_frames : LPM_SIGNATURE_SAMPLES;
    signature->taken = 0;
    signature->next_index = signature->samples > 0 ? sample_index(expected_frames, signature->samples, 0) : -1;
}

static int has_plain_luma(const AVPixFmtDescriptor *desc)
{
    return desc != NULL && !(desc->flags & (AV_PIX_FMT_FLAG_RGB | AV_PIX_FMT_FLAG_PAL | AV_PIX_FMT_FLAG_BITSTREAM |
                                             AV_PIX_FMT_FLAG_HWACCEL | AV_PIX_FMT_FLAG_BE)) &&
           desc->comp[0].plane == 0 && desc->comp[0].step == 1 && desc->comp[0].depth == 8 &&
           desc->comp[0].shift == 0 && desc->comp[0].offset == 0;
}

static void thumbnail(const uint8_t *plane, int stride, int width, int height, int full_range, uint8_t *out)
{
    uint64_t sums[GRID * GRID];
    uint32_t counts[GRID * GRID];
    memset(sums, 0, sizeof sums);
    memset(counts, 0, sizeof counts);
    int column_of[GRID + 1];
    for (int c = 0; c <= GRID; c++) {
        column_of[c] = (int)((int64_t)c * width / GRID);
    }
    for (int y = 0; y < height; y++) {
        int row = (int)((int64_t)y * GRID / height);
        const uint8_t *line = plane + (ptrdiff_t)y * stride;
        for (int c = 0; c < GRID; c++) {
            int x0 = column_of[c];
            int x1 = column_of[c + 1];
            if (x1 <= x0) {
                /* Narrower than the grid: the cell takes its nearest column. */
                x0 = x0 < width ? x0 : width - 1;
                x1 = x0 + 1;
            }
            uint32_t sum = 0;
            for (int x = x0; x < x1; x++) {
                sum += line[x];
            }
            sums[row * GRID + c] += sum;
            counts[row * GRID + c] += (uint32_t)(x1 - x0);
        }
    }
    for (int cell = 0; cell < GRID * GRID; cell++) {
        /* Rows of a frame shorter than the grid leave cells empty: they take the cell above. */
        if (counts[cell] == 0) {
            out[cell] = cell >= GRID ? out[cell - GRID] : 16;
            continue;
        }
        uint64_t mean = (sums[cell] + counts[cell] / 2) / counts[cell];
        /* Full-range sources compare in limited range, the range every rendition is encoded in. */
        out[cell] = full_range ? (uint8_t)(16 + (mean * 219 + 127) / 255) : (uint8_t)mean;
    }
}

int lpm_signature_offer(lpm_signature *signature, int64_t index, const AVFrame *frame)
{
    if (signature->taken >= signature->samples || index != signature->next_index) {
        return 0;
    }
    const AVFrame *source = frame;
    if (frame->hw_frames_ctx != NULL) {
        if (signature->download == NULL && (signature->download = av_frame_alloc()) == NULL) {
            return AVERROR(ENOMEM);
        }
        av_frame_unref(signature->download);
        int result = av_hwframe_transfer_data(signature->download, frame, 0);
        if (result < 0) {
            return result;
        }
        source = signature->download;
    }
    const AVPixFmtDescriptor *desc = av_pix_fmt_desc_get((enum AVPixelFormat)source->format);
    int full_range = source->color_range == AVCOL_RANGE_JPEG ||
                     (desc != NULL && desc->name != NULL && strncmp(desc->name, "yuvj", 4) == 0);
    uint8_t *out = signature->thumbnails[signature->taken];
    if (source->width <= 0 || source->height <= 0) {
        return AVERROR(EINVAL);
    }
    if (has_plain_luma(desc)) {
        thumbnail(source->data[0], source->linesize[0], source->width, source->height, full_range, out);
    } else {
        signature->gray = sws_getCachedContext(signature->gray, source->width, source->height,
                                               (enum AVPixelFormat)source->format, source->width, source->height,
                                               AV_PIX_FMT_GRAY8, SWS_POINT, NULL, NULL, NULL);
        if (signature->gray == NULL) {
            return AVERROR(EINVAL);
        }
        int stride = FFALIGN(source->width, 32);
        int needed = stride * source->height;
        if (needed > signature->gray_buffer_size) {
            av_freep(&signature->gray_buffer);
            signature->gray_buffer = av_malloc((size_t)needed);
            signature->gray_buffer_size = signature->gray_buffer != NULL ? needed : 0;
            if (signature->gray_buffer == NULL) {
                return AVERROR(ENOMEM);
            }
        }
        uint8_t *planes[4] = {signature->gray_buffer, NULL, NULL, NULL};
        int strides[4] = {stride, 0, 0, 0};
        sws_scale(signature->gray, (const uint8_t *const *)source->data, source->linesize, 0, source->height, planes,
                  strides);
        thumbnail(signature->gray_buffer, stride, source->width, source->height, 1, out);
    }
    if (source == signature->download) {
        av_frame_unref(signature->download);
    }
    signature->taken++;
    signature->next_index = signature->taken < signature->samples
                                ? sample_index(signature->expected_frames, signature->samples, signature->taken)
                                : -1;
    return 0;
}

int lpm_signature_finish(const lpm_signature *signature, uint8_t *out, int out_size)
{
    int cells = GRID * GRID;
    int length = 3 + signature->taken * cells;
    if (signature->taken == 0 || length > out_size) {
        return 0;
    }
    out[0] = LPM_SIGNATURE_VERSION;
    out[1] = (uint8_t)signature->taken;
    out[2] = GRID;
    for (int i = 0; i < signature->taken; i++) {
        memcpy(out + 3 + i * cells, signature->thumbnails[i], (size_t)cells);
    }
    return length;
}

void lpm_signature_free(lpm_signature *signature)
{
    av_frame_free(&signature->download);
    sws_freeContext(signature->gray);
    signature->gray = NULL;
    av_freep(&signature->gray_buffer);
    signature->gray_buffer_size = 0;
}
