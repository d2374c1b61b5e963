// zlib for Swift: Fetch inflates multi-member gzip streams (WARC files, sitemaps, HTTP bodies) and
// deflates WARC records. `inflateInit2`/`deflateInit2` are macros Swift cannot call, so they are
// wrapped in prefixed inline functions.
#ifndef WINNOW_CZLIB_SHIM_H
#define WINNOW_CZLIB_SHIM_H

#include <zlib.h>

static inline int winnow_inflateInit2(z_streamp stream, int windowBits) {
    return inflateInit2(stream, windowBits);
}

static inline int winnow_deflateInit2(z_streamp stream, int level, int windowBits) {
    return deflateInit2(stream, level, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
}

#endif
