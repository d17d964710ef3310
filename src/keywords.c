/*-------------------------------------------------------------------------
 *
 * keywords.c
 *	  Active keywords per scope chain, their backend cache, classify().
 *
 * The built-in keywords and the rows of opt_consent.keywords are read once
 * (as the extension's owner, so that any role can classify) into a
 * backend-lifetime memory context.  From them, the keyword set active for a
 * scope chain is resolved once and kept in a hash table keyed by the chain.
 * A trigger on opt_consent.keywords sends a relcache invalidation for the
 * table; our relcache callback (opt_consent.c) marks everything stale, and
 * the next use reloads.  Nothing is scanned or parsed per call.
 *
 *-------------------------------------------------------------------------
 */
#include "opt_consent.h"

#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/hsearch.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"
#include "access/xact.h"

#include "keywords.h"
#include "normalize.h"
#include "scopes.h"

PG_FUNCTION_INFO_V1(normalize_keyword);
PG_FUNCTION_INFO_V1(classify);
PG_FUNCTION_INFO_V1(match_inbound);

/* Open-addressing table of keyword entries */
typedef struct KeywordTable
{
	KeywordEntry **slots;
	uint32		mask;
} KeywordTable;

struct KeywordSet
{
	KeywordTable exact;			/* every keyword, by its normalized form */
	KeywordTable words;			/* opt-out keywords, by their WORDS form */
	int			max_exact_len;
	int			max_words_len;
	char	   *scratch;		/* normalization buffer: a keyword, a space, a character */
};

/* A row of builtin_keywords or keywords */
typedef struct KeywordRow
{
	char	   *scope;			/* NULL for a built-in */
	char	   *keyword;
	KeywordClass cls;
	bool		enabled;
	bool		account_reach;
	char	   *category;		/* 1.2, NULL: every category */
} KeywordRow;

/* Key of the set cache: the chain joined with '\x01' */
#define SET_KEY_LEN 256

/*
 * At most this many keyword sets are kept (SPEC 11); one more empties the
 * cache, which then fills again with the sets in use.
 */
#define KEYWORD_SET_CACHE_MAX 512

typedef struct SetCacheEntry
{
	char		key[SET_KEY_LEN];
	KeywordSet *set;
} SetCacheEntry;

static MemoryContext KeywordContext = NULL;
static bool keyword_cache_loaded = false;
static bool keyword_cache_stale = false;
static bool keyword_cache_old_snapshot = false; /* loaded in parallel mode */
static uint64 keyword_cache_generation = 1;
static KeywordRow *keyword_rows = NULL;
static int	keyword_nrows = 0;
static HTAB *keyword_sets = NULL;
static KeywordSet *global_set = NULL;

static const char *const class_labels[KC_NUM_CLASSES] = {
	"none", "opt_out", "opt_in", "help"
};

/* Mark the cache stale (relcache callback: never frees anything here) */
void
KeywordCacheReset(void)
{
	keyword_cache_stale = true;
	keyword_cache_generation++;
}

static KeywordClass
ClassFromLabel(const char *label)
{
	for (int i = 0; i < KC_NUM_CLASSES; i++)
		if (strcmp(label, class_labels[i]) == 0)
			return (KeywordClass) i;
	elog(ERROR, "unexpected keyword class \"%s\"", label);
	return KC_NONE;				/* keep compiler quiet */
}

/*
 * Read the built-in and custom keyword rows into KeywordContext, as the
 * owner of the extension's tables.
 */
static void
LoadKeywordRows(void)
{
	OwnerSpi	spi;
	MemoryContext oldcxt;
	uint64		nbuiltin;

	OwnerSpiBegin(&spi);

	/*
	 * Built-ins first, then the custom rows, as of the latest committed
	 * state (see OwnerSpiReadLatest); keywords.category exists from 1.2 on.
	 */
	keyword_cache_old_snapshot =
		!OwnerSpiReadLatest(get_attnum(OptConsentGetCatalog()->keywords_relid, "category") != InvalidAttrNumber ?
							"SELECT NULL::pg_catalog.text, keyword, class::pg_catalog.text, true,"
							" reach OPERATOR(pg_catalog.=) 'account', NULL::pg_catalog.text"
							" FROM opt_consent.builtin_keywords"
							" UNION ALL "
							"SELECT scope, keyword, class::pg_catalog.text, enabled,"
							" reach OPERATOR(pg_catalog.=) 'account', category"
							" FROM opt_consent.keywords" :
							"SELECT NULL::pg_catalog.text, keyword, class::pg_catalog.text, true,"
							" reach OPERATOR(pg_catalog.=) 'account', NULL::pg_catalog.text"
							" FROM opt_consent.builtin_keywords"
							" UNION ALL "
							"SELECT scope, keyword, class::pg_catalog.text, enabled,"
							" reach OPERATOR(pg_catalog.=) 'account', NULL::pg_catalog.text"
							" FROM opt_consent.keywords",
							0, NULL, NULL, 0, "the opt_consent keyword tables");

	nbuiltin = SPI_processed;
	oldcxt = MemoryContextSwitchTo(KeywordContext);
	keyword_rows = palloc0(sizeof(KeywordRow) * (nbuiltin + 1));
	keyword_nrows = 0;
	for (uint64 i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		KeywordRow *row = &keyword_rows[keyword_nrows];
		char	   *scope = SPI_getvalue(tup, desc, 1);
		char	   *kw = SPI_getvalue(tup, desc, 2);
		char	   *cls = SPI_getvalue(tup, desc, 3);
		bool		isnull;
		Datum		d;

		if (kw == NULL || cls == NULL)
			continue;
		row->scope = scope;
		row->keyword = kw;
		row->cls = ClassFromLabel(cls);
		d = SPI_getbinval(tup, desc, 4, &isnull);
		row->enabled = !isnull && DatumGetBool(d);
		d = SPI_getbinval(tup, desc, 5, &isnull);
		row->account_reach = !isnull && DatumGetBool(d);
		row->category = SPI_getvalue(tup, desc, 6);
		keyword_nrows++;
	}
	MemoryContextSwitchTo(oldcxt);

	OwnerSpiEnd(&spi);
}

/* Make sure the rows are loaded and current */
static void
EnsureKeywordCache(void)
{
	HASHCTL		ctl;

	OptConsentCheckInvalidations();
	if (keyword_cache_loaded && !keyword_cache_stale &&
		!(keyword_cache_old_snapshot && !IsInParallelMode()))
		return;

	if (KeywordContext == NULL)
		KeywordContext = AllocSetContextCreate(TopMemoryContext,
											   "opt_consent keywords",
											   ALLOCSET_DEFAULT_SIZES);
	keyword_cache_loaded = false;
	keyword_cache_stale = false;
	keyword_cache_generation++;
	MemoryContextReset(KeywordContext);
	keyword_rows = NULL;
	keyword_nrows = 0;
	keyword_sets = NULL;
	global_set = NULL;

	LoadKeywordRows();

	memset(&ctl, 0, sizeof(ctl));
	ctl.keysize = SET_KEY_LEN;
	ctl.entrysize = sizeof(SetCacheEntry);
	ctl.hcxt = KeywordContext;
	keyword_sets = hash_create("opt_consent keyword sets", 64, &ctl,
							   HASH_ELEM | HASH_STRINGS | HASH_CONTEXT);
	keyword_cache_loaded = true;
}

static inline uint32
KeywordHash(const char *word, int len)
{
	return hash_bytes((const unsigned char *) word, len);
}

/* Find the entry for word[0..len) */
static inline KeywordEntry *
TableLookup(const KeywordTable *t, const char *word, int len, uint32 h)
{
	uint32		i = h & t->mask;

	for (;;)
	{
		KeywordEntry *e = t->slots[i];

		if (e == NULL)
			return NULL;
		if (e->hash == h && e->len == len && memcmp(e->word, word, len) == 0)
			return e;
		i = (i + 1) & t->mask;
	}
}

static void
TableInit(KeywordTable *t, int capacity)
{
	uint32		size = 16;

	while (size < (uint32) capacity * 2)
		size <<= 1;
	t->slots = palloc0(sizeof(KeywordEntry *) * size);
	t->mask = size - 1;
}

/* Insert e (its word not present yet) */
static void
TableInsert(KeywordTable *t, KeywordEntry *e)
{
	uint32		i = e->hash & t->mask;

	while (t->slots[i] != NULL)
		i = (i + 1) & t->mask;
	t->slots[i] = e;
}

/*
 * Apply one row to the set being built: a disabled row (or class none)
 * removes the keyword, another row adds or overrides it.
 */
static void
ApplyRow(KeywordTable *t, KeywordEntry *entries, int *nentries,
		 const KeywordRow *row)
{
	int			len = strlen(row->keyword);
	uint32		h = KeywordHash(row->keyword, len);
	KeywordEntry *e = TableLookup(t, row->keyword, len, h);

	if (e == NULL)
	{
		e = &entries[(*nentries)++];
		e->word = row->keyword;
		e->keyword = row->keyword;
		e->len = len;
		e->hash = h;
		TableInsert(t, e);
	}
	e->cls = row->enabled ? row->cls : KC_NONE;
	e->account_reach = row->account_reach;
	e->category = row->category;
}

/* Build the set for a chain (most specific first), in cxt */
static KeywordSet *
BuildKeywordSet(const char *const *chain, int nchain, MemoryContext cxt)
{
	MemoryContext oldcxt = MemoryContextSwitchTo(cxt);
	KeywordSet *set = palloc0(sizeof(KeywordSet));
	KeywordEntry *entries = palloc0(sizeof(KeywordEntry) * (keyword_nrows + 1));
	int			nentries = 0;
	int			nopt_out = 0;

	TableInit(&set->exact, keyword_nrows + 1);

	/* built-ins, then '*', then the chain from its widest scope down */
	for (int i = 0; i < keyword_nrows; i++)
		if (keyword_rows[i].scope == NULL)
			ApplyRow(&set->exact, entries, &nentries, &keyword_rows[i]);
	for (int i = 0; i < keyword_nrows; i++)
		if (keyword_rows[i].scope != NULL &&
			strcmp(keyword_rows[i].scope, "*") == 0)
			ApplyRow(&set->exact, entries, &nentries, &keyword_rows[i]);
	for (int s = nchain - 1; s >= 0; s--)
	{
		if (strcmp(chain[s], "*") == 0)
			continue;
		for (int i = 0; i < keyword_nrows; i++)
			if (keyword_rows[i].scope != NULL &&
				strcmp(keyword_rows[i].scope, chain[s]) == 0)
				ApplyRow(&set->exact, entries, &nentries, &keyword_rows[i]);
	}

	/* the WORDS forms of the active opt-out keywords */
	for (int i = 0; i < nentries; i++)
		if (entries[i].cls == KC_OPT_OUT)
			nopt_out++;
	TableInit(&set->words, nopt_out + 1);
	for (int i = 0; i < nentries; i++)
	{
		KeywordEntry *e = &entries[i];

		if (e->cls == KC_NONE)
			continue;
		set->max_exact_len = Max(set->max_exact_len, e->len);
		if (e->cls == KC_OPT_OUT)
		{
			NormalizeResult r;
			KeywordEntry *w = palloc(sizeof(KeywordEntry));

			normalize_text(e->word, e->len, GetDatabaseEncoding(),
						   NORMALIZE_WORDS, -1, NULL, &r);
			if (r.len == 0)
				continue;
			*w = *e;
			w->word = r.text;
			w->len = r.len;
			w->hash = KeywordHash(r.text, r.len);
			if (TableLookup(&set->words, w->word, w->len, w->hash) == NULL)
				TableInsert(&set->words, w);
			set->max_words_len = Max(set->max_words_len, w->len);
		}
	}
	set->scratch = palloc(Max(set->max_exact_len, set->max_words_len) +
						  MAX_MULTIBYTE_CHAR_LEN + 2);

	MemoryContextSwitchTo(oldcxt);
	return set;
}

KeywordSet *
KeywordSetForChain(const char *const *chain, int nchain, bool *cached)
{
	StringInfoData key;
	SetCacheEntry *entry;
	bool		found;
	int			n = 0;

	if (cached)
		*cached = true;
	EnsureKeywordCache();
	if (hash_get_num_entries(keyword_sets) >= KEYWORD_SET_CACHE_MAX)
	{
		/* sets handed out before are detected as stale by generation */
		KeywordCacheReset();
		EnsureKeywordCache();
	}

	/* '*' alone (or nothing): the global set */
	for (int i = 0; i < nchain; i++)
		if (strcmp(chain[i], "*") != 0)
			n++;
	if (n == 0)
	{
		if (global_set == NULL)
			global_set = BuildKeywordSet(NULL, 0, KeywordContext);
		return global_set;
	}

	initStringInfo(&key);
	for (int i = 0; i < nchain; i++)
	{
		if (i > 0)
			appendStringInfoChar(&key, '\x01');
		appendStringInfoString(&key, chain[i]);
	}

	/*
	 * A chain too long to be a key is resolved for this call only, in the
	 * caller's memory: the caller must not keep it (*cached = false).
	 */
	if (key.len >= SET_KEY_LEN)
	{
		pfree(key.data);
		if (cached)
			*cached = false;
		return BuildKeywordSet(chain, nchain, CurrentMemoryContext);
	}

	entry = hash_search(keyword_sets, key.data, HASH_ENTER, &found);
	if (!found)
	{
		entry->set = NULL;
		PG_TRY();
		{
			entry->set = BuildKeywordSet(chain, nchain, KeywordContext);
		}
		PG_CATCH();
		{
			hash_search(keyword_sets, key.data, HASH_REMOVE, NULL);
			PG_RE_THROW();
		}
		PG_END_TRY();
	}
	pfree(key.data);
	return entry->set;
}

/* Look up words[0..len) in the WORDS table; true for an opt-out keyword */
static inline const KeywordEntry *
WordsLookup(KeywordSet *set, const char *words, int len)
{
	return TableLookup(&set->words, words, len, KeywordHash(words, len));
}

/*
 * Does an opt-out keyword start at w[start]?  Candidates end at a space or
 * at the end of the text (only when the text is complete).
 */
static const KeywordEntry *
OptOutAt(KeywordSet *set, const char *w, int wlen, int start, bool complete)
{
	for (int end = start + 1; end <= wlen && end - start <= set->max_words_len; end++)
	{
		if (end < wlen ? w[end] == ' ' : complete)
		{
			const KeywordEntry *e = WordsLookup(set, w + start, end - start);

			if (e != NULL)
				return e;
		}
	}
	return NULL;
}

/*
 * Is the normalized form of a body certainly longer than limit bytes?  It
 * keeps every ASCII letter and digit as one byte (NFKD leaves ASCII alone,
 * nothing composes with a preceding ASCII character once combining marks
 * are dropped, and they are neither invisible nor separators), so counting
 * those is a lower bound; other bytes are skipped, in any encoding (they
 * are never ASCII bytes in a server encoding).
 */
static inline bool
CertainlyLongerThan(const char *body, int len, int limit)
{
	int			alnum = 0;

	for (int i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) body[i];

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			(c >= '0' && c <= '9'))
		{
			if (++alnum > limit)
				return true;
		}
	}
	return false;
}

KeywordClass
ClassifyBody(KeywordSet *set, const char *body, int len, ClassifyMode mode,
			 const KeywordEntry **matched)
{
	NormalizeResult r;
	const KeywordEntry *e = NULL;
	int			encoding = GetDatabaseEncoding();

	if (matched)
		*matched = NULL;

	/* exact match, in every mode (an ordinary message is too long for one) */
	if (CertainlyLongerThan(body, len, set->max_exact_len))
		r.truncated = true;
	else
		normalize_text(body, len, encoding, NORMALIZE_KEYWORD,
					   set->max_exact_len, set->scratch, &r);
	if (!r.truncated && r.len > 0)
	{
		e = TableLookup(&set->exact, r.text, r.len, KeywordHash(r.text, r.len));
		if (e != NULL && e->cls != KC_NONE)
		{
			if (matched)
				*matched = e;
			return e->cls;
		}
	}

	if (mode == CLASSIFY_EXACT || set->max_words_len == 0)
		return KC_NONE;
	e = NULL;					/* a disabled keyword matched exactly */

	/* opt-out keywords as whole words: at the start, or anywhere */
	if (mode == CLASSIFY_FIRST_WORD)
	{
		/* room for the longest keyword, a space and one more character */
		normalize_text(body, len, encoding, NORMALIZE_WORDS,
					   set->max_words_len + 1 + MAX_MULTIBYTE_CHAR_LEN,
					   set->scratch, &r);
		e = OptOutAt(set, r.text, r.len, 0, !r.truncated);
	}
	else
	{
		normalize_text(body, len, encoding, NORMALIZE_WORDS, -1, NULL, &r);
		for (int start = 0; start < r.len && e == NULL; start++)
			if (start == 0 || r.text[start - 1] == ' ')
			{
				/* (a long body: every word is a start) */
				CHECK_FOR_INTERRUPTS();
				e = OptOutAt(set, r.text, r.len, start, true);
			}
		pfree(r.text);
	}

	if (e == NULL)
		return KC_NONE;
	if (matched)
		*matched = e;
	return KC_OPT_OUT;
}

ClassifyMode
ParseClassifyMode(text *mode)
{
	const char *s;
	int			len;

	if (mode == NULL)
		return CLASSIFY_EXACT;
	s = VARDATA_ANY(mode);
	len = VARSIZE_ANY_EXHDR(mode);
	/* the usual spellings first: this runs once per call */
	if (len == 5 && memcmp(s, "exact", 5) == 0)
		return CLASSIFY_EXACT;
	if (len == 5 && pg_strncasecmp(s, "exact", 5) == 0)
		return CLASSIFY_EXACT;
	if (len == 10 && pg_strncasecmp(s, "first_word", 10) == 0)
		return CLASSIFY_FIRST_WORD;
	if (len == 8 && pg_strncasecmp(s, "contains", 8) == 0)
		return CLASSIFY_CONTAINS;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown classification mode \"%s\"", text_to_cstring(mode)),
			 errhint("Valid modes are \"exact\", \"first_word\" and \"contains\".")));
	return CLASSIFY_EXACT;		/* keep compiler quiet */
}

/* normalize_keyword(body text) RETURNS text */
Datum
normalize_keyword(PG_FUNCTION_ARGS)
{
	text	   *body = PG_GETARG_TEXT_PP(0);
	NormalizeResult r;

	normalize_text(VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body),
				   GetDatabaseEncoding(), NORMALIZE_KEYWORD, -1, NULL, &r);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(r.text, r.len));
}

/* What classify() keeps between calls of one expression */
typedef struct ClassifyCallCache
{
	uint64		generation;
	uint64		scope_generation;
	Oid			labels[KC_NUM_CLASSES];	/* enum OIDs of keyword_class */
	bool		has_scope;
	text	   *scope;			/* copy of the last scope argument */
	KeywordSet *set;
} ClassifyCallCache;

/* classify(body text, scope text, mode text) RETURNS keyword_class */
Datum
classify(PG_FUNCTION_ARGS)
{
	const OptConsentCatalog *cat;
	ClassifyCallCache *cc = (ClassifyCallCache *) fcinfo->flinfo->fn_extra;
	ClassifyMode mode = ParseClassifyMode(PG_ARGISNULL(2) ? NULL : PG_GETARG_TEXT_PP(2));
	text	   *scope = PG_ARGISNULL(1) ? NULL : PG_GETARG_TEXT_PP(1);
	KeywordClass cls = KC_NONE;
	bool		cached = true;

	if (cc == NULL)
	{
		cc = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(ClassifyCallCache));
		fcinfo->flinfo->fn_extra = cc;
	}

	/* the set: reuse the last one while the scope and the cache stay */
	OptConsentCheckInvalidations();
	/* (invalidation callbacks bump the generations) */
	if (cc->set == NULL || cc->generation != keyword_cache_generation ||
		cc->scope_generation != ScopeCacheGeneration() ||
		cc->has_scope != (scope != NULL) ||
		(scope != NULL &&
		 (VARSIZE_ANY_EXHDR(scope) != VARSIZE_ANY_EXHDR(cc->scope) ||
		  memcmp(VARDATA_ANY(scope), VARDATA_ANY(cc->scope),
				 VARSIZE_ANY_EXHDR(scope)) != 0)))
	{
		ScopeChain	chain;

		ScopeChainBuild(ScopeArgument(scope), NULL, &chain);
		cc->set = KeywordSetForChain(chain.ids, chain.n, &cached);
		cc->generation = keyword_cache_generation;
		cc->scope_generation = ScopeCacheGeneration();
		cat = OptConsentGetCatalog();
		memcpy(cc->labels, cat->keyword_class_labels, sizeof(cc->labels));
		if (cc->scope)
			pfree(cc->scope);
		cc->scope = NULL;
		cc->has_scope = (scope != NULL);
		if (scope != NULL)
		{
			Size		sz = VARSIZE_ANY_EXHDR(scope) + VARHDRSZ;

			cc->scope = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sz);
			SET_VARSIZE(cc->scope, sz);
			memcpy(VARDATA(cc->scope), VARDATA_ANY(scope), sz - VARHDRSZ);
		}
	}

	if (!PG_ARGISNULL(0))
	{
		text	   *body = PG_GETARG_TEXT_PP(0);

		cls = ClassifyBody(cc->set, VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body),
						   mode, NULL);
	}
	if (!cached)
		cc->set = NULL;			/* it lives in this call's memory only */

	PG_RETURN_OID(cc->labels[cls]);
}

/*
 * match_inbound(body, sender, service, mode, OUT class, OUT keyword,
 *				 OUT reach): classify an inbound body with the keywords
 * active for scope_chain(sender, service), and say which keyword decided.
 */
Datum
match_inbound(PG_FUNCTION_ARGS)
{
	TupleDesc	tupdesc;
	Datum		values[4];
	bool		nulls[4] = {false, true, true, true};
	ClassifyMode mode = ParseClassifyMode(PG_ARGISNULL(3) ? NULL : PG_GETARG_TEXT_PP(3));
	ScopeChain	chain;
	KeywordSet *set;
	KeywordClass cls = KC_NONE;
	const KeywordEntry *matched = NULL;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	tupdesc = BlessTupleDesc(tupdesc);

	ScopeChainBuild(ScopeArgument(PG_ARGISNULL(1) ? NULL : PG_GETARG_TEXT_PP(1)),
					ScopeArgument(PG_ARGISNULL(2) ? NULL : PG_GETARG_TEXT_PP(2)),
					&chain);
	set = KeywordSetForChain(chain.ids, chain.n, NULL);
	if (!PG_ARGISNULL(0))
	{
		text	   *body = PG_GETARG_TEXT_PP(0);

		cls = ClassifyBody(set, VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body),
						   mode, &matched);
	}

	values[0] = ObjectIdGetDatum(OptConsentGetCatalog()->keyword_class_labels[cls]);
	if (matched != NULL)
	{
		values[1] = CStringGetTextDatum(matched->keyword);
		values[2] = CStringGetTextDatum(matched->account_reach ? "account" : "service");
		nulls[1] = nulls[2] = false;
		/* 1.2: the keyword's category (OUT category) */
		if (tupdesc->natts > 3 && matched->category != NULL)
		{
			values[3] = CStringGetTextDatum(matched->category);
			nulls[3] = false;
		}
	}
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}
