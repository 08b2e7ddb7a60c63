/* Error messages for callers, and libav's log routed away from stderr (its last error kept per thread
 * so a failure can say what libav saw). */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libavutil/error.h>
#include <libavutil/log.h>

#include "lpm_internal.h"

static _Thread_local char last_av_error[256];
static pthread_once_t log_once = PTHREAD_ONCE_INIT;
static int log_to_stderr_level = -1;

static void log_callback(void *context, int level, const char *format, va_list args)
{
    if (log_to_stderr_level >= 0 && level <= log_to_stderr_level) {
        va_list copy;
        va_copy(copy, args);
        av_log_default_callback(context, level, format, copy);
        va_end(copy);
    }
    if (level > AV_LOG_ERROR) {
        return;
    }
    int print_prefix = 1;
    char line[sizeof last_av_error];
    av_log_format_line2(context, level, format, args, line, (int)sizeof line, &print_prefix);
    size_t length = strlen(line);
    while (length > 0 && (line[length - 1] == '\n' || line[length - 1] == '\r')) {
        line[--length] = '\0';
    }
    if (length > 0) {
        memcpy(last_av_error, line, length + 1);
    }
}

static void install(void)
{
    /* LPM_AV_LOG_LEVEL=<libav level, e.g. 32 for info> echoes libav's log to stderr for debugging. */
    const char *level = getenv("LPM_AV_LOG_LEVEL");
    if (level != NULL && *level != '\0') {
        log_to_stderr_level = atoi(level);
    }
    /* libav skips formatting above this level; errors are all we keep unless echoing more. */
    av_log_set_level(log_to_stderr_level > AV_LOG_ERROR ? log_to_stderr_level : AV_LOG_ERROR);
    av_log_set_callback(log_callback);
}

void lpm_log_install(void)
{
    pthread_once(&log_once, install);
}

void lpm_log_clear_last(void)
{
    last_av_error[0] = '\0';
}

static int write_message(lpm_error *error, int status, const char *suffix, const char *format, va_list args)
{
    if (error == NULL || error->buffer == NULL || error->size <= 0) {
        return status;
    }
    int written = vsnprintf(error->buffer, (size_t)error->size, format, args);
    if (written < 0) {
        written = 0;
        error->buffer[0] = '\0';
    }
    if (suffix != NULL && written < error->size - 1) {
        snprintf(error->buffer + written, (size_t)(error->size - written), "%s", suffix);
    }
    return status;
}

int lpm_fail(lpm_error *error, int status, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    write_message(error, status, NULL, format, args);
    va_end(args);
    return status;
}

int lpm_fail_av(lpm_error *error, int status, int averror, const char *format, ...)
{
    char suffix[400];
    char reason[AV_ERROR_MAX_STRING_SIZE] = {0};
    av_strerror(averror, reason, sizeof reason);
    if (last_av_error[0] != '\0') {
        snprintf(suffix, sizeof suffix, ": %s (libav: %s)", reason, last_av_error);
    } else {
        snprintf(suffix, sizeof suffix, ": %s", reason);
    }
    va_list args;
    va_start(args, format);
    write_message(error, status, suffix, format, args);
    va_end(args);
    return status;
}
