#!/usr/bin/env node
// Generates tools/regions/builtin_regions.tsv: the built-in data behind
// opt_consent.region() / opt_consent.timezones() (SPEC section 10), one row per
// phone-number prefix:  prefix <TAB> region <TAB> timezones
//   prefix     digits after '+' (1305, 1850200, 44, 4779, ...)
//   region     ISO 3166-2 for US and Canadian area codes (US-FL, CA-ON), the
//              ISO 3166-1 alpha-2 country otherwise (JM, GB, KZ, ...); US
//              territories are US-PR, US-VI, US-GU, US-AS, US-MP (see README)
//   timezones  PostgreSQL array literal of IANA names, e.g. {America/New_York}
// The file is in COPY text format (no header line); a lookup takes the row with
// the longest prefix of the number.
//
// Sources (Apache License 2.0, (C) The Libphonenumber Authors), read from
// https://github.com/google/libphonenumber (snapshot of 2026-07-17, read 2026-12-01) at tag v9.0.35
// (commit aa97ee8d2582a727e150104aea96dc0d79e186ef, release of 2026-07-16;
// the two files are identical at f7e3e88c92b905c8d6edb81f336dbe25edc05b52):
//   resources/geocoding/en/1.txt        NANP prefix -> "State" / "City, ST"
//                                       (header: "Internal statistics data (2013-11-28)";
//                                        file last changed in 6172020895ef, 2026-03-26)
//   resources/timezones/map_data.txt    prefix -> IANA zones joined with '&'
//                                       (header: "Internal statistics data (2018-06-12)";
//                                        file last changed in 6e46509b686d, 2026-07-02)
// and the npm package libphonenumber-js 1.13.16 (tools/phone_metadata/node_modules,
// the same metadata that generated src/phone_metadata.c) for which country
// each calling code and each NANP area code belongs to.
// The libphonenumber files are NOT kept in this repository.
//
// Regenerate:
//   git -C <libphonenumber checkout> show v9.0.35:resources/geocoding/en/1.txt     > /tmp/libphonenumber_inputs/geocoding_en_1.txt
//   git -C <libphonenumber checkout> show v9.0.35:resources/timezones/map_data.txt > /tmp/libphonenumber_inputs/timezones_map_data.txt
//   (cd tools/phone_metadata && npm ci)
//   node tools/regions/gen_regions.mjs /tmp/libphonenumber_inputs/geocoding_en_1.txt \
//        /tmp/libphonenumber_inputs/timezones_map_data.txt [options]
// Options:
//   --out=FILE              output (default: builtin_regions.tsv next to this script)
//   --coarse                one row per NANP area code / calling code / secondary
//                           country prefix only; zones = every zone the time-zone
//                           file lists anywhere under the prefix (no exchange rows)
//   --territories=country   PR, VI, GU, AS, MP instead of US-PR, US-VI, ...
//   --no-zone-fixes         keep libphonenumber's zones where ZONE_FIXES replaces them
//   --zoneinfo=DIR          check every zone against DIR (PostgreSQL's tzdata; here
//                           --with-system-tzdata=/usr/share/zoneinfo) and compare each
//                           row's zones with DIR/zone.tab's zones of its country
// Prints row counts per kind and every warning to stderr.
// Node 20, no dependencies besides the already installed libphonenumber-js.

import { readFileSync, writeFileSync, existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

// ---------------------------------------------------------------- arguments
const args = process.argv.slice(2)
const opts = { out: path.join(here, 'builtin_regions.tsv'), coarse: false, territories: 'us', zoneFixes: true, zoneinfo: null }
const files = []
for (const a of args) {
	if (a.startsWith('--out=')) opts.out = a.slice(6)
	else if (a === '--coarse') opts.coarse = true
	else if (a === '--territories=country') opts.territories = 'country'
	else if (a === '--territories=us') opts.territories = 'us'
	else if (a === '--no-zone-fixes') opts.zoneFixes = false
	else if (a.startsWith('--zoneinfo=')) opts.zoneinfo = a.slice(11)
	else if (a.startsWith('--')) die(`unknown option ${a}`)
	else files.push(a)
}
if (files.length !== 2) die('usage: node gen_regions.mjs <geocoding/en/1.txt> <timezones/map_data.txt> [options]')

function die(msg) { process.stderr.write(`gen_regions: ${msg}\n`); process.exit(2) }
const warnings = []
function warn(msg) { warnings.push(msg) }

// ---------------------------------------------------------------- inputs
// "prefix|value" lines; '#' comments and blank lines skipped.
function readPrefixFile(file) {
	const map = new Map()
	for (const [n, raw] of readFileSync(file, 'utf8').split('\n').entries()) {
		const line = raw.trim()
		if (line === '' || line.startsWith('#')) continue
		const bar = line.indexOf('|')
		const prefix = line.slice(0, bar)
		if (bar < 1 || !/^\d+$/.test(prefix)) die(`${file}:${n + 1}: not "prefix|value": ${line}`)
		if (map.has(prefix)) die(`${file}:${n + 1}: duplicate prefix ${prefix}`)
		map.set(prefix, line.slice(bar + 1))
	}
	return map
}
const geo = readPrefixFile(files[0]) // NANP only: prefixes start with 1
// libphonenumber's time-zone file uses some names that tzdata keeps only as
// backward-compatible links, which Debian 13 and later ship in the separate
// package tzdata-legacy (not installed with PostgreSQL): a server there does
// not know them.  They are written as the zones they link to (tzdata's file
// "backward"); the current names exist in the tzdata of every Debian suite
// with PostgreSQL 13-18 (bullseye's 2024a update and later).
const LEGACY_ZONES = {
	'Africa/Asmera': 'Africa/Asmara',
	'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
	'America/Godthab': 'America/Nuuk',
	'Asia/Calcutta': 'Asia/Kolkata',
	'Asia/Choibalsan': 'Asia/Ulaanbaatar',
	'Asia/Katmandu': 'Asia/Kathmandu',
	'Asia/Rangoon': 'Asia/Yangon',
	'Atlantic/Faeroe': 'Atlantic/Faroe',
	'Pacific/Enderbury': 'Pacific/Kanton',
	'Pacific/Ponape': 'Pacific/Pohnpei',
	'Pacific/Truk': 'Pacific/Chuuk',
}
const tz = new Map([...readPrefixFile(files[1])].map(([p, v]) => [p, v.split('&').filter(Boolean).map((z) => LEGACY_ZONES[z] || z)]))
for (const p of geo.keys()) if (!p.startsWith('1') || p.length < 4) die(`geocoding prefix ${p} is not 1 + area code (+ digits)`)

const require = createRequire(path.join(here, '..', 'phone_metadata', 'package.json'))
const meta = require('libphonenumber-js/metadata.max.json')
const ljsVersion = require('libphonenumber-js/package.json').version
const LEADING_DIGITS = 10, TYPES = 11 // libphonenumber-js metadata v4 field indexes (tools/phone_metadata/lib.mjs)
if (meta.version !== 4) die(`libphonenumber-js metadata version ${meta.version}, expected 4`)

// ---------------------------------------------------------------- names -> ISO 3166-2
// Names as the geocoding file spells them (4-digit "area code" entries and
// entries like "120320|Connecticut"), and the ", ST" postal abbreviations of
// its "City, ST" entries.
const US_STATES = {
	'Alabama': 'AL', 'Alaska': 'AK', 'Arizona': 'AZ', 'Arkansas': 'AR', 'California': 'CA',
	'Colorado': 'CO', 'Connecticut': 'CT', 'Delaware': 'DE', 'Florida': 'FL', 'Georgia': 'GA',
	'Hawaii': 'HI', 'Idaho': 'ID', 'Illinois': 'IL', 'Indiana': 'IN', 'Iowa': 'IA',
	'Kansas': 'KS', 'Kentucky': 'KY', 'Louisiana': 'LA', 'Maine': 'ME', 'Maryland': 'MD',
	'Massachusetts': 'MA', 'Michigan': 'MI', 'Minnesota': 'MN', 'Mississippi': 'MS', 'Missouri': 'MO',
	'Montana': 'MT', 'Nebraska': 'NE', 'Nevada': 'NV', 'New Hampshire': 'NH', 'New Jersey': 'NJ',
	'New Mexico': 'NM', 'New York': 'NY', 'North Carolina': 'NC', 'North Dakota': 'ND', 'Ohio': 'OH',
	'Oklahoma': 'OK', 'Oregon': 'OR', 'Pennsylvania': 'PA', 'Rhode Island': 'RI', 'South Carolina': 'SC',
	'South Dakota': 'SD', 'Tennessee': 'TN', 'Texas': 'TX', 'Utah': 'UT', 'Vermont': 'VT',
	'Virginia': 'VA', 'Washington': 'WA', 'Washington State': 'WA', 'West Virginia': 'WV',
	'Wisconsin': 'WI', 'Wyoming': 'WY',
	'Washington D.C.': 'DC', 'District of Columbia': 'DC', // ISO 3166-2 US-DC (a "district")
}
const CA_PROVINCES = {
	'Alberta': 'AB', 'British Columbia': 'BC', 'British Colombia': 'BC' /* sic, 1-672 */, 'Manitoba': 'MB',
	'New Brunswick': 'NB', 'Newfoundland and Labrador': 'NL', 'Nova Scotia': 'NS', 'Ontario': 'ON',
	'Prince Edward Island': 'PE', 'Quebec': 'QC', 'Saskatchewan': 'SK', 'Northwest Territories': 'NT',
	'Nunavut': 'NU', 'Yukon': 'YT',
}
// Localities the file names without a state or province (under US/CA area codes).
const LOCALITIES = { 'Watson Lake': 'CA-YT' }
const US_POSTAL = new Set(Object.values(US_STATES))
const CA_POSTAL = new Set(Object.values(CA_PROVINCES))
// US territories: libphonenumber regions of their own, ISO 3166-1 codes of
// their own, and also ISO 3166-2:US subdivisions ("outlying areas").
const US_TERRITORIES = new Set(['PR', 'VI', 'GU', 'AS', 'MP'])

// A geocoding description -> list of candidate ISO 3166-2 codes (several for
// "Nova Scotia/Prince Edward Island"), or null when it names no US/CA subdivision.
function subdivisionsOf(desc) {
	const one = (name) => US_STATES[name] ? `US-${US_STATES[name]}` : CA_PROVINCES[name] ? `CA-${CA_PROVINCES[name]}` : LOCALITIES[name] || null
	const m = /, ([A-Z]{2})$/.exec(desc)
	if (m) {
		if (US_POSTAL.has(m[1])) return [`US-${m[1]}`]
		if (CA_POSTAL.has(m[1])) return [`CA-${m[1]}`]
		if (US_TERRITORIES.has(m[1])) return [`US-${m[1]}`]
		return null
	}
	if (one(desc)) return [one(desc)]
	if (desc.includes('/')) {
		const parts = desc.split('/').map(one)
		if (parts.every(Boolean)) return parts
	}
	return null
}

// ---------------------------------------------------------------- leading-digit patterns
// Expands a libphonenumber leading-digits pattern made of digits, [classes],
// (?:...) groups and '|' into the finite set of digit prefixes it matches.
function expandPattern(src) {
	let i = 0
	function alt() {
		let out = seq()
		while (src[i] === '|') { i++; out = out.concat(seq()) }
		return out
	}
	function seq() {
		let acc = ['']
		while (i < src.length && src[i] !== '|' && src[i] !== ')') {
			let atom
			if (src.startsWith('(?:', i)) { i += 3; atom = alt(); if (src[i++] !== ')') throw new Error(src) }
			else if (src[i] === '[') {
				const end = src.indexOf(']', i)
				const body = src.slice(i + 1, end); i = end + 1
				atom = []
				for (let k = 0; k < body.length; k++) {
					if (body[k + 1] === '-') { for (let d = +body[k]; d <= +body[k + 2]; d++) atom.push(String(d)); k += 2 }
					else atom.push(body[k])
				}
			} else if (/\d/.test(src[i])) atom = [src[i++]]
			else throw new Error(`unsupported leading-digits pattern ${src}`)
			acc = acc.flatMap((a) => atom.map((b) => a + b))
		}
		return acc
	}
	const out = alt()
	if (i !== src.length) throw new Error(`unsupported leading-digits pattern ${src}`)
	return out
}

// ---------------------------------------------------------------- NANP: which country has an area code
const nanpRegions = meta.country_calling_codes['1']
const areaCountry = new Map() // '305' -> 'US'
for (const r of nanpRegions) {
	const ld = meta.countries[r][LEADING_DIGITS]
	if (!ld) continue
	for (const p of expandPattern(ld)) if (p.length === 3) areaCountry.set(p, r) // e.g. DO's "8001" is not an area code
}
// US and CA carry no leading digits: their fixed-line / mobile patterns list their area codes.
function typeRegex(r, t) {
	const e = meta.countries[r][TYPES]?.[t]
	return e && e[0] ? new RegExp(`^(?:${e[0]})$`) : null
}
for (const r of ['CA', 'US']) {
	const res = [typeRegex(r, 0), typeRegex(r, 1)].filter(Boolean)
	for (let a = 200; a <= 999; a++) {
		const ac = String(a)
		if (areaCountry.has(ac)) continue
		for (let d = 2; d <= 9; d++) {
			if (res.some((re) => re.test(`${ac}${d}${d === 5 ? 6 : 5}${d}0123`.slice(0, 10)))) { areaCountry.set(ac, r); break }
		}
	}
}

// ---------------------------------------------------------------- helpers over the prefix files
function under(map, p) { return [...map.keys()].filter((k) => k.length > p.length && k.startsWith(p)) }
// Most specific entry of map covering p, not shorter than minLen.
function covering(map, p, minLen) {
	for (let n = p.length; n >= minLen; n--) if (map.has(p.slice(0, n))) return p.slice(0, n)
	return null
}
const sortZones = (zs) => [...new Set(zs)].sort()

// Every zone libphonenumber lists for numbers starting with p (coarse mode, and
// prefixes with no covering entry of their own): the covering entry (if at
// least minLen long) plus every entry under p.
function zonesUnion(p, minLen) {
	const c = covering(tz, p, minLen)
	return sortZones([...(c ? tz.get(c) : []), ...under(tz, p).flatMap((k) => tz.get(k))])
}
// Fine mode: the most specific entry covering p; none (at least minLen long) -> union under p.
function zonesFine(p, minLen) {
	const c = covering(tz, p, minLen)
	return c ? sortZones(tz.get(c)) : zonesUnion(p, minLen)
}

// ---------------------------------------------------------------- ZONE_FIXES
// libphonenumber's time-zone file names, for some prefixes, as the only zone a
// zone of another country (or province) with the same standard offset but
// other daylight-saving rules: it keeps one "canonical" zone per offset, and
// some of its data predates a change of the law. Quiet hours need the local
// clock, so these rows get the place's own zone (tzdata zone.tab). Found with
// --zoneinfo (UTC offsets compared day by day over 2026-2028); a fix applies to
// the rows whose prefix starts with `prefix` (or whose region is `region`).
// Rows that list a foreign zone next to the right ones (52, 7840, ...) are
// left alone: an extra zone only narrows the window.
const ZONE_FIXES = [
	{ prefix: '211', from: 'Africa/Nairobi', to: ['Africa/Juba'], why: 'South Sudan: UTC+2 since 2021-02-01 (Nairobi: UTC+3)' },
	{ prefix: '212', from: 'Atlantic/Canary', to: ['Africa/Casablanca'], why: 'Morocco: UTC+1, UTC+0 during Ramadan (Canary: UTC+0 with EU summer time)' },
	{ prefix: '213', from: 'Europe/Paris', to: ['Africa/Algiers'], why: 'Algeria: UTC+1 all year (Paris: EU summer time)' },
	{ prefix: '218', from: 'Europe/Bucharest', to: ['Africa/Tripoli'], why: 'Libya: UTC+2 all year (Bucharest: EU summer time)' },
	{ prefix: '505', from: 'America/Chicago', to: ['America/Managua'], why: 'Nicaragua: UTC-6 all year (Chicago: US daylight time)' },
	{ prefix: '740', from: 'Europe/Bucharest', to: ['Europe/Kaliningrad'], why: 'Russia +7 40x (Kaliningrad): UTC+2 all year (Bucharest: EU summer time)' },
	{ prefix: '970', from: 'Europe/Bucharest', to: ['Asia/Gaza', 'Asia/Hebron'], why: 'Palestine: its own summer-time dates' },
	{ region: 'CA-YT', from: 'America/Vancouver', to: ['America/Whitehorse'], why: 'Yukon: UTC-7 all year since 2020-11-01 (Vancouver: UTC-8 in winter)' },
	// found by the check "area codes whose only zone no other area code of their state keeps"
	{ prefix: '1689', from: 'America/Chicago', to: ['America/New_York'], why: 'Florida 1-689, the overlay of 1-407/1-321 (Orlando): Eastern, as they are' },
	{ prefix: '1474', from: 'America/Winnipeg', to: ['America/Regina'], why: 'Saskatchewan 1-474, the overlay of 1-306/1-639: UTC-6 all year (Winnipeg: daylight time)' },
	{ prefix: '1448', from: 'America/New_York', to: ['America/Chicago', 'America/New_York'], why: 'Florida 1-448, the overlay of 1-850 (Eastern and Central), has no exchange rows: a window must hold in both' },
]

// ---------------------------------------------------------------- rows
const rows = new Map() // prefix -> {region, zones, kind}
function addRow(prefix, region, zones, kind) {
	if (rows.has(prefix)) die(`prefix ${prefix} twice`)
	rows.set(prefix, { region, zones, kind })
}
// The row a number with prefix p resolves to among rows already added (longest prefix).
function resolve(p) {
	for (let n = p.length; n >= 1; n--) { const r = rows.get(p.slice(0, n)); if (r) return r }
	return null
}
const territoryRegion = (c) => (opts.territories === 'us' && US_TERRITORIES.has(c) ? `US-${c}` : c)

// --- NANP area codes
const geoAreas = new Set([...geo.keys()].map((k) => k.slice(1, 4)))
const tzAreas = new Set([...tz.keys()].filter((k) => k.length >= 4 && k.startsWith('1')).map((k) => k.slice(1, 4)))
const allAreas = [...new Set([...geoAreas, ...areaCountry.keys(), ...tzAreas])].sort()
const report = { noSubdivision: [], notInGeocoding: [], notNanpGeographic: [], majority: [], countryMismatch: [], noZones: [] }

// Subdivision votes from every geocoding entry under an area code.
function subdivisionVotes(ac) {
	const votes = new Map()
	for (const k of [...geo.keys()].filter((k) => k.startsWith(`1${ac}`))) {
		for (const s of subdivisionsOf(geo.get(k)) || []) votes.set(s, (votes.get(s) || 0) + 1)
	}
	return votes
}

for (const ac of allAreas) {
	const p = `1${ac}`
	let country = areaCountry.get(ac) || null
	if (!country) {
		if (geoAreas.has(ac)) {
			// in the geocoding file although libphonenumber-js knows no region for it
			const s = subdivisionsOf(geo.get(p) || '')
			country = s ? s[0].slice(0, 2) : null
			warn(`1-${ac}: geocoding file knows it, libphonenumber-js metadata assigns no region (${geo.get(p) || 'no area entry'})`)
		}
		if (!country) { report.notNanpGeographic.push(ac); continue }
	}
	let region
	if (country === 'US' || country === 'CA') {
		let cands = geo.has(p) ? subdivisionsOf(geo.get(p)) : null
		if (!cands || cands.length > 1) {
			// no area-code entry, or one naming several: majority of the entries under it
			const votes = subdivisionVotes(ac)
			const ranked = [...votes].filter(([s]) => !cands || cands.includes(s)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
			if (ranked.length) {
				region = ranked[0][0]
				if (ranked.length > 1 || !geo.has(p)) report.majority.push(`1-${ac}: ${geo.has(p) ? `"${geo.get(p)}"` : 'no area-code entry'}; entries under it: ${ranked.map(([s, n]) => `${s} ${n}`).join(', ')} -> ${region}`)
			} else if (cands) region = cands[0]
		} else region = cands[0]
		if (!region) {
			region = country
			if (geoAreas.has(ac)) report.noSubdivision.push(`1-${ac}`)
			else report.notInGeocoding.push(`1-${ac} (${country})`)
		} else if (region.slice(0, 2) !== country) {
			report.countryMismatch.push(`1-${ac}: libphonenumber-js ${country}, geocoding ${region}`)
		}
	} else region = territoryRegion(country)
	const zones = opts.coarse ? zonesUnion(p, 4) : zonesFine(p, 4)
	if (!zones.length) report.noZones.push(`1-${ac}`)
	addRow(p, region, zones, US_TERRITORIES.has(country) ? 'nanp-us-territory' : country === 'US' || country === 'CA' ? `nanp-${country.toLowerCase()}` : 'nanp-other-country')
}

// --- NANP refinements below the area code (fine mode): exchanges whose
// state/province (geocoding) or zones (time-zone file) differ from what the
// shorter rows give.
if (!opts.coarse) {
	const cand = new Set()
	for (const k of [...geo.keys(), ...tz.keys()]) if (k.startsWith('1') && k.length > 4 && rows.has(k.slice(0, 4))) cand.add(k)
	for (const k of [...cand].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))) {
		const area = rows.get(k.slice(0, 4))
		const usca = /^(US|CA)-/.test(area.region) && !US_TERRITORIES.has(area.region.slice(3))
		let region = resolve(k).region
		if (usca) {
			const g = covering(geo, k, 5)
			const s = g ? subdivisionsOf(geo.get(g)) : null
			if (s && s.length === 1) region = s[0]
			if (s && s.length === 1 && s[0].slice(0, 2) !== area.region.slice(0, 2)) warn(`+${k}: geocoding "${geo.get(g)}" is in another country than 1-${k.slice(1, 4)} (${area.region})`)
		}
		const c = covering(tz, k, 5)
		const zones = c ? sortZones(tz.get(c)) : area.zones
		const parent = resolve(k)
		if (parent.region !== region || parent.zones.join() !== zones.join()) addRow(k, region, zones, 'nanp-exchange')
	}
}

// --- other calling codes
// Territories that share a calling code, told apart by whole-number patterns
// only (no leading digits in libphonenumber-js), have zone names of their own:
// a time-zone entry naming only such a zone marks the territory's prefixes.
const TERRITORY_ZONES = {
	'Europe/Guernsey': 'GG', 'Europe/Jersey': 'JE', 'Europe/Isle_of_Man': 'IM', // +44
	'Indian/Christmas': 'CX', 'Indian/Cocos': 'CC', // +61
	'Indian/Mayotte': 'YT', // +262
}
for (const [cc, regions] of Object.entries(meta.country_calling_codes).sort()) {
	if (cc === '1') continue
	if (regions[0] === '001') continue // non-geographic entities (800, 808, 870, 878, 881, 882, 883, 888, 979)
	const main = regions[0]
	const zonesFor = (p) => (opts.coarse ? zonesUnion(p, cc.length) : zonesFine(p, cc.length))
	addRow(cc, main, zonesFor(cc), 'country')
	for (const r of regions.slice(1)) {
		const ld = meta.countries[r][LEADING_DIGITS]
		if (!ld) continue // told apart only by whole-number patterns (GG, JE, CC, CX, EH, YT, BL, MF): see TERRITORY_ZONES
		for (const p of expandPattern(ld)) addRow(cc + p, r, zonesFor(cc + p), 'country-secondary')
	}
	if (!opts.coarse) {
		for (const k of under(tz, cc).sort((a, b) => a.length - b.length || (a < b ? -1 : 1))) {
			if (rows.has(k)) continue
			const parent = resolve(k)
			const zones = sortZones(tz.get(k))
			// a prefix whose only zone is a territory's own zone is that territory's
			const t = zones.length === 1 && TERRITORY_ZONES[zones[0]]
			const region = t && regions.includes(t) ? t : parent.region
			if (parent.zones.join() !== zones.join() || parent.region !== region) addRow(k, region, zones, 'country-refinement')
		}
	}
}
// calling codes of the time-zone file that libphonenumber-js does not know
for (const k of tz.keys()) if (!k.startsWith('1') && !resolve(k)) warn(`time-zone prefix ${k}: no calling code row covers it`)

// --- zone fixes
const fixed = []
if (opts.zoneFixes) {
	for (const fix of ZONE_FIXES) {
		const hit = []
		for (const [p, r] of rows) {
			if (fix.prefix ? !p.startsWith(fix.prefix) : r.region !== fix.region) continue
			if (!r.zones.includes(fix.from) || r.zones.length !== 1) continue
			r.zones = sortZones(fix.to)
			hit.push(p)
		}
		fixed.push(`${fix.prefix ? '+' + fix.prefix : fix.region}: ${fix.from} -> ${fix.to.join(',')} in ${hit.length} row(s)${hit.length ? ` (${hit.slice(0, 4).map((p) => '+' + p).join(' ')}${hit.length > 4 ? ' ...' : ''})` : ''}: ${fix.why}`)
	}
}

// ---------------------------------------------------------------- checks
// A US/CA area code whose only zone no other area code of its state or province
// keeps: the time-zone file put 1-689 (Orlando) in America/Chicago, which
// --zoneinfo cannot see (Chicago is a Florida clock too).
const lonelyZones = []
// ... read and right: the check does not report them
const LONELY_RIGHT = {
	'1865': 'Knoxville: East Tennessee keeps Eastern time (1-423, whose area row is Central, has 176 Eastern exchange rows)',
	'1915': 'El Paso and Hudspeth County: Mountain time',
}
{
	const areas = [...rows].filter(([p, r]) => p.length === 4 && p.startsWith('1') && /^(US|CA)-/.test(r.region))
	for (const [p, r] of areas) {
		if (r.zones.length !== 1 || LONELY_RIGHT[p]) continue
		const others = areas.filter(([q, o]) => q !== p && o.region === r.region)
		if (others.length && !others.some(([, o]) => o.zones.includes(r.zones[0])))
			lonelyZones.push(`+${p} ${r.region} ${r.zones[0]} (the state's other area codes: ${[...new Set(others.flatMap(([, o]) => o.zones))].join(',')})`)
	}
}
const zoneNames = new Set([...rows.values()].flatMap((r) => r.zones))
for (const z of zoneNames) {
	try { new Intl.DateTimeFormat('en', { timeZone: z }) } catch { warn(`zone ${z}: unknown to node's ICU`) }
	if (opts.zoneinfo && !existsSync(path.join(opts.zoneinfo, z))) warn(`zone ${z}: not in ${opts.zoneinfo}`)
}
const zoneMismatch = []
const mismatch = new Map(), noZoneTab = new Set()
if (opts.zoneinfo) {
	// zone.tab: country -> its zones; a row's zone is fine when its UTC offset equals
	// one of the country's zones' every day of 2026-2028 (links such as
	// Asia/Calcutta = Asia/Kolkata, Arctic/Longyearbyen = Europe/Berlin pass).
	const byCountry = new Map()
	for (const line of readFileSync(path.join(opts.zoneinfo, 'zone.tab'), 'utf8').split('\n')) {
		if (!line || line.startsWith('#')) continue
		const [c, , z] = line.split('\t')
		if (!byCountry.has(c)) byCountry.set(c, [])
		byCountry.get(c).push(z)
	}
	const days = []
	for (let t = Date.UTC(2026, 0, 1, 12); t < Date.UTC(2029, 0, 1); t += 86400000) days.push(new Date(t))
	const cache = new Map()
	const offsets = (z) => {
		if (!cache.has(z)) {
			const f = new Intl.DateTimeFormat('en', { timeZone: z, timeZoneName: 'longOffset' })
			cache.set(z, days.map((d) => f.formatToParts(d).find((x) => x.type === 'timeZoneName').value).join())
		}
		return cache.get(z)
	}
	for (const [p, r] of rows) {
		const c = US_TERRITORIES.has(r.region.slice(3)) && r.region.startsWith('US-') ? r.region.slice(3) : r.region.slice(0, 2)
		const own = byCountry.get(c) || []
		if (!own.length) { noZoneTab.add(`${r.region}`); continue }
		for (const z of r.zones) {
			if (own.includes(z) || own.some((o) => offsets(o) === offsets(z))) continue
			const key = `${c} ${z}${r.zones.length > 1 ? '' : ' (only zone)'}`
			if (!mismatch.has(key)) mismatch.set(key, [])
			mismatch.get(key).push('+' + p)
		}
	}
	for (const [k, ps] of mismatch) zoneMismatch.push(`${k}: ${ps.length} row(s): ${ps.slice(0, 6).join(' ')}${ps.length > 6 ? ' ...' : ''}`)
	if (noZoneTab.size) zoneMismatch.push(`not checked (no zone.tab entry for the country): ${[...noZoneTab].join(' ')}`)
}

// ---------------------------------------------------------------- output
const arrayLiteral = (zs) => (zs.length ? `{${zs.join(',')}}` : '\\N')
const sorted = [...rows].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
writeFileSync(opts.out, sorted.map(([p, r]) => `${p}\t${r.region}\t${arrayLiteral(r.zones)}\n`).join(''))

const kinds = new Map()
for (const r of rows.values()) kinds.set(r.kind, (kinds.get(r.kind) || 0) + 1)
const out = []
out.push(`wrote ${opts.out}: ${rows.size} rows (${opts.coarse ? 'coarse' : 'fine'}; libphonenumber-js ${ljsVersion})`)
for (const [k, n] of [...kinds].sort()) out.push(`  ${k.padEnd(20)} ${n}`)
out.push(`NANP area codes: ${geoAreas.size} in the geocoding file, ${allAreas.length} seen in all sources`)
const sect = (title, list) => { if (list.length) out.push(`${title} (${list.length}):`, ...list.map((x) => `  ${x}`)) }
sect('area codes the time-zone file or libphonenumber-js lists that are not geographic NANP codes (no row)', [report.notNanpGeographic.map((a) => `1-${a}`).join(' ')].filter((x) => report.notNanpGeographic.length))
sect('US/CA area codes missing from the geocoding file (region = country only)', report.notInGeocoding)
sect('area codes in the geocoding file with no state/province found (region = country only)', report.noSubdivision)
sect('area codes resolved by majority of their exchange entries', report.majority)
sect('area codes whose country (libphonenumber-js) and geocoding state disagree', report.countryMismatch)
sect('area codes without zones', report.noZones)
sect('zone fixes applied', fixed)
sect('area codes whose only zone no other area code of their state keeps (read each: a ZONE_FIXES entry, or right)', lonelyZones)
sect('zones that keep none of the clocks of the row\'s country (zone.tab)', zoneMismatch)
sect('warnings', warnings)
process.stderr.write(out.join('\n') + '\n')

// every NANP area code of the geocoding file must have its row
const missing = [...geoAreas].filter((ac) => !rows.has(`1${ac}`))
if (missing.length) { process.stderr.write(`MISSING area codes of the geocoding file: ${missing.join(' ')}\n`); process.exit(1) }
