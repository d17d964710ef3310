/*-------------------------------------------------------------------------
 *
 * filter.c
 *	  The shared-memory fast path: with opt_consent in
 *	  shared_preload_libraries, a blocked Bloom filter per database answers
 *	  "no suppression of this recipient can exist" from one cache line,
 *	  without touching the suppressions index.  A possible hit (or no
 *	  trusted filter) falls back to the index probe of lookup.c.
 *
 * The invariant: every suppression row that exists or is being inserted
 * has its recipient in the filter before its transaction can commit.
 *
 *	- Writes: the C row trigger suppressions_filter (AFTER INSERT OR UPDATE
 *	  FOR EACH ROW, so that it sees the row as stored, whatever BEFORE
 *	  triggers did; ENABLE ALWAYS: it also fires for the apply worker of a
 *	  spoke and under session_replication_role = replica) sets the
 *	  recipient's bits at the end of the statement, before any commit.  Bits are only ever set, never cleared, except by a rebuild.
 *	- Anything that could stop that trigger (ALTER TABLE on suppressions,
 *	  which is how DISABLE TRIGGER and pg_restore --disable-triggers work,
 *	  DROP/RENAME of a trigger, ALTER/DROP EXTENSION) marks the filter
 *	  untrusted, before the command runs and again after it succeeded, if
 *	  the caller owns the object (the ProcessUtility hook of this library,
 *	  which every backend has loaded; see FilterNoteUtility).
 *	- A rebuild (a background worker, or filter_rebuild()) takes
 *	  ShareUpdateExclusiveLock on suppressions (so no ALTER TABLE runs
 *	  meanwhile), checks that the trigger is enabled ALWAYS, marks the
 *	  filter BUILDING and clears it, waits for every transaction that holds
 *	  a write lock on suppressions to end (as CREATE INDEX CONCURRENTLY
 *	  does: those could have set bits before the clear), then scans the
 *	  table with a snapshot taken after that wait and sets the bits of
 *	  every row.  A writer that started after the wait sets its own bits.
 *	  The filter becomes VALID only if nothing invalidated it meanwhile
 *	  (a generation count).  A check reads the filter without a lock: it
 *	  trusts what it read only if the slot's sequence number, which a
 *	  rebuild bumps before it clears, did not change meanwhile (a seqlock).
 *	- Shared memory starts empty (after a start or a crash restart): every
 *	  filter is INVALID until rebuilt.  A physical standby replays rows
 *	  without triggers: during recovery the filter is never trusted.
 *
 * Reading with the latest committed state (the trigger), the filter is
 * trusted once VALID.  Reading with an older snapshot (status(),
 * is_blocked()), a row deleted before the rebuild's snapshot could still be
 * visible, and is not in the filter: the filter is trusted only for
 * snapshots whose xmin is at or after the rebuild snapshot's xmax.
 *
 * Deletions leave bits (false positives only).  A rebuild is requested
 * when the estimated false-positive rate passes opt_consent.filter_max_fpr
 * and the keys added since the last build are a quarter of those built.
 *
 *-------------------------------------------------------------------------
 */
#include "opt_consent.h"

#include <math.h>

#include "access/heapam.h"
#include "access/parallel.h"
#include "access/relscan.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/transam.h"
#include "access/xact.h"
#include "access/genam.h"
#include "catalog/indexing.h"
#include "catalog/dependency.h"
#include "catalog/namespace.h"
#include "catalog/pg_depend.h"
#include "catalog/pg_class.h"
#include "catalog/pg_extension.h"
#include "catalog/pg_language.h"
#include "catalog/pg_namespace.h"
#include "catalog/pg_proc.h"
#include "catalog/pg_trigger.h"
#include "commands/dbcommands.h"
#include "commands/extension.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "executor/tuptable.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "optimizer/plancat.h"
#include "parser/parse_func.h"
#include "nodes/parsenodes.h"
#include "pgstat.h"
#include "port/atomics.h"
#include "postmaster/bgworker.h"
#include "storage/bufmgr.h"
#include "storage/ipc.h"
#include "storage/lmgr.h"
#include "storage/lock.h"
#include "storage/shmem.h"
#include "storage/spin.h"
#include "tcop/tcopprot.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/inval.h"
#include "utils/acl.h"
#include "utils/fmgroids.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"
#include "utils/timestamp.h"

#include "filter.h"
#include "mix64.h"

PG_FUNCTION_INFO_V1(filter_add);
PG_FUNCTION_INFO_V1(filter_status);
PG_FUNCTION_INFO_V1(filter_rebuild);
PG_FUNCTION_INFO_V1(filter_probe);

PGDLLEXPORT void opt_consent_filter_worker(Datum main_arg);

#define FILTER_TRIGGER "suppressions_filter"
#define BLOCK_WORDS 8			/* 64 bytes: one cache line per key */
#define BLOCK_BITS (BLOCK_WORDS * 64)
#define NHASH 6					/* bits set per key, 9 bits of hash each */
#define BITS_PER_KEY 12			/* at a rebuild, for the estimated rows */

typedef enum FilterState
{
	FILTER_STATE_INVALID = 0,
	FILTER_STATE_BUILDING,
	FILTER_STATE_VALID
} FilterState;

typedef struct FilterSlot
{
	Oid			dboid;			/* InvalidOid: free (under mutex) */
	pg_atomic_uint32 state;		/* FilterState */
	/*
	 * A sequence for lock-free readers (see FilterProbe): bumped, after the
	 * state left VALID and before any bit is cleared, by a rebuild's start,
	 * an invalidation and a reuse of the slot
	 */
	pg_atomic_uint64 seq;
	uint32		gen;			/* bumped by every invalidation (mutex) */
	bool		build_running;	/* a rebuild was started and has not ended */
	TimestampTz build_requested;	/* rate limit of rebuild requests */
	TransactionId build_xmax;	/* xmax of the rebuild's snapshot */
	Oid			relid;			/* the suppressions table it was built from */
	uint64		n_built;		/* keys the last rebuild set */
	pg_atomic_uint64 n_added;	/* keys set by writers since */
	TimestampTz built_at;
	double		build_ms;
	Size		bits_offset;	/* from the start of FilterShared */
	pg_atomic_uint64 nblocks;	/* blocks in use: set by a rebuild, for its keys */
} FilterSlot;

typedef struct FilterShared
{
	slock_t		mutex;
	int			nslots;
	uint64		nblocks;		/* per slot, allocated (opt_consent.filter_size) */
	FilterSlot	slots[FLEXIBLE_ARRAY_MEMBER];
} FilterShared;

/* GUCs */
static int	filter_size_kb = 16384;
static int	filter_databases = 2;
static double filter_max_fpr = 0.02;

static FilterShared *shared = NULL;
static bool preloaded = false;
static FilterSlot *my_slot = NULL;	/* this database's, once known */
static Oid	dropped_dboid = InvalidOid; /* DROP DATABASE: the one being dropped */

#if PG_VERSION_NUM >= 150000
static shmem_request_hook_type prev_shmem_request_hook = NULL;
#endif
static shmem_startup_hook_type prev_shmem_startup_hook = NULL;

static uint64
BlocksPerSlot(void)
{
	return ((uint64) filter_size_kb * 1024) / (BLOCK_WORDS * sizeof(pg_atomic_uint64));
}

static Size
FilterShmemSize(void)
{
	Size		size = offsetof(FilterShared, slots) + sizeof(FilterSlot) * filter_databases;

	size = CACHELINEALIGN(size) + PG_CACHE_LINE_SIZE;
	size = add_size(size, mul_size(mul_size(BlocksPerSlot(), BLOCK_WORDS * sizeof(pg_atomic_uint64)),
								   filter_databases));
	return size;
}

static void
FilterShmemRequest(void)
{
#if PG_VERSION_NUM >= 150000
	if (prev_shmem_request_hook)
		prev_shmem_request_hook();
#endif
	RequestAddinShmemSpace(FilterShmemSize());
}

static void
FilterShmemStartup(void)
{
	bool		found;

	if (prev_shmem_startup_hook)
		prev_shmem_startup_hook();
	LWLockAcquire(AddinShmemInitLock, LW_EXCLUSIVE);
	shared = ShmemInitStruct("opt_consent filter", FilterShmemSize(), &found);
	if (!found)
	{
		char	   *base = (char *) shared;
		Size		bits = CACHELINEALIGN(offsetof(FilterShared, slots) +
										  sizeof(FilterSlot) * filter_databases);
		Size		slot_bytes = BlocksPerSlot() * BLOCK_WORDS * sizeof(pg_atomic_uint64);

		/* the bits of each slot start on a cache line */
		while (((uintptr_t) (base + bits)) % PG_CACHE_LINE_SIZE != 0)
			bits++;
		SpinLockInit(&shared->mutex);
		shared->nslots = filter_databases;
		shared->nblocks = BlocksPerSlot();
		for (int i = 0; i < filter_databases; i++)
		{
			FilterSlot *slot = &shared->slots[i];
			pg_atomic_uint64 *words;

			memset(slot, 0, sizeof(FilterSlot));
			slot->dboid = InvalidOid;
			pg_atomic_init_u32(&slot->state, FILTER_STATE_INVALID);
			pg_atomic_init_u64(&slot->seq, 0);
			pg_atomic_init_u64(&slot->n_added, 0);
			pg_atomic_init_u64(&slot->nblocks, shared->nblocks);
			slot->bits_offset = bits + i * slot_bytes;
			words = (pg_atomic_uint64 *) (base + slot->bits_offset);
			for (uint64 w = 0; w < shared->nblocks * BLOCK_WORDS; w++)
				pg_atomic_init_u64(&words[w], 0);
		}
	}
	LWLockRelease(AddinShmemInitLock);
}

void
FilterInit(void)
{
	DefineCustomRealVariable("opt_consent.filter_max_fpr",
							 "Sets the estimated false-positive rate at which the filter is rebuilt.",
							 "Deleted suppressions leave their bits; a rebuild starts from the rows that exist. 0: never rebuild for that reason.",
							 &filter_max_fpr,
							 0.02, 0.0, 1.0,
							 PGC_SIGHUP,
							 0,
							 NULL, NULL, NULL);
	/*
	 * The filter is made by the postmaster: its size is a server-start
	 * setting when preloading.  Loaded later, the settings are still
	 * defined (a postgresql.conf that sets them is not an error), but they
	 * do nothing.
	 */
	DefineCustomIntVariable("opt_consent.filter_size",
							"Sets the size of the shared-memory filter of suppressions, per database.",
							"About 1.25 MB per million suppressions keeps false positives under 1%. Needs opt_consent in shared_preload_libraries; 0 turns the filter off.",
							&filter_size_kb,
							16384, 0, 4 * 1024 * 1024,
							process_shared_preload_libraries_in_progress ? PGC_POSTMASTER : PGC_SIGHUP,
							GUC_UNIT_KB,
							NULL, NULL, NULL);
	DefineCustomIntVariable("opt_consent.filter_databases",
							"Sets how many databases can have a shared-memory filter.",
							"Each takes opt_consent.filter_size of shared memory. Needs opt_consent in shared_preload_libraries.",
							&filter_databases,
							2, 1, 64,
							process_shared_preload_libraries_in_progress ? PGC_POSTMASTER : PGC_SIGHUP,
							0,
							NULL, NULL, NULL);
	if (!process_shared_preload_libraries_in_progress)
		return;
	if (filter_size_kb == 0)
		return;
	preloaded = true;
#if PG_VERSION_NUM >= 150000
	prev_shmem_request_hook = shmem_request_hook;
	shmem_request_hook = FilterShmemRequest;
#else
	FilterShmemRequest();
#endif
	prev_shmem_startup_hook = shmem_startup_hook;
	shmem_startup_hook = FilterShmemStartup;
}

static inline pg_atomic_uint64 *
BlockOf(pg_atomic_uint64 *words, uint64 nblocks, uint64 recipient)
{
	uint64		h1 = Mix64(recipient);
	uint64		block;

#ifdef HAVE_INT128
	/* (multiply-shift: no division on the way to the cache line) */
	block = (uint64) (((uint128) h1 * nblocks) >> 64);
#else
	block = h1 % nblocks;
#endif
	return words + block * BLOCK_WORDS;
}

static inline pg_atomic_uint64 *
SlotWords(FilterSlot *slot)
{
	return (pg_atomic_uint64 *) ((char *) shared + slot->bits_offset);
}

static pg_atomic_uint64 *
SlotBlock(FilterSlot *slot, uint64 recipient, uint64 *h2)
{
	*h2 = Mix64(recipient ^ UINT64CONST(0x9e3779b97f4a7c15));
	return BlockOf(SlotWords(slot), pg_atomic_read_u64(&slot->nblocks), recipient);
}

/*
 * This backend's copy of its slot's bits and blocks in use, as its last
 * trusted probe found them, for FilterPrefetch (0: none yet)
 */
static pg_atomic_uint64 *prefetch_words = NULL;
static uint64 prefetch_nblocks = 0;

/*
 * Start loading the recipient's cache line of the filter, so that the
 * probe a little later finds it there (a filter of millions of keys is
 * mostly not in the CPU's caches).
 */
void
FilterPrefetch(uint64 recipient)
{
	/*
	 * Both lines the probe reads, at once, and without reading shared
	 * memory first: the slot's header (its state and sequence, which the
	 * inserts around have pushed out of the caches as well) and the
	 * recipient's block, placed with this backend's copy of the slot's
	 * geometry (after a rebuild that changed it, a line loaded for
	 * nothing, within the slot's memory).
	 */
	if (prefetch_nblocks == 0)
		return;
	__builtin_prefetch(my_slot);
	__builtin_prefetch(BlockOf(prefetch_words, prefetch_nblocks, recipient));
}

static void
SlotAdd(FilterSlot *slot, uint64 recipient)
{
	uint64		h2;
	pg_atomic_uint64 *block = SlotBlock(slot, recipient, &h2);

	for (int i = 0; i < NHASH; i++)
	{
		int			b = (int) ((h2 >> (9 * i)) & (BLOCK_BITS - 1));

		pg_atomic_fetch_or_u64(&block[b >> 6], UINT64CONST(1) << (b & 63));
	}
}

static bool
SlotMayContain(FilterSlot *slot, uint64 recipient)
{
	uint64		h2;
	pg_atomic_uint64 *block = SlotBlock(slot, recipient, &h2);

	for (int i = 0; i < NHASH; i++)
	{
		int			b = (int) ((h2 >> (9 * i)) & (BLOCK_BITS - 1));

		if ((pg_atomic_read_u64(&block[b >> 6]) & (UINT64CONST(1) << (b & 63))) == 0)
			return false;
	}
	return true;
}

/*
 * The false-positive rate of a blocked Bloom filter of nblocks blocks of
 * 512 bits holding n keys, NHASH bits each: keys per block are Poisson.
 */
static double
EstimatedFpr(uint64 n, uint64 nblocks)
{
	double		lambda = (double) n / (double) nblocks;
	double		p;
	double		fpr = 0.0;
	int			jmax;

	/*
	 * (Past about 700 keys a block exp(-lambda) underflows to 0, and the
	 * sum with it: a saturated filter would read as perfect.  With that many
	 * keys the blocks' spread no longer matters: the rate at the mean.)
	 */
	if (lambda > 100.0)
		return pow(1.0 - exp(-(double) NHASH * lambda / BLOCK_BITS), NHASH);
	p = exp(-lambda);			/* P(j = 0) */
	jmax = (int) (lambda + 10 * sqrt(lambda) + 10);

	for (int j = 0; j <= jmax; j++)
	{
		double		empty = pow(1.0 - 1.0 / BLOCK_BITS, (double) NHASH * j);

		fpr += p * pow(1.0 - empty, NHASH);
		p *= lambda / (j + 1);
	}
	return fpr;
}

static FilterSlot *FindSlot(bool create);

/*
 * This database's slot; create: take a free one if it has none (inline:
 * every probe asks, and after the first it is the one found before)
 */
static inline FilterSlot *
GetSlot(bool create)
{
	if (shared == NULL)
		return NULL;
	if (likely(my_slot != NULL && my_slot->dboid == MyDatabaseId))
		return my_slot;
	return FindSlot(create);
}

static pg_noinline FilterSlot *
FindSlot(bool create)
{
	FilterSlot *found = NULL;

	SpinLockAcquire(&shared->mutex);
	for (int i = 0; i < shared->nslots && found == NULL; i++)
		if (shared->slots[i].dboid == MyDatabaseId)
			found = &shared->slots[i];
	for (int i = 0; i < shared->nslots && found == NULL && create; i++)
		if (shared->slots[i].dboid == InvalidOid)
		{
			found = &shared->slots[i];
			found->dboid = MyDatabaseId;
			found->gen++;
			found->build_running = false;
			found->build_requested = 0;
			pg_atomic_write_u32(&found->state, FILTER_STATE_INVALID);
			pg_atomic_fetch_add_u64(&found->seq, 1);
		}
	SpinLockRelease(&shared->mutex);
	my_slot = found;
	return found;
}

/* Stop trusting a database's filter until it is rebuilt */
static void
Invalidate(FilterSlot *slot)
{
	SpinLockAcquire(&shared->mutex);
	slot->gen++;
	slot->build_requested = 0;
	pg_atomic_write_u32(&slot->state, FILTER_STATE_INVALID);
	pg_atomic_fetch_add_u64(&slot->seq, 1);
	SpinLockRelease(&shared->mutex);
}

/* Start a rebuild in a background worker, at most one a second */
static void
RequestRebuild(FilterSlot *slot)
{
	BackgroundWorker worker;
	TimestampTz now = GetCurrentTimestamp();
	bool		go = false;

	if (RecoveryInProgress() || !IsUnderPostmaster || IsParallelWorker())
		return;
	SpinLockAcquire(&shared->mutex);
	if (slot->dboid == MyDatabaseId && !slot->build_running &&
		now - slot->build_requested >= USECS_PER_SEC)
	{
		slot->build_requested = now;
		go = true;
	}
	SpinLockRelease(&shared->mutex);
	if (!go)
		return;

	memset(&worker, 0, sizeof(worker));
	worker.bgw_flags = BGWORKER_SHMEM_ACCESS | BGWORKER_BACKEND_DATABASE_CONNECTION;
	worker.bgw_start_time = BgWorkerStart_RecoveryFinished;
	worker.bgw_restart_time = BGW_NEVER_RESTART;
	strlcpy(worker.bgw_library_name, "opt_consent", sizeof(worker.bgw_library_name));
	strlcpy(worker.bgw_function_name, "opt_consent_filter_worker",
			sizeof(worker.bgw_function_name));
	snprintf(worker.bgw_name, sizeof(worker.bgw_name),
			 "opt_consent filter rebuild for database %u", MyDatabaseId);
	strlcpy(worker.bgw_type, "opt_consent filter rebuild", sizeof(worker.bgw_type));
	worker.bgw_main_arg = ObjectIdGetDatum(MyDatabaseId);
	worker.bgw_notify_pid = 0;
	if (!RegisterDynamicBackgroundWorker(&worker, NULL))
		ereport(DEBUG1,
				(errmsg("opt_consent: no background worker slot to rebuild the filter; the index answers until one is free")));
}

FilterAnswer
FilterProbe(uint64 recipient, Snapshot snapshot)
{
	FilterSlot *slot;
	uint64		seq;
	bool		maybe;

	if (!preloaded || shared == NULL)
		return FILTER_UNKNOWN;
	slot = GetSlot(true);
	if (slot == NULL)
		return FILTER_UNKNOWN;
	seq = pg_atomic_read_u64(&slot->seq);
	pg_read_barrier();
	if (pg_atomic_read_u32(&slot->state) != FILTER_STATE_VALID)
	{
		if (pg_atomic_read_u32(&slot->state) == FILTER_STATE_INVALID)
			RequestRebuild(slot);
		return FILTER_UNKNOWN;
	}
	/* what the rebuild wrote before VALID is seen below */
	pg_read_barrier();
	if (snapshot != NULL &&
		!TransactionIdFollowsOrEquals(snapshot->xmin, slot->build_xmax))
		return FILTER_UNKNOWN;
	/*
	 * (a standby replays rows without triggers; and a filter built from
	 * another table than the one enforcement reads, after a swap of tables
	 * under the name, stands for nothing)
	 */
	if (RecoveryInProgress() || slot->relid != OptConsentGetCatalog()->suppressions_relid)
		return FILTER_UNKNOWN;
	maybe = SlotMayContain(slot, recipient);

	/*
	 * A rebuild that started after the state was read may have cleared the
	 * bits read (and a whole rebuild may have run meanwhile): then the
	 * index answers.  A seqlock: the rebuild bumps seq before it clears,
	 * so a reader that saw a cleared word sees the new seq.
	 */
	pg_read_barrier();
	if (pg_atomic_read_u64(&slot->seq) != seq)
		return FILTER_UNKNOWN;
	prefetch_words = SlotWords(slot);
	prefetch_nblocks = pg_atomic_read_u64(&slot->nblocks);
	return maybe ? FILTER_MAYBE : FILTER_ABSENT;
}

/*
 * filter_add(): AFTER INSERT OR UPDATE ... FOR EACH ROW on suppressions
 * (ENABLE ALWAYS).  Sets the recipient's bits; without the filter, does
 * nothing.
 */
Datum
filter_add(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	HeapTuple	tuple;
	FilterSlot *slot;
	static Oid	relid = InvalidOid;
	static int	attnum = 0;
	bool		isnull;
	Datum		d;

	if (!CALLED_AS_TRIGGER(fcinfo) || !TRIGGER_FIRED_AFTER(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("opt_consent.filter_add() must be fired AFTER ... FOR EACH ROW")));
	if (!TRIGGER_FIRED_BY_INSERT(trigdata->tg_event) &&
		!TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
		return PointerGetDatum(NULL);
	tuple = TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ? trigdata->tg_newtuple :
		trigdata->tg_trigtuple;
	if (!preloaded || (slot = GetSlot(true)) == NULL)
		return PointerGetDatum(NULL);
	/*
	 * (the column is looked up again when the cached number no longer names
	 * a live column recipient of this table: a column renamed away, or
	 * dropped and added again, would leave it reading another, or a dropped
	 * one's NULLs, while the filter is trusted again)
	 */
	if (relid != RelationGetRelid(trigdata->tg_relation) ||
		attnum <= 0 || attnum > RelationGetNumberOfAttributes(trigdata->tg_relation) ||
		TupleDescAttr(RelationGetDescr(trigdata->tg_relation), attnum - 1)->attisdropped ||
		strcmp(NameStr(TupleDescAttr(RelationGetDescr(trigdata->tg_relation), attnum - 1)->attname),
			   "recipient") != 0)
	{
		int			found = SPI_fnumber(RelationGetDescr(trigdata->tg_relation), "recipient");

		relid = InvalidOid;
		if (found <= 0)
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_COLUMN),
					 errmsg("opt_consent.filter_add(): table %s has no column recipient",
							RelationGetRelationName(trigdata->tg_relation))));
		/* (another type: no key to add; a rebuild does not trust it either) */
		if (TupleDescAttr(RelationGetDescr(trigdata->tg_relation), found - 1)->atttypid !=
			OptConsentGetCatalog()->e164_typid)
			return PointerGetDatum(NULL);
		attnum = found;
		relid = RelationGetRelid(trigdata->tg_relation);
	}
	d = heap_getattr(tuple, attnum, RelationGetDescr(trigdata->tg_relation), &isnull);
	if (!isnull)
	{
		SlotAdd(slot, (uint64) DatumGetInt64(d));
		if (pg_atomic_fetch_add_u64(&slot->n_added, 1) % 4096 == 4095 &&
			filter_max_fpr > 0 &&
			pg_atomic_read_u32(&slot->state) == FILTER_STATE_VALID)
		{
			uint64		added = pg_atomic_read_u64(&slot->n_added);

			/* deletions leave bits: start over from the rows that exist */
			if (added * 4 > slot->n_built &&
				EstimatedFpr(slot->n_built + added, pg_atomic_read_u64(&slot->nblocks)) > filter_max_fpr)
			{
				Invalidate(slot);
				RequestRebuild(slot);
			}
		}
	}
	return PointerGetDatum(NULL);
}

/*
 * opt_consent.filter_add(), or InvalidOid (from the catalog: no permission
 * check, which could fail an unrelated command in the utility hook)
 */
static Oid
FilterAddOid(void)
{
	Oid			nsp = get_namespace_oid(OPT_CONSENT_SCHEMA, true);

	if (!OidIsValid(nsp))
		return InvalidOid;
	return GetSysCacheOid3(PROCNAMEARGSNSP, Anum_pg_proc_oid, CStringGetDatum("filter_add"),
						   PointerGetDatum(buildoidvector(NULL, 0)), ObjectIdGetDatum(nsp));
}


/*
 * Is the filter's trigger function the extension's own: the C function
 * filter_add of this library?  CREATE OR REPLACE keeps its OID with another
 * body (only a superuser can make a C function).
 */
static bool
FilterAddIsOurs(Oid fn)
{
	HeapTuple	tup = SearchSysCache1(PROCOID, ObjectIdGetDatum(fn));
	bool		ours = false;

	if (HeapTupleIsValid(tup))
	{
		Form_pg_proc proc = (Form_pg_proc) GETSTRUCT(tup);
		bool		isnull;
		Datum		src;
		Datum		bin;

		if (proc->prolang == ClanguageId)
		{
			src = SysCacheGetAttr(PROCOID, tup, Anum_pg_proc_prosrc, &isnull);
			if (!isnull && strcmp(TextDatumGetCString(src), "filter_add") == 0)
			{
				bin = SysCacheGetAttr(PROCOID, tup, Anum_pg_proc_probin, &isnull);
				ours = !isnull && strstr(TextDatumGetCString(bin), "opt_consent") != NULL;
			}
		}
		ReleaseSysCache(tup);
	}
	return ours;
}

/*
 * The lock that commands on filter_add or on the schema opt_consent hold to
 * the end of their transaction (FilterNoteUtility), and that a rebuild
 * waits out: an advisory tag of this database no SQL-level advisory lock
 * uses (field 4 is 1 or 2 for those), taken in a mode that conflicts with
 * no other holder of it (ROW EXCLUSIVE), so it never blocks a command --
 * only a rebuild, which asks for SHARE -- and deadlocks with nothing.
 */
static void
FilterDdlTag(LOCKTAG *tag)
{
	SET_LOCKTAG_ADVISORY(*tag, MyDatabaseId, 0x6f635f66, 0x696c7472, OC_LOCK_FILTER_DDL);	/* "oc_f", "iltr" */
}

/* A rebuild that failed or exited: the slot is no longer being built */
static void
RebuildCleanup(int code, Datum arg)
{
	FilterSlot *slot = (FilterSlot *) DatumGetPointer(arg);

	SpinLockAcquire(&shared->mutex);
	slot->build_running = false;
	if (pg_atomic_read_u32(&slot->state) == FILTER_STATE_BUILDING)
		pg_atomic_write_u32(&slot->state, FILTER_STATE_INVALID);
	SpinLockRelease(&shared->mutex);
}

/*
 * Does the object (the filter trigger, filter_add) depend on an extension
 * (ALTER ... DEPENDS ON EXTENSION)?  Dropping that extension would drop it,
 * past the utility hook.
 */
static bool
DependsOnExtension(Oid classid, Oid objid)
{
	Relation	rel = table_open(DependRelationId, AccessShareLock);
	ScanKeyData key[2];
	SysScanDesc scan;
	HeapTuple	tup;
	bool		found = false;

	ScanKeyInit(&key[0], Anum_pg_depend_classid, BTEqualStrategyNumber, F_OIDEQ,
				ObjectIdGetDatum(classid));
	ScanKeyInit(&key[1], Anum_pg_depend_objid, BTEqualStrategyNumber, F_OIDEQ,
				ObjectIdGetDatum(objid));
	scan = systable_beginscan(rel, DependDependerIndexId, true, NULL, 2, key);
	while (!found && HeapTupleIsValid(tup = systable_getnext(scan)))
		found = ((Form_pg_depend) GETSTRUCT(tup))->deptype == DEPENDENCY_AUTO_EXTENSION;
	systable_endscan(scan);
	table_close(rel, AccessShareLock);
	return found;
}

/*
 * Rebuild this database's filter (see the header comment); in the caller's
 * transaction.  Returns the keys set, or -1 if the filter cannot be
 * trusted (the trigger is missing or not enabled ALWAYS, or it was
 * invalidated meanwhile).
 */
static int64
Rebuild(void)
{
	Oid			nsp = get_namespace_oid(OPT_CONSENT_SCHEMA, true);
	Oid			relid = OidIsValid(nsp) ? get_relname_relid("suppressions", nsp) : InvalidOid;
	FilterSlot *slot = GetSlot(true);
	Relation	rel;
	bool		trigger_ok = false;
	uint32		my_gen;
	LOCKTAG		tag;
	Snapshot	snapshot;
	TableScanDesc scan;
	TupleTableSlot *tslot;
	int			attnum;
	int64		n = 0;
	TimestampTz start = GetCurrentTimestamp();
	bool		valid = false;
	pg_atomic_uint64 *words;

	if (slot == NULL || !OidIsValid(relid))
		return -1;
	/* no ALTER TABLE (DISABLE TRIGGER ...) while we build, one builder */
	rel = table_open(relid, ShareUpdateExclusiveLock);

	/*
	 * A command on filter_add or the schema takes no lock on suppressions:
	 * wait out those not ended (FilterDdlTag), then read the catalogs as
	 * they committed.  One that starts after the wait invalidates the
	 * filter after my_gen is read, so this build is not made valid.
	 */
	SpinLockAcquire(&shared->mutex);
	my_gen = slot->gen;
	SpinLockRelease(&shared->mutex);
	{
		LOCKTAG		ddl;

		FilterDdlTag(&ddl);
		WaitForLockers(ddl, ShareLock, false);
	}
	AcceptInvalidationMessages();
	for (int i = 0; rel->trigdesc && i < rel->trigdesc->numtriggers; i++)
	{
		Trigger    *t = &rel->trigdesc->triggers[i];

		/* (as the extension created it: its function, every row, every column) */
		if (strcmp(t->tgname, FILTER_TRIGGER) == 0 && t->tgenabled == TRIGGER_FIRES_ALWAYS &&
			TRIGGER_FOR_ROW(t->tgtype) && TRIGGER_FOR_AFTER(t->tgtype) &&
			TRIGGER_FOR_INSERT(t->tgtype) && TRIGGER_FOR_UPDATE(t->tgtype) &&
			t->tgfoid == FilterAddOid() && t->tgqual == NULL && t->tgnattr == 0 &&
			!OidIsValid(t->tgconstraint) && FilterAddIsOurs(t->tgfoid) &&
			!DependsOnExtension(TriggerRelationId, t->tgoid) &&
			!DependsOnExtension(ProcedureRelationId, t->tgfoid))
			trigger_ok = true;
	}
	/* (the key column: what filter_add and the lookups read) */
	attnum = SPI_fnumber(RelationGetDescr(rel), "recipient");
	if (attnum > 0 &&
		TupleDescAttr(RelationGetDescr(rel), attnum - 1)->atttypid != OptConsentGetCatalog()->e164_typid)
		attnum = 0;
	if (!trigger_ok || attnum <= 0)
	{
		table_close(rel, NoLock);
		Invalidate(slot);
		/* readers ask again in 30 s, or at once after the next ALTER TABLE */
		SpinLockAcquire(&shared->mutex);
		slot->build_requested = GetCurrentTimestamp() + 30 * USECS_PER_SEC;
		SpinLockRelease(&shared->mutex);
		return -1;
	}

	SpinLockAcquire(&shared->mutex);
	pg_atomic_write_u32(&slot->state, FILTER_STATE_BUILDING);
	/* (a full barrier: readers that see it see BUILDING; bits cleared later) */
	pg_atomic_fetch_add_u64(&slot->seq, 1);
	slot->build_running = true;
	SpinLockRelease(&shared->mutex);

	/*
	 * (an error, or a FATAL exit -- pg_terminate_backend() while it waits or
	 * scans, a shutdown -- must not leave the slot BUILDING and
	 * build_running: no worker would be started for it again)
	 */
	PG_ENSURE_ERROR_CLEANUP(RebuildCleanup, PointerGetDatum(slot));
	{
		/*
		 * Use as much of the slot as the keys need, not all of it (memory
		 * touched; a larger filter measured no faster, as its probes miss
		 * the caches either way).  The planner's estimate of the table's
		 * rows (never below the keys the filter held: a stale estimate must
		 * not rebuild a filter as full as the one it replaces), room for a
		 * quarter more and for 16384 rows of an empty or new table,
		 * BITS_PER_KEY bits each.
		 */
		BlockNumber pages;
		double		tuples;
		double		allvisfrac;
		double		rows;
		uint64		want;

		/* (it may write a width per column, 1 .. natts) */
		estimate_rel_size(rel, palloc0(sizeof(int32) * (RelationGetNumberOfAttributes(rel) + 1)),
						  &pages, &tuples, &allvisfrac);
		rows = Max(tuples, (double) (slot->n_built + pg_atomic_read_u64(&slot->n_added)));
		want = (uint64) ((rows * 1.25 + 16384) * BITS_PER_KEY / BLOCK_BITS) + 1;
		pg_atomic_write_u64(&slot->nblocks, Min(want, shared->nblocks));
		pg_memory_barrier();
		words = (pg_atomic_uint64 *) ((char *) shared + slot->bits_offset);
		for (uint64 w = 0; w < pg_atomic_read_u64(&slot->nblocks) * BLOCK_WORDS; w++)
			pg_atomic_write_u64(&words[w], 0);
		pg_atomic_write_u64(&slot->n_added, 0);
		pg_memory_barrier();

		/* writers that could have set bits before the clear: wait them out */
		SET_LOCKTAG_RELATION(tag, MyDatabaseId, relid);
		WaitForLockers(tag, ShareLock, false);

		snapshot = RegisterSnapshot(GetLatestSnapshot());
		tslot = table_slot_create(rel, NULL);
		scan = table_beginscan(rel, snapshot, 0, NULL);
		while (table_scan_getnextslot(scan, ForwardScanDirection, tslot))
		{
			bool		isnull;
			Datum		d = slot_getattr(tslot, attnum, &isnull);

			if (!isnull)
			{
				SlotAdd(slot, (uint64) DatumGetInt64(d));
				n++;
			}
			if ((n & 0xFFFF) == 0)
				CHECK_FOR_INTERRUPTS();
		}
		table_endscan(scan);
		ExecDropSingleTupleTableSlot(tslot);

		pg_write_barrier();
		SpinLockAcquire(&shared->mutex);
		if (slot->gen == my_gen && slot->dboid == MyDatabaseId &&
			pg_atomic_read_u32(&slot->state) == FILTER_STATE_BUILDING)
		{
			slot->build_xmax = snapshot->xmax;
			slot->relid = relid;
			slot->build_requested = 0;	/* (no back-off from an earlier refusal) */
			slot->n_built = n;
			slot->built_at = GetCurrentTimestamp();
			slot->build_ms = (double) (slot->built_at - start) / 1000.0;
			pg_atomic_write_u32(&slot->state, FILTER_STATE_VALID);
			valid = true;
		}
		slot->build_running = false;
		SpinLockRelease(&shared->mutex);
		UnregisterSnapshot(snapshot);
	}
	PG_END_ENSURE_ERROR_CLEANUP(RebuildCleanup, PointerGetDatum(slot));
	table_close(rel, NoLock);
	return valid ? n : -1;
}

/* The background worker that rebuilds one database's filter */
void
opt_consent_filter_worker(Datum main_arg)
{
	Oid			dboid = DatumGetObjectId(main_arg);

	/*
	 * SIGTERM (pg_terminate_backend(), a shutdown) sets the interrupt flag
	 * that CHECK_FOR_INTERRUPTS() and the lock waits act on.  The default
	 * handler of background workers raises FATAL inside the signal handler,
	 * wherever the worker is: in the lock manager, that left a partition
	 * lock held or a lock queued twice (a PANIC, or every later lock of the
	 * table waiting forever).
	 */
	pqsignal(SIGTERM, die);
	BackgroundWorkerUnblockSignals();
	BackgroundWorkerInitializeConnectionByOid(dboid, InvalidOid, 0);
	SetCurrentStatementStartTimestamp();
	StartTransactionCommand();
	pgstat_report_activity(STATE_RUNNING, "opt_consent: rebuilding the filter of suppressions");
	(void) Rebuild();
	CommitTransactionCommand();
	pgstat_report_activity(STATE_IDLE, NULL);
	proc_exit(0);
}

/* filter_rebuild(): rebuild now, in this transaction; the keys set, or NULL */
Datum
filter_rebuild(PG_FUNCTION_ARGS)
{
	int64		n;

	if (!preloaded || shared == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("the opt_consent filter is off"),
				 errhint("Add opt_consent to shared_preload_libraries (and keep opt_consent.filter_size above 0), then restart the server.")));
	if (RecoveryInProgress())
		ereport(ERROR,
				(errcode(ERRCODE_READ_ONLY_SQL_TRANSACTION),
				 errmsg("the opt_consent filter is not used during recovery")));

	/*
	 * The rebuild reads the latest committed state, which to this
	 * transaction includes its own uncommitted changes: a suppression it
	 * deleted, updated away or truncated would be left out of a filter that
	 * other sessions trust, also after a rollback.  (It waits out every
	 * other writer, not itself.)
	 */
	if (TransactionIdIsValid(GetTopTransactionIdIfAny()))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TRANSACTION_STATE),
				 errmsg("opt_consent.filter_rebuild() cannot run in a transaction that has written"),
				 errdetail("Its own uncommitted changes to the suppressions would be taken as committed."),
				 errhint("Call it in a transaction of its own, or after COMMIT.")));
	n = Rebuild();
	if (n < 0)
		PG_RETURN_NULL();
	PG_RETURN_INT64(n);
}

/*
 * filter_probe(recipient): what the filter answers for the latest state:
 * 'absent' (no suppression can exist), 'maybe', or 'unknown' (no trusted
 * filter: the index answers).  For tests and diagnosis.
 */
Datum
filter_probe(PG_FUNCTION_ARGS)
{
	static const char *const answers[] = {"unknown", "absent", "maybe"};

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(answers[FilterProbe((uint64) PG_GETARG_INT64(0), NULL)]));
}

/* filter_status(): this database's filter */
Datum
filter_status(PG_FUNCTION_ARGS)
{
	TupleDesc	tupdesc;
	Datum		values[9];
	bool		nulls[9];
	FilterSlot *slot = (preloaded && shared) ? GetSlot(false) : NULL;
	static const char *const names[] = {"invalid", "building", "valid"};

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	memset(nulls, true, sizeof(nulls));
	values[0] = BoolGetDatum(preloaded && shared != NULL);
	nulls[0] = false;
	if (slot != NULL)
	{
		uint64		added = pg_atomic_read_u64(&slot->n_added);
		uint32		state = pg_atomic_read_u32(&slot->state);

		values[1] = CStringGetTextDatum(names[Min(state, 2)]);
		values[2] = Int64GetDatum((int64) (pg_atomic_read_u64(&slot->nblocks) * BLOCK_WORDS * sizeof(uint64)));
		values[3] = Int64GetDatum((int64) slot->n_built);
		values[4] = Int64GetDatum((int64) added);
		values[5] = Float8GetDatum(EstimatedFpr(slot->n_built + added, pg_atomic_read_u64(&slot->nblocks)));
		if (slot->built_at != 0)
		{
			values[6] = TimestampTzGetDatum(slot->built_at);
			values[7] = Float8GetDatum(slot->build_ms);
			nulls[6] = nulls[7] = false;
		}
		values[8] = BoolGetDatum(slot->build_running);
		for (int i = 1; i <= 5; i++)
			nulls[i] = false;
		nulls[8] = false;
	}
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

/* Is the relation a RangeVar names opt_consent.suppressions? */
static bool
IsSuppressions(RangeVar *rv)
{
	Oid			nsp = get_namespace_oid(OPT_CONSENT_SCHEMA, true);
	Oid			relid;

	if (!OidIsValid(nsp) || rv == NULL)
		return false;
	relid = RangeVarGetRelid(rv, NoLock, true);
	return OidIsValid(relid) && relid == get_relname_relid("suppressions", nsp);
}

/* ... and a qualified name list (DROP TABLE/TRIGGER: the table's name) */
static bool
IsSuppressionsName(List *names)
{
	if (names == NIL)
		return false;
	return IsSuppressions(makeRangeVarFromNameList(names));
}

static bool
IsOurName(const char *name)
{
	return name != NULL && strcmp(name, "opt_consent") == 0;
}

/*
 * Could a possibly qualified function name name the filter's trigger
 * function?  Any schema's filter_add: the trigger calls its function by OID,
 * and ALTER FUNCTION ... SET SCHEMA can take opt_consent.filter_add
 * elsewhere (a rebuild trusts it only in opt_consent, but a filter made
 * valid before must not stay so when the function is replaced there).
 * MayChange() still asks for the owner of opt_consent.filter_add, so
 * another role's filter_add costs no rebuild.
 */
static bool
IsFilterAddName(List *name)
{
	return name != NIL && strcmp(strVal(llast(name)), "filter_add") == 0;
}

/* What a utility command changes that the filter depends on */
typedef enum NoteTarget
{
	NOTE_NONE,
	NOTE_SUPPRESSIONS,			/* opt_consent.suppressions or its triggers */
	NOTE_TRIGGER,				/* CREATE TRIGGER on suppressions */
	NOTE_FILTER_ADD,			/* the filter's trigger function */
	NOTE_SCHEMA,				/* the schema opt_consent */
	NOTE_EXTENSION				/* the extension */
} NoteTarget;

/*
 * The owner of the extension opt_consent, or InvalidOid if there is none
 * (read from pg_extension with the catalog snapshot; guard.c too)
 */
Oid
OptConsentExtensionOwner(void)
{
	Relation	rel = table_open(ExtensionRelationId, AccessShareLock);
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tup;
	Oid			owner = InvalidOid;

	ScanKeyInit(&key, Anum_pg_extension_extname, BTEqualStrategyNumber, F_NAMEEQ,
				CStringGetDatum("opt_consent"));
	scan = systable_beginscan(rel, ExtensionNameIndexId, true, NULL, 1, &key);
	tup = systable_getnext(scan);
	if (HeapTupleIsValid(tup))
		owner = ((Form_pg_extension) GETSTRUCT(tup))->extowner;
	systable_endscan(scan);
	table_close(rel, AccessShareLock);
	return owner;
}

/*
 * Does the current user own the target (as PostgreSQL's own permission
 * check of these commands asks), or is it gone?  Owners are read from the
 * catalogs, so an object dropped meanwhile is no error here.
 */
static bool
MayChange(NoteTarget target)
{
	Oid			nsp = get_namespace_oid(OPT_CONSENT_SCHEMA, true);
	Oid			owner = InvalidOid;
	Oid			relid;
	HeapTuple	tup;

	switch (target)
	{
		case NOTE_SUPPRESSIONS:
		case NOTE_TRIGGER:
			if (!OidIsValid(nsp))
				break;
			relid = get_relname_relid("suppressions", nsp);
			tup = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
			if (HeapTupleIsValid(tup))
			{
				owner = ((Form_pg_class) GETSTRUCT(tup))->relowner;
				ReleaseSysCache(tup);
				/* (CREATE TRIGGER needs the TRIGGER privilege, not ownership) */
				if (target == NOTE_TRIGGER &&
					pg_class_aclcheck(relid, GetUserId(), ACL_TRIGGER) == ACLCHECK_OK)
					return true;
			}
			break;
		case NOTE_FILTER_ADD:
			tup = SearchSysCache1(PROCOID, ObjectIdGetDatum(FilterAddOid()));
			if (HeapTupleIsValid(tup))
			{
				owner = ((Form_pg_proc) GETSTRUCT(tup))->proowner;
				ReleaseSysCache(tup);
			}
			break;
		case NOTE_SCHEMA:
			tup = SearchSysCache1(NAMESPACEOID, ObjectIdGetDatum(nsp));
			if (HeapTupleIsValid(tup))
			{
				owner = ((Form_pg_namespace) GETSTRUCT(tup))->nspowner;
				ReleaseSysCache(tup);
			}
			break;
		case NOTE_EXTENSION:
			owner = OptConsentExtensionOwner();
			break;
		case NOTE_NONE:
			return false;
	}
	return !OidIsValid(owner) || has_privs_of_role(GetUserId(), owner);
}

/*
 * Utility commands that could let a suppression in without the trigger, or
 * change what the filter stands for: on opt_consent.suppressions (ALTER
 * TABLE -- DISABLE TRIGGER, as pg_restore --disable-triggers does -- DROP,
 * RENAME, SET SCHEMA; DROP or RENAME of one of its triggers), on the
 * schema opt_consent, on the extension (CREATE, ALTER, DROP); CREATE
 * TRIGGER on suppressions (OR REPLACE resets a trigger to origin mode) and
 * CREATE OR REPLACE FUNCTION of filter_add.  The filter of this database
 * is untrusted until rebuilt.
 *
 * Called before the command (after: false) and after it succeeded (after:
 * true; noted: what the call before returned).  Only a caller who owns the
 * object (or a superuser) invalidates: before the command -- it could take
 * effect and be followed by writes in the same command (an event trigger)
 * before the call after -- and after it, as owner then or before (names
 * are resolved before: a renamed or dropped table is not found after).  A
 * command that fails, or one that does nothing without a permission check
 * (DROP TRIGGER IF EXISTS of another trigger), run by a role that may not
 * change the object, never costs the filter a rebuild; nor does CREATE
 * EXTENSION IF NOT EXISTS of the installed extension.  Returns whether the
 * call invalidated the filter.
 */
bool
FilterNoteUtility(Node *parsetree, bool after, bool noted)
{
	NoteTarget	target = NOTE_NONE;
	ListCell   *lc;

	if (!preloaded || shared == NULL || parsetree == NULL || !IsTransactionState())
		return false;
	switch (nodeTag(parsetree))
	{
		case T_AlterTableStmt:
			if (IsSuppressions(((AlterTableStmt *) parsetree)->relation))
				target = NOTE_SUPPRESSIONS;
			break;
		case T_DropStmt:
			{
				DropStmt   *stmt = (DropStmt *) parsetree;

				foreach(lc, stmt->objects)
				{
					Node	   *obj = lfirst(lc);

					switch (stmt->removeType)
					{
						case OBJECT_TABLE:
							if (IsSuppressionsName(castNode(List, obj)))
								target = NOTE_SUPPRESSIONS;
							break;
						case OBJECT_TRIGGER:
							/* (the table's name, then the trigger's) */
							if (IsSuppressionsName(list_truncate(list_copy(castNode(List, obj)),
																 list_length(castNode(List, obj)) - 1)))
								target = NOTE_SUPPRESSIONS;
							break;
						case OBJECT_SCHEMA:
							if (IsOurName(strVal(obj)))
								target = NOTE_SCHEMA;
							break;
						case OBJECT_FUNCTION:
						case OBJECT_ROUTINE:
							/* (CASCADE drops the trigger with it) */
							if (IsFilterAddName(castNode(ObjectWithArgs, obj)->objname))
								target = NOTE_FILTER_ADD;
							break;
						case OBJECT_EXTENSION:
							if (IsOurName(strVal(obj)))
								target = NOTE_EXTENSION;
							break;
						default:
							break;
					}
				}
				break;
			}
		case T_RenameStmt:
			{
				RenameStmt *stmt = (RenameStmt *) parsetree;

				/*
				 * (whatever the command calls it: ALTER INDEX, VIEW ...
				 * RENAME also renames a table; its triggers, its columns)
				 */
				if (stmt->relation != NULL && IsSuppressions(stmt->relation))
					target = NOTE_SUPPRESSIONS;
				else if (stmt->renameType == OBJECT_SCHEMA && IsOurName(stmt->subname))
					target = NOTE_SCHEMA;
				else if ((stmt->renameType == OBJECT_FUNCTION ||
						  stmt->renameType == OBJECT_ROUTINE) &&
						 (IsFilterAddName(castNode(ObjectWithArgs, stmt->object)->objname) ||
						  strcmp(stmt->newname, "filter_add") == 0))
					target = NOTE_FILTER_ADD;	/* (a replacement could follow, or come back) */
				break;
			}
		case T_AlterObjectSchemaStmt:
			{
				AlterObjectSchemaStmt *stmt = (AlterObjectSchemaStmt *) parsetree;

				if (stmt->relation != NULL && IsSuppressions(stmt->relation))
					target = NOTE_SUPPRESSIONS;
				else if (stmt->objectType == OBJECT_EXTENSION && IsOurName(strVal(stmt->object)))
					target = NOTE_EXTENSION;
				else if ((stmt->objectType == OBJECT_FUNCTION ||
						  stmt->objectType == OBJECT_ROUTINE) &&
						 IsFilterAddName(castNode(ObjectWithArgs, stmt->object)->objname))
					target = NOTE_FILTER_ADD;
				break;
			}
		case T_AlterObjectDependsStmt:
			{
				AlterObjectDependsStmt *stmt = (AlterObjectDependsStmt *) parsetree;

				/*
				 * A trigger on suppressions that depends on an extension is
				 * dropped with it, past this hook: refused (a rebuild does
				 * not trust such a filter trigger either).
				 */
				if (!after && !stmt->remove && stmt->objectType == OBJECT_TRIGGER &&
					IsSuppressions(stmt->relation))
					ereport(ERROR,
							(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
							 errmsg("a trigger on opt_consent.suppressions cannot depend on an extension"),
							 errdetail("Dropping the extension would drop the trigger, and the opt_consent filter could no longer be trusted.")));
				/* (... nor filter_add, once taken out of the extension) */
				if (!after && !stmt->remove &&
					(stmt->objectType == OBJECT_FUNCTION || stmt->objectType == OBJECT_ROUTINE) &&
					IsFilterAddName(castNode(ObjectWithArgs, stmt->object)->objname) &&
					OidIsValid(FilterAddOid()) &&
					LookupFuncWithArgs(stmt->objectType, castNode(ObjectWithArgs, stmt->object),
									   true) == FilterAddOid())
					ereport(ERROR,
							(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
							 errmsg("opt_consent.filter_add() cannot depend on an extension"),
							 errdetail("Dropping the extension would drop the function and its trigger, and the opt_consent filter could no longer be trusted.")));
				break;
			}
		case T_DropOwnedStmt:
			/* (it may drop filter_add, and its trigger, of a role that owns it) */
			target = NOTE_FILTER_ADD;
			break;
		case T_CreateTrigStmt:
			/* (CREATE OR REPLACE TRIGGER suppressions_filter: origin mode) */
			if (IsSuppressions(((CreateTrigStmt *) parsetree)->relation))
				target = NOTE_TRIGGER;
			break;
		case T_CreateFunctionStmt:
			{
				/* CREATE OR REPLACE FUNCTION of the filter's trigger function */
				CreateFunctionStmt *stmt = (CreateFunctionStmt *) parsetree;
				List	   *name = stmt->funcname;

				if (stmt->replace && IsFilterAddName(name))
					target = NOTE_FILTER_ADD;
				break;
			}
		case T_CreateExtensionStmt:
			/* (only when it does not exist yet: else a no-op or an error) */
			if (!after && IsOurName(((CreateExtensionStmt *) parsetree)->extname) &&
				!OidIsValid(get_extension_oid("opt_consent", true)))
				target = NOTE_EXTENSION;
			break;
		case T_AlterExtensionStmt:
			if (IsOurName(((AlterExtensionStmt *) parsetree)->extname))
				target = NOTE_EXTENSION;
			break;
		case T_AlterExtensionContentsStmt:
			if (IsOurName(((AlterExtensionContentsStmt *) parsetree)->extname))
				target = NOTE_EXTENSION;
			break;
		case T_DropdbStmt:
			{
				Oid			dboid;

				/*
				 * Only once the database is gone (a DROP DATABASE that fails
				 * leaves its sessions, and its filter, in place).
				 */
				dboid = get_database_oid(((DropdbStmt *) parsetree)->dbname, true);
				if (!after)
				{
					dropped_dboid = dboid;
					break;
				}
				if (OidIsValid(dboid))
					break;		/* not dropped after all (IF EXISTS of another) */
				SpinLockAcquire(&shared->mutex);
				for (int i = 0; i < shared->nslots; i++)
					if (shared->slots[i].dboid != InvalidOid &&
						shared->slots[i].dboid == dropped_dboid)
					{
						shared->slots[i].gen++;
						pg_atomic_write_u32(&shared->slots[i].state, FILTER_STATE_INVALID);
						pg_atomic_fetch_add_u64(&shared->slots[i].seq, 1);
						shared->slots[i].dboid = InvalidOid;
					}
				SpinLockRelease(&shared->mutex);
				dropped_dboid = InvalidOid;
				break;
			}
		default:
			break;
	}
	if (noted || (target != NOTE_NONE && MayChange(target)))
	{
		FilterSlot *slot = GetSlot(false);

		/*
		 * A change to the trigger's function or to the schema takes no lock
		 * on suppressions, so a rebuild could read the catalogs as they were
		 * before this uncommitted command and make the filter valid just
		 * before the change commits.  Hold FilterDdlTag to the end of the
		 * transaction: a rebuild waits for it, then reads what committed.
		 * Only for a caller who owns the object as it exists (a role that
		 * may not change it must not make rebuilds wait for its
		 * transaction; and where it does not exist, no rebuild trusts the
		 * catalogs it reads), and not during recovery (no rebuilds there).
		 */
		if ((target == NOTE_FILTER_ADD || target == NOTE_SCHEMA) && !RecoveryInProgress() &&
			(target == NOTE_FILTER_ADD ? OidIsValid(FilterAddOid()) :
			 OidIsValid(get_namespace_oid(OPT_CONSENT_SCHEMA, true))) &&
			MayChange(target))
		{
			LOCKTAG		tag;

			FilterDdlTag(&tag);
			(void) LockAcquire(&tag, RowExclusiveLock, false, false);
		}

		if (slot != NULL)
			Invalidate(slot);
		return true;
	}
	return false;
}
