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

#include <stdlib.h>
#include <string.h>

#include "phone_metadata.h"
#include "phone_rx.h"

static const uint64_t pow10_table[16] = {
	1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL,
	10000000ULL, 100000000ULL, 1000000000ULL, 10000000000ULL,
	100000000000ULL, 1000000000000ULL, 10000000000000ULL,
	100000000000000ULL, 1000000000000000ULL
};

/*
 * Copy a few digits.  (memcpy of a variable, short length compiles to
 * "rep movs" here, whose start-up costs more than the parse itself.)
 */
static inline void
copy_digits(char *dst, const char *src, int n)
{
	for (int i = 0; i < n; i++)
		dst[i] = src[i];
}

static inline bool
is_separator(unsigned char c)
{
	return e164_is_space(c) || c == '-' || c == '.' || c == '(' || c == ')' || c == '/';
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

/* ---- per-country dialling rules (libphonenumber's metadata) ---- */

/* The regions' patterns, compiled at first use and kept */
typedef struct RegionRx
{
	bool		compiled;
	PhoneRx    *idd;			/* international (exit) prefix */
	PhoneRx    *npp;			/* national prefix for parsing */
	PhoneRx    *nnp;			/* national number pattern */
	int8_t		min_len;		/* possible lengths: the shortest, the longest */
	int8_t		max_len;
	char		ccs[4];			/* the calling code as digits */
	int8_t		ccslen;
	uint16_t	npp_first;		/* digits the national prefix can start with */
	bool		npp_empty_ok;
} RegionRx;

static RegionRx *region_rx = NULL;

static const RegionRx *rules_compile(const PhoneRegion *r);

static inline const RegionRx *
rules_of(const PhoneRegion *r)
{
	if (region_rx != NULL && region_rx[r - phone_regions].compiled)
		return &region_rx[r - phone_regions];
	return rules_compile(r);
}

static const RegionRx *
rules_compile(const PhoneRegion *r)
{
	int			i = (int) (r - phone_regions);
	RegionRx   *rx;

	if (region_rx == NULL)
	{
		region_rx = calloc((size_t) phone_nregions, sizeof(RegionRx));
		if (region_rx == NULL)
			return NULL;
	}
	rx = &region_rx[i];
	if (!rx->compiled)
	{
		rx->idd = phone_rx_compile(r->idd);
		rx->npp = phone_rx_compile(r->national_prefix_for_parsing ?
								   r->national_prefix_for_parsing : r->national_prefix);
		rx->nnp = phone_rx_compile(r->national_number_pattern);
		rx->npp_first = rx->npp ? phone_rx_first_digits(rx->npp, &rx->npp_empty_ok) : 0;
		rx->min_len = rx->max_len = -1;
		for (int b = 0; b < 32; b++)
			if ((r->possible_lengths >> b) & 1)
			{
				if (rx->min_len < 0)
					rx->min_len = (int8_t) b;
				rx->max_len = (int8_t) b;
			}
		{
			char		tmp[4];
			int			n = 0;

			for (int v = r->calling_code; v > 0 && n < 3; v /= 10)
				tmp[n++] = (char) ('0' + v % 10);
			for (int k = 0; k < n; k++)
				rx->ccs[k] = tmp[n - 1 - k];
			rx->ccslen = (int8_t) n;
		}
		rx->compiled = true;
	}
	return rx;
}

/*
 * The main region of a calling code: an index from code to region, made at
 * first use (regions are sorted by code, the main one first).
 */
static const PhoneRegion *
region_for_code(int cc)
{
	static int16_t *index = NULL;

	if (cc <= 0 || cc >= 1000)
		return NULL;
	if (index == NULL)
	{
		int16_t    *ix = malloc(sizeof(int16_t) * 1000);

		if (ix == NULL)
			return NULL;
		for (int i = 0; i < 1000; i++)
			ix[i] = -1;
		for (int i = phone_nregions - 1; i >= 0; i--)
		{
			int			code = phone_regions[i].calling_code;

			if (code > 0 && code < 1000 &&
				(ix[code] < 0 || phone_regions[i].main_for_code))
				ix[code] = (int16_t) i;
		}
		index = ix;
	}
	return index[cc] >= 0 ? &phone_regions[index[cc]] : NULL;
}

/* A region named by an ISO 3166-1 alpha-2 code, any case */
static const PhoneRegion *
region_for_iso(const char *iso)
{
	char		up[3];

	if (strlen(iso) != 2)
		return NULL;
	for (int i = 0; i < 2; i++)
	{
		unsigned char c = (unsigned char) iso[i];

		if (c >= 'a' && c <= 'z')
			c -= 'a' - 'A';
		if (c < 'A' || c > 'Z')
			return NULL;
		up[i] = (char) c;
	}
	up[2] = '\0';
	for (int i = 0; i < phone_nregions; i++)
		if (strcmp(phone_regions[i].region, up) == 0)
			return &phone_regions[i];
	return NULL;
}

/*
 * The region of a default country setting: a calling code ("44", the main
 * region of a shared code) or an ISO region ("GB").  The last answer is
 * kept: the setting rarely changes between calls.
 */
const PhoneRegion *
e164_default_region(const char *spec)
{
	static char last_spec[8];
	static const char *last_ptr = NULL;
	static const PhoneRegion *last_region = NULL;
	const PhoneRegion *r = NULL;
	size_t		n;

	if (spec == NULL || spec[0] == '\0')
		return NULL;
	/* the same setting string as last time (a GUC's value stays put) */
	if (spec == last_ptr && last_region != NULL && spec[0] == last_spec[0] &&
		spec[1] == last_spec[1] && (spec[1] == '\0' || spec[2] == last_spec[2]) &&
		(spec[1] == '\0' || spec[2] == '\0' || spec[3] == last_spec[3]))
		return last_region;
	n = strlen(spec);
	if (n < sizeof(last_spec) && last_region != NULL && strcmp(spec, last_spec) == 0)
		return last_region;
	if (spec[0] >= '1' && spec[0] <= '9' && n <= 3)
	{
		int			cc = 0;

		for (size_t i = 0; i < n; i++)
		{
			if (spec[i] < '0' || spec[i] > '9')
				return NULL;
			cc = cc * 10 + (spec[i] - '0');
		}
		r = region_for_code(cc);
	}
	else
		r = region_for_iso(spec);
	if (r != NULL && n < sizeof(last_spec))
	{
		memcpy(last_spec, spec, n + 1);
		last_ptr = spec;
		last_region = r;
	}
	return r;
}

bool
e164_valid_country_code(const char *cc)
{
	return e164_default_region(cc) != NULL;
}

typedef enum LengthCheck
{
	LENGTH_POSSIBLE,
	LENGTH_TOO_SHORT,
	LENGTH_TOO_LONG,
	LENGTH_INVALID,
	LENGTH_LOCAL_ONLY
} LengthCheck;

/* libphonenumber's testNumberLength() for a national significant number */
static LengthCheck
test_length(const PhoneRegion *r, const RegionRx *rx, int len)
{
	uint32_t	lengths = r->possible_lengths;
	int			min = rx->min_len;
	int			max = rx->max_len;

	if (len >= 0 && len < 32 && (r->possible_lengths_local_only >> len) & 1)
		return LENGTH_LOCAL_ONLY;
	if (lengths == 0)
		return LENGTH_POSSIBLE;
	if (len == min)
		return LENGTH_POSSIBLE;
	if (len < min)
		return LENGTH_TOO_SHORT;
	if (len > max)
		return LENGTH_TOO_LONG;
	return ((lengths >> len) & 1) ? LENGTH_POSSIBLE : LENGTH_INVALID;
}

#define NATIONAL_MAX 40

/*
 * libphonenumber's maybeStripNationalPrefixAndCarrierCode(): remove the
 * national (trunk) prefix at the start of num[0..*len) if the region's
 * pattern matches there, applying its transform rule (Argentina: "9$1"),
 * unless the number was viable before and would not be after.  With
 * check_length, the stripped number must also be of a possible length, as
 * parseHelper() requires.
 */
static bool
strip_national_prefix(const PhoneRegion *r, char *num, int *len, bool check_length)
{
	const RegionRx *rx = rules_of(r);
	int			slots[2 * (PHONE_RX_MAX_GROUPS + 1)];
	char		cand[NATIONAL_MAX * 2];
	int			clen = 0;
	int			end;
	int			ngroups;
	bool		viable;
	const char *rule = r->national_prefix_transform_rule;

	if (rx == NULL || rx->npp == NULL || *len == 0)
		return false;
	/* most numbers do not start with their country's trunk prefix */
	if (!rx->npp_empty_ok && !((rx->npp_first >> (num[0] - '0')) & 1))
		return false;
	end = phone_rx_prefix(rx->npp, num, *len, slots);
	if (end < 0)
		return false;
	viable = rx->nnp != NULL && phone_rx_full(rx->nnp, num, *len);
	ngroups = phone_rx_groups(rx->npp);
	/* captured: the last group took part and is not empty */
	if (rule == NULL || rule[0] == '\0' ||
		(ngroups > 0 && slots[2 * ngroups + 1] <= slots[2 * ngroups]))
	{
		clen = *len - end;
		copy_digits(cand, num + end, clen);
	}
	else
	{
		/* the rule's $n refer to the prefix's groups; then the rest */
		for (const char *p = rule; *p; p++)
		{
			if (*p == '$' && p[1] >= '0' && p[1] <= '9')
			{
				int			g = p[1] - '0';

				p++;
				if (g <= ngroups && slots[2 * g] >= 0)
				{
					int			glen = slots[2 * g + 1] - slots[2 * g];

					if (clen + glen >= NATIONAL_MAX)
						return false;
					copy_digits(cand + clen, num + slots[2 * g], glen);
					clen += glen;
				}
			}
			else if (clen < NATIONAL_MAX)
				cand[clen++] = *p;
		}
		if (clen + *len - end > (int) sizeof(cand))
			return false;
		copy_digits(cand + clen, num + end, *len - end);
		clen += *len - end;
	}
	if (viable && !phone_rx_full(rx->nnp, cand, clen))
		return false;
	if (check_length)
	{
		LengthCheck lc = test_length(r, rx, clen);

		if (lc == LENGTH_TOO_SHORT || lc == LENGTH_LOCAL_ONLY || lc == LENGTH_INVALID)
			return false;
	}
	if (clen > NATIONAL_MAX)
		return false;
	copy_digits(num, cand, clen);
	*len = clen;
	return true;
}

/* The packed form of n digits whose value is v: padded to 15 digits, then n */
static inline uint64_t
pack_value(uint64_t v, int n)
{
	return ((v * pow10_table[E164_MAX_DIGITS - n]) << 4) | (uint64_t) n;
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
	*value = pack_value(v, ndigits);
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

	while (pos < len && e164_is_space((unsigned char) str[pos]))
		pos++;
	if (has_tel_prefix(str, len, pos))
		return true;
	if (pos < len && str[pos] == '+')
		return true;
	return len - pos >= 2 && str[pos] == '0' && str[pos + 1] == '0';
}

/* Write "<calling code><national>" into out; false if too long for it */
static bool
join_number(const PhoneRegion *r, const char *national, int nlen, char *out,
			int outsize, int *outlen)
{
	const RegionRx *rx = rules_of(r);

	if (rx == NULL || rx->ccslen + nlen > outsize)
		return false;
	copy_digits(out, rx->ccs, rx->ccslen);
	copy_digits(out + rx->ccslen, national, nlen);
	*outlen = rx->ccslen + nlen;
	return true;
}

/* How international_number() judges the national number */
typedef enum
{
	IN_POSSIBLE,				/* of a possible length */
	IN_VALID,					/* and of the country's pattern, as the length
								 * test left it: the trunk prefix stripped
								 * only where the digits as written are of no
								 * possible length (the carrier exit codes'
								 * rule: a 0 after the code is rarely theirs) */
	IN_VALID_EITHER				/* valid as written, or valid with the trunk
								 * prefix stripped, as the parse reads "00 CC
								 * (0) ..." (the 00-national rule) */
} InternationalTest;

/*
 * Digits written after an international prefix: a known country code (the
 * shortest that is one: codes are prefix-free) and a national number of a
 * length possible there, as written or without the country's trunk prefix
 * ("00 44 0 20 ..."), and of the country's pattern of numbers
 * (libphonenumber's general description) as the test says.
 */
static bool
international_number(const char *d, int n, InternationalTest test)
{
	const PhoneRegion *cr = NULL;
	const RegionRx *rx;
	int			cc = 0;
	int			cclen;
	char		national[NATIONAL_MAX];
	int			nlen;

	if (n <= 0 || d[0] == '0')
		return false;
	for (cclen = 1; cclen <= 3 && cclen <= n; cclen++)
	{
		cc = cc * 10 + (d[cclen - 1] - '0');
		if ((cr = region_for_code(cc)) != NULL)
			break;
	}
	if (cr == NULL || (rx = rules_of(cr)) == NULL)
		return false;
	nlen = n - cclen;
	if (nlen <= 0 || nlen > (int) sizeof(national))
		return false;
	copy_digits(national, d + cclen, nlen);
	/* as written */
	if (test_length(cr, rx, nlen) == LENGTH_POSSIBLE)
	{
		if (test == IN_POSSIBLE || rx->nnp == NULL || phone_rx_full(rx->nnp, national, nlen))
			return true;
		if (test == IN_VALID)
			return false;		/* (of a possible length: read as written) */
	}
	/* without the country's trunk prefix ("00 49 (0)30 ...") */
	return strip_national_prefix(cr, national, &nlen, true) &&
		test_length(cr, rx, nlen) == LENGTH_POSSIBLE &&
		(test == IN_POSSIBLE || rx->nnp == NULL || phone_rx_full(rx->nnp, national, nlen));
}

/*
 * Digits written without an international prefix, read in the default
 * country: a national number of a length possible there and of the
 * country's pattern of numbers, as written or without its trunk prefix.
 */
static bool
national_number(const PhoneRegion *r, const char *d, int n)
{
	const RegionRx *rx = rules_of(r);
	char		national[NATIONAL_MAX];
	int			nlen = n;

	if (rx == NULL || rx->nnp == NULL || n <= 0 || n > (int) sizeof(national))
		return false;
	copy_digits(national, d, nlen);
	strip_national_prefix(r, national, &nlen, true);
	/* (and an E.164 number: at most 15 digits with the country code) */
	return rx->ccslen + nlen <= E164_MAX_DIGITS &&
		test_length(r, rx, nlen) == LENGTH_POSSIBLE &&
		phone_rx_full(rx->nnp, national, nlen);
}

void
e164_parse(const char *str, size_t len, const char *default_cc,
		   E164ParseResult *result)
{
	/* every digit of the input (more than E.164 allows, to say how many) */
	char		digits[NATIONAL_MAX];
	int			ndigits = 0;
	int			total = 0;		/* all digits seen, even past the buffer */
	bool		international = false;
	bool		canonical;		/* "+" and digits only: E.164 as written */
	bool		tel = false;
	size_t		pos;
	size_t		plen;
	const char *d;
	char		number[NATIONAL_MAX + 4];
	const char *out = number;	/* the digits of the result: number, or the input's */
	int			nnumber;
	const PhoneRegion *region = NULL;
	bool		exit_code = false;	/* the default country's exit code begins the digits */

	memset(result, 0, sizeof(*result));

	/*
	 * The common case first: "+" and 7 to 15 digits, not starting with 0,
	 * as e164_out writes it.  The general path below gives the same result
	 * (the canonical branch); this one reads the digits once.
	 */
	if (len >= 1 + E164_MIN_DIGITS && len <= 1 + E164_MAX_DIGITS &&
		str[0] == '+' && str[1] >= '1' && str[1] <= '9')
	{
		uint64_t	v = 0;
		size_t		i;

		for (i = 1; i < len && str[i] >= '0' && str[i] <= '9'; i++)
			v = v * 10 + (uint64_t) (str[i] - '0');
		if (i == len)
		{
			int			n = (int) len - 1;

			result->status = E164_OK;
			result->ndigits = n;
			result->value = pack_value(v, n);
			return;
		}
	}

	pos = skip_separators(str, len, 0);
	if (has_tel_prefix(str, len, pos))
	{
		tel = true;
		pos = skip_separators(str, len, pos + 4);
	}
	else if ((plen = channel_prefix_length(str, len, pos)) > 0)
	{
		result->status = E164_CHANNEL_PREFIX;
		result->err_offset = pos;
		result->err_len = plen;
		return;
	}

	canonical = !tel && pos == 0 && pos < len && str[pos] == '+';
	if (pos < len && str[pos] == '+')
	{
		size_t		after_plus = pos + 1;

		international = true;
		pos = skip_separators(str, len, after_plus);
		/* "+ 44 ...": a separator, so not as written (the country's rules apply) */
		if (pos != after_plus)
			canonical = false;
	}

	for (; pos < len; pos++)
	{
		unsigned char c = (unsigned char) str[pos];

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
		else
			canonical = false;
	}

	if (total == 0)
	{
		result->status = E164_EMPTY;
		return;
	}
	if (total > ndigits)
	{
		/* far too long for any number */
		result->status = E164_TOO_LONG;
		result->ndigits = total;
		return;
	}

	d = digits;
	if (canonical)
	{
		/*
		 * "+" and digits only, as e164_out writes it: taken as written, so
		 * that every stored value reads back unchanged (dump and restore).
		 */
		out = d;
		nnumber = ndigits;
	}
	else
	{
		/* (a number written with "+" needs no default country) */
		if (!international)
			region = e164_default_region(default_cc);

		/* the default country's own exit code, and "00" always */
		if (!international && region != NULL)
		{
			const RegionRx *rx = rules_of(region);
			int			slots[2 * (PHONE_RX_MAX_GROUPS + 1)];
			int			end = (rx && rx->idd) ?
				phone_rx_prefix(rx->idd, d, ndigits, slots) : -1;

			/*
			 * (libphonenumber's test: an exit code with no 0 after it; the
			 * digits are then international, whichever prefix reads them)
			 */
			exit_code = end > 0 && end < ndigits && d[end] != '0';

			/*
			 * (a country code never starts with 0)  An exit code that
			 * begins with "00" and goes on (a carrier's, "0015" in
			 * Australia, "0055" in Brazil) yields to "00" itself (SPEC 1:
			 * "00" is the international prefix) when what follows the
			 * exit code is no valid number and what follows "00" is a
			 * possible one: "0015550100199" is +1 555 010 0199 in every
			 * country, while "0011 44 20 7946 0958" in Australia and
			 * "001 592 609 1234" in Guyana (exit code 001) still read
			 * through the exit code.
			 */
			if (end > 2 && d[0] == '0' && d[1] == '0' &&
				!international_number(d + end, ndigits - end, IN_VALID) &&
				international_number(d + 2, ndigits - 2, IN_POSSIBLE))
				end = -1;
			if (end > 0 && end < ndigits && d[end] != '0')
			{
				international = true;
				d += end;
				ndigits -= end;
			}
		}
		/*
		 * "00" is the international prefix in every country (SPEC 1), but
		 * where it is not the default country's own exit code (or a
		 * country code would begin with 0 after it), that country's
		 * numbers may begin with it (Japan's 0066 and 0037
		 * toll-free numbers, Tajikistan's 00 mobile numbers, India's 000
		 * 800, Korea's 00308, Uruguay's 000), and libphonenumber reads them
		 * as national: such a number, when no valid number follows "00",
		 * is national, so that every spelling of it gives one value (SPEC
		 * 9.1).  When both readings are numbers, "00" is international.
		 */
		if (!international && ndigits >= 2 && d[0] == '0' && d[1] == '0' &&
			!(region != NULL && !exit_code && national_number(region, d, ndigits) &&
			  !international_number(d + 2, ndigits - 2, IN_VALID_EITHER)))
		{
			international = true;
			d += 2;
			ndigits -= 2;
		}

		if (international)
		{
			const PhoneRegion *cr = NULL;
			int			cc = 0;
			int			cclen;

			/* the country code: the shortest known one (codes are prefix-free) */
			for (cclen = 1; cclen <= 3 && cclen <= ndigits; cclen++)
			{
				cc = cc * 10 + (d[cclen - 1] - '0');
				if (d[0] != '0' && (cr = region_for_code(cc)) != NULL)
					break;
			}
			if (cr != NULL)
			{
				char		national[NATIONAL_MAX];
				int			nlen = ndigits - cclen;

				if (nlen < 0 || nlen > (int) sizeof(national))
					nlen = 0;
				copy_digits(national, d + cclen, nlen);
				/* "+44 (0)20 ...", "+44 07400 ...": that country's trunk prefix */
				if (!strip_national_prefix(cr, national, &nlen, true))
				{
					/* nothing stripped: the digits as written */
					out = d;
					nnumber = ndigits;
				}
				else if (!join_number(cr, national, nlen, number, sizeof(number), &nnumber))
				{
					result->status = E164_TOO_LONG;
					result->ndigits = total;
					return;
				}
			}
			else if (ndigits > 0 && ndigits <= (int) sizeof(number))
			{
				/* an unknown country code: the digits as written */
				out = d;
				nnumber = ndigits;
			}
			else
				nnumber = 0;
		}
		else
		{
			char		national[NATIONAL_MAX];
			int			nlen = ndigits;

			if (region == NULL)
			{
				result->status = E164_NO_COUNTRY_CODE;
				result->ndigits = total;
				return;
			}
			copy_digits(national, d, nlen);

			/*
			 * libphonenumber's maybeExtractCountryCode(): a national number
			 * that starts with the country's own calling code ("44 7400
			 * ..." in GB, "1 555 ..." in the US) is taken without it when
			 * that makes it a valid number, or it was too long.
			 */
			{
				const RegionRx *rx = rules_of(region);

				bool		starts = rx != NULL && nlen > rx->ccslen;

				for (int i = 0; starts && i < rx->ccslen; i++)
					starts = national[i] == rx->ccs[i];
				if (starts)
				{
					char		potential[NATIONAL_MAX];
					int			plen2 = nlen - rx->ccslen;

					copy_digits(potential, national + rx->ccslen, plen2);
					strip_national_prefix(region, potential, &plen2, false);
					if ((rx->nnp != NULL && !phone_rx_full(rx->nnp, national, nlen) &&
						 phone_rx_full(rx->nnp, potential, plen2)) ||
						test_length(region, rx, nlen) == LENGTH_TOO_LONG)
					{
						copy_digits(national, potential, plen2);
						nlen = plen2;
					}
				}
			}
			strip_national_prefix(region, national, &nlen, true);
			if (!join_number(region, national, nlen, number, sizeof(number), &nnumber))
			{
				result->status = E164_TOO_LONG;
				result->ndigits = total;
				return;
			}
		}
	}

	if (nnumber == 0)
	{
		/* "00" and nothing after it */
		result->status = E164_EMPTY;
		return;
	}
	result->ndigits = nnumber;
	if (nnumber > E164_MAX_DIGITS)
	{
		result->status = E164_TOO_LONG;
		return;
	}
	if (nnumber > 0 && out[0] == '0')
	{
		result->status = E164_LEADING_ZERO;
		return;
	}
	if (nnumber < E164_MIN_DIGITS)
	{
		result->status = E164_TOO_SHORT;
		return;
	}
	if (!e164_pack(out, nnumber, &result->value))
		result->status = E164_BAD_CHAR;	/* cannot happen */
	else
		result->status = E164_OK;
}
