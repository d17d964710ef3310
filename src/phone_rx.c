/*-------------------------------------------------------------------------
 *
 * phone_rx.c
 *	  A small regular expression matcher for libphonenumber's dialling
 *	  rules, over digit strings.
 *
 * libphonenumber's metadata describes national prefixes, international
 * (exit) prefixes and national number shapes with Java regular
 * expressions.  They use a small subset: digits, character classes of
 * digits ([2-9], [^0]) and \d, groups (capturing, and (?:...)),
 * alternation, the end anchor $, and the quantifiers ? * + {n} {n,} {n,m}.  This file
 * compiles that subset into a program for a backtracking machine that
 * tries alternatives and repetitions in the same order as Java's
 * java.util.regex (greedy quantifiers, leftmost alternative first), so
 * that a prefix match ("lookingAt") and its capture groups are the ones
 * libphonenumber gets.  Anything outside the subset fails to compile.
 *
 * Pure C with no server headers: the fuzz harness links it on its own.
 *
 *-------------------------------------------------------------------------
 */
#include "phone_rx.h"

#include <stdlib.h>
#include <string.h>

enum
{
	OP_CHAR,					/* one digit in mask, then next */
	OP_SPLIT,					/* try pc + x, then pc + y */
	OP_JMP,						/* pc + x */
	OP_SAVE,					/* capture slot x = position */
	OP_EOL,						/* "$": at the end of the input */
	OP_MATCH
};

typedef struct RxInst
{
	uint8_t		op;
	uint16_t	mask;			/* OP_CHAR: bit d for digit d */
	int32_t		x;
	int32_t		y;
} RxInst;

struct PhoneRx
{
	RxInst	   *code;
	int			len;
	int			ngroups;
	uint16_t	first;			/* digits a non-empty match can start with */
	bool		empty_ok;		/* can it match the empty string? */
	int			min_len;		/* the fewest and most digits a match takes */
	int			max_len;		/* (INT32_MAX: unbounded) */
	uint32_t	lengths;		/* bit n: a match of n digits may exist (all 1s: unknown) */
	char		literal[8];		/* a pattern that is just digits ("0", "810") */
	int			literal_len;	/* -1: not one */
};

/* A growing block of position-independent code (jumps are relative) */
typedef struct Code
{
	RxInst	   *inst;
	int			len;
	int			cap;
	bool		oom;
} Code;

typedef struct Parser
{
	const char *p;
	int			ngroups;
	bool		error;
} Parser;

static void
code_emit(Code *c, uint8_t op, uint16_t mask, int32_t x, int32_t y)
{
	if (c->len == c->cap)
	{
		int			ncap = c->cap ? c->cap * 2 : 16;
		RxInst	   *n = realloc(c->inst, sizeof(RxInst) * ncap);

		if (n == NULL)
		{
			c->oom = true;
			return;
		}
		c->inst = n;
		c->cap = ncap;
	}
	c->inst[c->len].op = op;
	c->inst[c->len].mask = mask;
	c->inst[c->len].x = x;
	c->inst[c->len].y = y;
	c->len++;
}

static void
code_append(Code *c, const Code *other)
{
	for (int i = 0; i < other->len; i++)
		code_emit(c, other->inst[i].op, other->inst[i].mask,
				  other->inst[i].x, other->inst[i].y);
	c->oom |= other->oom;
}

static void
code_free(Code *c)
{
	free(c->inst);
	memset(c, 0, sizeof(*c));
}

static void parse_alternation(Parser *ps, Code *out);

/* [...] : a class of digits */
static uint16_t
parse_class(Parser *ps)
{
	uint16_t	mask = 0;
	bool		negate = false;

	if (*ps->p == '^')
	{
		negate = true;
		ps->p++;
	}
	while (*ps->p && *ps->p != ']')
	{
		char		lo = *ps->p++;

		if (lo == '\\' && *ps->p == 'd')
		{
			ps->p++;
			mask |= 0x3FF;
			continue;
		}
		if (lo < '0' || lo > '9')
		{
			ps->error = true;
			return 0;
		}
		if (*ps->p == '-' && ps->p[1] >= '0' && ps->p[1] <= '9')
		{
			char		hi = ps->p[1];

			ps->p += 2;
			for (char d = lo; d <= hi; d++)
				mask |= (uint16_t) (1u << (d - '0'));
		}
		else
			mask |= (uint16_t) (1u << (lo - '0'));
	}
	if (*ps->p != ']')
	{
		ps->error = true;
		return 0;
	}
	ps->p++;
	return negate ? (uint16_t) (~mask & 0x3FF) : mask;
}

static int
parse_number(Parser *ps)
{
	int			n = 0;
	bool		any = false;

	while (*ps->p >= '0' && *ps->p <= '9')
	{
		n = n * 10 + (*ps->p++ - '0');
		any = true;
		if (n > 1000)
		{
			ps->error = true;
			return 0;
		}
	}
	if (!any)
		ps->error = true;
	return n;
}

/* An atom into out */
static void
parse_atom(Parser *ps, Code *out)
{
	char		c = *ps->p;

	if (c == '(')
	{
		int			group = 0;

		ps->p++;
		if (ps->p[0] == '?' && ps->p[1] == ':')
			ps->p += 2;
		else
			group = ++ps->ngroups;
		if (group)
			code_emit(out, OP_SAVE, 0, 2 * group, 0);
		parse_alternation(ps, out);
		if (*ps->p != ')')
		{
			ps->error = true;
			return;
		}
		ps->p++;
		if (group)
			code_emit(out, OP_SAVE, 0, 2 * group + 1, 0);
	}
	else if (c == '[')
	{
		ps->p++;
		code_emit(out, OP_CHAR, parse_class(ps), 0, 0);
	}
	else if (c == '\\' && ps->p[1] == 'd')
	{
		ps->p += 2;
		code_emit(out, OP_CHAR, 0x3FF, 0, 0);
	}
	else if (c >= '0' && c <= '9')
	{
		ps->p++;
		code_emit(out, OP_CHAR, (uint16_t) (1u << (c - '0')), 0, 0);
	}
	else if (c == '$')
	{
		ps->p++;
		code_emit(out, OP_EOL, 0, 0, 0);
	}
	else
		ps->error = true;		/* anything else is outside the subset */
}

/* An atom and its quantifier, into out */
static void
parse_item(Parser *ps, Code *out)
{
	Code		atom = {0};
	int			min = 1;
	int			max = 1;		/* -1: unbounded */

	parse_atom(ps, &atom);
	if (ps->error)
	{
		code_free(&atom);
		return;
	}
	switch (*ps->p)
	{
		case '?':
			min = 0;
			max = 1;
			ps->p++;
			break;
		case '*':
			min = 0;
			max = -1;
			ps->p++;
			break;
		case '+':
			min = 1;
			max = -1;
			ps->p++;
			break;
		case '{':
			ps->p++;
			min = parse_number(ps);
			if (*ps->p == ',')
			{
				ps->p++;
				max = (*ps->p == '}') ? -1 : parse_number(ps);
			}
			else
				max = min;
			if (*ps->p != '}' || (max >= 0 && max < min))
				ps->error = true;
			ps->p++;
			break;
		default:
			break;
	}
	if (ps->error)
	{
		code_free(&atom);
		return;
	}
	/* possessive and lazy quantifiers are outside the subset */
	if (*ps->p == '?' || *ps->p == '+')
	{
		if (min != 1 || max != 1)
		{
			ps->error = true;
			code_free(&atom);
			return;
		}
	}

	for (int i = 0; i < min; i++)
		code_append(out, &atom);
	if (max < 0)
	{
		/* L: SPLIT +1, +(n+2); atom; JMP L */
		code_emit(out, OP_SPLIT, 0, 1, atom.len + 2);
		code_append(out, &atom);
		code_emit(out, OP_JMP, 0, -(atom.len + 1), 0);
	}
	else
	{
		/* each optional copy: SPLIT +1, +(n+1); atom */
		for (int i = min; i < max; i++)
		{
			code_emit(out, OP_SPLIT, 0, 1, atom.len + 1);
			code_append(out, &atom);
		}
	}
	code_free(&atom);
}

static void
parse_sequence(Parser *ps, Code *out)
{
	while (*ps->p && *ps->p != '|' && *ps->p != ')' && !ps->error)
		parse_item(ps, out);
}

/* seq | seq | ... : SPLIT +1, next; seq; JMP end; ... */
static void
parse_alternation(Parser *ps, Code *out)
{
	Code		first = {0};

	parse_sequence(ps, &first);
	if (*ps->p != '|')
	{
		code_append(out, &first);
		code_free(&first);
		return;
	}
	else
	{
		Code		rest = {0};

		ps->p++;
		parse_alternation(ps, &rest);
		code_emit(out, OP_SPLIT, 0, 1, first.len + 2);
		code_append(out, &first);
		code_emit(out, OP_JMP, 0, rest.len + 1, 0);
		code_append(out, &rest);
		code_free(&rest);
		code_free(&first);
	}
}

/*
 * The digits a match can start with, and whether it can match without
 * consuming anything: follow every path from pc up to its first OP_CHAR.
 * (A cheap first test: most patterns are tried against inputs they cannot
 * start to match, a national number against a trunk prefix it lacks.)
 */
static void
first_digits(const RxInst *code, int len, int pc, uint16_t *mask, bool *empty,
			 unsigned char *seen)
{
	while (pc >= 0 && pc < len && !seen[pc])
	{
		seen[pc] = 1;
		switch (code[pc].op)
		{
			case OP_CHAR:
				*mask |= code[pc].mask;
				return;
			case OP_JMP:
				pc += code[pc].x;
				break;
			case OP_SPLIT:
				first_digits(code, len, pc + code[pc].x, mask, empty, seen);
				pc += code[pc].y;
				break;
			case OP_SAVE:
			case OP_EOL:
				pc++;
				break;
			case OP_MATCH:
				*empty = true;
				return;
		}
	}
}

/*
 * The fewest and the most digits a match can consume.  Code jumps only
 * forward except for the loops of * and + (then there is no maximum), so
 * both are found in one pass from the end.
 */
static void
match_lengths(const RxInst *code, int len, int *min_out, int *max_out,
			  uint32_t *lengths_out)
{
	int		   *mn = calloc((size_t) (len + 1), sizeof(int));
	int		   *mx = calloc((size_t) (len + 1), sizeof(int));
	uint32_t   *ls = calloc((size_t) (len + 1), sizeof(uint32_t));
	bool		loops = false;

	*min_out = 0;
	*max_out = INT32_MAX;
	*lengths_out = 0xFFFFFFFFu;
	if (mn == NULL || mx == NULL || ls == NULL)
	{
		free(mn);
		free(mx);
		free(ls);
		return;
	}
	for (int pc = 0; pc < len; pc++)
		if ((code[pc].op == OP_JMP && code[pc].x <= 0) ||
			(code[pc].op == OP_SPLIT && (code[pc].x <= 0 || code[pc].y <= 0)))
			loops = true;
	for (int pc = len - 1; pc >= 0; pc--)
	{
		const RxInst *in = &code[pc];
		int			a;
		int			b;

		switch (in->op)
		{
			case OP_CHAR:
				mn[pc] = (pc + 1 < len) ? mn[pc + 1] + 1 : 1;
				mx[pc] = (pc + 1 < len) ? mx[pc + 1] + 1 : 1;
				ls[pc] = (pc + 1 < len) ? ls[pc + 1] << 1 : 2;
				break;
			case OP_JMP:
				a = pc + in->x;
				mn[pc] = (a > pc && a < len) ? mn[a] : 0;
				mx[pc] = (a > pc && a < len) ? mx[a] : 0;
				ls[pc] = (a > pc && a < len) ? ls[a] : 1;
				break;
			case OP_SPLIT:
				a = pc + in->x;
				b = pc + in->y;
				if (a > pc && b > pc && a < len && b < len)
				{
					mn[pc] = mn[a] < mn[b] ? mn[a] : mn[b];
					mx[pc] = mx[a] > mx[b] ? mx[a] : mx[b];
					ls[pc] = ls[a] | ls[b];
				}
				else
				{
					mn[pc] = mx[pc] = 0;	/* a loop: see "loops" */
					ls[pc] = 1;
				}
				break;
			case OP_SAVE:
			case OP_EOL:
				mn[pc] = (pc + 1 < len) ? mn[pc + 1] : 0;
				mx[pc] = (pc + 1 < len) ? mx[pc + 1] : 0;
				ls[pc] = (pc + 1 < len) ? ls[pc + 1] : 1;
				break;
			default:			/* OP_MATCH */
				mn[pc] = mx[pc] = 0;
				ls[pc] = 1;		/* bit 0: a match of no more digits */
				break;
		}
	}
	if (!loops)
	{
		*min_out = mn[0];
		*max_out = mx[0];
		/* (bits shift out past 31 digits: only then is the set unknown) */
		if (mx[0] < 32)
			*lengths_out = ls[0];
	}
	free(mn);
	free(mx);
	free(ls);
}

PhoneRx *
phone_rx_compile(const char *pattern)
{
	Parser		ps = {pattern, 0, false};
	Code		code = {0};
	PhoneRx    *rx;

	if (pattern == NULL)
		return NULL;
	parse_alternation(&ps, &code);
	if (*ps.p != '\0')
		ps.error = true;		/* an unbalanced ')' */
	code_emit(&code, OP_MATCH, 0, 0, 0);
	if (ps.error || code.oom || ps.ngroups > PHONE_RX_MAX_GROUPS)
	{
		code_free(&code);
		return NULL;
	}
	rx = malloc(sizeof(PhoneRx));
	if (rx == NULL)
	{
		code_free(&code);
		return NULL;
	}
	rx->code = code.inst;
	rx->len = code.len;
	rx->ngroups = ps.ngroups;
	rx->first = 0;
	rx->empty_ok = false;
	{
		unsigned char *seen = calloc((size_t) code.len, 1);

		if (seen == NULL)
		{
			/* no filter then */
			rx->first = 0x3FF;
			rx->empty_ok = true;
		}
		else
		{
			first_digits(code.inst, code.len, 0, &rx->first, &rx->empty_ok, seen);
			free(seen);
		}
	}
	match_lengths(code.inst, code.len, &rx->min_len, &rx->max_len, &rx->lengths);
	/* most trunk and exit prefixes are plain digit strings: compare them */
	rx->literal_len = -1;
	if (code.len - 1 <= (int) sizeof(rx->literal))
	{
		int			n = 0;

		for (int pc = 0; pc < code.len - 1; pc++)
		{
			uint16_t	m = code.inst[pc].mask;

			if (code.inst[pc].op != OP_CHAR || m == 0 || (m & (m - 1)) != 0)
			{
				n = -1;
				break;
			}
			for (int d = 0; d < 10; d++)
				if (m == (1u << d))
					rx->literal[n] = (char) ('0' + d);
			n++;
		}
		rx->literal_len = n;
	}
	return rx;
}

uint16_t
phone_rx_first_digits(const PhoneRx *rx, bool *empty_ok)
{
	*empty_ok = rx->empty_ok;
	return rx->first;
}

int
phone_rx_groups(const PhoneRx *rx)
{
	return rx->ngroups;
}

typedef struct RunState
{
	const PhoneRx *rx;
	const char *s;
	int			len;
	bool		full;
	int			end;
	long		steps;
	int		   *slots;
} RunState;

/* no pattern of the metadata needs more; a runaway one simply fails */
#define RX_MAX_STEPS 200000

static bool
run(RunState *st, int pc, int pos)
{
	for (;;)
	{
		const RxInst *in = &st->rx->code[pc];

		if (++st->steps > RX_MAX_STEPS)
			return false;
		switch (in->op)
		{
			case OP_CHAR:
				if (pos < st->len &&
					st->s[pos] >= '0' && st->s[pos] <= '9' &&
					(in->mask >> (st->s[pos] - '0')) & 1)
				{
					pos++;
					pc++;
					continue;
				}
				return false;
			case OP_JMP:
				pc += in->x;
				continue;
			case OP_EOL:
				if (pos != st->len)
					return false;
				pc++;
				continue;
			case OP_SPLIT:
				if (run(st, pc + in->x, pos))
					return true;
				pc += in->y;
				continue;
			case OP_SAVE:
				{
					int			old = st->slots[in->x];

					st->slots[in->x] = pos;
					if (run(st, pc + 1, pos))
						return true;
					st->slots[in->x] = old;
					return false;
				}
			case OP_MATCH:
				if (st->full && pos != st->len)
					return false;
				st->end = pos;
				return true;
		}
		return false;
	}
}

static bool
run_from_start(const PhoneRx *rx, const char *s, int len, bool full,
			   int *end, int *slots)
{
	RunState	st;

	/* the first digit cannot start a match, and no empty match is possible */
	if (!rx->empty_ok &&
		(len == 0 || s[0] < '0' || s[0] > '9' || !((rx->first >> (s[0] - '0')) & 1)))
		return false;

	st.rx = rx;
	st.s = s;
	st.len = len;
	st.full = full;
	st.end = -1;
	st.steps = 0;
	st.slots = slots;
	for (int i = 0; i < 2 * (PHONE_RX_MAX_GROUPS + 1); i++)
		slots[i] = -1;
	if (!run(&st, 0, 0))
		return false;
	*end = st.end;
	slots[0] = 0;
	slots[1] = st.end;
	return true;
}

bool
phone_rx_full(const PhoneRx *rx, const char *s, int len)
{
	int			slots[2 * (PHONE_RX_MAX_GROUPS + 1)];
	int			end;

	if (rx == NULL || len < rx->min_len || len > rx->max_len ||
		(len < 32 && !((rx->lengths >> len) & 1)))
		return false;
	if (rx->literal_len >= 0)
	{
		for (int i = 0; i < rx->literal_len; i++)
			if (s[i] != rx->literal[i])
				return false;
		return len == rx->literal_len;
	}
	return run_from_start(rx, s, len, true, &end, slots);
}

int
phone_rx_prefix(const PhoneRx *rx, const char *s, int len, int *slots)
{
	int			end;

	if (rx == NULL || len < rx->min_len)
		return -1;
	if (rx->literal_len >= 0)
	{
		for (int i = 0; i < rx->literal_len; i++)
			if (s[i] != rx->literal[i])
				return -1;
		/* (no groups: only the whole match is there to report) */
		slots[0] = 0;
		slots[1] = rx->literal_len;
		return rx->literal_len;
	}
	if (!run_from_start(rx, s, len, false, &end, slots))
		return -1;
	return end;
}
