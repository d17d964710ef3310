/*-------------------------------------------------------------------------
 *
 * normalize.c
 *	  Unicode normalization of inbound bodies for keyword matching.
 *
 * The steps of SPEC 2, in one pass over the code points:
 *	 - invisible characters (zero-width spaces and joiners, BOM, soft
 *	   hyphen, bidi marks, variation selectors, tags) are dropped everywhere;
 *	 - NFKD, then combining marks (canonical combining class > 0) are dropped,
 *	   then NFC: this is NFKC with accents removed (ARRÊT -> ARRET);
 *	 - letters are upper-cased (full Unicode, through the C.UTF-8 locale of
 *	   the C library; "ß" becomes "SS");
 *	 - characters that are not letters or digits are stripped at both ends;
 *	 - inside, runs of white space (Unicode White_Space), '-', '_' and the
 *	   Unicode dashes become one space.  In the WORDS form every run of
 *	   non-alphanumerics becomes one space.
 *
 * ASCII input takes a fast path that does no allocation when a limit and a
 * buffer are given.  In a database whose encoding is not UTF8 only ASCII is
 * normalized: other characters are kept as they are and count as letters.
 *
 * Everything here uses PostgreSQL's own Unicode tables (src/common), not
 * hand-made ones, so results follow the server's Unicode version.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"
#include "compat.h"

#include <locale.h>
#include <wctype.h>

#include "common/unicode_norm.h"
#include "mb/pg_wchar.h"
#include "utils/memutils.h"

#include "normalize.h"

/*
 * unicode_norm_table.h defines several static tables of which we only use
 * the decomposition table (for combining classes).
 */
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-const-variable"
#pragma GCC diagnostic ignored "-Wunused-variable"
#endif
#include "common/unicode_norm_table.h"
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

/* Character classes of the ASCII fast path */
#define CC_ALNUM	1
#define CC_SEP		2			/* white space, '-', '_', control characters */
#define CC_PUNCT	3

static unsigned char ascii_class[128];
static bool ascii_class_ready = false;

/* C.UTF-8 character classes and case mapping, or (locale_t) 0 */
static locale_t unicode_locale = (locale_t) 0;
static bool unicode_locale_tried = false;

static void
init_ascii_class(void)
{
	for (int c = 0; c < 128; c++)
	{
		if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
			(c >= 'a' && c <= 'z'))
			ascii_class[c] = CC_ALNUM;
		else if (c <= 0x20 || c == 0x7F || c == '-' || c == '_')
			ascii_class[c] = CC_SEP;
		else
			ascii_class[c] = CC_PUNCT;
	}
	ascii_class_ready = true;
}

static locale_t
get_unicode_locale(void)
{
	if (!unicode_locale_tried)
	{
		static const char *const names[] = {"C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"};

		unicode_locale_tried = true;
		for (int i = 0; i < (int) lengthof(names) && unicode_locale == (locale_t) 0; i++)
			unicode_locale = newlocale(LC_CTYPE_MASK, names[i], (locale_t) 0);
	}
	return unicode_locale;
}

/* Characters that are invisible and dropped wherever they are */
static inline bool
is_invisible(pg_wchar c)
{
	if (c < 0xAD)
		return false;
	return c == 0x00AD ||		/* soft hyphen */
		c == 0x034F ||			/* combining grapheme joiner */
		c == 0x061C ||			/* Arabic letter mark */
		c == 0x115F || c == 0x1160 ||	/* Hangul choseong, jungseong fillers */
		c == 0x17B4 || c == 0x17B5 ||	/* Khmer inherent vowels */
		c == 0x180E ||			/* Mongolian vowel separator */
		c == 0x3164 || c == 0xFFA0 ||	/* Hangul filler, half-width */
		(c >= 0x200B && c <= 0x200F) || /* ZWSP, ZWNJ, ZWJ, LRM, RLM */
		(c >= 0x202A && c <= 0x202E) || /* bidi embeddings */
		(c >= 0x2060 && c <= 0x2064) || /* word joiner, invisible operators */
		(c >= 0x2066 && c <= 0x206F) || /* bidi isolates, deprecated formats */
		c == 0xFEFF ||			/* BOM, zero-width no-break space */
		(c >= 0xFE00 && c <= 0xFE0F) || /* variation selectors */
		(c >= 0xE0000 && c <= 0xE007F) ||	/* tags */
		(c >= 0xE0100 && c <= 0xE01EF); /* variation selectors supplement */
}

/* Unicode White_Space, dashes: separators folded to one space */
static inline bool
is_separator(pg_wchar c)
{
	if (c < 128)
		return ascii_class[c] == CC_SEP;
	return c == 0x0085 || c == 0x00A0 || c == 0x1680 ||
		(c >= 0x2000 && c <= 0x200A) ||
		c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
		c == 0x3000 ||
		(c >= 0x2010 && c <= 0x2015) || /* hyphens and dashes */
		c == 0x2212 ||			/* minus sign */
		c == 0x2E3A || c == 0x2E3B || c == 0xFE58 || c == 0xFE63 ||
		c == 0xFF0D;
}

/* Canonical combining class of c (0 for most characters) */
static int
combining_class(pg_wchar c)
{
	int			lo = 0;
	int			hi = lengthof(UnicodeDecompMain) - 1;

	if (c < 0x300)
		return 0;
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

/* Output being built */
typedef struct NormState
{
	char	   *out;
	int			len;
	int			last_alnum_end; /* len after the last letter or digit */
	int			limit;			/* < 0: none */
	bool		pending_space;
	bool		full;			/* punctuation dropped at the limit */
	bool		truncated;
	bool		punct_is_space;
} NormState;

/* Append a letter or digit; false when the limit is exceeded */
static inline bool
emit_alnum(NormState *st, const char *bytes, int n)
{
	int			need = (st->pending_space && st->len > 0) ? 1 : 0;

	if (st->limit >= 0 && (st->full || st->len + need + n > st->limit))
	{
		st->truncated = true;
		return false;
	}
	if (need)
		st->out[st->len++] = ' ';
	st->pending_space = false;
	memcpy(st->out + st->len, bytes, n);
	st->len += n;
	st->last_alnum_end = st->len;
	return true;
}

/* Append punctuation (dropped at the start, kept inside) */
static inline void
emit_punct(NormState *st, const char *bytes, int n)
{
	int			need;

	if (st->len == 0 || st->full)
		return;
	if (st->punct_is_space)
	{
		st->pending_space = true;
		return;
	}
	need = st->pending_space ? 1 : 0;
	if (st->limit >= 0 && st->len + need + n > st->limit)
	{
		/* only matters if a letter follows, and then we are past the limit */
		st->full = true;
		return;
	}
	if (need)
		st->out[st->len++] = ' ';
	st->pending_space = false;
	memcpy(st->out + st->len, bytes, n);
	st->len += n;
}

static inline void
emit_separator(NormState *st)
{
	if (st->len > 0)
		st->pending_space = true;
}

/* Process one ASCII character; false when the limit stops us */
static inline bool
process_ascii(NormState *st, unsigned char c)
{
	switch (ascii_class[c])
	{
		case CC_ALNUM:
			{
				char		u = (c >= 'a' && c <= 'z') ? (char) (c - 32) : (char) c;

				return emit_alnum(st, &u, 1);
			}
		case CC_SEP:
			emit_separator(st);
			return true;
		default:
			{
				char		p = (char) c;

				emit_punct(st, &p, 1);
				return true;
			}
	}
}

/* Process one non-ASCII code point (after NFKD, mark removal and NFC) */
static bool
process_unicode(NormState *st, pg_wchar c, locale_t loc)
{
	unsigned char bytes[8];

	if (c < 128)
		return process_ascii(st, (unsigned char) c);
	if (is_invisible(c))
		return true;
	if (is_separator(c))
	{
		emit_separator(st);
		return true;
	}
	if (loc == (locale_t) 0 || iswalnum_l((wint_t) c, loc))
	{
		if (c == 0x00DF)		/* ß: full upper case is SS */
			return emit_alnum(st, "SS", 2);
		if (loc != (locale_t) 0)
			c = (pg_wchar) towupper_l((wint_t) c, loc);
		unicode_to_utf8(c, bytes);
		return emit_alnum(st, (const char *) bytes, pg_utf_mblen(bytes));
	}
	unicode_to_utf8(c, bytes);
	emit_punct(st, (const char *) bytes, pg_utf_mblen(bytes));
	return true;
}

/* the longest decomposition of one code point (U+FDFA, NFKD) */
#define MAX_DECOMPOSITION 18
/* the most code points one allocation holds (unicode_normalize's result) */
#define MAX_DECOMPOSED ((Size) (MaxAllocSize / sizeof(pg_wchar) - 1))

static void
TooLongToNormalize(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
			 errmsg("text too long to normalize"),
			 errdetail("Normalizing it could take more than %d code points, counting 1 for each ASCII character and %d for any other.",
					   (int) MAX_DECOMPOSED, MAX_DECOMPOSITION)));
}

/* UTF8 input with non-ASCII characters */
static void
normalize_utf8(NormState *st, const unsigned char *s, int len)
{
	pg_wchar   *decoded;
	pg_wchar   *decomposed;
	pg_wchar   *stripped;
	pg_wchar   *composed;
	int			n = 0;
	int			m = 0;
	Size		bound = 0;
	bool		non_ascii = false;
	locale_t	loc = get_unicode_locale();

	/* decode, dropping invisible characters */
	if ((Size) len > MAX_DECOMPOSED)
		TooLongToNormalize();
	decoded = palloc((len + 1) * sizeof(pg_wchar));
	for (int i = 0; i < len;)
	{
		int			l = pg_utf_mblen(s + i);
		pg_wchar	c;

		if (i + l > len)
			break;				/* truncated sequence: cannot happen in text */
		c = utf8_to_unicode(s + i);
		i += l;
		if (c == 0 || is_invisible(c))
			continue;
		decoded[n++] = c;
		bound += c < 0x80 ? 1 : MAX_DECOMPOSITION;
	}
	decoded[n] = 0;

	/*
	 * A code point decomposes to at most MAX_DECOMPOSITION code points
	 * (U+FDFA: 18; ASCII to itself), and PostgreSQL's unicode_normalize()
	 * allocates for the whole result at once: refuse a text whose result
	 * could pass the allocation limit with 54000, not the allocator's XX000.
	 */
	if (bound > MAX_DECOMPOSED)
		TooLongToNormalize();

	decomposed = unicode_normalize(UNICODE_NFKD, decoded);
	pfree(decoded);
	if (decomposed == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory")));

	/* drop combining marks (accents) and invisibles a decomposition made */
	for (n = 0; decomposed[n] != 0; n++)
		;
	stripped = palloc((n + 1) * sizeof(pg_wchar));
	for (int i = 0; i < n; i++)
	{
		pg_wchar	c = decomposed[i];

		if (combining_class(c) != 0 || is_invisible(c))
			continue;
		if (c >= 128)
			non_ascii = true;
		stripped[m++] = c;
	}
	stripped[m] = 0;
	pfree(decomposed);

	if (non_ascii)
	{
		composed = unicode_normalize(UNICODE_NFC, stripped);
		pfree(stripped);
		if (composed == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory")));
	}
	else
		composed = stripped;

	/*
	 * Without a limit, make room for the result: at most 4 bytes per code
	 * point, or 2 per "SS", plus the spaces that replace separators.
	 */
	if (st->limit < 0)
	{
		for (m = 0; composed[m] != 0; m++)
			;
		if ((Size) m * 4 + 8 > MaxAllocSize)
			TooLongToNormalize();
		pfree(st->out);
		st->out = palloc((Size) m * 4 + 8);
	}

	for (int i = 0; composed[i] != 0; i++)
		if (!process_unicode(st, composed[i], loc))
			break;
	pfree(composed);
}

/* Another server encoding: only ASCII characters are normalized */
static void
normalize_other_encoding(NormState *st, const char *s, int len, int encoding)
{
	for (int i = 0; i < len;)
	{
		int			l = pg_encoding_mblen(encoding, s + i);

		if (l < 1 || i + l > len)
			l = len - i;
		if (l == 1 && !IS_HIGHBIT_SET(s[i]))
		{
			if (!process_ascii(st, (unsigned char) s[i]))
				return;
		}
		else if (!emit_alnum(st, s + i, l))
			return;
		i += l;
	}
}

void
normalize_text(const char *str, int len, int encoding, NormalizeForm form,
			   int limit, char *buf, NormalizeResult *result)
{
	NormState	st;
	int			i;
	int			capacity;

	if (!ascii_class_ready)
		init_ascii_class();

	/*
	 * Without a limit, ASCII and other encodings never produce more bytes
	 * than they read; normalize_utf8() makes room for what NFKD expands.
	 */
	if (limit >= 0)
		capacity = limit + 1;
	else
		capacity = len + 1;

	memset(&st, 0, sizeof(st));
	if ((Size) capacity + 4 > MaxAllocSize)
		TooLongToNormalize();	/* (a text of nearly 1 GB) */
	st.out = (buf != NULL && limit >= 0) ? buf : palloc(capacity + 4);
	/* (normalize_utf8 replaces a palloc'd st.out when it needs more room) */
	st.limit = limit;
	st.punct_is_space = (form == NORMALIZE_WORDS);

	/* ASCII fast path, until the first non-ASCII byte */
	for (i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) str[i];

		if (IS_HIGHBIT_SET(c))
			break;
		if (!process_ascii(&st, c))
			goto done;
	}

	if (i < len)
	{
		/* restart on the whole string: NFKD may combine across the boundary */
		st.len = st.last_alnum_end = 0;
		st.pending_space = st.full = st.truncated = false;
		if (encoding == PG_UTF8)
			normalize_utf8(&st, (const unsigned char *) str, len);
		else
			normalize_other_encoding(&st, str, len, encoding);
	}

done:
	if (!st.truncated)
		st.len = st.last_alnum_end;
	st.out[st.len] = '\0';
	result->text = st.out;
	result->len = st.len;
	result->truncated = st.truncated;
}
