/*-------------------------------------------------------------------------
 *
 * scopes.c
 *	  Scope chains and their backend cache, channel families.
 *
 * A scope's kind and parent are read from opt_consent.scopes by a direct
 * index probe (no SPI, no privilege check: the table is the extension's) and
 * kept in a backend hash table, with negative entries for ids that are not
 * registered.  A trigger on opt_consent.scopes sends a relcache invalidation
 * for it, and the relcache callback empties the cache.
 *
 *-------------------------------------------------------------------------
 */
#include "opt_consent.h"

#include "access/genam.h"
#include "access/heapam.h"
#include "access/nbtree.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "executor/tuptable.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/hsearch.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

#include "scopes.h"

PG_FUNCTION_INFO_V1(scope_chain);
PG_FUNCTION_INFO_V1(channel_family);
PG_FUNCTION_INFO_V1(scopes_check_snapshot);

typedef struct ScopeNode
{
	char		id[SCOPE_KEY_MAX + 1];	/* hash key ("" if longer) */
	bool		exists;
	bool		require_consent;
	char	   *parent;			/* "" for none; in chain_cxt if cached */
} ScopeNode;

static HTAB *scope_nodes = NULL;
static bool scope_cache_stale = false;

/*
 * Resolved chains of outbound rows, keyed by their raw sender and service
 * texts: a bulk insert from a few thousand senders resolves each chain
 * once.  Emptied with the node cache.
 */
#define RAW_CHAIN_KEY_LEN 520

/*
 * The caches are bounded (SPEC 11): a cache that reaches its limit keeps
 * what it holds and serves the rest uncached (one index probe per node,
 * chains resolved again), instead of being emptied -- emptied, a working
 * set larger than the cache (a registry of 11,000 scopes) missed on every
 * row.  About 600 bytes a node and 900 bytes a resolved chain: at most
 * about 10 MB and 15 MB per backend.
 */
#define SCOPE_NODE_CACHE_MAX 16384
#define RAW_CHAIN_CACHE_MAX 16384

typedef struct RawChainEntry
{
	char		key[RAW_CHAIN_KEY_LEN];
	ScopeChain	chain;			/* ids in chain_cxt */
} RawChainEntry;

static HTAB *raw_chains = NULL;
static MemoryContext chain_cxt = NULL;
static uint64 scope_cache_generation = 1;
static int	any_requires_consent = -1;	/* -1: unknown */
/* the same, read with the statement's snapshot (ScopeSetStatementSnapshot) */
static SnapshotKey statement_any;
static bool statement_any_found;

void
ScopeCacheReset(void)
{
	scope_cache_stale = true;
	scope_cache_generation++;
}

/* The generation, without checking for invalidations first */
uint64
ScopeCacheGeneration(void)
{
	return scope_cache_generation;
}

static void ResetScopeCache(void);

/* The scope caches, emptied after an invalidation (inline: every row asks) */
static inline void
EnsureScopeCache(void)
{
	OptConsentCheckInvalidations();
	if (likely(scope_nodes != NULL && !scope_cache_stale))
		return;
	ResetScopeCache();
}

static pg_noinline void
ResetScopeCache(void)
{
	HASHCTL		ctl;

	if (scope_nodes != NULL)
		hash_destroy(scope_nodes);
	scope_nodes = NULL;
	if (raw_chains != NULL)
		hash_destroy(raw_chains);
	raw_chains = NULL;
	if (chain_cxt == NULL)
		chain_cxt = AllocSetContextCreate(TopMemoryContext, "opt_consent chains",
										  ALLOCSET_DEFAULT_SIZES);
	else
		MemoryContextReset(chain_cxt);
	scope_cache_generation++;
	any_requires_consent = -1;
	scope_cache_stale = false;

	memset(&ctl, 0, sizeof(ctl));
	ctl.keysize = SCOPE_KEY_MAX + 1;
	ctl.entrysize = sizeof(ScopeNode);
	scope_nodes = hash_create("opt_consent scopes", 256, &ctl,
							  HASH_ELEM | HASH_STRINGS);

	memset(&ctl, 0, sizeof(ctl));
	ctl.keysize = RAW_CHAIN_KEY_LEN;
	ctl.entrysize = sizeof(RawChainEntry);
	raw_chains = hash_create("opt_consent row chains", 256, &ctl,
							 HASH_ELEM | HASH_STRINGS);
}

/*
 * The snapshot the caches are filled from: the latest committed state, as
 * for the catalogs.  In a parallel query (status() in a WHERE clause over a
 * big table) no new snapshot may be taken: read with the statement's
 * snapshot and keep nothing, since a cache filled from an older snapshot
 * could miss a change whose invalidation was already processed.  So do
 * status(), is_blocked() and scope_chain() in a transaction whose snapshot
 * is the transaction's (SPEC 5: they read like any query), and they do not
 * use what the caches hold either.
 */
static bool statement_snapshot = false;

bool
ScopeSetStatementSnapshot(bool on)
{
	bool		prev = statement_snapshot;

	statement_snapshot = on;
	return prev;
}

static bool
CacheMayFill(void)
{
	return !IsInParallelMode() && !statement_snapshot;
}

static Snapshot
CacheReadSnapshot(void)
{
	return RegisterSnapshot(CacheMayFill() ? GetLatestSnapshot() : GetActiveSnapshot());
}

/*
 * Read one scope row: sets exists and parent (written to parent_buf, of
 * SCOPE_ID_MAX + 1 bytes)
 */
static void
ReadScopeRow(const char *id, ScopeNode *node, char *parent_buf)
{
	const OptConsentCatalog *cat = OptConsentGetCatalog();
	Relation	rel;
	Relation	idx;
	IndexScanDesc scan;
	ScanKeyData key;
	TupleTableSlot *slot;
	Snapshot	snap;
	text	   *idtext = cstring_to_text(id);

	/*
	 * Lock, then take the snapshot: one taken before a wait for a TRUNCATE
	 * (a reload of scopes) would read the new file and see none of its rows.
	 */
	rel = table_open(cat->scopes_relid, AccessShareLock);
	idx = index_open(cat->scopes_pkey, AccessShareLock);
	snap = CacheReadSnapshot();
	ScanKeyEntryInitializeWithInfo(&key, 0, 1, BTEqualStrategyNumber,
								   InvalidOid, idx->rd_indcollation[0],
								   OptConsentTextEqInfo(),
								   PointerGetDatum(idtext));
	slot = table_slot_create(rel, NULL);
	scan = OC_index_beginscan(rel, idx, snap, 1, 0);
	index_rescan(scan, &key, 1, NULL, 0);

	node->exists = false;
	node->require_consent = false;
	node->parent = parent_buf;
	node->parent[0] = '\0';
	if (index_getnext_slot(scan, ForwardScanDirection, slot))
	{
		bool		isnull;
		Datum		d;

		if (cat->scopes_att_require_consent != InvalidAttrNumber)
		{
			d = slot_getattr(slot, cat->scopes_att_require_consent, &isnull);
			node->require_consent = !isnull && DatumGetBool(d);
		}
		d = slot_getattr(slot, cat->scopes_att_parent, &isnull);
		node->exists = true;
		if (!isnull)
		{
			text	   *t = DatumGetTextPP(d);
			int			len = Min(VARSIZE_ANY_EXHDR(t), SCOPE_ID_MAX);

			memcpy(node->parent, VARDATA_ANY(t), len);
			node->parent[len] = '\0';
		}
	}

	index_endscan(scan);
	ExecDropSingleTupleTableSlot(slot);
	index_close(idx, AccessShareLock);
	table_close(rel, AccessShareLock);
	UnregisterSnapshot(snap);
	pfree(idtext);
}

/*
 * The node of id: cached, unless its id is longer than the cache's key
 * (SCOPE_KEY_MAX bytes, a long id in a multibyte encoding) or the cache
 * cannot take it; ids longer than SCOPE_ID_MAX are never registered
 */
static const ScopeNode *
GetScopeNode(const char *id)
{
	ScopeNode  *node;
	bool		found;
	ScopeNode	tmp;
	char		parent[SCOPE_ID_MAX + 1];
	size_t		len = strlen(id);

	/*
	 * uncached nodes (parallel mode, a long id, or the cache full): a walk
	 * holds at most two at a time
	 */
	static ScopeNode uncached[2];
	static char uncached_parent[2][SCOPE_ID_MAX + 1];
	static int	next_uncached = 0;

	if (len > SCOPE_ID_MAX)
		return NULL;
	node = (statement_snapshot || len > SCOPE_KEY_MAX) ? NULL :
		hash_search(scope_nodes, id, HASH_FIND, NULL);
	if (node != NULL)
		return node;
	if (!CacheMayFill() || len > SCOPE_KEY_MAX ||
		hash_get_num_entries(scope_nodes) >= SCOPE_NODE_CACHE_MAX)
	{
		node = &uncached[next_uncached];
		ReadScopeRow(id, node, uncached_parent[next_uncached]);
		next_uncached = 1 - next_uncached;
		node->id[0] = '\0';
		return node;
	}
	/* read first, enter after: an error leaves no half-made entry */
	ReadScopeRow(id, &tmp, parent);
	node = hash_search(scope_nodes, id, HASH_ENTER, &found);
	node->exists = tmp.exists;
	node->require_consent = tmp.require_consent;
	node->parent = MemoryContextStrdup(chain_cxt, tmp.parent);
	return node;
}

/*
 * Does any scope require consent?  Read once per scope cache generation
 * (a scan of opt_consent.scopes, which changes rarely), so that sends in a
 * registry without such scopes never need their chain.
 */
bool
AnyScopeRequiresConsent(void)
{
	const OptConsentCatalog *cat;
	Relation	rel;
	TableScanDesc scan;
	TupleTableSlot *slot;
	Snapshot	snap;
	bool		found = false;

	EnsureScopeCache();
	if (any_requires_consent >= 0 && !statement_snapshot)
		return any_requires_consent == 1;
	/* read with the statement's snapshot: good for calls under an equal one */
	if (statement_snapshot && OptConsentSnapshotIs(&statement_any))
		return statement_any_found;
	cat = OptConsentGetCatalog();
	if (cat->scopes_att_require_consent == InvalidAttrNumber)
	{
		any_requires_consent = 0;
		return false;
	}
	rel = table_open(cat->scopes_relid, AccessShareLock);
	snap = CacheReadSnapshot();		/* (after the lock: see ReadScopeRow) */
	slot = table_slot_create(rel, NULL);
	scan = table_beginscan(rel, snap, 0, NULL);
	while (!found && table_scan_getnextslot(scan, ForwardScanDirection, slot))
	{
		bool		isnull;
		Datum		d = slot_getattr(slot, cat->scopes_att_require_consent, &isnull);

		found = !isnull && DatumGetBool(d);
	}
	table_endscan(scan);
	ExecDropSingleTupleTableSlot(slot);
	/*
	 * (let go, as ReadScopeRow does: kept, a sending transaction held scopes
	 * before suppressions, the reverse of a check's order, and a reload
	 * locking suppressions then scopes deadlocked with it)
	 */
	table_close(rel, AccessShareLock);
	UnregisterSnapshot(snap);
	/* (an invalidation that arrived meanwhile forces another look) */
	if (!scope_cache_stale && CacheMayFill())
		any_requires_consent = found ? 1 : 0;
	if (statement_snapshot && ActiveSnapshotSet())
	{
		OptConsentSnapshotKey(&statement_any);
		statement_any_found = found;
	}
	return found;
}

int
ScopeChainPosition(const ScopeChain *chain, const char *id, int len)
{
	for (int i = 0; i < chain->n; i++)
		if (strncmp(chain->ids[i], id, len) == 0 && chain->ids[i][len] == '\0')
			return i;
	return -1;
}

static void
ChainAdd(ScopeChain *chain, const char *id, bool requires)
{
	if (chain->n >= SCOPE_CHAIN_MAX ||
		ScopeChainPosition(chain, id, strlen(id)) >= 0)
		return;
	chain->requires[chain->n] = requires;
	chain->requires_consent |= requires;
	chain->ids[chain->n++] = pstrdup(id);
}

/* id and its ancestors */
static void
ChainAddWithAncestors(ScopeChain *chain, const char *id)
{
	char		current[SCOPE_ID_MAX + 1];
	int			depth = 0;

	const ScopeNode *node;

	if (strcmp(id, "*") == 0)
		return;
	node = GetScopeNode(id);
	ChainAdd(chain, id, node != NULL && node->require_consent);
	if (node == NULL)
		return;
	/* the trigger on scopes forbids cycles and deep chains; stay safe anyway */
	while (depth++ < SCOPE_MAX_DEPTH)
	{
		if (!node->exists || node->parent[0] == '\0')
			break;
		strlcpy(current, node->parent, sizeof(current));
		node = GetScopeNode(current);
		if (node == NULL)
			break;
		ChainAdd(chain, current, node->require_consent);
	}
}

void
ScopeChainBuild(const char *sender, const char *service, ScopeChain *chain)
{
	EnsureScopeCache();
	chain->n = 0;
	chain->requires_consent = false;
	if (sender != NULL)
		ChainAddWithAncestors(chain, sender);
	if (service != NULL)
		ChainAddWithAncestors(chain, service);
	ChainAdd(chain, "*", false);
}

/*
 * The chain of a sender and a service given as raw texts (NULL: not
 * given), canonicalized and resolved once per cache generation.  The ids
 * belong to the cache: valid until the next call into this file.
 */
void
ScopeChainForRaw(const char *sender, int sender_len,
				 const char *service, int service_len, ScopeChain *chain)
{
	char		key[RAW_CHAIN_KEY_LEN];
	RawChainEntry *entry;
	bool		found;
	MemoryContext oldcxt;
	int			klen = 0;

	EnsureScopeCache();
	if ((sender ? sender_len : 0) + (service ? service_len : 0) + 32 > RAW_CHAIN_KEY_LEN)
	{
		ScopeChainBuild(sender ? CanonicalScopeId(sender, sender_len) : NULL,
						service ? CanonicalScopeId(service, service_len) : NULL,
						chain);
		return;
	}
	/* "<sender length or -1>,<service length or -1>:" then the bytes */
	klen = snprintf(key, 32, "%d,%d:", sender ? sender_len : -1,
					service ? service_len : -1);
	if (sender)
	{
		memcpy(key + klen, sender, sender_len);
		klen += sender_len;
	}
	if (service)
	{
		memcpy(key + klen, service, service_len);
		klen += service_len;
	}
	key[klen] = '\0';

	entry = hash_search(raw_chains, key, HASH_FIND, NULL);
	if (entry != NULL)
	{
		*chain = entry->chain;
		return;
	}

	/* resolve (errors leave nothing behind), then keep a copy */
	ScopeChainBuild(sender ? CanonicalScopeId(sender, sender_len) : NULL,
					service ? CanonicalScopeId(service, service_len) : NULL,
					chain);
	/* full: keep what is there (this chain lives in the caller's memory) */
	if (hash_get_num_entries(raw_chains) >= RAW_CHAIN_CACHE_MAX)
		return;
	entry = hash_search(raw_chains, key, HASH_ENTER, &found);
	oldcxt = MemoryContextSwitchTo(chain_cxt);
	entry->chain = *chain;
	for (int i = 0; i < chain->n; i++)
		entry->chain.ids[i] = pstrdup(chain->ids[i]);
	MemoryContextSwitchTo(oldcxt);
}

char *
ScopeArgument(text *arg)
{
	if (arg == NULL)
		return NULL;
	return CanonicalScopeId(VARDATA_ANY(arg), VARSIZE_ANY_EXHDR(arg));
}

const char *
ChannelFamily(const char *channel, int len)
{
	char		buf[33];
	bool		ok = (len >= 1 && len <= 32);

	for (int i = 0; ok && i < len; i++)
	{
		char		c = channel[i];

		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if (!((c >= 'a' && c <= 'z') || (i > 0 && ((c >= '0' && c <= '9') || c == '_'))))
			ok = false;
		buf[i] = c;
	}
	if (!ok)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid channel \"%s\"", pnstrdup(channel, len)),
				 errdetail("A channel is sms, mms, rcs, whatsapp, voice (or call), email, all, or another name of at most 32 letters, digits and underscores that starts with a letter."),
				 errhint("Case is ignored: SMS is sms.")));
	buf[len] = '\0';
	if (strcmp(buf, "sms") == 0 || strcmp(buf, "mms") == 0 || strcmp(buf, "rcs") == 0)
		return "sms";
	if (strcmp(buf, "call") == 0)
		return "voice";
	return pstrdup(buf);
}

/* channel_family(text) RETURNS text */
Datum
channel_family(PG_FUNCTION_ARGS)
{
	text	   *t;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	t = PG_GETARG_TEXT_PP(0);

	PG_RETURN_TEXT_P(cstring_to_text(ChannelFamily(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t))));
}

/* ScopeChainBuild() for a query (see ScopeSetStatementSnapshot) */
static void
ScopeChainBuildAsQuery(const char *sender, const char *service, ScopeChain *chain)
{
	bool		prev = ScopeSetStatementSnapshot(IsolationUsesXactSnapshot());

	PG_TRY();
	{
		ScopeChainBuild(sender, service, chain);
	}
	PG_FINALLY();
	{
		ScopeSetStatementSnapshot(prev);
	}
	PG_END_TRY();
}

/* scope_chain(sender text, service text) RETURNS SETOF text */
Datum
scope_chain(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;
	ScopeChain *chain;

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext oldcxt;
		char	   *sender;
		char	   *service;

		funcctx = SRF_FIRSTCALL_INIT();
		oldcxt = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
		sender = ScopeArgument(PG_ARGISNULL(0) ? NULL : PG_GETARG_TEXT_PP(0));
		service = ScopeArgument(PG_ARGISNULL(1) ? NULL : PG_GETARG_TEXT_PP(1));
		chain = palloc(sizeof(ScopeChain));
		ScopeChainBuildAsQuery(sender, service, chain);
		funcctx->user_fctx = chain;
		funcctx->max_calls = chain->n;
		MemoryContextSwitchTo(oldcxt);
	}

	funcctx = SRF_PERCALL_SETUP();
	chain = (ScopeChain *) funcctx->user_fctx;
	if (funcctx->call_cntr < funcctx->max_calls)
	{
		/* (SRF_RETURN_NEXT increments call_cntr before using its argument) */
		Datum		result = PointerGetDatum(cstring_to_text(chain->ids[funcctx->call_cntr]));

		SRF_RETURN_NEXT(funcctx, result);
	}
	SRF_RETURN_DONE(funcctx);
}

/*
 * opt_consent.scopes_check_snapshot(): called by the scopes_check trigger
 * once it holds its lock on scopes (SHARE ROW EXCLUSIVE: one writer at a
 * time).  Its walks up and down the hierarchy read with the statement's
 * snapshot; in REPEATABLE READ or SERIALIZABLE that is the transaction's,
 * which may miss a change another transaction committed while this one
 * waited for the lock, and the walks would then let a cycle or a chain of
 * more than 16 scopes through.  So such a transaction may change scopes
 * only when no row of it was written by a transaction its snapshot does
 * not see (else 40001, as PostgreSQL answers a concurrent update; retried,
 * it sees the change).  With the lock held, no other writer can commit:
 * checked once per transaction, and again after the rollback of the
 * subtransaction it was checked in (or of one around it), which may have
 * released the lock.
 */
static LocalTransactionId checked_lxid = InvalidLocalTransactionId;
static SubTransactionId checked_subxid = InvalidSubTransactionId;

static void
ScopesCheckSubXact(SubXactEvent event, SubTransactionId mySubid,
				   SubTransactionId parentSubid, void *arg)
{
	/* (subtransactions inside it have later ids) */
	if (event == SUBXACT_EVENT_ABORT_SUB && checked_subxid >= mySubid)
		checked_lxid = InvalidLocalTransactionId;
}

Datum
scopes_check_snapshot(PG_FUNCTION_ARGS)
{
	static bool registered = false;
	const OptConsentCatalog *cat;
	Relation	rel;
	Snapshot	xact_snapshot;
	Snapshot	latest;
	TableScanDesc scan;
	HeapTuple	tuple;
	bool		stale = false;

	if (!IsolationUsesXactSnapshot())
		PG_RETURN_VOID();
	if (checked_lxid == OC_MyLocalTransactionId())
		PG_RETURN_VOID();
	if (!registered)
	{
		RegisterSubXactCallback(ScopesCheckSubXact, NULL);
		registered = true;
	}

	cat = OptConsentGetCatalog();
	rel = table_open(cat->scopes_relid, AccessShareLock);
	xact_snapshot = GetTransactionSnapshot();
	latest = RegisterSnapshot(GetLatestSnapshot());
	scan = table_beginscan(rel, latest, 0, NULL);
	while ((tuple = heap_getnext(scan, ForwardScanDirection)) != NULL)
	{
		TransactionId xmin = HeapTupleHeaderGetXmin(tuple->t_data);

		if (TransactionIdIsNormal(xmin) &&
			!TransactionIdIsCurrentTransactionId(xmin) &&
			XidInMVCCSnapshot(xmin, xact_snapshot))
		{
			stale = true;
			break;
		}
	}
	table_endscan(scan);
	UnregisterSnapshot(latest);
	table_close(rel, AccessShareLock);
	if (stale)
		ereport(ERROR,
				(errcode(ERRCODE_T_R_SERIALIZATION_FAILURE),
				 errmsg("could not serialize access due to a concurrent change of opt_consent.scopes"),
				 errdetail("Another transaction changed the scope hierarchy after this transaction's snapshot was taken; its cycle and depth checks need that change."),
				 errhint("Retry the transaction.")));
	checked_lxid = OC_MyLocalTransactionId();
	checked_subxid = GetCurrentSubTransactionId();
	PG_RETURN_VOID();
}
