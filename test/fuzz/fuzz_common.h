/*
 * fuzz_common.h -- helpers shared by the harnesses that link normalize.c.
 *
 * Included after "postgres.h" and "mb/pg_wchar.h".
 */
#ifndef FUZZ_COMMON_H
#define FUZZ_COMMON_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static inline void
fuzz_print_bytes(const char *label, const char *s, int len)
{
	fprintf(stderr, "%s (%d bytes): \"", label, len);
	for (int i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\')
			fputc(c, stderr);
		else
			fprintf(stderr, "\\x%02x", c);
	}
	fprintf(stderr, "\"\n");
}

static inline const char *
fuzz_encoding_name(int encoding)
{
	switch (encoding)
	{
		case PG_UTF8:
			return "UTF8";
		case PG_LATIN1:
			return "LATIN1";
		case PG_SJIS:
			return "SJIS";
		default:
			return "?";
	}
}

/*
 * The longest prefix of data that is valid text in the encoding (no NUL,
 * no broken character: what PostgreSQL guarantees for a text value), in an
 * exactly sized malloc'd copy so that AddressSanitizer sees a read past the
 * end.  Returns its length.
 */
static inline int
fuzz_valid_prefix(const uint8_t *data, size_t size, int encoding, char **copy)
{
	int			len = size > 1000000 ? 1000000 : (int) size;

	len = pg_encoding_verifymbstr(encoding, (const char *) data, len);
	*copy = malloc(len > 0 ? len : 1);
	memcpy(*copy, data, len);
	return len;
}

#endif							/* FUZZ_COMMON_H */
