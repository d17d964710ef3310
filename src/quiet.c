/*-------------------------------------------------------------------------
 *
 * quiet.c
 *	  Quiet hours and frequency caps (SPEC 10).
 *
 * Where a number is: the longest prefix of its digits in opt_consent.regions
 * (the user's rows) or builtin_regions (see NumberPlace).  Which
 * rules apply: the rows of builtin_quiet_hours and quiet_hours (and of
 * builtin_caps and caps) whose region is the recipient's region, its
 * country or '*', and whose category matches.  All
 * of it is read once per change of those tables (their triggers send a
 * relcache invalidation, as for the keywords) into backend memory, so a
 * row checked against the rules costs some hash probes and a conversion
 * to local time per zone -- no SPI.  Caps are the exception: the sends
 * they count are rows of opt_consent.cap_sends, read and written under a
 * transaction lock per (recipient, category).
 *
 * Local time comes from PostgreSQL's own time zone code (the IANA
 * database the server uses), so DST transitions are the server's.
 *
 *-------------------------------------------------------------------------
 */
#include "opt_consent.h"

#include "access/table.h"
#include "access/xact.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "pgtime.h"
#include "storage/lmgr.h"
#include "storage/lock.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/hsearch.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/relcache.h"
#include "utils/snapmgr.h"
#include "utils/timestamp.h"

#include "e164.h"
#include "quiet.h"

PG_FUNCTION_INFO_V1(region_of);
PG_FUNCTION_INFO_V1(timezones_of);
PG_FUNCTION_INFO_V1(next_allowed);
PG_FUNCTION_INFO_V1(valid_timezones);

#define MAX_PREFIX 15
#define HORIZON (INT64CONST(370) * USECS_PER_DAY)	/* how far next is sought */
#define MAX_STEPS 4000

/* (field2 of the pruning's advisory lock, of class OC_LOCK_CAP) */
#define PRUNE_LOCK_KEY	0x70727565

/*
 * A set of zones: names as read, loaded (pg_tzset) when a send or a query
 * first needs the set, not when the tables are read -- PostgreSQL keeps
 * every zone it loads for the life of the backend (about 18 kB each), and
 * the built-in regions name some 400: 7 MB per backend, where a deployment
 * sends to a few countries.  ResolveZones() loads a set and leaves out the
 * names the server lacks; n and tz are only meaningful after it.
 */
typedef struct ZoneSet
{
	int			n;
	int			room;			/* allocated entries of tz and name */
	bool		resolved;		/* tz loaded, unknown names left out */
	pg_tz	  **tz;
	const char **name;
} ZoneSet;

typedef struct PrefixEntry
{
	char		prefix[MAX_PREFIX + 1];	/* hash key */
	char	   *region;			/* NULL: unknown */
	ZoneSet		zones;
} PrefixEntry;

typedef struct RegionZones
{
	char		region[16];		/* hash key */
	ZoneSet		zones;
} RegionZones;

typedef struct CategoryFlag
{
	char		id[NAMEDATALEN + 8];	/* hash key */
	bool		solicitation;
} CategoryFlag;

typedef enum RuleCategory
{
	RULE_STAR,					/* '*': every send, labelled or not */
	RULE_SOLICITATION,			/* 'solicitation': categories flagged so */
	RULE_ID						/* one category */
} RuleCategory;

/* A quiet-hours window or a cap */
typedef struct Rule
{
	bool		builtin;
	bool		is_cap;
	char	   *region;			/* 'US', 'US-FL', '*' */
	RuleCategory cat_kind;
	char	   *category;
	int			days;			/* bit d set: ISO weekday d (1..7) */
	TimeADT		from;			/* microseconds since midnight */
	TimeADT		until;
	int			max_messages;	/* caps */
	int64		per;			/* caps: microseconds */
	char	   *citation;		/* NULL for a user row */
	bool		has_effective;
	DateADT		effective;
} Rule;

/*
 * A read in parallel mode uses the statement's snapshot (no new one may be
 * taken there): what it read is kept for later calls under the same
 * snapshot only (a region() in a parallel plan would otherwise read the
 * 3,000 rows of builtin_regions for every row).
 */
typedef struct QuietCache
{
	/* the rules (small: read at the first use of any rule) */
	bool		valid;
	SnapshotKey valid_for;		/* not valid: still for calls with this snapshot */
	MemoryContext cxt;
	Oid			relids[7];		/* [0], [1]: the regions tables */
	/* where numbers are (3,000+ rows: read when a rule first applies) */
	bool		regions_valid;
	SnapshotKey regions_valid_for;
	MemoryContext regions_cxt;
	HTAB	   *user_prefixes;
	HTAB	   *builtin_prefixes;
	int			user_maxlen;
	int			builtin_maxlen;
	HTAB	   *region_zones;
	HTAB	   *categories;
	Rule	   *rules;
	int			nrules;
	int64		max_per;		/* the longest cap interval: how long counts are kept */
	bool		any_star;		/* a user rule of category '*' */
} QuietCache;

static QuietCache cache;

void
QuietCacheInvalidate(Oid relid)
{
	if (relid == InvalidOid)
	{
		cache.valid = cache.valid_for.set = false;
		cache.regions_valid = cache.regions_valid_for.set = false;
		return;
	}
	for (int i = 0; i < (int) lengthof(cache.relids); i++)
		if (cache.relids[i] == relid)
		{
			if (i < 2)
				cache.regions_valid = cache.regions_valid_for.set = false;
			else
				cache.valid = cache.valid_for.set = false;
		}
}

/*
 * Is a fill still good?  Outside parallel mode: when valid.  In it: when
 * made under the same snapshot (the same rows are visible).
 */
static bool
FillGood(bool valid, const SnapshotKey *valid_for)
{
	return valid || (IsInParallelMode() && OptConsentSnapshotIs(valid_for));
}

/* After a fill: valid, or (parallel mode) good for this snapshot only */
static void
FillDone(bool *valid, SnapshotKey *valid_for)
{
	*valid = !IsInParallelMode();
	if (*valid || !ActiveSnapshotSet())
		valid_for->set = false;
	else
		OptConsentSnapshotKey(valid_for);
}

bool
QuietValidTimezone(const char *name)
{
	return name != NULL && name[0] != '\0' && strlen(name) < TZ_STRLEN_MAX &&
		pg_tzset(name) != NULL;
}

/* A text[] of zone names into a ZoneSet (names the server lacks are left out) */
static void
ReadZones(Datum d, bool isnull, ZoneSet *zs)
{
	ArrayType  *arr;
	Datum	   *elems;
	bool	   *nulls;
	int			n;

	memset(zs, 0, sizeof(ZoneSet));
	if (isnull)
		return;
	arr = DatumGetArrayTypeP(d);
	deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	if (n == 0)
		return;
	zs->room = n;
	zs->tz = palloc(sizeof(pg_tz *) * n);
	zs->name = palloc(sizeof(char *) * n);
	for (int i = 0; i < n; i++)
	{
		if (nulls[i])
			continue;
		zs->tz[zs->n] = NULL;
		zs->name[zs->n++] = TextDatumGetCString(elems[i]);
	}
}

/*
 * Load the zones of a set that is kept in a cache (in place, once): names
 * the server lacks are left out, so n == 0 afterwards if it knows none
 */
static void
ResolveZones(ZoneSet *zs)
{
	int			kept = 0;

	if (zs->resolved)
		return;
	for (int i = 0; i < zs->n; i++)
	{
		const char *name = zs->name[i];
		pg_tz	   *tz = strlen(name) < TZ_STRLEN_MAX ? pg_tzset(name) : NULL;

		if (tz == NULL)
			continue;
		zs->tz[kept] = tz;
		zs->name[kept++] = name;
	}
	zs->n = kept;
	zs->resolved = true;
}

/* A set of one zone (in the current memory context) */
static ZoneSet
OneZone(pg_tz *tz, const char *name)
{
	ZoneSet		zs;

	zs.n = zs.room = 1;
	zs.resolved = true;
	zs.tz = palloc(sizeof(pg_tz *));
	zs.name = palloc(sizeof(char *));
	zs.tz[0] = tz;
	zs.name[0] = name;
	return zs;
}

static void
AddRegionZones(const char *region, const ZoneSet *zs)
{
	RegionZones *rz;
	bool		found;

	if (region == NULL || strlen(region) >= sizeof(rz->region))
		return;
	rz = hash_search(cache.region_zones, region, HASH_ENTER, &found);
	if (!found)
		memset(&rz->zones, 0, sizeof(ZoneSet));
	for (int i = 0; i < zs->n; i++)
	{
		bool		dup = false;

		for (int j = 0; j < rz->zones.n; j++)
			dup |= strcmp(rz->zones.name[j], zs->name[i]) == 0;
		if (dup)
			continue;
		if (rz->zones.n == rz->zones.room)
		{
			/* (in the regions' context, where the entry is) */
			rz->zones.room = Max(4, rz->zones.room * 2);
			rz->zones.tz = rz->zones.tz ?
				repalloc(rz->zones.tz, sizeof(pg_tz *) * rz->zones.room) :
				palloc(sizeof(pg_tz *) * rz->zones.room);
			rz->zones.name = rz->zones.name ?
				repalloc(rz->zones.name, sizeof(char *) * rz->zones.room) :
				palloc(sizeof(char *) * rz->zones.room);
		}
		rz->zones.tz[rz->zones.n] = zs->tz[i];
		rz->zones.name[rz->zones.n++] = zs->name[i];
	}
}

static HTAB *
MakeHash(const char *name, Size keysize, Size entrysize, MemoryContext cxt)
{
	HASHCTL		ctl;

	memset(&ctl, 0, sizeof(ctl));
	ctl.keysize = keysize;
	ctl.entrysize = entrysize;
	ctl.hcxt = cxt;
	return hash_create(name, 256, &ctl, HASH_ELEM | HASH_STRINGS | HASH_CONTEXT);
}

static void
LoadPrefixes(const char *table, HTAB *hash, int *maxlen)
{
	char	   *query = psprintf("SELECT prefix, region, timezones FROM opt_consent.%s", table);

	OwnerSpiReadLatest(query, 0, NULL, NULL, 0, table);
	for (uint64 i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		char	   *prefix = SPI_getvalue(tup, desc, 1);
		char	   *region = SPI_getvalue(tup, desc, 2);
		bool		isnull;
		Datum		zones = SPI_getbinval(tup, desc, 3, &isnull);
		PrefixEntry *e;
		MemoryContext old;

		if (prefix == NULL || strlen(prefix) > MAX_PREFIX)
			continue;
		old = MemoryContextSwitchTo(cache.regions_cxt);
		e = hash_search(hash, prefix, HASH_ENTER, NULL);
		e->region = region ? pstrdup(region) : NULL;
		ReadZones(zones, isnull, &e->zones);
		AddRegionZones(e->region, &e->zones);
		MemoryContextSwitchTo(old);
		*maxlen = Max(*maxlen, (int) strlen(prefix));
	}
}

static int
DaysMask(Datum d)
{
	ArrayType  *arr = DatumGetArrayTypeP(d);
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int			mask = 0;

	deconstruct_array(arr, INT4OID, 4, true, TYPALIGN_INT, &elems, &nulls, &n);
	for (int i = 0; i < n; i++)
		if (!nulls[i] && DatumGetInt32(elems[i]) >= 1 && DatumGetInt32(elems[i]) <= 7)
			mask |= 1 << DatumGetInt32(elems[i]);
	return mask;
}

static void
LoadRules(bool caps)
{
	const char *query = caps ?
		"SELECT region, category, NULL::int[], NULL::time, NULL::time, max_messages,"
		"       per, citation, effective, true FROM opt_consent.builtin_caps"
		" UNION ALL SELECT region, category, NULL, NULL, NULL, max_messages, per,"
		"       NULL, NULL, false FROM opt_consent.caps" :
		"SELECT region, category, days, allowed_from, allowed_until, NULL::int,"
		"       NULL::interval, citation, effective, true FROM opt_consent.builtin_quiet_hours"
		" UNION ALL SELECT region, category, days, allowed_from, allowed_until, NULL, NULL,"
		"       NULL, NULL, false FROM opt_consent.quiet_hours";

	OwnerSpiReadLatest(query, 0, NULL, NULL, 0,
					   caps ? "opt_consent.caps" : "opt_consent.quiet_hours");
	if (SPI_processed == 0)
		return;
	cache.rules = cache.rules == NULL ?
		MemoryContextAllocZero(cache.cxt, sizeof(Rule) * SPI_processed) :
		repalloc(cache.rules, sizeof(Rule) * (cache.nrules + SPI_processed));
	for (uint64 i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		Rule	   *r = &cache.rules[cache.nrules];
		bool		isnull;
		Datum		d;
		char	   *s;

		memset(r, 0, sizeof(Rule));
		r->is_cap = caps;
		r->builtin = DatumGetBool(SPI_getbinval(tup, desc, 10, &isnull));
		s = SPI_getvalue(tup, desc, 1);
		r->region = MemoryContextStrdup(cache.cxt, s ? s : "*");
		s = SPI_getvalue(tup, desc, 2);
		r->category = MemoryContextStrdup(cache.cxt, s ? s : "*");
		r->cat_kind = strcmp(r->category, "*") == 0 ? RULE_STAR :
			strcmp(r->category, "solicitation") == 0 ? RULE_SOLICITATION : RULE_ID;
		if (!caps)
		{
			d = SPI_getbinval(tup, desc, 3, &isnull);
			r->days = isnull ? 0 : DaysMask(d);
			r->from = DatumGetTimeADT(SPI_getbinval(tup, desc, 4, &isnull));
			r->until = DatumGetTimeADT(SPI_getbinval(tup, desc, 5, &isnull));
		}
		else
		{
			Interval   *per;

			r->max_messages = DatumGetInt32(SPI_getbinval(tup, desc, 6, &isnull));
			per = DatumGetIntervalP(SPI_getbinval(tup, desc, 7, &isnull));
			/* (the tables' CHECK: no months, so a fixed length) */
			r->per = per->day * USECS_PER_DAY + per->time;
			if (r->per <= 0 || r->max_messages < 1)
				continue;
			cache.max_per = Max(cache.max_per, r->per);
		}
		s = SPI_getvalue(tup, desc, 8);
		r->citation = s ? MemoryContextStrdup(cache.cxt, s) : NULL;
		d = SPI_getbinval(tup, desc, 9, &isnull);
		r->has_effective = !isnull;
		if (!isnull)
			r->effective = DatumGetDateADT(d);
		if (!r->builtin && r->cat_kind == RULE_STAR)
			cache.any_star = true;
		cache.nrules++;
	}
}

static void FillCache(void);

/* The rules and categories, read again after an invalidation (inline: every row asks) */
static inline void
LoadCache(void)
{
	if (likely(FillGood(cache.valid, &cache.valid_for)))
		return;
	FillCache();
}

static pg_noinline void
FillCache(void)
{
	static const char *const tables[7] = {"regions", "builtin_regions", "quiet_hours",
	"builtin_quiet_hours", "caps", "builtin_caps", "categories"};
	const OptConsentCatalog *cat = OptConsentGetCatalog();
	OwnerSpi	spi;

	for (int i = 0; i < (int) lengthof(tables); i++)
	{
		cache.relids[i] = get_relname_relid(tables[i], cat->namespace_oid);
		if (!OidIsValid(cache.relids[i]))
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("quiet hours need version 1.2 of opt_consent"),
					 errhint("Run ALTER EXTENSION opt_consent UPDATE.")));
	}
	if (cache.cxt == NULL)
		cache.cxt = AllocSetContextCreate(TopMemoryContext, "opt_consent quiet hours",
										  ALLOCSET_DEFAULT_SIZES);
	else
		MemoryContextReset(cache.cxt);
	cache.rules = NULL;
	cache.nrules = 0;
	cache.max_per = 0;
	cache.any_star = false;
	cache.categories = MakeHash("opt_consent category flags", sizeof(((CategoryFlag *) 0)->id),
								sizeof(CategoryFlag), cache.cxt);

	OwnerSpiBegin(&spi);
	LoadRules(false);
	LoadRules(true);
	OwnerSpiReadLatest("SELECT id, solicitation FROM opt_consent.categories", 0, NULL, NULL, 0,
					   "opt_consent.categories");
	for (uint64 i = 0; i < SPI_processed; i++)
	{
		char	   *id = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1);
		bool		isnull;
		CategoryFlag *c;

		if (id == NULL || strlen(id) >= sizeof(c->id))
			continue;
		c = hash_search(cache.categories, id, HASH_ENTER, NULL);
		c->solicitation = DatumGetBool(SPI_getbinval(SPI_tuptable->vals[i],
													 SPI_tuptable->tupdesc, 2, &isnull));
	}
	OwnerSpiEnd(&spi);
	/* (a read in parallel mode used the statement's snapshot: kept for it) */
	FillDone(&cache.valid, &cache.valid_for);
}

/* Where numbers are: both regions tables (after LoadCache) */
static void
LoadRegions(void)
{
	OwnerSpi	spi;

	if (FillGood(cache.regions_valid, &cache.regions_valid_for))
		return;
	if (cache.regions_cxt == NULL)
		cache.regions_cxt = AllocSetContextCreate(TopMemoryContext, "opt_consent regions",
												  ALLOCSET_DEFAULT_SIZES);
	else
		MemoryContextReset(cache.regions_cxt);
	cache.user_maxlen = cache.builtin_maxlen = 0;
	cache.user_prefixes = MakeHash("opt_consent regions", sizeof(((PrefixEntry *) 0)->prefix),
								   sizeof(PrefixEntry), cache.regions_cxt);
	cache.builtin_prefixes = MakeHash("opt_consent builtin regions",
									  sizeof(((PrefixEntry *) 0)->prefix), sizeof(PrefixEntry),
									  cache.regions_cxt);
	cache.region_zones = MakeHash("opt_consent region zones", sizeof(((RegionZones *) 0)->region),
								  sizeof(RegionZones), cache.regions_cxt);
	OwnerSpiBegin(&spi);
	LoadPrefixes("builtin_regions", cache.builtin_prefixes, &cache.builtin_maxlen);
	LoadPrefixes("regions", cache.user_prefixes, &cache.user_maxlen);
	OwnerSpiEnd(&spi);
	FillDone(&cache.regions_valid, &cache.regions_valid_for);
}

static bool
IsSolicitation(const char *category)
{
	CategoryFlag *c;

	if (category == NULL || strlen(category) >= sizeof(c->id))
		return false;
	c = hash_search(cache.categories, category, HASH_FIND, NULL);
	return c != NULL && c->solicitation;
}

/* See quiet.h; the lock once per (sub)transaction (an abort releases it) */
void
QuietPrepare(void)
{
	static LocalTransactionId locked_lxid = InvalidLocalTransactionId;
	static SubTransactionId locked_subxid = InvalidSubTransactionId;
	Oid			relid;

	LoadRegions();
	if (locked_lxid == OC_MyLocalTransactionId() &&
		locked_subxid == GetCurrentSubTransactionId())
		return;
	relid = get_relname_relid("cap_sends", OptConsentGetCatalog()->namespace_oid);
	if (OidIsValid(relid))
	{
		/* (as the count's INSERT takes them: the table and its indexes) */
		Relation	rel = table_open(relid, RowExclusiveLock);
		List	   *indexes = RelationGetIndexList(rel);
		ListCell   *lc;

		foreach(lc, indexes)
			LockRelationOid(lfirst_oid(lc), RowExclusiveLock);
		list_free(indexes);
		table_close(rel, NoLock);
	}
	locked_lxid = OC_MyLocalTransactionId();
	locked_subxid = GetCurrentSubTransactionId();
}

/* Does a rule's category cover a send of this category? */
static bool
CategoryMatches(const Rule *r, const char *category, bool solicitation)
{
	/* an unlabelled send: the user's rules for every category only */
	if (category == NULL)
		return !r->builtin && r->cat_kind == RULE_STAR;
	/* the laws are about telemarketing */
	if (r->builtin && !solicitation)
		return false;
	switch (r->cat_kind)
	{
		case RULE_STAR:
			return true;
		case RULE_SOLICITATION:
			return solicitation;
		case RULE_ID:
			return strcmp(r->category, category) == 0;
	}
	return false;
}

bool
QuietMayApply(const char *category)
{
	bool		solicitation;

	OptConsentCheckInvalidations();
	/* (1.0 and 1.1 have no rules: the library is newer than the SQL) */
	if (!OptConsentGetCatalog()->v12)
		return false;
	LoadCache();
	if (category == NULL)
		return cache.any_star;
	solicitation = IsSolicitation(category);
	for (int i = 0; i < cache.nrules; i++)
		if (CategoryMatches(&cache.rules[i], category, solicitation))
			return true;
	return false;
}

/* The row of one table for the first n digits of a number, or NULL */
static PrefixEntry *
PrefixRow(HTAB *hash, const char *digits, int n)
{
	char		key[MAX_PREFIX + 1];

	memset(key, 0, sizeof(key));
	memcpy(key, digits, n);
	return hash_search(hash, key, HASH_FIND, NULL);
}

/* The row of the longest prefix of the number's digits in one table */
static PrefixEntry *
FindPrefix(HTAB *hash, int maxlen, const char *digits)
{
	int			len = strlen(digits);

	for (int n = Min(len, maxlen); n >= 1; n--)
	{
		PrefixEntry *e = PrefixRow(hash, digits, n);

		if (e != NULL)
			return e;
	}
	return NULL;
}

/*
 * The length of the built-in area code or calling code of a number, or 0:
 * the shortest built-in prefix of its digits whose region is in the country
 * of the longest one's (of +7 7012..., Kazakhstan's 77, not Russia's 7; of
 * +1 201 631..., area code 201, though 1201631 is in New York).
 */
static int
BuiltinBaseLength(const PrefixEntry *longest, const char *digits)
{
	int			len = strlen(digits);

	for (int n = 1; n <= Min(len, cache.builtin_maxlen); n++)
	{
		PrefixEntry *e = PrefixRow(cache.builtin_prefixes, digits, n);

		if (e == NULL)
			continue;
		if (longest->region == NULL ||
			(e->region != NULL && strncmp(e->region, longest->region, 2) == 0))
			return n;
	}
	return 0;
}

/*
 * Where a number is (SPEC 10: the user's rows win "by longest prefix").
 * The user's rows count down to the length of the built-in area code or
 * calling code (BuiltinBaseLength): so a user row for an area code replaces
 * it with all its built-in refinements, and a catch-all user row such as
 * '1' only fills what no built-in row covers (it does not turn Florida into
 * 'US', taking the state's laws away).  Among them, the region is that of
 * the longest with a region, the zones those of the longest with zones (if
 * it is no shorter); a user row with zones and no region keeps the region
 * of the built-in row, one with neither changes nothing.  The result lives
 * until the next call.
 */
static PrefixEntry *
NumberPlace(uint64 recipient)
{
	static PrefixEntry merged;
	char		buf[E164_MAX_TEXT + 1];
	const char *digits = buf + 1;
	PrefixEntry *b;
	PrefixEntry *ur = NULL;		/* the longest user row with a region */
	PrefixEntry *uz = NULL;		/* the longest user row with zones */
	int			urlen = 0;
	int			uzlen = 0;
	int			floor = 1;

	LoadRegions();
	e164_format(recipient, buf);
	b = FindPrefix(cache.builtin_prefixes, cache.builtin_maxlen, digits);
	if (b != NULL)
		floor = Max(1, BuiltinBaseLength(b, digits));
	for (int n = Min((int) strlen(digits), cache.user_maxlen); n >= floor && ur == NULL; n--)
	{
		PrefixEntry *e = PrefixRow(cache.user_prefixes, digits, n);

		if (e == NULL)
			continue;
		ResolveZones(&e->zones);
		if (uz == NULL && e->zones.n > 0)
		{
			uz = e;
			uzlen = n;
		}
		if (e->region != NULL)
		{
			ur = e;
			urlen = n;
		}
	}
	if (ur == NULL && uz == NULL)
		return b;
	if (ur != NULL && (uz == NULL || uzlen <= urlen))
		return ur;				/* (its zones, else its region's) */
	/* zones of a longer user row, region of a shorter one or the built-in */
	merged = *uz;
	merged.region = ur != NULL ? ur->region : b != NULL ? b->region : NULL;
	return &merged;
}

static bool
RegionWellFormed(const char *region)
{
	int			len = strlen(region);

	if (len != 2 && (len < 4 || len > 6 || region[2] != '-'))
		return false;
	for (int i = 0; i < len; i++)
	{
		char		c = region[i];

		if (i == 2)
			continue;
		if (!(c >= 'A' && c <= 'Z') && !(i > 2 && c >= '0' && c <= '9'))
			return false;
	}
	return true;
}

/* Local date, ISO weekday and time of day of an instant in a zone */
typedef struct LocalTime
{
	int			jdate;
	int			isoday;
	TimeADT		tod;
} LocalTime;

static void
ToLocal(TimestampTz t, pg_tz *tz, LocalTime *lt)
{
	struct pg_tm tm;
	fsec_t		fsec;
	int			tzoff;

	if (timestamp2tm(t, &tzoff, &tm, &fsec, NULL, tz) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("timestamp out of range")));
	lt->jdate = date2j(tm.tm_year, tm.tm_mon, tm.tm_mday);
	/* (timestamp2tm leaves tm_wday unset) */
	lt->isoday = j2day(lt->jdate) == 0 ? 7 : j2day(lt->jdate);
	lt->tod = ((((int64) tm.tm_hour * MINS_PER_HOUR + tm.tm_min) * SECS_PER_MINUTE) +
			   tm.tm_sec) * USECS_PER_SEC + fsec;
}

/*
 * The instant of a local date and time in a zone, as PostgreSQL reads one
 * (a time that the zone skips with the offset before the change, one that
 * it repeats as the later of the two); DT_NOEND past the last timestamp
 * (a window that would open or close then never does: the search near the
 * end of the range answers infinity, "none", instead of failing).
 */
static TimestampTz
PgFromLocal(int jdate, TimeADT tod, pg_tz *tz)
{
	struct pg_tm tm;
	int			tzoff;
	Timestamp	result;
	fsec_t		fsec;

	memset(&tm, 0, sizeof(tm));
	j2date(jdate, &tm.tm_year, &tm.tm_mon, &tm.tm_mday);
	time2tm(tod, &tm, &fsec);
	tzoff = DetermineTimeZoneOffset(&tm, tz);
	if (tm2timestamp(&tm, fsec, &tzoff, &result) != 0 || !IS_VALID_TIMESTAMP(result))
		return DT_NOEND;
	return result;
}

/* The next change of the zone's UTC offset after t, or DT_NOEND */
static TimestampTz
NextOffsetChange(TimestampTz t, pg_tz *tz, long *before, long *after)
{
	pg_time_t	from = timestamptz_to_time_t(t);
	pg_time_t	boundary;
	int			before_isdst;
	int			after_isdst;

	if (pg_next_dst_boundary(&from, before, &before_isdst, &boundary, after,
							 &after_isdst, tz) != 1)
		return DT_NOEND;
	/* (the rules run on past the last timestamp: a change there is none) */
	if (boundary > timestamptz_to_time_t(END_TIMESTAMP - 1))
		return DT_NOEND;
	return time_t_to_timestamptz(boundary);
}

/*
 * The first instant at which the local time in a zone is a date and time
 * or later that day: a time that the zone skips (spring forward) opens at
 * the end of the gap, the moment of the change; one that it repeats (fall
 * back), at the first of the two that is not before not_before (a search
 * at 01:10 of the second pass looks for 01:20 of the second pass: the
 * first was an hour before).
 */
static TimestampTz
FromLocal(int jdate, TimeADT tod, pg_tz *tz, TimestampTz not_before)
{
	TimestampTz r = PgFromLocal(jdate, tod, tz);
	Timestamp	wall = (Timestamp) (jdate - POSTGRES_EPOCH_JDATE) * USECS_PER_DAY + tod;
	long		before;
	long		after;
	TimestampTz b;
	TimestampTz with_before;
	TimestampTz with_after;
	bool		before_ok;
	bool		after_ok;

	if (r == DT_NOEND || r > END_TIMESTAMP - USECS_PER_DAY)
		return r;				/* (the end of the range: no change near it) */
	b = NextOffsetChange(r - USECS_PER_DAY, tz, &before, &after);
	if (b == DT_NOEND || b > r + USECS_PER_DAY)
		return r;				/* no change of offset near it */
	with_before = wall - (TimestampTz) before * USECS_PER_SEC;
	with_after = wall - (TimestampTz) after * USECS_PER_SEC;
	before_ok = with_before < b;
	after_ok = with_after >= b;
	if (before_ok && after_ok)
	{
		/* repeated: the first pass, unless it is over already */
		TimestampTz first = Min(with_before, with_after);

		return first >= not_before ? first : Max(with_before, with_after);
	}
	if (before_ok)
		return with_before;
	if (after_ok)
		return with_after;
	return b;					/* skipped: the end of the gap */
}

static bool
RuleInForce(const Rule *r, const LocalTime *lt)
{
	return (r->days & (1 << lt->isoday)) != 0 &&
		(!r->has_effective || lt->jdate >= r->effective + POSTGRES_EPOCH_JDATE);
}

static bool
WindowAllows(const Rule *r, TimeADT tod)
{
	if (r->from < r->until)
		return tod >= r->from && tod < r->until;
	if (r->from > r->until)		/* over midnight */
		return tod >= r->from || tod < r->until;
	return false;				/* from = until: nothing that day */
}

/* The earliest instant at which a window that refuses lt (at t) could allow */
static TimestampTz
WindowOpens(const Rule *r, const LocalTime *lt, pg_tz *tz, TimestampTz t)
{
	if (r->from != r->until && lt->tod < r->from)
		return FromLocal(lt->jdate, r->from, tz, t);
	return FromLocal(lt->jdate + 1, 0, tz, t);	/* the next local day */
}

/* 08:00, or 08:00:30 */
static char *
TimeText(TimeADT t)
{
	int64		secs = t / USECS_PER_SEC;

	if (secs % 60 != 0)
		return psprintf("%02d:%02d:%02d", (int) (secs / 3600), (int) (secs / 60 % 60),
						(int) (secs % 60));
	return psprintf("%02d:%02d", (int) (secs / 3600), (int) (secs / 60 % 60));
}

/* 24 hours, 90 minutes, 45 seconds */
static char *
IntervalText(int64 usecs)
{
	int64		secs = usecs / USECS_PER_SEC;

	if (secs % 3600 == 0)
		return psprintf("%lld hour%s", (long long) (secs / 3600), secs == 3600 ? "" : "s");
	if (secs % 60 == 0)
		return psprintf("%lld minutes", (long long) (secs / 60));
	return psprintf("%lld seconds", (long long) secs);
}


static char *
DaysText(int mask)
{
	static const char *const names[8] = {"", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
	StringInfoData buf;

	if (mask == 0xFE)
		return "every day";
	initStringInfo(&buf);
	for (int d = 1; d <= 7; d++)
		if (mask & (1 << d))
			appendStringInfo(&buf, "%s%s", buf.len ? "," : "", names[d]);
	return buf.data;
}

static char *
RuleText(const Rule *r)
{
	if (r->is_cap)
		return psprintf("%s cap of %s for %s, at most %d per %s", r->builtin ? "built-in" : "user",
						r->region, r->category, r->max_messages, IntervalText(r->per));
	return psprintf("%s quiet hours of %s for %s, %s %s-%s local time",
					r->builtin ? "built-in" : "user", r->region, r->category,
					DaysText(r->days), TimeText(r->from), TimeText(r->until));
}

/* What a send is subject to */
typedef struct Subject
{
	const char *category;
	const Rule **rules;			/* every row that applies */
	int			nrules;
	const Rule **caps;
	int			ncaps;
	ZoneSet		zones;
	int64		max_per;
} Subject;

/* The zones of every prefix of a region, or NULL (after LoadRegions) */
static RegionZones *
RegionZonesOf(const char *region)
{
	if (strlen(region) >= sizeof(((RegionZones *) 0)->region))
		return NULL;
	return hash_search(cache.region_zones, region, HASH_FIND, NULL);
}

/*
 * The zones of a number's place: its row's, else (a prefix of yours with a
 * region and no zones) those of its region
 */
static ZoneSet
PlaceZones(PrefixEntry *place)
{
	RegionZones *rz;

	/* (place comes from NumberPlace(), which loaded the regions) */
	ResolveZones(&place->zones);
	if (place->zones.n > 0 || place->region == NULL)
		return place->zones;
	rz = RegionZonesOf(place->region);
	if (rz == NULL)
		return place->zones;
	ResolveZones(&rz->zones);
	return rz->zones;
}

/*
 * A region or time zone override (region=, timezone=, next_allowed()):
 * 22023 unless well formed / known.  Returns the zone, or NULL if none.
 */
pg_tz *
QuietCheckOverrides(const char *region, const char *timezone)
{
	pg_tz	   *tz = NULL;

	if (region != NULL && region[0] != '\0' && !RegionWellFormed(region))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid region \"%s\"", region),
				 errhint("A region is an ISO 3166-1 country (US) or an ISO 3166-2 subdivision (US-FL).")));
	if (timezone != NULL && timezone[0] != '\0')
	{
		tz = strlen(timezone) < TZ_STRLEN_MAX ? pg_tzset(timezone) : NULL;
		if (tz == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("time zone \"%s\" not recognized", timezone),
					 errhint("Use an IANA time zone name such as America/Chicago.")));
	}
	return tz;
}

static void
SubjectOf(const QuietSend *send, Subject *s)
{
	bool		solicitation = IsSolicitation(send->category);
	const char *region = NULL;
	char		country[3] = "";
	PrefixEntry *place = NULL;
	pg_tz	   *tz;

	memset(s, 0, sizeof(Subject));
	s->category = send->category;

	/* the overrides are checked whether or not a rule applies */
	tz = QuietCheckOverrides(send->region, send->timezone);
	if (send->region != NULL && send->region[0] != '\0')
		region = send->region;
	else
	{
		place = NumberPlace(send->recipient);
		if (place != NULL)
			region = place->region;
	}
	if (region != NULL)
		strlcpy(country, region, sizeof(country));

	s->rules = palloc(sizeof(Rule *) * Max(cache.nrules, 1));
	s->caps = palloc(sizeof(Rule *) * Max(cache.nrules, 1));
	for (int i = 0; i < cache.nrules; i++)
	{
		const Rule *r = &cache.rules[i];

		if (!CategoryMatches(r, send->category, solicitation))
			continue;
		if (!(strcmp(r->region, "*") == 0 ||
			  (region != NULL && (strcmp(r->region, region) == 0 ||
								  strcmp(r->region, country) == 0))))
			continue;
		if (r->is_cap)
		{
			s->caps[s->ncaps++] = r;
			s->max_per = Max(s->max_per, r->per);
		}
		else
			s->rules[s->nrules++] = r;
	}
	if (s->nrules == 0 && s->ncaps == 0)
		return;

	/* the zones: timezone=, else those of region=, else the number's */
	if (tz != NULL)
	{
		s->zones = OneZone(tz, send->timezone);
		return;
	}
	if (place == NULL && region != NULL)
	{
		RegionZones *rz;

		LoadRegions();
		rz = RegionZonesOf(region);
		if (rz != NULL)
			ResolveZones(&rz->zones);
		if (rz != NULL && rz->zones.n > 0)
			s->zones = rz->zones;
		else
			place = NumberPlace(send->recipient);
	}
	if (s->zones.n == 0 && place != NULL)
		s->zones = PlaceZones(place);
	if (s->zones.n == 0)
	{
		/* nothing known: the session's time zone */
		s->zones = OneZone(session_timezone, pg_get_timezone_name(session_timezone));
	}
}

/*
 * Are the quiet-hours rules satisfied at t?  If not, *next is a lower
 * bound of the instant they could be, and the first refusal is noted.
 */
static bool
HoursAllow(const Subject *s, TimestampTz t, TimestampTz *next, QuietVerdict *v)
{
	bool		ok = true;

	*next = t;
	if (s->nrules == 0)
		return true;
	for (int z = 0; z < s->zones.n; z++)
	{
		LocalTime	lt;

		ToLocal(t, s->zones.tz[z], &lt);
		for (int i = 0; i < s->nrules; i++)
		{
			const Rule *r = s->rules[i];
			TimestampTz opens;

			if (!RuleInForce(r, &lt) || WindowAllows(r, lt.tod))
				continue;
			if (ok && v != NULL && v->rule == NULL)
			{
				v->rule = RuleText(r);
				v->citation = r->citation;
				v->local = psprintf("%s %s in %s", DaysText(1 << lt.isoday), TimeText(lt.tod),
									s->zones.name[z]);
			}
			ok = false;
			opens = WindowOpens(r, &lt, s->zones.tz[z], t);
			*next = Max(*next, opens);
		}
	}
	/*
	 * Up to a change of a zone's offset the local times run on evenly and
	 * the windows open where computed; past it they may repeat (a window
	 * that closed at 01:30 opens again when 02:00 turns back to 01:00):
	 * look again at the change.
	 */
	if (!ok)
	{
		for (int z = 0; z < s->zones.n; z++)
		{
			long		before;
			long		after;
			TimestampTz change = NextOffsetChange(t, s->zones.tz[z], &before, &after);

			if (change > t && change < *next)
				*next = change;
		}
	}
	if (!ok && *next <= t)
		*next = t + USECS_PER_SEC;
	return ok;
}

/*
 * Caps at t, given the counted sends (sorted): with the send at t, no
 * interval of a cap's length may hold more than its maximum.  If one is
 * full, *next is the earliest instant that a slot could free.
 */
static bool
CapsAllow(const Subject *s, const TimestampTz *sends, int n, TimestampTz t,
		  TimestampTz *next, QuietVerdict *v)
{
	bool		ok = true;
	int			pos = 0;

	*next = t;
	while (pos < n && sends[pos] <= t)
		pos++;
	for (int c = 0; c < s->ncaps; c++)
	{
		const Rule *r = s->caps[c];
		bool		full = false;

		/*
		 * (in force from its effective date in the recipient's local time,
		 * as the hours are: in any of its zones)
		 */
		if (r->has_effective)
		{
			bool		in_force = s->zones.n == 0 &&
				t >= (TimestampTz) r->effective * USECS_PER_DAY;	/* (no zone: UTC) */

			for (int z = 0; z < s->zones.n && !in_force; z++)
			{
				LocalTime	lt;

				ToLocal(t, s->zones.tz[z], &lt);
				in_force = lt.jdate >= r->effective + POSTGRES_EPOCH_JDATE;
			}
			if (!in_force)
				continue;
		}
		/*
		 * With t inserted at pos, a group of max+1 consecutive sends that
		 * includes t and spans less than per is too many.
		 */
		for (int start = pos - r->max_messages; start <= pos && !full; start++)
		{
			int			end = start + r->max_messages;	/* in the list with t */
			TimestampTz first,
						last;

			if (start < 0 || end > n)
				continue;
			first = start == pos ? t : sends[start];
			last = end == pos ? t : sends[end - (end > pos ? 1 : 0)];
			if (last - first < r->per)
				full = true;
		}
		if (!full)
			continue;
		if (ok && v != NULL && v->rule == NULL)
		{
			v->rule = RuleText(r);
			v->citation = r->citation;
			v->local = psprintf("%d sends counted within %s of %s", r->max_messages,
								IntervalText(r->per), timestamptz_to_str(t));
		}
		ok = false;
		/* a slot frees only when an earlier send drops out of the interval */
		{
			TimestampTz soonest = DT_NOEND;

			for (int i = 0; i < n; i++)
				if (sends[i] + r->per > t)
					soonest = Min(soonest, sends[i] + r->per);
			*next = Max(*next, soonest);
		}
	}
	return ok;
}

/* The counted sends of (recipient, category) after since, sorted */
static TimestampTz *
ReadCounted(uint64 recipient, const char *category, TimestampTz since, int *n)
{
	const OptConsentCatalog *cat = OptConsentGetCatalog();
	Oid			argtypes[3] = {cat->e164_typid, TEXTOID, TIMESTAMPTZOID};
	Datum		values[3];
	OwnerSpi	spi;
	TimestampTz *sends;

	values[0] = Int64GetDatum((int64) recipient);
	values[1] = CStringGetTextDatum(category);
	values[2] = TimestampTzGetDatum(since);
	OwnerSpiBegin(&spi);
	OwnerSpiReadLatest("SELECT sent_at FROM opt_consent.cap_sends"
					   " WHERE recipient OPERATOR(opt_consent.=) $1"
					   "   AND category OPERATOR(pg_catalog.=) $2"
					   "   AND sent_at OPERATOR(pg_catalog.>) $3"
					   " ORDER BY sent_at", 3, argtypes, values, 0, "opt_consent.cap_sends");
	*n = (int) SPI_processed;
	sends = MemoryContextAlloc(spi.caller_cxt, sizeof(TimestampTz) * (*n + 1));
	for (int i = 0; i < *n; i++)
	{
		bool		isnull;

		sends[i] = DatumGetTimestampTz(SPI_getbinval(SPI_tuptable->vals[i],
													 SPI_tuptable->tupdesc, 1, &isnull));
	}
	OwnerSpiEnd(&spi);
	return sends;
}

/*
 * Take a cap slot: a row of cap_sends.  Counts that no cap can look at any
 * more (older than the longest interval) are pruned a few at a time by one
 * session at once, read with the latest state so that no two prune the
 * same row.
 */
static void
CountSend(uint64 recipient, const char *category, TimestampTz at)
{
	const OptConsentCatalog *cat = OptConsentGetCatalog();
	Oid			argtypes[3] = {cat->e164_typid, TEXTOID, TIMESTAMPTZOID};
	Datum		values[3];
	OwnerSpi	spi;
	LOCKTAG		tag;

	values[0] = Int64GetDatum((int64) recipient);
	values[1] = CStringGetTextDatum(category);
	values[2] = TimestampTzGetDatum(at);
	OwnerSpiBegin(&spi);
	if (SPI_execute_with_args("INSERT INTO opt_consent.cap_sends (recipient, category, sent_at)"
							  " VALUES ($1, $2, $3)", 3, argtypes, values, NULL, false, 0)
		!= SPI_OK_INSERT)
		elog(ERROR, "could not count the send in opt_consent.cap_sends");

	SET_LOCKTAG_ADVISORY(tag, MyDatabaseId, PRUNE_LOCK_KEY, 0, OC_LOCK_CAP);
	if (LockAcquire(&tag, ExclusiveLock, false, true) != LOCKACQUIRE_NOT_AVAIL)
	{
		SPIPlanPtr	plan;
		Datum		cutoff[1];
		Oid			cutofftype[1] = {TIMESTAMPTZOID};

		cutoff[0] = TimestampTzGetDatum(GetCurrentTransactionStartTimestamp() -
										Max(cache.max_per, USECS_PER_DAY) - USECS_PER_HOUR);
		plan = SPI_prepare("DELETE FROM opt_consent.cap_sends WHERE ctid OPERATOR(pg_catalog.=) ANY"
						   " (ARRAY(SELECT ctid FROM opt_consent.cap_sends"
						   "         WHERE sent_at OPERATOR(pg_catalog.<) $1 LIMIT 8))",
						   1, cutofftype);
		if (plan == NULL ||
			SPI_execute_snapshot(plan, cutoff, NULL, GetLatestSnapshot(), InvalidSnapshot,
								 false, false, 0) != SPI_OK_DELETE)
			elog(ERROR, "could not prune opt_consent.cap_sends");
	}
	OwnerSpiEnd(&spi);
}

/*
 * Is there a count of the send, as a row that counted would have left it:
 * at its send_at, or (no send_at: taken at its statement's time) at any
 * time of the last longest cap interval up to now?  (A count names no row:
 * this tells that the send could be the one counted.)
 */
bool
QuietCounted(const QuietSend *send)
{
	TimestampTz now = GetCurrentStatementStartTimestamp();
	TimestampTz from;
	TimestampTz until;
	TimestampTz *sends;
	int			n;

	OptConsentCheckInvalidations();
	LoadCache();
	from = send->at_default ? now - Max(cache.max_per, USECS_PER_DAY) : send->at;
	until = send->at_default ? now : send->at;
	/* (the counts after from - 1 us, sorted: the first tells) */
	sends = ReadCounted(send->recipient, send->category ? send->category : "*",
						from - 1, &n);
	return n > 0 && sends[0] <= until;
}

static bool
LockCapKey(uint64 recipient, const char *category)
{
	LOCKTAG		tag;
	uint32		h = hash_bytes((const unsigned char *) category, strlen(category));

	SET_LOCKTAG_ADVISORY(tag, MyDatabaseId, (uint32) (recipient >> 32) ^ h,
						 (uint32) recipient, OC_LOCK_CAP);
	if (LockAcquire(&tag, ExclusiveLock, false, true) != LOCKACQUIRE_NOT_AVAIL)
		return false;
	(void) LockAcquire(&tag, ExclusiveLock, false, false);
	return true;
}

/* The earliest instant at or after t that every rule allows */
static TimestampTz
Search(const QuietSend *send, const Subject *s, const TimestampTz *sends, int nsends,
	   TimestampTz t, QuietVerdict *v)
{
	TimestampTz start = t;

	for (int step = 0; step < MAX_STEPS; step++)
	{
		TimestampTz next;

		CHECK_FOR_INTERRUPTS();
		/* (past the last timestamp: none) */
		if (t - start > HORIZON || !IS_VALID_TIMESTAMP(t))
			break;
		if (!HoursAllow(s, t, &next, step == 0 ? v : NULL))
		{
			if (step == 0 && v != NULL)
				v->outcome = QUIET_HOURS;
			t = next;
			continue;
		}
		if (s->ncaps > 0 && !CapsAllow(s, sends, nsends, t, &next, step == 0 ? v : NULL))
		{
			if (step == 0 && v != NULL)
				v->outcome = QUIET_CAP;
			if (next == DT_NOEND)
				break;
			t = next;
			continue;
		}
		return t;
	}
	return DT_NOEND;
}

/* A verdict that lets the send pass, and what it is subject to */
static void
QuietBegin(const QuietSend *send, Subject *s, QuietVerdict *v)
{
	memset(v, 0, sizeof(QuietVerdict));
	v->outcome = QUIET_PASS;
	v->next = send->at;
	OptConsentCheckInvalidations();
	LoadCache();
	SubjectOf(send, s);
}

void
QuietCheck(const QuietSend *send, bool count, bool count_deferred, QuietVerdict *v)
{
	Subject		s;
	TimestampTz *sends = NULL;
	int			nsends = 0;
	const char *key = send->category ? send->category : "*";

	QuietBegin(send, &s, v);
	if (s.nrules == 0 && s.ncaps == 0)
		return;
	if (s.ncaps > 0)
	{
		/*
		 * concurrent takers of the last slot: one waits for the other, then
		 * its caller checks the send again (see QuietVerdict.waited)
		 */
		if (count && LockCapKey(send->recipient, key))
		{
			v->waited = true;
			return;
		}
		sends = ReadCounted(send->recipient, key, send->at - s.max_per, &nsends);
	}
	v->next = Search(send, &s, sends, nsends, send->at, v);
	if (count && s.ncaps > 0)
	{
		if (v->outcome == QUIET_PASS)
			v->counted_at = send->at;
		else if (count_deferred && v->next != DT_NOEND)
			v->counted_at = v->next;
		else
			return;
		CountSend(send->recipient, key, v->counted_at);
		v->counted = true;
	}
}

void
QuietCheckHours(const QuietSend *send, QuietVerdict *v)
{
	Subject		s;

	QuietBegin(send, &s, v);
	s.ncaps = 0;
	if (s.nrules > 0)
		v->next = Search(send, &s, NULL, 0, send->at, v);
}

/* region(e164): ISO 3166-2 for NANP area codes, the country otherwise */
Datum
region_of(PG_FUNCTION_ARGS)
{
	PrefixEntry *e;

	/* (not STRICT, as SPEC's functions are not: NULL in, NULL out) */
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	OptConsentCheckInvalidations();
	LoadCache();
	e = NumberPlace((uint64) PG_GETARG_INT64(0));
	if (e == NULL || e->region == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(e->region));
}

/* timezones(e164): the IANA zones of the number's place */
Datum
timezones_of(PG_FUNCTION_ARGS)
{
	PrefixEntry *e;
	ZoneSet		zones;
	Datum	   *elems;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	OptConsentCheckInvalidations();
	LoadCache();
	e = NumberPlace((uint64) PG_GETARG_INT64(0));
	if (e == NULL)
		PG_RETURN_NULL();
	zones = PlaceZones(e);
	if (zones.n == 0)
		PG_RETURN_NULL();
	elems = palloc(sizeof(Datum) * zones.n);
	for (int i = 0; i < zones.n; i++)
		elems[i] = CStringGetTextDatum(zones.name[i]);
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, zones.n, TEXTOID, -1, false, TYPALIGN_INT));
}

/*
 * next_allowed(recipient, category, at, region, timezone): at, if a send
 * then is allowed, else the next instant that is ('infinity' if none is
 * within a year).  Reads the counted sends; takes no slot.
 */
Datum
next_allowed(PG_FUNCTION_ARGS)
{
	QuietSend	send;
	QuietVerdict v;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	memset(&send, 0, sizeof(send));
	send.recipient = (uint64) PG_GETARG_INT64(0);
	if (!PG_ARGISNULL(1))
	{
		text	   *c = PG_GETARG_TEXT_PP(1);

		/* ('*': every category, a message not labelled, as NULL) */
		if (!CheckCategory(VARDATA_ANY(c), VARSIZE_ANY_EXHDR(c)))
			send.category = text_to_cstring(c);
	}
	send.at = PG_ARGISNULL(2) ? GetCurrentTransactionStartTimestamp() : PG_GETARG_TIMESTAMPTZ(2);
	/* -infinity: now, as the trigger reads a send_at of -infinity */
	if (TIMESTAMP_IS_NOBEGIN(send.at))
		send.at = GetCurrentTransactionStartTimestamp();
	if (TIMESTAMP_NOT_FINITE(send.at))
		PG_RETURN_TIMESTAMPTZ(send.at);	/* infinity: never sent */
	send.region = PG_ARGISNULL(3) ? NULL : text_to_cstring(PG_GETARG_TEXT_PP(3));
	send.timezone = PG_ARGISNULL(4) ? NULL : text_to_cstring(PG_GETARG_TEXT_PP(4));
	QuietCheck(&send, false, false, &v);
	PG_RETURN_TIMESTAMPTZ(v.next);
}

/* valid_timezones(text[]): every element an IANA name the server knows */
Datum
valid_timezones(PG_FUNCTION_ARGS)
{
	ArrayType  *arr;
	Datum	   *elems;
	bool	   *nulls;
	int			n;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	arr = PG_GETARG_ARRAYTYPE_P(0);

	deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	for (int i = 0; i < n; i++)
		if (nulls[i] || !QuietValidTimezone(TextDatumGetCString(elems[i])))
			PG_RETURN_BOOL(false);
	PG_RETURN_BOOL(true);
}
