/*
 * fuzz_classify.c -- libFuzzer harness for the classifier's matching
 * (ClassifyBody() and the keyword set built by keywords.c, compiled
 * unchanged with the server headers) on a fixed keyword set.
 *
 * keywords.c reads its keywords with SPI (OwnerSpiReadLatest()); here that
 * returns a fixed list of rows instead: the built-in keywords (as in
 * opt_consent--1.0.sql), the shipped language packs as rows of scope '*'
 * (what add_language() does), a few custom keywords stored the way the
 * keywords_normalize trigger stores them (normalize_keyword()), and one
 * disabled row.  The set for the global scope is then built by
 * KeywordSetForChain() exactly as in a backend.
 *
 * The input is an inbound body, classified in a UTF8 database (its longest
 * valid UTF-8 prefix) in the three modes.  The result is compared with a
 * reference that follows the documented semantics (README "Classifying
 * inbound replies") using unlimited normalization and plain loops:
 *	 - exact (every mode): the whole KEYWORD-normalized body is an active
 *	   keyword -> its class;
 *	 - first_word: otherwise, the WORDS-normalized body begins with the
 *	   WORDS form of an active opt-out keyword followed by a space or the end;
 *	 - contains: otherwise, such a WORDS form occurs at the start or after a
 *	   space, followed by a space or the end;
 *	 - the keyword reported as matched has the class returned.
 * This checks the shortcuts of ClassifyBody (normalization stopped at the
 * longest keyword, hash tables) against the plain definition.
 */
#include "postgres.h"

#include "access/xact.h"
#include "executor/spi.h"
#include "utils/lsyscache.h"
#include "utils/snapmgr.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"

#include "opt_consent.h"
#include "keywords.h"
#include "normalize.h"
#include "fuzz_common.h"
#include "fuzz_known.h"

/* ---- the fixed keyword rows ------------------------------------------- */

typedef struct FakeRow
{
	const char *scope;			/* NULL: built-in */
	const char *keyword;		/* as inserted (custom rows get normalized) */
	const char *cls;
	bool		enabled;
	bool		account;
} FakeRow;

static const FakeRow fake_rows[] = {
	/* opt_consent.builtin_keywords */
	{NULL, "STOP", "opt_out", true, false},
	{NULL, "STOPALL", "opt_out", true, true},
	{NULL, "UNSUBSCRIBE", "opt_out", true, false},
	{NULL, "CANCEL", "opt_out", true, false},
	{NULL, "END", "opt_out", true, false},
	{NULL, "QUIT", "opt_out", true, false},
	{NULL, "REVOKE", "opt_out", true, false},
	{NULL, "OPTOUT", "opt_out", true, false},
	{NULL, "OPT OUT", "opt_out", true, false},
	{NULL, "START", "opt_in", true, false},
	{NULL, "YES", "opt_in", true, false},
	{NULL, "UNSTOP", "opt_in", true, false},
	{NULL, "HELP", "help", true, false},
	{NULL, "INFO", "help", true, false},
	/* opt_consent.language_packs, added for '*' */
	{"*", "BAJA", "opt_out", true, false},
	{"*", "ALTO", "opt_out", true, false},
	{"*", "PARAR", "opt_out", true, false},
	{"*", "CANCELAR", "opt_out", true, false},
	{"*", "DETENER", "opt_out", true, false},
	{"*", "DESUSCRIBIR", "opt_out", true, false},
	{"*", "ALTA", "opt_in", true, false},
	{"*", "COMENZAR", "opt_in", true, false},
	{"*", "INICIAR", "opt_in", true, false},
	{"*", "SUSCRIBIR", "opt_in", true, false},
	{"*", "SUSCRIBIRME", "opt_in", true, false},
	{"*", "AYUDA", "help", true, false},
	{"*", "ARRET", "opt_out", true, false},
	{"*", "ARRETER", "opt_out", true, false},
	{"*", "DESABONNER", "opt_out", true, false},
	{"*", "DESINSCRIRE", "opt_out", true, false},
	{"*", "ABONNER", "opt_in", true, false},
	{"*", "REPRENDRE", "opt_in", true, false},
	{"*", "AIDE", "help", true, false},
	{"*", "CONTACT", "help", true, false},
	{"*", "STOPP", "opt_out", true, false},
	{"*", "ENDE", "opt_out", true, false},
	{"*", "ABMELDEN", "opt_out", true, false},
	{"*", "ABBESTELLEN", "opt_out", true, false},
	{"*", "ANMELDEN", "opt_in", true, false},
	{"*", "STARTEN", "opt_in", true, false},
	{"*", "HILFE", "help", true, false},
	{"*", "ANNULLA", "opt_out", true, false},
	{"*", "CANCELLA", "opt_out", true, false},
	{"*", "DISISCRIVI", "opt_out", true, false},
	{"*", "ISCRIVIMI", "opt_in", true, false},
	{"*", "RIATTIVA", "opt_in", true, false},
	{"*", "AIUTO", "help", true, false},
	{"*", "PARE", "opt_out", true, false},
	{"*", "SAIR", "opt_out", true, false},
	{"*", "DESCADASTRAR", "opt_out", true, false},
	{"*", "INSCREVER", "opt_in", true, false},
	{"*", "REATIVAR", "opt_in", true, false},
	{"*", "AJUDA", "help", true, false},
	/* custom keywords, inserted as written */
	{"*", "remove me", "opt_out", true, false},
	{"*", "Opt-Out!", "opt_out", true, false},	/* same as OPT OUT: override */
	{"*", "c'est fini", "opt_out", true, false},
	{"*", "ＳＴＯＰ ＡＬＬ", "opt_out", true, true},
	{"*", "стоп", "opt_out", true, false},
	{"*", "退订", "opt_out", true, false},
	{"*", "Straße", "opt_in", true, false},
	{"*", "¿ayuda?", "help", true, false},
	{"*", "END", "opt_out", false, false},	/* disabled: END is not a keyword */
};

#define NROWS ((int) lengthof(fake_rows))

/* the stored (normalized) keyword of each row */
static char *stored_keyword[NROWS];
/* its WORDS form */
static char *stored_words[NROWS];

static KeywordSet *keyword_set = NULL;

/* ---- the backend functions keywords.c calls to read them -------------- */

static SPITupleTable fake_tuptable;
static HeapTuple fake_vals[NROWS];

uint64		SPI_processed = 0;
SPITupleTable *SPI_tuptable = NULL;

bool
IsInParallelMode(void)
{
	return false;
}

/* the rows, read as of the latest committed state (true) */
bool
OwnerSpiReadLatest(const char *query, int nargs, Oid *argtypes, Datum *values,
				   long tcount, const char *what)
{
	/* the tuples are pointers to the rows: the harness's own convention */
	for (int i = 0; i < NROWS; i++)
		fake_vals[i] = (HeapTuple) &fake_rows[i];
	fake_tuptable.vals = fake_vals;
	fake_tuptable.numvals = NROWS;
	SPI_tuptable = &fake_tuptable;
	SPI_processed = NROWS;
	return true;
}

/*
 * SPI_getvalue() results live in the keyword memory context in a backend,
 * which keywords.c never frees piecemeal (it drops the class labels after
 * reading them): keep every copy reachable, as the context would.
 */
static char *spi_values[NROWS * 3];
static int	n_spi_values = 0;

static char *
pstrdup_or_null(const char *s)
{
	char	   *copy;

	if (s == NULL)
		return NULL;
	copy = palloc(strlen(s) + 1);
	strcpy(copy, s);
	if (n_spi_values >= (int) lengthof(spi_values))
	{
		fprintf(stderr, "fuzz: SPI_getvalue called too often\n");
		abort();
	}
	spi_values[n_spi_values++] = copy;
	return copy;
}

char *
SPI_getvalue(HeapTuple tuple, TupleDesc tupdesc, int fnumber)
{
	const FakeRow *row = (const FakeRow *) tuple;

	switch (fnumber)
	{
		case 1:
			return pstrdup_or_null(row->scope);
		case 2:
			return pstrdup_or_null(stored_keyword[row - fake_rows]);
		case 3:
			return pstrdup_or_null(row->cls);
		case 6:
			return NULL;		/* category (1.2): every category */
	}
	fprintf(stderr, "fuzz: SPI_getvalue of column %d\n", fnumber);
	abort();
}

/* keywords.c asks whether keywords.category exists (1.2): it does not here */
AttrNumber
get_attnum(Oid relid, const char *attname)
{
	return InvalidAttrNumber;
}

Datum
SPI_getbinval(HeapTuple tuple, TupleDesc tupdesc, int fnumber, bool *isnull)
{
	const FakeRow *row = (const FakeRow *) tuple;

	*isnull = false;
	switch (fnumber)
	{
		case 4:
			return BoolGetDatum(row->enabled);
		case 5:
			return BoolGetDatum(row->account);
	}
	fprintf(stderr, "fuzz: SPI_getbinval of column %d\n", fnumber);
	abort();
}

int
GetDatabaseEncoding(void)
{
	return PG_UTF8;
}

void
OwnerSpiBegin(OwnerSpi *state)
{
	state->save_userid = 10;
	state->save_sec_context = 0;
}

void
OwnerSpiEnd(OwnerSpi *state)
{
}

/* (OptConsentGetCatalog and OptConsentCheckInvalidations are inline: their state) */
OptConsentCatalog oc_catalog = {.valid = true, .owner = 10};
LocalTransactionId oc_inval_lxid = InvalidLocalTransactionId;
TimestampTz oc_inval_statement = 0;
static PGPROC fuzz_proc;		/* (lxid: invalid, as oc_inval_lxid) */
PGPROC	   *MyProc = &fuzz_proc;

const OptConsentCatalog *
OptConsentLoadCatalog(void)
{
	return &oc_catalog;
}

void
OptConsentAcceptInvalidations(void)
{
}

TimestampTz
GetCurrentStatementStartTimestamp(void)
{
	return 0;
}

/* ---- the reference --------------------------------------------------- */

static KeywordClass
class_of(const char *label)
{
	if (strcmp(label, "opt_out") == 0)
		return KC_OPT_OUT;
	if (strcmp(label, "opt_in") == 0)
		return KC_OPT_IN;
	if (strcmp(label, "help") == 0)
		return KC_HELP;
	return KC_NONE;
}

/*
 * Active class of a stored keyword: the last row for it wins (built-ins
 * first, then '*'), a disabled row removes it.  -1: not a keyword at all.
 */
static int
active_class(const char *kw, int len)
{
	int			cls = -1;

	for (int i = 0; i < NROWS; i++)
		if ((int) strlen(stored_keyword[i]) == len &&
			memcmp(stored_keyword[i], kw, len) == 0)
			cls = fake_rows[i].enabled ? (int) class_of(fake_rows[i].cls) : KC_NONE;
	return cls;
}

/* Does the WORDS form of an active opt-out keyword start at w[start]? */
static bool
opt_out_at(const char *w, int wlen, int start)
{
	for (int i = 0; i < NROWS; i++)
	{
		int			klen = (int) strlen(stored_words[i]);

		if (klen == 0 || active_class(stored_keyword[i], strlen(stored_keyword[i])) != KC_OPT_OUT)
			continue;
		if (start + klen <= wlen &&
			memcmp(w + start, stored_words[i], klen) == 0 &&
			(start + klen == wlen || w[start + klen] == ' '))
			return true;
	}
	return false;
}

static KeywordClass
reference_class(const char *body, int len, ClassifyMode mode)
{
	NormalizeResult k;
	NormalizeResult w;
	int			cls;
	bool		found = false;

	normalize_text(body, len, PG_UTF8, NORMALIZE_KEYWORD, -1, NULL, &k);
	cls = k.len > 0 ? active_class(k.text, k.len) : -1;
	pfree(k.text);
	if (cls > KC_NONE)
		return (KeywordClass) cls;
	if (mode == CLASSIFY_EXACT)
		return KC_NONE;

	normalize_text(body, len, PG_UTF8, NORMALIZE_WORDS, -1, NULL, &w);
	for (int start = 0; start < w.len && !found; start++)
	{
		if (start > 0 && w.text[start - 1] != ' ')
			continue;
		found = opt_out_at(w.text, w.len, start);
		if (mode == CLASSIFY_FIRST_WORD)
			break;
	}
	pfree(w.text);
	return found ? KC_OPT_OUT : KC_NONE;
}

/*
 * Known issue "first-word-multibyte": in first_word mode, ClassifyBody()
 * normalizes into max_words_len + 2 bytes ("room for the longest keyword, a
 * space and one more character"), which assumes a one-byte character: an
 * opt-out keyword of the longest length followed by a space and a 2-byte
 * letter (up to 2 bytes shorter and a 4-byte letter) does not fit, the text
 * is cut right after the keyword, and the keyword is not recognised because
 * the text is incomplete.  True when that is why first_word missed.
 */
static bool
first_word_multibyte_miss(const char *body, int len)
{
	NormalizeResult w;
	int			max_words_len = 0;
	int			limit;
	bool		explained = false;

	for (int i = 0; i < NROWS; i++)
		if (active_class(stored_keyword[i], strlen(stored_keyword[i])) == KC_OPT_OUT)
			max_words_len = Max(max_words_len, (int) strlen(stored_words[i]));
	limit = max_words_len + 2;

	normalize_text(body, len, PG_UTF8, NORMALIZE_WORDS, -1, NULL, &w);
	for (int i = 0; i < NROWS && !explained; i++)
	{
		int			klen = (int) strlen(stored_words[i]);

		if (active_class(stored_keyword[i], strlen(stored_keyword[i])) != KC_OPT_OUT ||
			klen == 0 || klen + 1 >= w.len ||
			memcmp(w.text, stored_words[i], klen) != 0 || w.text[klen] != ' ')
			continue;
		/* the keyword, the space and the next character do not fit */
		explained = klen + 1 + pg_utf_mblen((const unsigned char *) w.text + klen + 1) > limit;
	}
	pfree(w.text);
	return explained;
}

/* ---- the harness ---------------------------------------------------- */

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	/* stored keywords: what the keywords_normalize trigger would store */
	for (int i = 0; i < NROWS; i++)
	{
		NormalizeResult r;

		normalize_text(fake_rows[i].keyword, strlen(fake_rows[i].keyword),
					   PG_UTF8, NORMALIZE_KEYWORD, -1, NULL, &r);
		if (r.len == 0)
		{
			fprintf(stderr, "fuzz: keyword \"%s\" normalizes to nothing\n", fake_rows[i].keyword);
			abort();
		}
		stored_keyword[i] = r.text;
		normalize_text(r.text, r.len, PG_UTF8, NORMALIZE_WORDS, -1, NULL, &r);
		stored_words[i] = r.text;
	}
	keyword_set = KeywordSetForChain(NULL, 0, NULL);
	return 0;
}

static const char *const mode_names[] = {"exact", "first_word", "contains"};

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *body;
	int			len = fuzz_valid_prefix(data, size, PG_UTF8, &body);
	KeywordClass got[3];

	for (int m = CLASSIFY_EXACT; m <= CLASSIFY_CONTAINS; m++)
	{
		const KeywordEntry *matched = (const KeywordEntry *) 1;
		KeywordClass expected = reference_class(body, len, (ClassifyMode) m);

		got[m] = ClassifyBody(keyword_set, body, len, (ClassifyMode) m, &matched);
		if (m == CLASSIFY_FIRST_WORD && got[m] == KC_NONE && expected == KC_OPT_OUT &&
			KNOWN_ISSUE("first-word-multibyte") && first_word_multibyte_miss(body, len))
			got[m] = expected;	/* tolerated, see first_word_multibyte_miss() */
		else if (got[m] != expected ||
			(got[m] == KC_NONE) != (matched == NULL) ||
			(matched != NULL && matched->cls != got[m]))
		{
			fprintf(stderr, "fuzz_classify: mode %s: got class %d, expected %d (0 none, 1 opt_out, 2 opt_in, 3 help), matched %s\n",
					mode_names[m], (int) got[m], (int) expected,
					matched ? matched->keyword : "(none)");
			fuzz_print_bytes("body", body, len);
			abort();
		}
	}
	/* modes only ever add opt-outs */
	if ((got[0] != KC_NONE && (got[1] != got[0] || got[2] != got[0])) ||
		(got[1] == KC_OPT_OUT && got[2] != KC_OPT_OUT))
	{
		fprintf(stderr, "fuzz_classify: modes disagree: exact %d, first_word %d, contains %d\n",
				(int) got[0], (int) got[1], (int) got[2]);
		fuzz_print_bytes("body", body, len);
		abort();
	}
	free(body);
	return 0;
}
