/*-------------------------------------------------------------------------
 *
 * normalize.h
 *	  Normalization of inbound message bodies and keywords (no catalog
 *	  access: usable by fuzz harnesses linked with libpgcommon).
 *
 *-------------------------------------------------------------------------
 */
#ifndef OPT_CONSENT_NORMALIZE_H
#define OPT_CONSENT_NORMALIZE_H

#include <stdbool.h>

/* How inner punctuation is treated */
typedef enum NormalizeForm
{
	NORMALIZE_KEYWORD,			/* SPEC 2: inner punctuation kept */
	NORMALIZE_WORDS				/* every run of non-alphanumerics -> one space */
} NormalizeForm;

typedef struct NormalizeResult
{
	char	   *text;			/* NUL-terminated; palloc'd or the caller's buffer */
	int			len;
	bool		truncated;		/* limit reached: the full result is longer */
} NormalizeResult;

/*
 * Normalize str[0..len) in the given server encoding.
 *
 * limit < 0: no limit; the result is palloc'd.
 * limit >= 0: the caller only cares whether the result has at most limit
 * bytes; once it is certain to be longer, normalization stops with
 * truncated = true, and text holds a prefix of the result.  buf, if not
 * NULL, must have limit + 1 bytes and is used instead of palloc.
 */
extern void normalize_text(const char *str, int len, int encoding,
						   NormalizeForm form, int limit, char *buf,
						   NormalizeResult *result);

#endif							/* OPT_CONSENT_NORMALIZE_H */
