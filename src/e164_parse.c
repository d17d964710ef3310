/*-------------------------------------------------------------------------
 *
 * e164_parse.c
 *	  Pure parsing and formatting of E.164 numbers.
 *
 * No server headers here: the fuzz harness links this file on its own.
 *
 *-------------------------------------------------------------------------
 */
#include "e164.h"

#include <string.h>

static const uint64_t pow10_table[16] = {
	1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL,
	10000000ULL, 100000000ULL, 1000000000ULL, 10000000000ULL,
	100000000000ULL, 1000000000000ULL, 10000000000000ULL,
	100000000000000ULL, 1000000000000000ULL
};

static inline bool
is_separator(unsigned char c)
{
	return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' ||
		c == '/' || c == '\t';
}

static inline unsigned char
ascii_lower(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
}

/* Skip separators from *pos; return new position */
static size_t
skip_separators(const char *str, size_t len, size_t pos)
{
	while (pos < len && is_separator((unsigned char) str[pos]))
		pos++;
	return pos;
}

/* Does str[pos..] start with "tel:" (any case)? */
static bool
has_tel_prefix(const char *str, size_t len, size_t pos)
{
	return len - pos >= 4 &&
		ascii_lower(str[pos]) == 't' &&
		ascii_lower(str[pos + 1]) == 'e' &&
		ascii_lower(str[pos + 2]) == 'l' &&
		str[pos + 3] == ':';
}

/*
 * Length of a URI-scheme-like channel prefix ("whatsapp:", "sms:") at pos,
 * or 0 if there is none.
 */
static size_t
channel_prefix_length(const char *str, size_t len, size_t pos)
{
	size_t		i = pos;
	unsigned char c;

	if (i >= len)
		return 0;
	c = ascii_lower(str[i]);
	if (c < 'a' || c > 'z')
		return 0;
	for (i++; i < len; i++)
	{
		c = ascii_lower(str[i]);
		if (c == ':')
			return i + 1 - pos;
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
			  c == '_' || c == '-' || c == '.' || c == '+'))
			return 0;
	}
	return 0;
}

bool
e164_valid_country_code(const char *cc)
{
	size_t		n;

	if (cc == NULL)
		return false;
	n = strlen(cc);
	if (n < 1 || n > 3 || cc[0] < '1' || cc[0] > '9')
		return false;
	for (size_t i = 1; i < n; i++)
		if (cc[i] < '0' || cc[i] > '9')
			return false;
	return true;
}

bool
e164_pack(const char *digits, int ndigits, uint64_t *value)
{
	uint64_t	v = 0;

	if (ndigits < E164_MIN_DIGITS || ndigits > E164_MAX_DIGITS)
		return false;
	if (digits[0] < '1' || digits[0] > '9')
		return false;
	for (int i = 0; i < ndigits; i++)
	{
		if (digits[i] < '0' || digits[i] > '9')
			return false;
		v = v * 10 + (uint64_t) (digits[i] - '0');
	}
	v *= pow10_table[E164_MAX_DIGITS - ndigits];
	*value = (v << 4) | (uint64_t) ndigits;
	return true;
}

bool
e164_valid_packed(uint64_t value)
{
	int			n = (int) (value & 0xF);
	uint64_t	padded = value >> 4;
	uint64_t	scale;

	if (n < E164_MIN_DIGITS || n > E164_MAX_DIGITS)
		return false;
	scale = pow10_table[E164_MAX_DIGITS - n];
	if (padded % scale != 0)
		return false;
	/* first digit 1-9, at most 15 digits */
	return padded >= pow10_table[E164_MAX_DIGITS - 1] &&
		padded < pow10_table[E164_MAX_DIGITS - 1] * 10;
}

uint64_t
e164_to_number(uint64_t value)
{
	int			n = (int) (value & 0xF);

	return (value >> 4) / pow10_table[E164_MAX_DIGITS - n];
}

bool
e164_from_number(uint64_t number, uint64_t *value)
{
	char		digits[24];
	int			n = 0;
	char		tmp[24];

	if (number == 0)
		return false;
	while (number > 0 && n < 20)
	{
		tmp[n++] = (char) ('0' + number % 10);
		number /= 10;
	}
	for (int i = 0; i < n; i++)
		digits[i] = tmp[n - 1 - i];
	return e164_pack(digits, n, value);
}

int
e164_format(uint64_t value, char *buf)
{
	int			n = (int) (value & 0xF);
	uint64_t	number;

	if (n < 1 || n > E164_MAX_DIGITS)
		n = E164_MAX_DIGITS;	/* cannot happen for a valid value */
	number = (value >> 4) / pow10_table[E164_MAX_DIGITS - n];
	buf[0] = '+';
	for (int i = n; i >= 1; i--)
	{
		buf[i] = (char) ('0' + number % 10);
		number /= 10;
	}
	buf[n + 1] = '\0';
	return n + 1;
}

bool
e164_looks_international(const char *str, size_t len)
{
	size_t		pos = 0;

	while (pos < len && (str[pos] == ' ' || str[pos] == '\t'))
		pos++;
	if (has_tel_prefix(str, len, pos))
		return true;
	if (pos < len && str[pos] == '+')
		return true;
	return len - pos >= 2 && str[pos] == '0' && str[pos + 1] == '0';
}

void
e164_parse(const char *str, size_t len, const char *default_cc,
		   E164ParseResult *result)
{
	/* room for a country code, a national number and one extra digit */
	char		digits[E164_MAX_DIGITS + 4];
	int			ndigits = 0;
	int			total = 0;		/* all digits seen, even past the buffer */
	bool		international = false;
	size_t		pos;
	size_t		plen;
	const char *d;

	memset(result, 0, sizeof(*result));

	pos = skip_separators(str, len, 0);
	if (has_tel_prefix(str, len, pos))
		pos = skip_separators(str, len, pos + 4);
	else if ((plen = channel_prefix_length(str, len, pos)) > 0)
	{
		result->status = E164_CHANNEL_PREFIX;
		result->err_offset = pos;
		result->err_len = plen;
		return;
	}

	if (pos < len && str[pos] == '+')
	{
		international = true;
		pos = skip_separators(str, len, pos + 1);
	}

	for (; pos < len; pos++)
	{
		unsigned char c = (unsigned char) str[pos];

		/*
		 * "+44 (0)20 ..." : the bracketed trunk prefix of an international
		 * number is not dialled from abroad, so it is not part of it.
		 */
		if (international && c == '(' && pos + 2 < len &&
			str[pos + 1] == '0' && str[pos + 2] == ')')
		{
			pos += 2;
			continue;
		}
		if (c >= '0' && c <= '9')
		{
			if (ndigits < (int) sizeof(digits))
				digits[ndigits++] = (char) c;
			total++;
		}
		else if (!is_separator(c))
		{
			result->status = E164_BAD_CHAR;
			result->err_offset = pos;
			result->err_len = 1;
			return;
		}
	}

	d = digits;
	if (!international && total >= 2 && digits[0] == '0' && digits[1] == '0')
	{
		international = true;
		d += 2;
		ndigits -= 2;
		total -= 2;
	}

	if (total == 0)
	{
		result->status = E164_EMPTY;
		return;
	}

	if (!international)
	{
		char		national[E164_MAX_DIGITS + 8];
		size_t		cclen;

		if (default_cc == NULL || default_cc[0] == '\0')
		{
			result->status = E164_NO_COUNTRY_CODE;
			result->ndigits = total;
			return;
		}
		cclen = strlen(default_cc);
		if (strcmp(default_cc, "1") == 0 && total == 11 && d[0] == '1')
		{
			/* NANP number written with its country code, e.g. 15550100199 */
		}
		else
		{
			/* drop one trunk prefix 0, then put the country code in front */
			if (d[0] == '0')
			{
				d++;
				ndigits--;
				total--;
			}
			if (cclen + (size_t) total > E164_MAX_DIGITS)
			{
				result->status = E164_TOO_LONG;
				result->ndigits = (int) cclen + total;
				return;
			}
			memcpy(national, default_cc, cclen);
			memcpy(national + cclen, d, ndigits);
			ndigits += (int) cclen;
			total += (int) cclen;
			memcpy(digits, national, ndigits);
			d = digits;
		}
	}

	result->ndigits = total;
	if (total > E164_MAX_DIGITS)
	{
		result->status = E164_TOO_LONG;
		return;
	}
	if (total > 0 && d[0] == '0')
	{
		result->status = E164_LEADING_ZERO;
		return;
	}
	if (total < E164_MIN_DIGITS)
	{
		result->status = E164_TOO_SHORT;
		return;
	}
	if (!e164_pack(d, ndigits, &result->value))
		result->status = E164_BAD_CHAR;	/* cannot happen */
	else
		result->status = E164_OK;
}
