// A thin C facade over libxml2 for Swift.
//
// Why it exists: Debian's libxml2 headers pull in ICU declarations that clash with the ICU inside
// Foundation, and `xmlFree` is a global function pointer that Swift 6 rejects as unsafe shared state.
// Everything here is prefixed `winnow_` so it cannot clash with libxml2's own names.
#ifndef WINNOW_CLIBXML2_SHIM_H
#define WINNOW_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>

/// Frees memory that libxml2 allocated (`xmlFree` is a function pointer Swift cannot call safely).
static inline void winnow_xmlFree(void *pointer) {
    xmlFree(pointer);
}

/// Ignores libxml2's generic (process-wide) error output; errors are read per parser context instead.
static void winnow_silentGenericError(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

static inline void winnow_silenceGenericErrors(void) {
    xmlSetGenericErrorFunc(NULL, winnow_silentGenericError);
    xmlSetStructuredErrorFunc(NULL, NULL);
}

#endif
