/*
 * parse_bench.c -- nanoseconds per e164_parse() call, for one build of the
 * parser (test/bench/parse_bench.sh builds it against the current parser and
 * against an older one, and prints both side by side).
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "e164.h"

typedef struct Case
{
	const char *what;
	const char *cc;
	const char *inputs[4];
} Case;

static const Case cases[] = {
	{"E.164 as providers send it", NULL,
	{"+15550100199", "+447700900123", "+4915123456789", "+61412345678"}},
	{"international, separators", NULL,
	{"+1 (555) 010-0199", "+44 7700 900123", "+49 151 23456789", "tel:+61-412-345-678"}},
	{"00 prefix", NULL,
	{"0015550100199", "00447700900123", "00 49 151 23456789", "0061412345678"}},
	{"national, default 1", "1",
	{"(555) 010-0199", "555-010-0199", "1 555 010 0199", "5550100199"}},
	{"national, default 44", "44",
	{"07700 900123", "020 7946 0958", "07400 123456", "0161 496 0000"}},
	{"national, default 7", "7",
	{"8 (912) 345-67-89", "8 495 123 45 67", "912 345 67 89", "8 800 555 35 35"}},
};

int
main(void)
{
	const int	rounds = 400000;
	double		total_ns = 0;
	long		total_calls = 0;

	for (size_t c = 0; c < sizeof(cases) / sizeof(cases[0]); c++)
	{
		struct timespec t0;
		struct timespec t1;
		E164ParseResult r;
		unsigned long sink = 0;
		double		ns;

		/* warm up (the new parser compiles its patterns at first use) */
		for (int k = 0; k < 4; k++)
			e164_parse(cases[c].inputs[k], strlen(cases[c].inputs[k]), cases[c].cc, &r);
		clock_gettime(CLOCK_MONOTONIC, &t0);
		for (int i = 0; i < rounds; i++)
			for (int k = 0; k < 4; k++)
			{
				e164_parse(cases[c].inputs[k], strlen(cases[c].inputs[k]), cases[c].cc, &r);
				sink += (unsigned long) r.value + (unsigned long) r.status;
			}
		clock_gettime(CLOCK_MONOTONIC, &t1);
		ns = ((t1.tv_sec - t0.tv_sec) * 1e9 + (t1.tv_nsec - t0.tv_nsec)) / (rounds * 4.0);
		total_ns += ns * rounds * 4;
		total_calls += rounds * 4L;
		printf("%s\t%.1f\t%lu\n", cases[c].what, ns, sink % 7);
	}
	printf("all\t%.1f\t0\n", total_ns / total_calls);
	return 0;
}
