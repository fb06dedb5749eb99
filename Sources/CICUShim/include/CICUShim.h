// The only bridge between Swift and ICU. This header deliberately exposes nothing but
// <stdint.h> types and opaque pointers: Swift code importing ICU's own headers clashes with
// the ICU that Foundation embeds, and Swift cannot call ICU's versioned symbol macros.
#ifndef CICUSHIM_H
#define CICUSHIM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// ICU error codes are returned through `status`; a value > 0 is a failure.
const char *vn_error_name(int32_t status);

// MARK: UTF conversion (ICU's u_strFromUTF8 / u_strToUTF8)

/// Converts UTF-8 to UTF-16. Returns the UTF-16 length (the needed capacity on overflow).
int32_t vn_utf8_to_utf16(const uint8_t *src, int32_t length, uint16_t *dst, int32_t capacity, int32_t *status);
/// Converts UTF-16 to UTF-8. Returns the UTF-8 length (the needed capacity on overflow).
int32_t vn_utf16_to_utf8(const uint16_t *src, int32_t length, uint8_t *dst, int32_t capacity, int32_t *status);

// MARK: Normalisation (unorm2)

/// Normalisation forms understood by the functions below.
enum { VN_FORM_NFC = 0, VN_FORM_NFD = 1, VN_FORM_NFKC = 2 };

/// Quick check: 1 = yes, 0 = no, 2 = maybe.
int32_t vn_normalize_quick_check(int32_t form, const uint16_t *src, int32_t length, int32_t *status);
/// Length of the prefix that is certainly normalised already.
int32_t vn_normalize_span_quick_check_yes(int32_t form, const uint16_t *src, int32_t length, int32_t *status);
/// Whether a normalisation boundary lies before `codePoint`.
int32_t vn_normalize_has_boundary_before(int32_t form, uint32_t codePoint);
/// Normalises `src` into `dst`; returns the needed length.
int32_t vn_normalize(int32_t form, const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity, int32_t *status);

// MARK: Case mapping (u_strToLower / u_strToUpper with a locale)

int32_t vn_to_lower(const char *locale, const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity, int32_t *status);
int32_t vn_to_upper(const char *locale, const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity, int32_t *status);

// MARK: Break iteration (ubrk)

enum { VN_BREAK_CHARACTER = 0, VN_BREAK_WORD = 1, VN_BREAK_LINE = 2, VN_BREAK_SENTENCE = 3 };

/// Opens a break iterator; the text is set later. Returns NULL on failure.
void *vn_break_open(int32_t kind, const char *locale, int32_t *status);
/// Points the iterator at `text`, which must outlive its use.
void vn_break_set_text(void *iterator, const uint16_t *text, int32_t length, int32_t *status);
int32_t vn_break_first(void *iterator);
/// The next boundary, or -1 when done.
int32_t vn_break_next(void *iterator);
/// The rule status of the boundary just returned (e.g. 200..299 letter words, 100..199 numbers).
int32_t vn_break_rule_status(void *iterator);
void vn_break_close(void *iterator);

// MARK: Transliteration (utrans), used as a measured baseline

void *vn_translit_open(const uint16_t *id, int32_t idLength, int32_t *status);
/// Transliterates `buffer` in place; returns the new length (may exceed capacity → status overflow).
int32_t vn_translit(void *transliterator, uint16_t *buffer, int32_t length, int32_t capacity, int32_t *status);
void vn_translit_close(void *transliterator);

// MARK: Regular expressions (uregex)

enum { VN_REGEX_CASE_INSENSITIVE = 2 };

/// Compiles a pattern; on a syntax error `errorOffset` is the UTF-16 offset in the pattern.
void *vn_regex_open(const uint16_t *pattern, int32_t length, uint32_t flags, int32_t *errorOffset, int32_t *status);
/// A clone for use on another thread (uregex objects are not thread-safe).
void *vn_regex_clone(void *regex, int32_t *status);
/// 1 when the whole of `text` matches, 0 when not.
int32_t vn_regex_matches(void *regex, const uint16_t *text, int32_t length, int32_t *status);
void vn_regex_close(void *regex);

#ifdef __cplusplus
}
#endif

#endif
