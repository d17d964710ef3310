// Reference model (JavaScript) of the parse algorithm described in
// README.md, using ONLY the fields of the generated table, read back from
// src/phone_metadata.c (so the C escaping is checked too).  The C parser is
// meant to be a port of modelParse().  check_algorithm.mjs compares it with
// libphonenumber-js.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from './lib.mjs'

// ---- read src/phone_metadata.c back ---------------------------------------
function readTable() {
	const src = readFileSync(path.join(repoRoot, 'src', 'phone_metadata.c'), 'utf8')
	const body = src.slice(src.indexOf('phone_regions[] = {') + 'phone_regions[] = {'.length, src.lastIndexOf('};'))
	const entries = []
	const re = /\t\{ \/\*[^*]*\*\/\n([\s\S]*?)\n\t\},/g
	let m
	while ((m = re.exec(body))) {
		const text = m[1].replace(/\/\*[^*]*\*\//g, '')
		const values = []
		const tok = /"((?:[^"\\]|\\.)*)"|NULL|true|false|0x[0-9a-f]+|[0-9]+|,/g
		let t
		let cur
		while ((t = tok.exec(text))) {
			if (t[0] === ',') {
				values.push(cur)
				cur = undefined
			} else if (t[1] !== undefined) {
				const s = t[1].replace(/\\(.)/g, '$1')
				cur = (cur || '') + s
			} else if (t[0] === 'NULL') cur = null
			else if (t[0] === 'true') cur = true
			else if (t[0] === 'false') cur = false
			else cur = Number(t[0])
		}
		values.push(cur)
		const [region, cc, main, idd, np, npfp, nptr, nnp, pl, plLocal] = values
		if (values.length !== 10) throw new Error('cannot read entry ' + m[0].slice(0, 60))
		entries.push({ region, cc: String(cc), main, idd, np, npfp, nptr, nnp, pl, plLocal })
	}
	const n = /phone_regions\[\] = \{/.test(src) && entries.length
	return { entries, count: n }
}

export const { entries } = readTable()
const byRegion = new Map(entries.filter(e => e.region !== '001').map(e => [e.region, e]))
const mainByCode = new Map(entries.filter(e => e.main).map(e => [e.cc, e]))

// ---- the algorithm (see README.md "Parse algorithm") ----------------------
const fullMatch = (re, s) => new RegExp('^(?:' + re + ')$').test(s)

function lengthCheck(len, mask) {
	if (!mask) return 'IS_POSSIBLE'
	let min = 0
	while (!(mask & (1 << min))) min++
	let max = 31
	while (!(mask & (1 << max))) max--
	if (len < min) return 'TOO_SHORT'
	if (len > max) return 'TOO_LONG'
	return mask & (1 << len) ? 'IS_POSSIBLE' : 'INVALID_LENGTH'
}

function extractNational(number, plan) {
	const npfp = plan.npfp || plan.np
	if (!number || !npfp) return number
	const re = new RegExp('^(?:' + npfp + ')')
	const m = re.exec(number)
	if (!m) return number
	const groups = m.length - 1
	const hasCaptured = groups > 0 && !!m[groups]
	let nn
	if (plan.nptr && hasCaptured) {
		nn = plan.nptr.replace(/\$([1-9])/g, (_, d) => m[Number(d)] || '') + number.slice(m[0].length)
	} else {
		nn = number.slice(m[0].length)
	}
	if (nn === number) return number
	if (fullMatch(plan.nnp, number) && !fullMatch(plan.nnp, nn)) return number
	const lc = lengthCheck(nn.length, plan.pl)
	if (lc === 'TOO_SHORT' || lc === 'INVALID_LENGTH') return number
	return nn
}

function extractFormatted(text) {
	// RFC 3966 (tel: URI with phone-context) handling, simplified to what
	// README.md describes.
	const pc = text.indexOf(';phone-context=')
	if (pc >= 0) {
		let ctx = text.slice(pc + ';phone-context='.length)
		const semi = ctx.indexOf(';')
		if (semi >= 0) ctx = ctx.slice(0, semi)
		if (!ctx) return null
		let s = ctx[0] === '+' ? ctx : ''
		const tel = text.indexOf('tel:')
		s += text.slice(tel >= 0 ? tel + 4 : 0, pc)
		text = s
	} else {
		const start = text.search(/[+\uFF10-\uFF190-9]/)
		if (start < 0) return null
		text = text.slice(start).replace(/[^0-9#]+$/, '')
	}
	const isub = text.indexOf(';isub=')
	if (isub > 0) text = text.slice(0, isub)
	return text || null
}

function digitsOf(s) {
	let out = ''
	for (const ch of s) {
		if (ch === '+' && out === '') out = '+'
		else if (ch >= '0' && ch <= '9') out += ch
	}
	return out
}

function isViable(s) {
	const P = '\\-\u2010-\u2015\u2212\u30FC\uFF0D\uFF0F/\uFF0E. \u00A0\u00AD\u200B\u2060\u3000()\uFF08\uFF09\uFF3B\uFF3D\\[\\]~\u2053\u223C\uFF5E'
	return s.length >= 2 && (new RegExp('^[0-9]{2}$').test(s) ||
		new RegExp('^[+\uFF0B]?(?:[' + P + ']*[0-9]){3,}[' + P + '0-9]*$', 'i').test(s))
}

export function modelParse(input, defaultRegion) {
	const region = byRegion.has(defaultRegion) ? defaultRegion : undefined
	const formatted = extractFormatted(input)
	if (!formatted || !isViable(formatted)) return 'ERROR'
	let num = digitsOf(formatted)
	let plan
	let cc
	let rest
	if (num[0] !== '+' && region) {
		const home = byRegion.get(region)
		const m = home.idd && new RegExp('^(?:' + home.idd + ')').exec(num)
		if (m) {
			const after = num.slice(m[0].length)
			if (after !== '' && after[0] !== '0') num = '+' + after
		}
		if (num[0] !== '+' && num.startsWith(home.cc)) {
			const shorter = num.slice(home.cc.length)
			const nnShort = extractNational(shorter, home)
			const nnFull = extractNational(num, home)
			if ((!fullMatch(home.nnp, nnFull) && fullMatch(home.nnp, nnShort)) ||
				lengthCheck(nnFull.length, home.pl) === 'TOO_LONG') {
				cc = home.cc
				plan = mainByCode.get(cc)
				rest = shorter
			}
		}
	}
	if (!plan) {
		if (num[0] === '+') {
			if (num[1] === '0') return 'ERROR'
			for (let i = 1; i <= 3 && i + 1 <= num.length; i++) {
				const code = num.slice(1, 1 + i)
				if (mainByCode.has(code)) {
					cc = code
					plan = mainByCode.get(code)
					rest = num.slice(1 + i)
					break
				}
			}
			if (!plan) return 'ERROR'
		} else if (region) {
			plan = byRegion.get(region)
			cc = plan.cc
			rest = num
		} else {
			return 'ERROR'
		}
	}
	if (!rest) return 'ERROR'
	const nn = extractNational(rest, plan)
	if (nn.length < 2 || nn.length > 17) return 'ERROR'
	return '+' + cc + nn
}
