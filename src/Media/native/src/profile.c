/* Rendition profile checks and the output size rule. */
#include <math.h>

#include "lpm_internal.h"

#define MIN_SIDE 2
#define MAX_SIDE 8192
#define MIN_BITRATE 1000
#define MAX_FPS 240
#define MAX_GOP_SECONDS 3600.0

int lpm_validate_profile(const lpm_profile *profile, int index, lpm_error *error)
{
    if (profile == NULL) {
        return lpm_fail(error, LPM_ERR_ARGUMENT, "profile %d is missing", index);
    }
    if (profile->width < MIN_SIDE || profile->width > MAX_SIDE || profile->height < MIN_SIDE ||
        profile->height > MAX_SIDE) {
        return lpm_fail(error, LPM_ERR_BAD_PROFILE, "profile %d: size %dx%d is out of range (each side %d..%d)", index,
                        profile->width, profile->height, MIN_SIDE, MAX_SIDE);
    }
    if (profile->bitrate_bps < MIN_BITRATE) {
        return lpm_fail(error, LPM_ERR_BAD_PROFILE, "profile %d: bitrate %d bps is below the minimum of %d bps", index,
                        profile->bitrate_bps, MIN_BITRATE);
    }
    if (profile->fps_den < 1) {
        return lpm_fail(error, LPM_ERR_BAD_PROFILE, "profile %d: frame rate denominator %d must be at least 1", index,
                        profile->fps_den);
    }
    if (profile->fps_num < 0 || (double)profile->fps_num / profile->fps_den > MAX_FPS) {
        return lpm_fail(error, LPM_ERR_BAD_PROFILE, "profile %d: frame rate %d/%d is out of range (0 keeps the source, at most %d)",
                        index, profile->fps_num, profile->fps_den, MAX_FPS);
    }
    if (profile->fps_num > 0 && (double)profile->fps_num / profile->fps_den < 1.0 / 60) {
        return lpm_fail(error, LPM_ERR_BAD_PROFILE, "profile %d: frame rate %d/%d is below one frame per minute", index,
                        profile->fps_num, profile->fps_den);
    }
    if (profile->h264_profile < LPM_H264_NONE || profile->h264_profile > LPM_H264_CONSTRAINED_HIGH) {
        return lpm_fail(error, LPM_ERR_BAD_PROFILE, "profile %d: unknown H.264 profile %d", index,
                        profile->h264_profile);
    }
    switch (profile->gop_mode) {
    case LPM_GOP_DEFAULT:
    case LPM_GOP_INTRA:
        break;
    case LPM_GOP_SECONDS:
        if (!isfinite(profile->gop_seconds) || profile->gop_seconds <= 0 || profile->gop_seconds > MAX_GOP_SECONDS) {
            return lpm_fail(error, LPM_ERR_BAD_PROFILE, "profile %d: GOP of %g seconds is out of range (0..%g, exclusive of 0)",
                            index, profile->gop_seconds, MAX_GOP_SECONDS);
        }
        break;
    default:
        return lpm_fail(error, LPM_ERR_BAD_PROFILE, "profile %d: unknown GOP mode %d", index, profile->gop_mode);
    }
    return LPM_OK;
}

static int round_even(double value)
{
    int even = 2 * (int)lround(value / 2);
    return even < 2 ? 2 : even;
}

void lpm_output_size(const lpm_profile *profile, int source_width, int source_height, AVRational sample_aspect,
                     int *width, int *height)
{
    double sar = sample_aspect.num > 0 && sample_aspect.den > 0 ? av_q2d(sample_aspect) : 1.0;
    double display_width = source_width * sar;
    double display_height = source_height;
    int longest = profile->width > profile->height ? profile->width : profile->height;
    longest &= ~1;
    if (display_width >= display_height) {
        *width = longest;
        *height = round_even(longest * display_height / display_width);
    } else {
        *height = longest;
        *width = round_even(longest * display_width / display_height);
    }
}

LPM_API int32_t lpm_profile_validate(const lpm_profile *profile, char *error, int32_t error_size)
{
    lpm_error sink = {error, error_size};
    return lpm_validate_profile(profile, 0, &sink);
}
