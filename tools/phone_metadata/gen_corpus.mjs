#!/usr/bin/env node
// Generates the regression corpus test/phone_corpus.tsv: rows of
//   region <TAB> input <TAB> expected_e164
// where `region` is the default region passed to the parser ("001" = no
// default region), and expected_e164 is libphonenumber-js's
// parsePhoneNumber(input, region).number, or ERROR when it throws or
// returns nothing.  No header line, no comments.
//
//   cd tools/phone_metadata && npm ci && node gen_corpus.mjs
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import {
	parsePhoneNumberWithError,
	getExampleNumber,
	isSupportedCountry,
} from 'libphonenumber-js/max'
import { loadPackage, sourceString, numberingPlans, repoRoot, F } from './lib.mjs'

const lib = loadPackage()
const { metadata } = lib
const examples = {
	mobile: (await import('libphonenumber-js/examples.mobile.json')).default,
}
// libphonenumber-js ships no fixed-line examples (only examples.mobile.json).

function parse(input, region) {
	const def = region !== '001' && isSupportedCountry(region) ? region : undefined
	try {
		const n = parsePhoneNumberWithError(input, def)
		if (!n || !n.number) return 'ERROR'
		return n.number
	} catch (e) {
		if (e && e.constructor && e.constructor.name === 'ParseError') return 'ERROR'
		throw e
	}
}

const rows = []
const seen = new Set()
const counts = {}
function add(kind, region, input) {
	if (/[\t\n\\]/.test(input)) throw new Error('input not TSV/COPY safe: ' + JSON.stringify(input))
	const key = region + '\t' + input
	if (seen.has(key)) {
		counts['(duplicate, skipped)'] = (counts['(duplicate, skipped)'] || 0) + 1
		return
	}
	seen.add(key)
	const expected = parse(input, region)
	rows.push([region, input, expected])
	counts[kind] = (counts[kind] || 0) + 1
	if (expected === 'ERROR') counts['ERROR rows'] = (counts['ERROR rows'] || 0) + 1
}

const planOf = new Map(numberingPlans(metadata).filter(p => p.region !== '001').map(p => [p.region, p]))

function fullMatch(re, s) {
	return new RegExp('^(?:' + re + ')$').test(s)
}

for (const [type, ex] of Object.entries(examples)) {
	for (const region of Object.keys(ex).sort()) {
		const plan = planOf.get(region)
		if (!plan) throw new Error('example for unknown region ' + region)
		const n = getExampleNumber(region, ex)
		if (!n) continue
		const cc = n.countryCallingCode
		const nsn = n.nationalNumber
		const intl = n.formatInternational()
		add(type + ' E.164', region, n.number)
		add(type + ' international', region, intl)
		add(type + ' national', region, n.formatNational())
		add(type + ' tel: URI', region, n.getURI())
		const idd = plan.m[F.idd]
		const exit = idd && fullMatch(idd, '00') ? '00' : idd && /^[0-9]+$/.test(idd) ? idd : undefined
		if (exit) add(type + ' IDD', region, exit + ' ' + intl.slice(1))
		if (plan.m[F.nationalPrefix] === '0') {
			add(type + ' +CC (0)NSN', region, `+${cc} (0)${nsn}`)
			add(type + ' +CC 0NSN', region, `+${cc} 0${nsn}`)
		}
	}
}

// Specific cases (the first eight are from the brief; the rest exercise the
// unusual prefix rules listed in README.md).
const specific = [
	['RU', '8 (912) 345-67-89'],
	['HU', '06 20 123 4567'],
	['IT', '02 1234 5678'],
	['GB', '+44 07400 123456'],
	['US', '011 44 7400 123456'],
	['AU', '0011 44 7400 123456'],
	['JP', '010 44 7400 123456'],
	['AR', '011 15-2345-6789'],
	// RU/KZ/BY/TM: 8 is the trunk prefix and also a leading digit; 810 exit
	['RU', '8 800 555-35-35'],
	['RU', '800 555-35-35'],
	['RU', '810 44 7400 123456'],
	['RU', '8 10 44 7400 123456'],
	['KZ', '8 701 123 4567'],
	['KZ', '+7 701 123 4567'],
	['BY', '8 029 491-19-11'],
	['BY', '8 0 29 491-19-11'],
	['BY', '80 29 491-19-11'],
	['BY', '8 820 0491 0060'],
	['TM', '8 12 345678'],
	['TM', '8 65 123456'],
	['HU', '06 1 234 5678'],
	['HU', '+36 06 20 123 4567'],
	// IT/SM/VA: no national prefix, leading zero is part of the number
	['IT', '+39 02 1234 5678'],
	['IT', '312 345 6789'],
	['IT', '0039 06 6982 1234'],
	['VA', '06 698 12345'],
	['SM', '0549 886377'],
	['SM', '886377'],
	['SM', '+378 0549 886377'],
	// CI/BJ/CG: leading zero is part of the number; GA: 0 dropped before some ranges
	['CI', '01 23 45 67 89'],
	['CI', '+225 01 23 45 67 89'],
	['BJ', '01 90 01 12 34'],
	['CG', '06 123 4567'],
	['GA', '06 03 12 34'],
	['GA', '07 41 23 45'],
	['GA', '+241 06 03 12 34'],
	// AR: 0 trunk prefix, 15 mobile token, 9 inserted by the transform rule
	['AR', '0 11 15-2345-6789'],
	['AR', '011 2345-6789'],
	['AR', '+54 9 11 2345-6789'],
	['AR', '+54 11 15 2345-6789'],
	['AR', '0351 15 123-4567'],
	['AR', '00 54 9 11 2345 6789'],
	// AU: 0011 exit, 183x carrier prefix
	['AU', '0412 345 678'],
	['AU', '1831 0412 345 678'],
	['AU', '0011 1 213 373 4253'],
	['JP', '090-1234-5678'],
	['JP', '0120-123-456'],
	['JP', '010 1 213 373 4253'],
	// MX: exit 00 or 09, no trunk prefix any more
	['MX', '55 1234 5678'],
	['MX', '01 55 1234 5678'],
	['MX', '044 55 1234 5678'],
	['MX', '00 44 7400 123456'],
	['MX', '09 44 7400 123456'],
	// BR: exit prefix carries a carrier code; trunk 0 plus optional carrier code
	['BR', '(11) 96123-4567'],
	['BR', '0 11 96123-4567'],
	['BR', '0 15 11 96123-4567'],
	['BR', '0015 44 7400 123456'],
	['BR', '00 44 7400 123456'],
	// CO/KR/CN: carrier or trunk codes in national_prefix_for_parsing
	['CO', '03 321 123 4567'],
	['CO', '321 123 4567'],
	['KR', '010-1234-5678'],
	['KR', '082 2 123 4567'],
	['CN', '131 2345 6789'],
	['CN', '17951 131 2345 6789'],
	// NANP: area code inserted for 7-digit local numbers
	['AG', '464-1234'],
	['US', '(213) 373-4253'],
	['US', '1 (213) 373-4253'],
	['US', '1 213 373 4253'],
	['CA', '+1 613 555 0123'],
	// GB crown dependencies
	['GG', '01481 256789'],
	['GG', '256789'],
	['JE', '01534 456789'],
	['IM', '01624 456789'],
	// calling code without + (FROM_NUMBER_WITHOUT_PLUS_SIGN)
	['GB', '44 7400 123456'],
	['GB', '447400123456'],
	['DE', '49 30 123456'],
	['DE', '4930 1234567'],
	['DE', '030 123456'],
	// non-geographic entities, no default region
	['001', '+800 1234 5678'],
	['001', '+808 1234 5678'],
	['001', '+870 773 111 632'],
	['001', '+878 10 123 4567 890'],
	['001', '+881 6 1234 5678'],
	['001', '+882 3 4567 8901'],
	['001', '+883 5100 1234 5678'],
	['001', '+888 123 4567 8901'],
	['001', '+979 1 2345 6789'],
	// rejected inputs
	['001', '+44 7400 123456'],
	['001', '07400 123456'],
	['GB', '+0 7400 123456'],
	['GB', '+999 1234 5678'],
	['GB', '00 0 7400 123456'],
	['GB', '+44'],
	['GB', '1'],
	['GB', '+44 1234 5678 9012 3456 78'],
	['GB', 'tel:+44-7400-123456'],
	['GB', 'tel:07400-123456;phone-context=+44'],
]
for (const [region, input] of specific) add('specific', region, input)

const out = rows.map(r => r.join('\t')).join('\n') + '\n'
writeFileSync(path.join(repoRoot, 'test', 'phone_corpus.tsv'), out)

console.log(`source: ${sourceString(lib)}`)
console.log(`wrote test/phone_corpus.tsv: ${rows.length} rows, ${new Set(rows.map(r => r[0])).size} regions`)
for (const [k, v] of Object.entries(counts)) console.log(`  ${k}: ${v}`)
