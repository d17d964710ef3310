/*
 * fuzz_e164.c -- libFuzzer harness for the E.164 parser (src/e164_parse.c).
 *
 * The input is a phone number as text (the bytes a client sends to the e164
 * input function; they need not be valid UTF-8 or NUL-free, e164_parse()
 * takes a length).  It is parsed with no default country code and with
 * several valid ones.  The input is also split in two (at the first newline,
 * or in the middle) to compare the order of two numbers.
 *
 * Invariants (abort() on violation):
 *	 - a successful parse packs to a value for which e164_valid_packed()
 *	   holds, that formats to "+" and 7..15 digits (first one 1-9), and the
 *	   formatted text parses again to the same value, with or without a
 *	   default country code;
 *	 - NULL and "" mean the same thing (no default country code);
 *	 - a number written with "+" is international, so every default
 *	   country gives the same value (one written with "00" may not: a
 *	   country whose exit code is 0011 reads it differently, as
 *	   libphonenumber does);
 *	 - the error offset of a bad character or channel prefix lies inside the
 *	   input, and the reported digit count agrees with TOO_SHORT/TOO_LONG;
 *	 - packed order equals strcmp() order of the canonical text (the e164
 *	   type's btree order is documented to sort like the text);
 *	 - e164_to_number()/e164_from_number() round-trip.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "e164.h"

static const char *const country_codes[] = {"1", "7", "33", "44", "49", "353", "971",
"AR", "RU", "IT", "AU", "HU", "JP", "mx"};

#define NCC (sizeof(country_codes) / sizeof(country_codes[0]))

static void
fail(const char *what, const char *str, size_t len)
{
	fprintf(stderr, "fuzz_e164: invariant violated: %s\ninput (%zu bytes): \"", what, len);
	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) str[i];

		if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\')
			fputc(c, stderr);
		else
			fprintf(stderr, "\\x%02x", c);
	}
	fprintf(stderr, "\"\n");
	abort();
}

#define CHECK(cond, str, len) \
	do { if (!(cond)) fail(#cond, (str), (len)); } while (0)

/* Check one successful result; returns its canonical text length */
static int
check_value(uint64_t v, char *text, const char *str, size_t len)
{
	int			n;
	E164ParseResult again;

	CHECK(e164_valid_packed(v), str, len);
	n = e164_format(v, text);
	CHECK(n == (int) strlen(text), str, len);
	CHECK(n >= 1 + E164_MIN_DIGITS && n <= 1 + E164_MAX_DIGITS, str, len);
	CHECK(n < E164_MAX_TEXT, str, len);
	CHECK(text[0] == '+', str, len);
	CHECK(text[1] >= '1' && text[1] <= '9', str, len);
	for (int i = 2; i < n; i++)
		CHECK(text[i] >= '0' && text[i] <= '9', str, len);
	CHECK((int) (v & 0xF) == n - 1, str, len);

	/* canonical text parses back to the same value, whatever the default */
	e164_parse(text, (size_t) n, NULL, &again);
	CHECK(again.status == E164_OK && again.value == v, str, len);
	for (size_t i = 0; i < NCC; i++)
	{
		e164_parse(text, (size_t) n, country_codes[i], &again);
		CHECK(again.status == E164_OK && again.value == v, str, len);
	}
	CHECK(e164_looks_international(text, (size_t) n), str, len);

	/* the plain number (binary format) round-trips */
	{
		uint64_t	number = e164_to_number(v);
		uint64_t	back = 0;

		CHECK(e164_from_number(number, &back) && back == v, str, len);
		CHECK(e164_pack(text + 1, n - 1, &back) && back == v, str, len);
	}
	return n;
}

/* Check what the result says about the input, whatever its status */
static void
check_result(const E164ParseResult *r, const char *str, size_t len)
{
	switch (r->status)
	{
		case E164_OK:
			break;
		case E164_BAD_CHAR:
			CHECK(r->err_len == 1, str, len);
			CHECK(r->err_offset < len, str, len);
			{
				unsigned char c = (unsigned char) str[r->err_offset];

				CHECK(!(c >= '0' && c <= '9'), str, len);
				CHECK(!(c == ' ' || c == '-' || c == '.' || c == '(' ||
						c == ')' || c == '/' || c == '\t'), str, len);
			}
			break;
		case E164_CHANNEL_PREFIX:
			CHECK(r->err_len >= 2, str, len);
			CHECK(r->err_offset < len && r->err_offset + r->err_len <= len, str, len);
			CHECK(str[r->err_offset + r->err_len - 1] == ':', str, len);
			break;
		case E164_TOO_SHORT:
			CHECK(r->ndigits >= 1 && r->ndigits < E164_MIN_DIGITS, str, len);
			break;
		case E164_TOO_LONG:
			CHECK(r->ndigits > E164_MAX_DIGITS, str, len);
			break;
		case E164_EMPTY:
		case E164_NO_COUNTRY_CODE:
		case E164_LEADING_ZERO:
			break;
		default:
			fail("unknown status", str, len);
	}
}

/* Is the first non-separator (after "tel:") a "+"? */
static int
written_with_plus(const char *str, size_t len)
{
	size_t		i = 0;

	while (i < len && (str[i] == ' ' || str[i] == '-' || str[i] == '.' ||
					   str[i] == '(' || str[i] == ')' || str[i] == '/' || str[i] == '\t'))
		i++;
	if (len - i >= 4 && (str[i] == 't' || str[i] == 'T') &&
		(str[i + 1] == 'e' || str[i + 1] == 'E') &&
		(str[i + 2] == 'l' || str[i + 2] == 'L') && str[i + 3] == ':')
		i += 4;
	while (i < len && (str[i] == ' ' || str[i] == '\t'))
		i++;
	return i < len && str[i] == '+';
}

/* Parse one string in every configuration; returns status without a default */
static E164ParseResult
parse_all(const char *str, size_t len)
{
	E164ParseResult none;
	E164ParseResult empty;
	char		text[E164_MAX_TEXT];

	e164_parse(str, len, NULL, &none);
	check_result(&none, str, len);
	e164_parse(str, len, "", &empty);
	CHECK(memcmp(&none, &empty, sizeof(none)) == 0, str, len);
	if (none.status == E164_OK)
		check_value(none.value, text, str, len);

	for (size_t i = 0; i < NCC; i++)
	{
		E164ParseResult r;

		e164_parse(str, len, country_codes[i], &r);
		check_result(&r, str, len);
		if (r.status == E164_OK)
			check_value(r.value, text, str, len);
		/* numbers written with "+" do not depend on the default */
		if (none.status == E164_OK && written_with_plus(str, len))
			CHECK(r.status == E164_OK && r.value == none.value, str, len);
	}
	return none;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* exactly sized copy: AddressSanitizer sees any read past the end */
	char	   *str = malloc(size ? size : 1);
	const char *nl;
	size_t		split;

	memcpy(str, data, size);
	parse_all(str, size);

	/* two numbers: order of values == order of canonical text */
	nl = memchr(str, '\n', size);
	split = nl ? (size_t) (nl - str) : size / 2;
	{
		const char *b = str + split + (nl ? 1 : 0);
		size_t		blen = size - split - (nl ? 1 : 0);
		E164ParseResult ra;
		E164ParseResult rb;

		for (size_t i = 0; i <= NCC; i++)
		{
			const char *cc = i < NCC ? country_codes[i] : NULL;
			char		ta[E164_MAX_TEXT];
			char		tb[E164_MAX_TEXT];
			int			c;

			e164_parse(str, split, cc, &ra);
			e164_parse(b, blen, cc, &rb);
			if (ra.status != E164_OK || rb.status != E164_OK)
				continue;
			e164_format(ra.value, ta);
			e164_format(rb.value, tb);
			c = strcmp(ta, tb);
			CHECK((ra.value < rb.value) == (c < 0), str, size);
			CHECK((ra.value == rb.value) == (c == 0), str, size);
			CHECK((ra.value > rb.value) == (c > 0), str, size);
		}
	}

	/* any 8 bytes as a packed value or as a plain number */
	if (size >= 8)
	{
		uint64_t	v;
		uint64_t	w;
		char		text[E164_MAX_TEXT];

		memcpy(&v, str, 8);
		if (e164_valid_packed(v))
			check_value(v, text, str, size);
		if (e164_from_number(v, &w))
		{
			CHECK(e164_valid_packed(w), str, size);
			CHECK(e164_to_number(w) == v, str, size);
		}
		/* the country code validator against a NUL-terminated copy */
		{
			char		cc[8];
			size_t		n = size < sizeof(cc) - 1 ? size : sizeof(cc) - 1;

			memcpy(cc, str, n);
			cc[n] = '\0';
			if (e164_valid_country_code(cc))
			{
				E164ParseResult r;

				CHECK((strlen(cc) >= 1 && strlen(cc) <= 3 && cc[0] >= '1' && cc[0] <= '9') ||
					  (strlen(cc) == 2 && ((cc[0] | 0x20) >= 'a' && (cc[0] | 0x20) <= 'z')), str, size);
				e164_parse(str, size, cc, &r);
				check_result(&r, str, size);
				if (r.status == E164_OK)
					check_value(r.value, text, str, size);
			}
		}
	}

	free(str);
	return 0;
}
