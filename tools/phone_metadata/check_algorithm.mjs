#!/usr/bin/env node
// Compares the reference model of README.md's parse algorithm
// (reference_parse.mjs, table fields only) with libphonenumber-js on
// test/phone_corpus.tsv and on random inputs, and prints every difference.
//
//   cd tools/phone_metadata && node check_algorithm.mjs [random-count]
//
// Exit status 1 if a corpus row differs.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parsePhoneNumberWithError, isSupportedCountry } from 'libphonenumber-js/max'
import { repoRoot } from './lib.mjs'
import { modelParse, entries } from './reference_parse.mjs'

console.log(`table: ${entries.length} entries read back from src/phone_metadata.c`)
const byRegion = new Map(entries.filter(e => e.region !== '001').map(e => [e.region, e]))

function oracle(input, region) {
	try {
		const n = parsePhoneNumberWithError(input, region !== '001' && isSupportedCountry(region) ? region : undefined)
		return n && n.number ? n.number : 'ERROR'
	} catch (e) {
		if (e && e.constructor && e.constructor.name === 'ParseError') return 'ERROR'
		throw e
	}
}

// ---- corpus ----------------------------------------------------------------
let corpusBad = 0
const corpus = readFileSync(path.join(repoRoot, 'test', 'phone_corpus.tsv'), 'utf8').trim().split('\n')
for (const line of corpus) {
	const [region, input, expected] = line.split('\t')
	const got = modelParse(input, region)
	if (got !== expected) {
		corpusBad++
		console.log(`corpus MISMATCH ${region}\t${input}\texpected ${expected}\tmodel ${got}`)
	}
	if (oracle(input, region) !== expected) console.log(`corpus STALE ${line}`)
}
console.log(`corpus: ${corpus.length} rows, ${corpusBad} differ from the model`)

// ---- random inputs ----------------------------------------------------------
// Digits are random, or a random-length start of a region's example number
// followed by random digits (so that leading-digit rules get exercised),
// behind a random prefix (own/other calling code, trunk prefix, exit codes).
const examples = (await import('libphonenumber-js/examples.mobile.json')).default
const N = Number(process.argv[2] || 50000)
let seed = 12345
// mulberry32
const rnd = n => {
	seed = (seed + 0x6d2b79f5) | 0
	let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
	t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
	return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n)
}
const regions = [...byRegion.keys()]
const sharedCodes = new Set(entries.filter(e => !e.main && e.region !== '001').map(e => e.cc))
const exits = ['00', '011', '810', '8 10', '0011', '010', '0015', '09', '8', '06', '001']
const diffs = new Map()
let sharedBad = 0
let otherBad = 0
// The last third only uses regions of shared calling codes, and also starts
// digits with a few area/leading digits that move a number to another region
// of its calling code (CA 310 UAN, IM 1624/7624, GG 1481, JE 1534, GB 800).
const sharedRegions = regions.filter(r => sharedCodes.has(byRegion.get(r).cc))
const sharedSeeds = ['310', '1624', '7624', '1481', '1534', '800']
for (let k = 0; k < N; k++) {
	const focus = k >= N * 2 / 3
	const region = focus ? sharedRegions[rnd(sharedRegions.length)] : regions[rnd(regions.length)]
	const e = byRegion.get(region)
	const other = entries[rnd(entries.length)]
	const sameCode = entries.filter(x => x.cc === e.cc && x.region !== '001')
	const src = [region, other.region, sameCode[rnd(sameCode.length)].region][rnd(3)]
	let digits = rnd(2) && examples[src] ? examples[src].slice(0, 1 + rnd(examples[src].length)) : ''
	if (focus && rnd(2)) digits = sharedSeeds[rnd(sharedSeeds.length)]
	const len = rnd(10)
	for (let j = 0; j < len; j++) digits += String(rnd(10))
	if (digits.length < 2) digits += '12'
	const np = e.np || ''
	const prefixes = ['', '', '+' + e.cc, '+' + other.cc, e.cc, np, np + np, '+' + e.cc + np, '+' + e.cc + '0',
		exits[rnd(exits.length)] + ' ' + other.cc, exits[rnd(exits.length)] + e.cc, '0', '8', '9', '15', '1',
		'+' + other.cc + '0', '+' + other.cc + (other.np || '')]
	const input = prefixes[rnd(prefixes.length)] + (rnd(2) ? ' ' : '') + digits
	const a = oracle(input, region)
	const b = modelParse(input, region)
	if (a !== b) {
		const shared = sharedCodes.has(e.cc) || (a !== 'ERROR' && [...sharedCodes].some(c => a.startsWith('+' + c)))
		if (shared) sharedBad++
		else otherBad++
		const key = (shared ? 'shared calling code, default ' : 'OTHER, default ') + region
		if (!diffs.has(key)) diffs.set(key, [])
		diffs.get(key).push(`${input} -> js ${a} model ${b}`)
	}
}
console.log(`random: ${N} inputs, ${sharedBad} differ on a shared calling code (known limitation, see README), ${otherBad} differ otherwise`)
for (const [k, v] of [...diffs].sort()) console.log(`  ${k}: ${v.length}, e.g. ${v.slice(0, 2).join('; ')}`)
process.exit(corpusBad || otherBad ? 1 : 0)
