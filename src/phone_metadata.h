/*
 * phone_metadata.h
 *		Per-region dialling rules from libphonenumber's metadata.
 *
 * GENERATED FILE - DO NOT EDIT.  Source: libphonenumber-js 1.13.16, metadata of libphonenumber 9.0.43
 * (metadata.max.json).  Regenerate with:
 *		cd tools/phone_metadata && npm ci && node gen_metadata.mjs
 * Field semantics: tools/phone_metadata/README.md
 */
#ifndef OPT_CONSENT_PHONE_METADATA_H
#define OPT_CONSENT_PHONE_METADATA_H
#include <stdbool.h>
#include <stdint.h>
typedef struct PhoneRegion
{
	const char *region;				/* ISO 3166-1 alpha-2, e.g. "GB"; "001" for non-geographic entities */
	uint16_t	calling_code;		/* 44 */
	bool		main_for_code;		/* the main region of its calling code (libphonenumber's first listed) */
	const char *idd;				/* international (exit) prefix regex, e.g. "00" or "0(?:0|11)", NULL if none */
	const char *national_prefix;	/* national (trunk) prefix, e.g. "0", "8", "06", NULL if none */
	const char *national_prefix_for_parsing;	/* regex applied at the start of a national number, NULL if none (then national_prefix is used literally) */
	const char *national_prefix_transform_rule; /* e.g. "9$1", NULL if none */
	const char *national_number_pattern;	/* general_desc national number pattern (full-match regex) */
	uint32_t	possible_lengths;	/* bit n set: a national significant number of n digits is possible (general desc) */
	uint32_t	possible_lengths_local_only;	/* bit n set: n digits possible for local-only dialling */
} PhoneRegion;
extern const PhoneRegion phone_regions[];
extern const int phone_nregions;
extern const char phone_metadata_source[];	/* e.g. "libphonenumber-js 1.12.9, metadata of libphonenumber 9.0.8" */
#endif
