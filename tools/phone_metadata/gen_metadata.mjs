#!/usr/bin/env node
// Generates src/phone_metadata.c and src/phone_metadata.h from the
// libphonenumber metadata shipped in the npm package libphonenumber-js.
//
//   cd tools/phone_metadata && npm ci && node gen_metadata.mjs
//
// Prints an inventory of the regex syntax used by the emitted patterns.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { loadPackage, sourceString, numberingPlans, repoRoot, F } from './lib.mjs'
import { inventory, isAllowed } from './regex_inventory.mjs'

const REGEN = 'cd tools/phone_metadata && npm ci && node gen_metadata.mjs'
const MAX_NSN_LENGTH = 17 // libphonenumber-js source/constants.js MAX_LENGTH_FOR_NSN

const lib = loadPackage()
const { metadata, metadataMin } = lib
const plans = numberingPlans(metadata)

// Every field the parser uses must be the same in the "min" metadata (the
// default one of `import ... from 'libphonenumber-js'`) and the "max" one.
for (const p of plans) {
	const other = p.region === '001' ? metadataMin.nonGeographic[p.cc] : metadataMin.countries[p.region]
	for (const f of [F.callingCode, F.idd, F.nationalNumberPattern, F.possibleLengths, F.nationalPrefix,
		F.nationalPrefixForParsing, F.nationalPrefixTransformRule, F.leadingDigits]) {
		if (JSON.stringify(p.m[f] || null) !== JSON.stringify(other[f] || null)) {
			throw new Error(`min/max metadata differ for ${p.region}/${p.cc} field ${f}`)
		}
	}
}

function cString(s) {
	if (s === undefined || s === null || s === 0 || s === '') return 'NULL'
	if (typeof s !== 'string') throw new Error('not a string: ' + JSON.stringify(s))
	let out = ''
	for (let k = 0; k < s.length; k++) {
		const ch = s[k]
		const code = ch.charCodeAt(0)
		if (ch === '\\') out += '\\\\'
		else if (ch === '"') out += '\\"'
		// Keep "??" from forming a trigraph under -std=c99.
		else if (ch === '?' && s[k - 1] === '?') out += '\\?'
		else if (code < 0x20 || code > 0x7e) throw new Error('non-printable/non-ASCII character in ' + JSON.stringify(s))
		else out += ch
	}
	return '"' + out + '"'
}

// Splits a long literal into adjacent literals (the compiler concatenates them).
function cStringWrapped(s, indent) {
	const lit = cString(s)
	if (lit === 'NULL' || lit.length <= 90) return lit
	const body = lit.slice(1, -1)
	const parts = []
	let k = 0
	while (k < body.length) {
		let end = Math.min(k + 88, body.length)
		// never split inside an escape sequence
		let bs = 0
		for (let j = end - 1; j >= k && body[j] === '\\'; j--) bs++
		if (bs % 2 === 1) end--
		parts.push('"' + body.slice(k, end) + '"')
		k = end
	}
	return parts.join('\n' + indent)
}

function lengthMask(lengths, what) {
	let mask = 0
	for (const n of lengths || []) {
		if (!Number.isInteger(n) || n < 1 || n > MAX_NSN_LENGTH) throw new Error(`bad possible length ${n} in ${what}`)
		mask |= 1 << n
	}
	return mask >>> 0
}

// Regex inventory over every emitted regex.
const constructs = new Map() // construct -> { count, fields:Set, regions:Set }
let maxDepth = 0
let maxCaptures = 0
let maxRepeat = 0
function scan(field, region, cc, pattern) {
	if (!pattern) return
	const inv = inventory(pattern)
	maxDepth = Math.max(maxDepth, inv.maxDepth)
	maxRepeat = Math.max(maxRepeat, inv.maxRepeat)
	if (field !== 'national_number_pattern') maxCaptures = Math.max(maxCaptures, inv.captures)
	for (const [k, n] of inv.found) {
		if (!constructs.has(k)) constructs.set(k, { count: 0, fields: new Set(), regions: new Set() })
		const e = constructs.get(k)
		e.count += n
		e.fields.add(field)
		e.regions.add(region === '001' ? '001/' + cc : region)
	}
}

const rows = []
for (const p of plans) {
	const m = p.m
	const idd = m[F.idd] || null
	const np = m[F.nationalPrefix] || null
	const npfp = m[F.nationalPrefixForParsing] || null
	const nptr = m[F.nationalPrefixTransformRule] || null
	const nnp = m[F.nationalNumberPattern]
	if (!nnp) throw new Error('no national number pattern for ' + p.region)
	if (nptr && !npfp) throw new Error('transform rule without national prefix for parsing: ' + p.region)
	if (np && !/^[0-9]+$/.test(np)) throw new Error('national prefix is not digits: ' + p.region + ' ' + np)
	if (nptr && !/^([0-9]|\$[1-9])+$/.test(nptr)) throw new Error('unexpected transform rule: ' + p.region + ' ' + nptr)
	scan('idd', p.region, p.cc, idd)
	scan('national_prefix_for_parsing', p.region, p.cc, npfp)
	scan('national_number_pattern', p.region, p.cc, nnp)
	rows.push({
		...p, idd, np, npfp, nptr, nnp,
		// libphonenumber-js drops local-only lengths when it builds its
		// metadata (see source/helpers/checkNumberLength.js), so there is
		// nothing to put here: always 0.
		pl: lengthMask(m[F.possibleLengths], p.region),
		plLocal: 0,
	})
}

const source = sourceString(lib)

const header = `/*
 * phone_metadata.h
 *		Per-region dialling rules from libphonenumber's metadata.
 *
 * GENERATED FILE - DO NOT EDIT.  Source: ${source}
 * (metadata.max.json).  Regenerate with:
 *		${REGEN}
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
`

function hex(n) {
	return '0x' + n.toString(16).padStart(8, '0')
}

function lengthsComment(mask) {
	const out = []
	for (let n = 0; n < 32; n++) if (mask & (1 << n)) out.push(n)
	return out.join(',')
}

let c = `/*
 * phone_metadata.c
 *		Per-region dialling rules from libphonenumber's metadata.
 *
 * GENERATED FILE - DO NOT EDIT.
 * Source: ${source}
 * (npm package libphonenumber-js, file metadata.max.json, metadata format v${metadata.version}).
 * Regenerate with:
 *		${REGEN}
 *
 * ${rows.length} entries, sorted by calling code, the main region of each
 * calling code first, then by region; "001" = non-geographic entity.
 * Regexes are exactly as in libphonenumber's metadata; the syntax they use is
 * listed in tools/phone_metadata/README.md, as are the field semantics.
 * possible_lengths_local_only is always 0: libphonenumber-js does not keep
 * local-only lengths.
 *
 * libphonenumber is Copyright (C) Google Inc., Apache License 2.0;
 * libphonenumber-js is MIT licensed.
 */
#include "phone_metadata.h"

#include <stddef.h>

const char phone_metadata_source[] = ${cString(source)};

const PhoneRegion phone_regions[] = {
`
const ind = '\t\t'
for (const r of rows) {
	c += `\t{ /* ${r.region} +${r.cc}${r.main ? ' (main)' : ''}; lengths ${lengthsComment(r.pl)} */\n`
	c += `\t\t${cString(r.region)}, ${r.cc}, ${r.main ? 'true' : 'false'},\n`
	c += `\t\t/* idd */ ${cStringWrapped(r.idd, ind)},\n`
	c += `\t\t/* national_prefix */ ${cString(r.np)},\n`
	c += `\t\t/* national_prefix_for_parsing */ ${cStringWrapped(r.npfp, ind)},\n`
	c += `\t\t/* national_prefix_transform_rule */ ${cString(r.nptr)},\n`
	c += `\t\t/* national_number_pattern */\n\t\t${cStringWrapped(r.nnp, ind)},\n`
	c += `\t\t${hex(r.pl)}, ${hex(r.plLocal)}\n`
	c += `\t},\n`
}
c += `};

const int phone_nregions = (int) (sizeof(phone_regions) / sizeof(phone_regions[0]));
`

writeFileSync(path.join(repoRoot, 'src', 'phone_metadata.h'), header)
writeFileSync(path.join(repoRoot, 'src', 'phone_metadata.c'), c)

console.log(`source: ${source}`)
console.log(`wrote src/phone_metadata.c: ${rows.length} entries (${rows.filter(r => r.region !== '001').length} regions + ${rows.filter(r => r.region === '001').length} non-geographic), ${new Set(rows.map(r => r.cc)).size} calling codes`)
console.log('regex constructs (count; fields; regions if few):')
for (const [k, e] of [...constructs].sort((a, b) => b[1].count - a[1].count)) {
	const regions = e.regions.size <= 12 ? ' [' + [...e.regions].join(' ') + ']' : ''
	console.log(`  ${isAllowed(k) ? '  ' : '!!'} ${k}: ${e.count}; ${[...e.fields].join(',')}${regions}`)
}
console.log(`max group nesting depth ${maxDepth}; max capture groups in idd/npfp ${maxCaptures}; largest {n,m} bound ${maxRepeat}`)
