/*-------------------------------------------------------------------------
 *
 * e164.c
 *	  The opt_consent.e164 type: a phone number in E.164 form, 8 bytes,
 *	  passed by value, ordered like its canonical text.
 *
 *-------------------------------------------------------------------------
 */
#include "opt_consent.h"

#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#include "e164.h"

#define DatumGetE164(X)		((uint64) DatumGetInt64(X))
#define E164GetDatum(X)		Int64GetDatum((int64) (X))
#define PG_GETARG_E164(n)	DatumGetE164(PG_GETARG_DATUM(n))
#define PG_RETURN_E164(x)	return E164GetDatum(x)

PG_FUNCTION_INFO_V1(e164_in);
PG_FUNCTION_INFO_V1(e164_out);
PG_FUNCTION_INFO_V1(e164_recv);
PG_FUNCTION_INFO_V1(e164_send);
PG_FUNCTION_INFO_V1(e164_from_text);
PG_FUNCTION_INFO_V1(e164_to_text);
PG_FUNCTION_INFO_V1(e164_eq);
PG_FUNCTION_INFO_V1(e164_ne);
PG_FUNCTION_INFO_V1(e164_lt);
PG_FUNCTION_INFO_V1(e164_le);
PG_FUNCTION_INFO_V1(e164_gt);
PG_FUNCTION_INFO_V1(e164_ge);
PG_FUNCTION_INFO_V1(e164_cmp);
PG_FUNCTION_INFO_V1(e164_hash);
PG_FUNCTION_INFO_V1(e164_hash_extended);
PG_FUNCTION_INFO_V1(e164_smaller);
PG_FUNCTION_INFO_V1(e164_larger);
PG_FUNCTION_INFO_V1(canonical_scope);

/*
 * Report a parse failure of str[0..len) as SQLSTATE 22P02, naming what is
 * wrong.  Positions are in characters, counted from 1.
 */
void
E164ReportError(const char *str, size_t len, const E164ParseResult *r)
{
	E164ReportErrorAt(str, len, r, NULL, 0);
}

/* The same for a column of a table (rel not NULL): the error names them */
void
E164ReportErrorAt(const char *str, size_t len, const E164ParseResult *r,
				  Relation rel, int attnum)
{
	char	   *quoted = pnstrdup(str, len);
	int			charpos = 0;
	char	   *what = NULL;

	if (r->status == E164_BAD_CHAR || r->status == E164_CHANNEL_PREFIX)
	{
		int			clen;

		charpos = pg_mbstrlen_with_len(str, (int) r->err_offset) + 1;
		clen = (r->status == E164_BAD_CHAR) ?
			pg_mblen(str + r->err_offset) : (int) r->err_len;
		what = pnstrdup(str + r->err_offset, clen);
	}

	switch (r->status)
	{
		case E164_EMPTY:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type e164: \"%s\"", quoted),
					 errdetail("The input contains no digits."),
					 rel != NULL ? errtablecol(rel, attnum) : 0));
			break;
		case E164_BAD_CHAR:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type e164: \"%s\"", quoted),
					 errdetail("Character \"%s\" at position %d is not allowed in a phone number.",
							   what, charpos),
					 errhint("Only digits, a leading \"+\" or \"00\", a \"tel:\" prefix and the separators space - . ( ) / are accepted."),
					 rel != NULL ? errtablecol(rel, attnum) : 0));
			break;
		case E164_CHANNEL_PREFIX:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type e164: \"%s\"", quoted),
					 errdetail("The channel prefix \"%s\" is not part of a phone number.", what),
					 errhint("Remove the prefix and pass the channel separately."),
					 rel != NULL ? errtablecol(rel, attnum) : 0));
			break;
		case E164_NO_COUNTRY_CODE:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type e164: \"%s\"", quoted),
					 errdetail("The number has no country code."),
					 errhint("Write it with a leading \"+\" and its country code, or set opt_consent.default_country_code."),
					 rel != NULL ? errtablecol(rel, attnum) : 0));
			break;
		case E164_LEADING_ZERO:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type e164: \"%s\"", quoted),
					 errdetail("A country code cannot begin with 0."),
					 rel != NULL ? errtablecol(rel, attnum) : 0));
			break;
		case E164_TOO_SHORT:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type e164: \"%s\"", quoted),
					 errdetail("The number is too short: %d digits with its country code, at least %d are needed.",
							   r->ndigits, E164_MIN_DIGITS),
					 rel != NULL ? errtablecol(rel, attnum) : 0));
			break;
		case E164_TOO_LONG:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type e164: \"%s\"", quoted),
					 errdetail("The number is too long: %d digits with its country code, at most %d are allowed.",
							   r->ndigits, E164_MAX_DIGITS),
					 rel != NULL ? errtablecol(rel, attnum) : 0));
			break;
		case E164_OK:
			break;
	}
	elog(ERROR, "unexpected E.164 parse status %d", (int) r->status);
}

/* Parse or raise 22P02; default_cc may be NULL */
static uint64
ParseE164OrError(const char *str, size_t len, const char *default_cc)
{
	E164ParseResult r;

	e164_parse(str, len, default_cc, &r);
	if (r.status != E164_OK)
		E164ReportError(str, len, &r);
	return r.value;
}

/*
 * The canonical form of a scope id or sender: international numbers (+, 00,
 * tel:) become canonical E.164 whatever default_country_code says; any other
 * id is kept as given.
 */
char *
CanonicalScopeId(const char *id, int len)
{
	if (len == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a scope id or sender cannot be empty"),
				 errhint("Pass NULL for \"not given\", or '*' for the global scope.")));
	if (e164_looks_international(id, len))
	{
		char		buf[E164_MAX_TEXT];

		e164_format(ParseE164OrError(id, len, NULL), buf);
		return pstrdup(buf);
	}
	return pnstrdup(id, len);
}

/* e164 input: accepts the forms of SPEC 1 */
Datum
e164_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);

	PG_RETURN_E164(ParseE164OrError(str, strlen(str),
									opt_consent_default_country_code));
}

/* e164 output: "+" and the digits */
Datum
e164_out(PG_FUNCTION_ARGS)
{
	uint64		v = PG_GETARG_E164(0);
	char	   *buf = palloc(E164_MAX_TEXT);

	e164_format(v, buf);
	PG_RETURN_CSTRING(buf);
}

/* binary input: the number as an int8 (country code and digits) */
Datum
e164_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int64		number = pq_getmsgint64(buf);
	uint64		v;

	if (number <= 0 || !e164_from_number((uint64) number, &v))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external e164 value " INT64_FORMAT, number)));
	PG_RETURN_E164(v);
}

/* binary output: the number as an int8 */
Datum
e164_send(PG_FUNCTION_ARGS)
{
	uint64		v = PG_GETARG_E164(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint64(&buf, (int64) e164_to_number(v));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* cast text -> e164 */
Datum
e164_from_text(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);

	PG_RETURN_E164(ParseE164OrError(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t),
									opt_consent_default_country_code));
}

/* cast e164 -> text */
Datum
e164_to_text(PG_FUNCTION_ARGS)
{
	char		buf[E164_MAX_TEXT];
	int			len = e164_format(PG_GETARG_E164(0), buf);

	PG_RETURN_TEXT_P(cstring_to_text_with_len(buf, len));
}

/* canonical_scope(text): the stored form of a scope id (SPEC 3) */
Datum
canonical_scope(PG_FUNCTION_ARGS)
{
	text	   *t;

	/* (not STRICT: only normalize_keyword is, SPEC; NULL is "not given") */
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	t = PG_GETARG_TEXT_PP(0);

	PG_RETURN_TEXT_P(cstring_to_text(CanonicalScopeId(VARDATA_ANY(t),
													  VARSIZE_ANY_EXHDR(t))));
}

/*
 * Comparison: the packed value orders like the canonical text.
 */
Datum
e164_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_E164(0) == PG_GETARG_E164(1));
}

Datum
e164_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_E164(0) != PG_GETARG_E164(1));
}

Datum
e164_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_E164(0) < PG_GETARG_E164(1));
}

Datum
e164_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_E164(0) <= PG_GETARG_E164(1));
}

Datum
e164_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_E164(0) > PG_GETARG_E164(1));
}

Datum
e164_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_E164(0) >= PG_GETARG_E164(1));
}

Datum
e164_cmp(PG_FUNCTION_ARGS)
{
	uint64		a = PG_GETARG_E164(0);
	uint64		b = PG_GETARG_E164(1);

	PG_RETURN_INT32(a < b ? -1 : (a > b ? 1 : 0));
}

Datum
e164_hash(PG_FUNCTION_ARGS)
{
	uint64		v = PG_GETARG_E164(0);
	uint32		lo = (uint32) v;
	uint32		hi = (uint32) (v >> 32);

	/* as hashint8 does */
	return hash_uint32(lo ^ hi);
}

Datum
e164_hash_extended(PG_FUNCTION_ARGS)
{
	uint64		v = PG_GETARG_E164(0);
	uint32		lo = (uint32) v;
	uint32		hi = (uint32) (v >> 32);

	return hash_uint32_extended(lo ^ hi, PG_GETARG_INT64(1));
}

/* for min() and max() */
Datum
e164_smaller(PG_FUNCTION_ARGS)
{
	uint64		a = PG_GETARG_E164(0);
	uint64		b = PG_GETARG_E164(1);

	PG_RETURN_E164(a < b ? a : b);
}

Datum
e164_larger(PG_FUNCTION_ARGS)
{
	uint64		a = PG_GETARG_E164(0);
	uint64		b = PG_GETARG_E164(1);

	PG_RETURN_E164(a > b ? a : b);
}
