/*
 * fuzz_normalize.c -- libFuzzer harness for the keyword normalizer
 * (src/normalize.c, compiled unchanged with the server headers).
 *
 * The input is an inbound message body.  PostgreSQL only ever passes text
 * that is valid in the server encoding (no NUL, no broken character), so
 * for each of the encodings UTF8, LATIN1 and SJIS the longest valid prefix
 * of the input is normalized, in both forms (KEYWORD and WORDS), without a
 * limit, and with limits from 0 up to a little past the length of the
 * result, once into a caller's buffer of exactly limit + 1 bytes and once
 * into a palloc'd one.
 *
 * What is checked is what normalize.h and normalize.c promise:
 *	 - the result is NUL-terminated, len is its length, and it is valid in
 *	   the encoding;
 *	 - letters and digits only at both ends ("characters that are not letters
 *	   or digits are stripped at both ends"), hence no leading or trailing
 *	   space; no two spaces in a row, no other white space, '-', '_' or
 *	   control characters ("runs of white space, '-', '_' and the Unicode
 *	   dashes become one space"); no ASCII lower-case letters; in the WORDS
 *	   form nothing but letters, digits and single spaces;
 *	 - UTF8: no invisible characters and no combining marks (canonical
 *	   combining class > 0), and no Unicode white space or dash;
 *	 - normalizing the result again gives the same result (idempotence);
 *	 - with a limit: len <= limit; not truncated -> the same text as without
 *	   a limit; truncated -> the full result is longer than the limit and
 *	   text is a prefix of it ("once it is certain to be longer,
 *	   normalization stops with truncated = true, and text holds a prefix of
 *	   the result"); the caller's buffer is used when one is given.
 */
#include "postgres.h"

#include <locale.h>
#include <wctype.h>

#include "mb/pg_wchar.h"

#include "normalize.h"
#include "fuzz_common.h"
#include "fuzz_known.h"

/* only the decomposition table, for combining classes */
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-const-variable"
#pragma GCC diagnostic ignored "-Wunused-variable"
#endif
#include "common/unicode_norm_table.h"
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

static const int encodings[] = {PG_UTF8, PG_LATIN1, PG_SJIS};

static locale_t loc = (locale_t) 0;

/* What is being checked, for the report */
static const char *cur_input;
static int	cur_input_len;
static int	cur_encoding;
static NormalizeForm cur_form;

static void
fail(const char *what, int limit, const NormalizeResult *full,
	 const NormalizeResult *other)
{
	fprintf(stderr, "fuzz_normalize: invariant violated: %s\n", what);
	fprintf(stderr, "encoding %s, form %s, limit %d\n",
			fuzz_encoding_name(cur_encoding),
			cur_form == NORMALIZE_KEYWORD ? "KEYWORD" : "WORDS", limit);
	fuzz_print_bytes("input", cur_input, cur_input_len);
	if (full)
		fuzz_print_bytes("unlimited result", full->text, full->len);
	if (other)
	{
		fuzz_print_bytes("this result", other->text, other->len);
		fprintf(stderr, "truncated: %s\n", other->truncated ? "true" : "false");
	}
	abort();
}

#define CHECK(cond, limit, full, other) \
	do { if (!(cond)) fail(#cond, (limit), (full), (other)); } while (0)

static int
combining_class(pg_wchar c)
{
	int			lo = 0;
	int			hi = lengthof(UnicodeDecompMain) - 1;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;

		if (UnicodeDecompMain[mid].codepoint == c)
			return UnicodeDecompMain[mid].comb_class;
		if (UnicodeDecompMain[mid].codepoint < c)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return 0;
}

/* the invisible characters that normalize.c documents as dropped */
static bool
is_invisible(pg_wchar c)
{
	return c == 0x00AD || c == 0x034F || c == 0x061C || c == 0x180E ||
		(c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
		(c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x206F) ||
		c == 0xFEFF || (c >= 0xFE00 && c <= 0xFE0F) ||
		(c >= 0xE0000 && c <= 0xE007F) || (c >= 0xE0100 && c <= 0xE01EF);
}

/* Unicode White_Space (besides ASCII) and dashes */
static bool
is_space_or_dash(pg_wchar c)
{
	return c == 0x0085 || c == 0x00A0 || c == 0x1680 ||
		(c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
		c == 0x202F || c == 0x205F || c == 0x3000 ||
		(c >= 0x2010 && c <= 0x2015) || c == 0x2212 ||
		c == 0x2E3A || c == 0x2E3B || c == 0xFE58 || c == 0xFE63 || c == 0xFF0D;
}

static bool
is_ascii_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* Is the character at p (of byte length l) a letter or digit? */
static bool
char_is_alnum(const char *p, int l)
{
	if (l == 1 && !IS_HIGHBIT_SET(*p))
		return is_ascii_alnum((unsigned char) *p);
	/* in other encodings, non-ASCII characters count as letters */
	if (cur_encoding != PG_UTF8 || loc == (locale_t) 0)
		return true;
	return iswalnum_l((wint_t) utf8_to_unicode((const unsigned char *) p), loc);
}

/* The shape of a result (limited results: a prefix, checked separately) */
static void
check_shape(const NormalizeResult *r)
{
	const char *s = r->text;
	int			len = r->len;
	int			last_l = 0;

	CHECK(len >= 0, -1, r, NULL);
	CHECK(s[len] == '\0', -1, r, NULL);
	CHECK((int) strlen(s) == len, -1, r, NULL);
	CHECK(pg_encoding_verifymbstr(cur_encoding, s, len) == len, -1, r, NULL);

	for (int i = 0; i < len; i += last_l)
	{
		const char *p = s + i;
		int			l = pg_encoding_mblen(cur_encoding, p);

		CHECK(l >= 1 && i + l <= len, -1, r, NULL);
		if (l == 1 && !IS_HIGHBIT_SET(*p))
		{
			unsigned char c = (unsigned char) *p;

			CHECK(!(c >= 'a' && c <= 'z'), -1, r, NULL);
			CHECK(c >= 0x20 && c != 0x7F && c != '-' && c != '_', -1, r, NULL);
			if (c == ' ')
			{
				CHECK(i > 0, -1, r, NULL);
				CHECK(s[i - 1] != ' ', -1, r, NULL);
			}
			if (cur_form == NORMALIZE_WORDS)
				CHECK(c == ' ' || is_ascii_alnum(c), -1, r, NULL);
		}
		else if (cur_encoding == PG_UTF8)
		{
			pg_wchar	c = utf8_to_unicode((const unsigned char *) p);

			CHECK(!is_invisible(c), -1, r, NULL);
			CHECK(!is_space_or_dash(c), -1, r, NULL);
			CHECK(combining_class(c) == 0, -1, r, NULL);
			if (cur_form == NORMALIZE_WORDS)
				CHECK(char_is_alnum(p, l), -1, r, NULL);
		}
		if (i == 0)
			CHECK(char_is_alnum(p, l), -1, r, NULL);
		last_l = l;
	}
	if (len > 0)
		CHECK(char_is_alnum(s + len - last_l, last_l), -1, r, NULL);
}

/*
 * Known issue "truncated-not-prefix": emit_punct() sets st->full when a
 * punctuation character does not fit, but still appends shorter punctuation
 * (or a space and punctuation) after it; the next letter then stops with
 * truncated = true.  True when that explains how r differs from full: at
 * the first difference the result has a multibyte character, and r has
 * nothing but punctuation and spaces from there.
 */
static bool
punct_after_full(const NormalizeResult *r, const NormalizeResult *full)
{
	int			d = 0;

	while (d < r->len && r->text[d] == full->text[d])
		d++;
	/* back to the start of the character (UTF8: continuation bytes) */
	while (d > 0 && cur_encoding == PG_UTF8 &&
		   (((unsigned char) full->text[d]) & 0xC0) == 0x80)
		d--;
	if (d >= full->len || !IS_HIGHBIT_SET(full->text[d]))
		return false;
	for (int i = d; i < r->len;)
	{
		int			l = pg_encoding_mblen(cur_encoding, r->text + i);

		if (char_is_alnum(r->text + i, l))
			return false;
		i += l;
	}
	return true;
}

static void
check_limited(const char *str, int len, const NormalizeResult *full, int limit,
			  bool use_buf)
{
	NormalizeResult r;
	char	   *buf = use_buf ? malloc(limit + 1) : NULL;

	normalize_text(str, len, cur_encoding, cur_form, limit, buf, &r);
	if (use_buf)
		CHECK(r.text == buf, limit, full, &r);
	CHECK(r.len >= 0 && r.len <= limit, limit, full, &r);
	CHECK(r.text[r.len] == '\0', limit, full, &r);
	if (!r.truncated)
	{
		CHECK(r.len == full->len, limit, full, &r);
		CHECK(memcmp(r.text, full->text, r.len) == 0, limit, full, &r);
	}
	else
	{
		CHECK(full->len > limit, limit, full, &r);
		CHECK(r.len <= full->len, limit, full, &r);
		if (memcmp(r.text, full->text, r.len) != 0 &&
			!(KNOWN_ISSUE("truncated-not-prefix") && punct_after_full(&r, full)))
			fail("truncated text is a prefix of the result", limit, full, &r);
	}
	if (use_buf)
		free(buf);
	else
		pfree(r.text);
}

static void
check_one(const char *str, int len, int encoding, NormalizeForm form)
{
	NormalizeResult full;
	NormalizeResult again;
	int			maxlimit;

	cur_input = str;
	cur_input_len = len;
	cur_encoding = encoding;
	cur_form = form;

	normalize_text(str, len, encoding, form, -1, NULL, &full);
	CHECK(!full.truncated, -1, &full, NULL);
	check_shape(&full);

	/* idempotent */
	normalize_text(full.text, full.len, encoding, form, -1, NULL, &again);
	CHECK(!again.truncated, -1, &full, &again);
	CHECK(again.len == full.len && memcmp(again.text, full.text, full.len) == 0,
		  -1, &full, &again);
	pfree(again.text);

	/*
	 * Every small limit and those around the length of the result, with a
	 * caller's buffer for odd limits and without one for even limits (and
	 * both ways at the length of the result).
	 */
	maxlimit = Min(full.len + 2, 40);
	for (int limit = 0; limit <= maxlimit; limit++)
		check_limited(str, len, &full, limit, (limit & 1) != 0);
	for (int limit = Max(full.len - 2, maxlimit + 1); limit <= full.len + 2; limit++)
		check_limited(str, len, &full, limit, (limit & 1) != 0);
	check_limited(str, len, &full, full.len, (full.len & 1) == 0);

	pfree(full.text);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	/* the classification normalize.c uses (C.UTF-8 where there is one) */
	static const char *const names[] = {"C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"};

	for (int i = 0; i < (int) lengthof(names) && loc == (locale_t) 0; i++)
		loc = newlocale(LC_CTYPE_MASK, names[i], (locale_t) 0);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	for (int e = 0; e < (int) lengthof(encodings); e++)
	{
		char	   *str;
		int			len = fuzz_valid_prefix(data, size, encodings[e], &str);

		check_one(str, len, encodings[e], NORMALIZE_KEYWORD);
		check_one(str, len, encodings[e], NORMALIZE_WORDS);
		free(str);
	}
	return 0;
}
