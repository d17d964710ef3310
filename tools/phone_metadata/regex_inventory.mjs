// Walks libphonenumber's regexes and lists the syntax they use, so that the
// C regex engine can support exactly that. Throws on anything it cannot parse.

const ALLOWED = new Set([
	'digit literal', '\\d', '[...] class', 'range a-b in class', '\\d in class',
	'(?:...)', '(...) capture', '|', '?', '*', '+', '{n}', '{n,m}',
])

export function inventory(pattern) {
	const found = new Map()
	const add = (k, n = 1) => found.set(k, (found.get(k) || 0) + n)
	let i = 0
	let depth = 0
	let maxDepth = 0
	let captures = 0
	let maxRepeat = 0
	const s = pattern

	function quantifier() {
		const c = s[i]
		let q
		if (c === '?' || c === '*' || c === '+') {
			q = c
			i++
		} else if (c === '{') {
			const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(i))
			if (!m) throw new Error('bad {} at ' + i + ' in ' + s)
			q = m[2] === undefined ? '{n}' : m[3] === '' ? '{n,}' : '{n,m}'
			maxRepeat = Math.max(maxRepeat, Number(m[1]), m[3] ? Number(m[3]) : 0)
			i += m[0].length
		} else {
			return
		}
		add(q)
		if (s[i] === '?') {
			add('lazy quantifier ' + q + '?')
			i++
		}
		if (s[i] === '?' || s[i] === '*' || s[i] === '+' || s[i] === '{') {
			throw new Error('stacked quantifier at ' + i + ' in ' + s)
		}
	}

	function klass() {
		// at '['
		i++
		add('[...] class')
		if (s[i] === '^') {
			add('negated class [^...]')
			i++
		}
		let first = true
		while (i < s.length && (s[i] !== ']' || first)) {
			first = false
			let lo
			if (s[i] === '\\') {
				const e = s[i + 1]
				if (e === 'd') add('\\d in class')
				else add('escape \\' + e + ' in class')
				i += 2
				continue
			}
			lo = s[i]
			if (!/[0-9]/.test(lo)) add('non-digit literal in class: ' + JSON.stringify(lo))
			i++
			if (s[i] === '-' && s[i + 1] !== ']') {
				const hi = s[i + 1]
				if (!/[0-9]/.test(hi)) add('non-digit range end in class: ' + JSON.stringify(hi))
				if (hi < lo) throw new Error('reversed range in ' + s)
				add('range a-b in class')
				i += 2
			}
		}
		if (s[i] !== ']') throw new Error('unterminated class in ' + s)
		i++
	}

	function atom() {
		const c = s[i]
		if (c === '(') {
			if (s.startsWith('(?:', i)) {
				add('(?:...)')
				i += 3
			} else if (s[i + 1] === '?') {
				add('group extension ' + s.slice(i, i + 3))
				i += 3
			} else {
				add('(...) capture')
				captures++
				i++
			}
			depth++
			maxDepth = Math.max(maxDepth, depth)
			alternation()
			if (s[i] !== ')') throw new Error('unbalanced ( in ' + s)
			i++
			depth--
		} else if (c === '[') {
			klass()
		} else if (c === '\\') {
			const e = s[i + 1]
			if (e === 'd') add('\\d')
			else add('escape \\' + e)
			i += 2
		} else if (c === '.') {
			add('. (any char)')
			i++
		} else if (c === '^') {
			add('^ anchor')
			i++
			return
		} else if (c === '$') {
			add('$ anchor')
			i++
			return
		} else if (/[0-9]/.test(c)) {
			add('digit literal')
			i++
		} else {
			add('non-digit literal ' + JSON.stringify(c))
			i++
		}
		quantifier()
	}

	function sequence() {
		while (i < s.length && s[i] !== '|' && s[i] !== ')') atom()
	}

	function alternation() {
		sequence()
		while (s[i] === '|') {
			add('|')
			i++
			sequence()
		}
	}

	alternation()
	if (i !== s.length) throw new Error('trailing ) at ' + i + ' in ' + s)
	// Must also be a valid JavaScript regex (that is how libphonenumber-js uses it).
	new RegExp(s)
	return { found, maxDepth, captures, maxRepeat }
}

export function isAllowed(construct) {
	return ALLOWED.has(construct)
}
