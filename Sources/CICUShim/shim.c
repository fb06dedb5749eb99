#include "CICUShim.h"

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uregex.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

const char *vn_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

int32_t vn_utf8_to_utf16(const uint8_t *src, int32_t length, uint16_t *dst, int32_t capacity, int32_t *status) {
    int32_t out = 0;
    u_strFromUTF8((UChar *)dst, capacity, &out, (const char *)src, length, (UErrorCode *)status);
    return out;
}

int32_t vn_utf16_to_utf8(const uint16_t *src, int32_t length, uint8_t *dst, int32_t capacity, int32_t *status) {
    int32_t out = 0;
    u_strToUTF8((char *)dst, capacity, &out, (const UChar *)src, length, (UErrorCode *)status);
    return out;
}

static const UNormalizer2 *normalizer(int32_t form, UErrorCode *status) {
    switch (form) {
    case VN_FORM_NFD: return unorm2_getNFDInstance(status);
    case VN_FORM_NFKC: return unorm2_getNFKCInstance(status);
    default: return unorm2_getNFCInstance(status);
    }
}

int32_t vn_normalize_quick_check(int32_t form, const uint16_t *src, int32_t length, int32_t *status) {
    const UNormalizer2 *n = normalizer(form, (UErrorCode *)status);
    if (U_FAILURE(*status)) return 0;
    UNormalizationCheckResult r = unorm2_quickCheck(n, (const UChar *)src, length, (UErrorCode *)status);
    return r == UNORM_YES ? 1 : (r == UNORM_NO ? 0 : 2);
}

int32_t vn_normalize_span_quick_check_yes(int32_t form, const uint16_t *src, int32_t length, int32_t *status) {
    const UNormalizer2 *n = normalizer(form, (UErrorCode *)status);
    if (U_FAILURE(*status)) return 0;
    return unorm2_spanQuickCheckYes(n, (const UChar *)src, length, (UErrorCode *)status);
}

int32_t vn_normalize_has_boundary_before(int32_t form, uint32_t codePoint) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *n = normalizer(form, &status);
    if (U_FAILURE(status)) return 1;
    return unorm2_hasBoundaryBefore(n, (UChar32)codePoint);
}

int32_t vn_normalize(int32_t form, const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity, int32_t *status) {
    const UNormalizer2 *n = normalizer(form, (UErrorCode *)status);
    if (U_FAILURE(*status)) return 0;
    return unorm2_normalize(n, (const UChar *)src, length, (UChar *)dst, capacity, (UErrorCode *)status);
}

int32_t vn_to_lower(const char *locale, const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity, int32_t *status) {
    return u_strToLower((UChar *)dst, capacity, (const UChar *)src, length, locale, (UErrorCode *)status);
}

int32_t vn_to_upper(const char *locale, const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity, int32_t *status) {
    return u_strToUpper((UChar *)dst, capacity, (const UChar *)src, length, locale, (UErrorCode *)status);
}

void *vn_break_open(int32_t kind, const char *locale, int32_t *status) {
    UBreakIteratorType type = UBRK_WORD;
    switch (kind) {
    case VN_BREAK_CHARACTER: type = UBRK_CHARACTER; break;
    case VN_BREAK_LINE: type = UBRK_LINE; break;
    case VN_BREAK_SENTENCE: type = UBRK_SENTENCE; break;
    default: type = UBRK_WORD; break;
    }
    return ubrk_open(type, locale, NULL, 0, (UErrorCode *)status);
}

void vn_break_set_text(void *iterator, const uint16_t *text, int32_t length, int32_t *status) {
    ubrk_setText((UBreakIterator *)iterator, (const UChar *)text, length, (UErrorCode *)status);
}

int32_t vn_break_first(void *iterator) { return ubrk_first((UBreakIterator *)iterator); }
int32_t vn_break_next(void *iterator) { return ubrk_next((UBreakIterator *)iterator); }
int32_t vn_break_rule_status(void *iterator) { return ubrk_getRuleStatus((UBreakIterator *)iterator); }
void vn_break_close(void *iterator) { if (iterator) ubrk_close((UBreakIterator *)iterator); }

void *vn_translit_open(const uint16_t *id, int32_t idLength, int32_t *status) {
    return utrans_openU((const UChar *)id, idLength, UTRANS_FORWARD, NULL, 0, NULL, (UErrorCode *)status);
}

int32_t vn_translit(void *transliterator, uint16_t *buffer, int32_t length, int32_t capacity, int32_t *status) {
    int32_t textLength = length;
    int32_t limit = length;
    utrans_transUChars((const UTransliterator *)transliterator, (UChar *)buffer, &textLength, capacity, 0, &limit,
                       (UErrorCode *)status);
    return textLength;
}

void vn_translit_close(void *transliterator) { if (transliterator) utrans_close((UTransliterator *)transliterator); }

void *vn_regex_open(const uint16_t *pattern, int32_t length, uint32_t flags, int32_t *errorOffset, int32_t *status) {
    UParseError parseError;
    URegularExpression *re = uregex_open((const UChar *)pattern, length, flags, &parseError, (UErrorCode *)status);
    if (errorOffset) *errorOffset = parseError.offset;
    return re;
}

void *vn_regex_clone(void *regex, int32_t *status) {
    return uregex_clone((const URegularExpression *)regex, (UErrorCode *)status);
}

int32_t vn_regex_matches(void *regex, const uint16_t *text, int32_t length, int32_t *status) {
    uregex_setText((URegularExpression *)regex, (const UChar *)text, length, (UErrorCode *)status);
    if (U_FAILURE(*status)) return 0;
    return uregex_matches((URegularExpression *)regex, -1, (UErrorCode *)status) ? 1 : 0;
}

void vn_regex_close(void *regex) { if (regex) uregex_close((URegularExpression *)regex); }
