/* AVIOContexts over memory: a read-only, seekable view of the segment, and a growable seekable buffer
 * for a muxed rendition (the MP4 muxer seeks back to patch box sizes). */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <libavutil/mem.h>

#include "lpm_internal.h"

#define LPM_IO_BUFFER_SIZE 65536

static int reader_read(void *opaque, uint8_t *buffer, int buffer_size)
{
    lpm_mem_reader *reader = opaque;
    int64_t remaining = reader->size - reader->position;
    if (remaining <= 0) {
        return AVERROR_EOF;
    }
    int count = buffer_size < remaining ? buffer_size : (int)remaining;
    memcpy(buffer, reader->data + reader->position, (size_t)count);
    reader->position += count;
    return count;
}

static int64_t resolve_seek(int64_t position, int64_t size, int64_t offset, int whence)
{
    switch (whence) {
    case SEEK_SET:
        return offset;
    case SEEK_CUR:
        return position + offset;
    case SEEK_END:
        return size + offset;
    default:
        return -1;
    }
}

static int64_t reader_seek(void *opaque, int64_t offset, int whence)
{
    lpm_mem_reader *reader = opaque;
    if (whence & AVSEEK_SIZE) {
        return reader->size;
    }
    int64_t target = resolve_seek(reader->position, reader->size, offset, whence & ~AVSEEK_FORCE);
    if (target < 0 || target > reader->size) {
        return AVERROR(EINVAL);
    }
    reader->position = target;
    return target;
}

AVIOContext *lpm_reader_open(lpm_mem_reader *reader)
{
    uint8_t *buffer = av_malloc(LPM_IO_BUFFER_SIZE);
    if (buffer == NULL) {
        return NULL;
    }
    AVIOContext *pb = avio_alloc_context(buffer, LPM_IO_BUFFER_SIZE, 0, reader, reader_read, NULL, reader_seek);
    if (pb == NULL) {
        av_free(buffer);
        return NULL;
    }
    return pb;
}

static int writer_reserve(lpm_mem_writer *writer, int64_t needed)
{
    if (needed <= writer->capacity) {
        return 0;
    }
    int64_t capacity = writer->capacity > 0 ? writer->capacity : 256 * 1024;
    while (capacity < needed) {
        capacity *= 2;
    }
    uint8_t *data = av_realloc(writer->data, (size_t)capacity);
    if (data == NULL) {
        writer->failed = 1;
        return AVERROR(ENOMEM);
    }
    writer->data = data;
    writer->capacity = capacity;
    return 0;
}

static int writer_write(void *opaque, uint8_t *buffer, int buffer_size)
{
    lpm_mem_writer *writer = opaque;
    if (buffer_size <= 0) {
        return 0;
    }
    int64_t end = writer->position + buffer_size;
    int result = writer_reserve(writer, end);
    if (result < 0) {
        return result;
    }
    if (writer->position > writer->size) {
        /* A seek past the end leaves a gap: zero it rather than expose stale memory. */
        memset(writer->data + writer->size, 0, (size_t)(writer->position - writer->size));
    }
    memcpy(writer->data + writer->position, buffer, (size_t)buffer_size);
    writer->position = end;
    if (end > writer->size) {
        writer->size = end;
    }
    return buffer_size;
}

static int64_t writer_seek(void *opaque, int64_t offset, int whence)
{
    lpm_mem_writer *writer = opaque;
    if (whence & AVSEEK_SIZE) {
        return writer->size;
    }
    int64_t target = resolve_seek(writer->position, writer->size, offset, whence & ~AVSEEK_FORCE);
    if (target < 0) {
        return AVERROR(EINVAL);
    }
    writer->position = target;
    return target;
}

AVIOContext *lpm_writer_open(lpm_mem_writer *writer)
{
    uint8_t *buffer = av_malloc(LPM_IO_BUFFER_SIZE);
    if (buffer == NULL) {
        return NULL;
    }
    AVIOContext *pb = avio_alloc_context(buffer, LPM_IO_BUFFER_SIZE, 1, writer, NULL, writer_write, writer_seek);
    if (pb == NULL) {
        av_free(buffer);
        return NULL;
    }
    return pb;
}

void lpm_writer_free(lpm_mem_writer *writer)
{
    av_freep(&writer->data);
    memset(writer, 0, sizeof *writer);
}

void lpm_avio_close(AVIOContext **pb)
{
    if (pb == NULL || *pb == NULL) {
        return;
    }
    av_freep(&(*pb)->buffer);
    avio_context_free(pb);
}
