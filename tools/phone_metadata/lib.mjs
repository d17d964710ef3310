// Shared helpers for gen_metadata.mjs and gen_corpus.mjs (build-time only).
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

export const here = path.dirname(fileURLToPath(import.meta.url))
export const repoRoot = path.resolve(here, '..', '..')
export const pkgDir = path.join(here, 'node_modules', 'libphonenumber-js')

function readJson(file) {
	return JSON.parse(readFileSync(path.join(pkgDir, file), 'utf8'))
}

export function loadPackage() {
	let pkg
	try {
		pkg = readJson('package.json')
	} catch (e) {
		console.error('libphonenumber-js is not installed: run `npm ci` in tools/phone_metadata first')
		process.exit(1)
	}
	// The "max" metadata is the complete one (the default "min" metadata
	// drops the per-type patterns); every field the parser uses is the same
	// in both (checked by gen_metadata.mjs).
	const metadata = readJson('metadata.max.json')
	const metadataMin = readJson('metadata.min.json')
	return {
		version: pkg.version,
		metadata,
		metadataMin,
		libphonenumberVersion: embeddedLibphonenumberVersion(pkg.version),
	}
}

// libphonenumber-js does not record the libphonenumber release its
// metadata was pulled from anywhere but its CHANGELOG: the newest
// "Updated metadata to version X" at or below this package version's heading.
function embeddedLibphonenumberVersion(version) {
	let text
	try {
		text = readFileSync(path.join(pkgDir, 'CHANGELOG.md'), 'utf8')
	} catch (e) {
		return undefined
	}
	const heading = new RegExp('^' + version.replace(/\./g, '\\.') + ' / ', 'm')
	const at = text.search(heading)
	if (at < 0) return undefined
	const m = /Updated metadata to version ([0-9]+\.[0-9]+\.[0-9]+)/.exec(text.slice(at))
	return m ? m[1] : undefined
}

export function sourceString(lib) {
	return 'libphonenumber-js ' + lib.version +
		(lib.libphonenumberVersion ? ', metadata of libphonenumber ' + lib.libphonenumberVersion : '')
}

// Field positions in libphonenumber-js metadata format v4
// (see source/metadata.js, class NumberingPlan).
export const F = {
	callingCode: 0,
	idd: 1,
	nationalNumberPattern: 2,
	possibleLengths: 3,
	formats: 4,
	nationalPrefix: 5,
	nationalPrefixFormattingRule: 6,
	nationalPrefixForParsing: 7,
	nationalPrefixTransformRule: 8,
	nationalPrefixIsOptionalWhenFormatting: 9,
	leadingDigits: 10,
	types: 11,
	defaultIddPrefix: 12,
	ext: 13,
}

// All numbering plans: geographic regions plus the non-geographic
// entities ("001"), sorted by calling code, main region first, then by region.
export function numberingPlans(metadata) {
	if (metadata.version !== 4) {
		throw new Error('unexpected libphonenumber-js metadata format version ' + metadata.version + ' (expected 4)')
	}
	const plans = []
	for (const [cc, regions] of Object.entries(metadata.country_calling_codes)) {
		regions.forEach((region, i) => {
			if (region === '001') return
			const m = metadata.countries[region]
			if (!m) throw new Error('no metadata for ' + region)
			if (m[F.callingCode] !== cc) throw new Error('calling code mismatch for ' + region)
			plans.push({ region, cc, main: i === 0, m })
		})
	}
	for (const [cc, m] of Object.entries(metadata.nonGeographic || {})) {
		if (m[F.callingCode] !== cc) throw new Error('calling code mismatch for 001/' + cc)
		plans.push({ region: '001', cc, main: true, m })
	}
	// Every country must be reachable through its calling code.
	for (const region of Object.keys(metadata.countries)) {
		if (!plans.some(p => p.region === region)) throw new Error(region + ' not listed under any calling code')
	}
	plans.sort((a, b) =>
		(Number(a.cc) - Number(b.cc)) ||
		((b.main ? 1 : 0) - (a.main ? 1 : 0)) ||
		(a.region < b.region ? -1 : a.region > b.region ? 1 : 0))
	return plans
}
