/*-------------------------------------------------------------------------
 *
 * e164.h
 *	  Parsing and formatting of E.164 phone numbers (pure C, no catalog).
 *
 * A number is stored in 64 bits as (digits right-padded with zeros to 15
 * places) * 16 + (number of digits), so that integer order equals the byte
 * order of the canonical text "+<digits>" and every value is distinct.
 *
 *-------------------------------------------------------------------------
 */
#ifndef OPT_CONSENT_E164_H
#define OPT_CONSENT_E164_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define E164_MIN_DIGITS 7
#define E164_MAX_DIGITS 15
/* "+" + 15 digits + NUL */
#define E164_MAX_TEXT 17

typedef enum E164ParseStatus
{
	E164_OK = 0,
	E164_EMPTY,					/* nothing but separators */
	E164_BAD_CHAR,				/* a character that is not a digit or separator */
	E164_CHANNEL_PREFIX,		/* "whatsapp:", "sms:" ... */
	E164_NO_COUNTRY_CODE,		/* national number and no default country code */
	E164_LEADING_ZERO,			/* country code starting with 0 */
	E164_TOO_SHORT,
	E164_TOO_LONG
} E164ParseStatus;

typedef struct E164ParseResult
{
	E164ParseStatus status;
	uint64_t	value;			/* packed number when status == E164_OK */
	size_t		err_offset;		/* byte offset of the offending character */
	size_t		err_len;		/* its length in bytes (prefix length for prefixes) */
	int			ndigits;		/* digits counted (for the length errors) */
} E164ParseResult;

/*
 * Parse str[0..len).  default_cc is the default country ("" or NULL: none):
 * a calling code or an ISO region, whose dialling rules (national and
 * international prefixes, from libphonenumber's metadata) read numbers
 * written without "+".  Multibyte characters are treated as
 * single bad characters; the caller computes character positions.
 */
extern void e164_parse(const char *str, size_t len, const char *default_cc,
					   E164ParseResult *result);

/*
 * ASCII white space, which the parser takes as a separator (a value read
 * from a CRLF file keeps its '\r'), and which may stand before a channel
 * prefix ("whatsapp:") of a recipient
 */
static inline bool
e164_is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* Does the text look like an international number (+, 00 or tel:)? */
extern bool e164_looks_international(const char *str, size_t len);

/* Pack/unpack; e164_pack returns false for an invalid digit string */
extern bool e164_pack(const char *digits, int ndigits, uint64_t *value);
extern bool e164_valid_packed(uint64_t value);

/* Write "+digits" into buf (at least E164_MAX_TEXT bytes); returns length */
extern int	e164_format(uint64_t value, char *buf);

/* Plain number (digits as an integer) and back, for the binary format */
extern uint64_t e164_to_number(uint64_t value);
extern bool e164_from_number(uint64_t number, uint64_t *value);

/*
 * Is default_cc a valid default country: a calling code that
 * libphonenumber's metadata knows (1-3 digits), or an ISO 3166-1 alpha-2
 * region it knows (any case)?
 */
extern bool e164_valid_country_code(const char *cc);

/* The region whose dialling rules a default country setting names */
struct PhoneRegion;
extern const struct PhoneRegion *e164_default_region(const char *spec);

#endif							/* OPT_CONSENT_E164_H */
