/*
 * libFuzzer harness for lpmedia's input path: every input is a segment handed to lpm_inspect or to
 * lpm_transcode (two tiny renditions), as MPEG-TS or MP4 output; the first byte picks which. Built
 * with ASan + UBSan over our sources (libav itself is not instrumented) by bench/fuzz.sh.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lpmedia.h"

static lpm_worker *worker;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    lpm_worker_options options;
    memset(&options, 0, sizeof options);
    options.accel = LPM_ACCEL_CPU;
    options.encoder_threads = 1;
    options.decoder_threads = 1;
    strcpy(options.x264_preset, "ultrafast");
    char error[LPM_ERROR_BYTES];
    if (lpm_worker_create(&options, &worker, error, sizeof error) != LPM_OK) {
        fprintf(stderr, "lpm_worker_create: %s\n", error);
        abort();
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    uint8_t mode = data[0];
    data++;
    size--;
    char error[LPM_ERROR_BYTES];
    if (mode & 1) {
        lpm_media_info info;
        int status = lpm_inspect(worker, data, (int64_t)size, &info, error, sizeof error);
        if (status == LPM_OK && info.has_video && (info.frames <= 0 || info.signature_length <= 0)) {
            abort(); /* a video segment must have frames and a signature */
        }
        return 0;
    }
    lpm_profile profiles[2] = {
        {.width = 64, .height = 36, .bitrate_bps = 100000, .fps_num = 15, .fps_den = 1},
        {.width = 48, .height = 48, .bitrate_bps = 100000, .fps_num = 0, .fps_den = 1, .h264_profile = LPM_H264_BASELINE,
         .gop_mode = LPM_GOP_INTRA},
    };
    lpm_media_info source;
    lpm_rendition renditions[2];
    int container = (mode & 2) ? LPM_CONTAINER_MP4 : LPM_CONTAINER_MPEGTS;
    int status = lpm_transcode(worker, data, (int64_t)size, container, profiles, 2, &source, renditions, error, sizeof error);
    if (status == LPM_OK) {
        for (int i = 0; i < 2; i++) {
            if (source.has_video && renditions[i].pixels != renditions[i].frames * renditions[i].width * renditions[i].height) {
                abort();
            }
            lpm_rendition_release(&renditions[i]);
        }
    } else if (error[0] == '\0') {
        abort(); /* every failure carries a message */
    }
    return 0;
}
