/*-------------------------------------------------------------------------
 *
 * lookup.c
 *	  The suppression lookup: the rule of SPEC 5, in one place.
 *
 * A send is blocked when a suppression of the recipient exists at any scope
 * of scope_chain(sender, service) on the message's channel family or on
 * 'all'.  The blocking row is chosen by: most specific scope first, then
 * opt_out before dnd, then the exact family before 'all'.
 *
 * The common case, a recipient with no suppression at all, costs one probe
 * of the primary key of opt_consent.suppressions (recipient first) and no
 * catalog access, SPI or planning; the scope chain is only resolved when a
 * candidate row is found.  The table is read directly, as the extension
 * does for its own data, so callers need no privilege on it.
 *
 *-------------------------------------------------------------------------
 */
#include "opt_consent.h"

#include "access/genam.h"
#include "access/nbtree.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "storage/lmgr.h"
#include "storage/proc.h"
#include "executor/executor.h"
#include "tcop/utility.h"
#include "utils/relcache.h"
#include "executor/tuptable.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/rel.h"
#include "utils/memutils.h"
#include "utils/resowner.h"
#include "utils/snapmgr.h"

#include "filter.h"
#include "lookup.h"
#include "scopes.h"

PG_FUNCTION_INFO_V1(status);
PG_FUNCTION_INFO_V1(is_blocked);

/* A suppression row on the right channel, before the chain is known */
typedef struct Candidate
{
	char	   *scope;
	bool		all_channels;
	BlockKind	kind;
	bool		permanent;
	char	   *keyword;
	TimestampTz since;
	char	   *category;		/* 1.2 */
} Candidate;

static void FillBlockInfo(BlockInfo *info, const Candidate *c, const char *family);

#define MAX_INLINE_CANDIDATES 8

const char *
BlockKindName(BlockKind kind)
{
	switch (kind)
	{
		case BLOCK_OPT_OUT:
			return "opt_out";
		case BLOCK_DND:
			return "dnd";
		case BLOCK_NO_CONSENT:
			return "no_consent";
		case BLOCK_REASSIGNED:
			return "reassigned";
		case BLOCK_NONE:
			break;
	}
	return NULL;
}

static inline bool
TextEqualsCString(text *t, const char *s, int slen)
{
	return (int) VARSIZE_ANY_EXHDR(t) == slen && memcmp(VARDATA_ANY(t), s, slen) == 0;
}

void
BuildChainFromIds(void *arg, ScopeChain *chain)
{
	SenderService *ss = (SenderService *) arg;

	ScopeChainBuild(ss->sender, ss->service, chain);
}

/*
 * The open scan of the suppressions index, kept from one lookup to the next:
 * a bulk INSERT opens the relations and allocates the scan once, not once
 * per row.  Its relcache references belong to the top transaction's
 * resource owner, so that no portal or subtransaction ends under it; it is
 * closed at the end of each executor run or utility statement, and before
 * commit at the latest.  Between lookups it holds no buffer pin, only the
 * references and AccessShareLocks (kept until the end of the transaction,
 * as ri_triggers does).  A lookup interrupted by an error leaves the scan
 * "dirty": its pins were released by the aborting (sub)transaction, so it
 * is abandoned rather than ended.
 */
typedef struct SuppressionScan
{
	bool		active;
	bool		in_progress;	/* a lookup is running or was interrupted */
	MemoryContext cxt;
	Relation	rel;
	Relation	idx;
	IndexScanDesc scan;
} SuppressionScan;

static SuppressionScan sscan;
static bool callbacks_registered = false;
static ExecutorEnd_hook_type prev_ExecutorEnd = NULL;
static ProcessUtility_hook_type prev_ProcessUtility = NULL;

static void
SuppressionScanClose(void)
{
	ResourceOwner save = CurrentResourceOwner;

	if (!sscan.active)
		return;
	sscan.active = false;
	CurrentResourceOwner = TopTransactionResourceOwner;
	PG_TRY();
	{
		if (!sscan.in_progress)
			index_endscan(sscan.scan);
		else
			RelationDecrementReferenceCount(sscan.idx);	/* as endscan would */
		index_close(sscan.idx, NoLock);
		table_close(sscan.rel, NoLock);
	}
	PG_FINALLY();
	{
		CurrentResourceOwner = save;
	}
	PG_END_TRY();
	sscan.in_progress = false;
	MemoryContextDelete(sscan.cxt);
}

static void
LookupExecutorEnd(QueryDesc *queryDesc)
{
	/* (a query that wrote: the moves its UPDATE left pending are over) */
	bool		wrote = queryDesc->estate != NULL &&
		(queryDesc->operation != CMD_SELECT ||
		 (queryDesc->plannedstmt && queryDesc->plannedstmt->hasModifyingCTE));
	CommandId	cid = wrote ? queryDesc->estate->es_output_cid : InvalidCommandId;

	if (prev_ExecutorEnd)
		prev_ExecutorEnd(queryDesc);
	else
		standard_ExecutorEnd(queryDesc);
	if (wrote)
		EnforceQueryEnd(cid);
	if (sscan.active && !sscan.in_progress)
		SuppressionScanClose();
}

/*
 * COPY FROM fires triggers without an executor run of its own; and the
 * commands that could let suppressions bypass the filter's trigger
 */
static void
LookupProcessUtility(OC_PROCESS_UTILITY_PARAMS)
{
	/* (the filter: before the command runs, and again once it succeeded) */
	bool		noted = FilterNoteUtility(pstmt->utilityStmt, false, false);

	if (prev_ProcessUtility)
		prev_ProcessUtility(OC_PROCESS_UTILITY_ARGS);
	else
		standard_ProcessUtility(OC_PROCESS_UTILITY_ARGS);
	FilterNoteUtility(pstmt->utilityStmt, true, noted);
	if (sscan.active && !sscan.in_progress && IsTransactionState())
		SuppressionScanClose();
}

static void
LookupXactCallback(XactEvent event, void *arg)
{
	switch (event)
	{
		case XACT_EVENT_PRE_COMMIT:
		case XACT_EVENT_PARALLEL_PRE_COMMIT:
		case XACT_EVENT_PRE_PREPARE:
			SuppressionScanClose();
			break;
		case XACT_EVENT_ABORT:
		case XACT_EVENT_PARALLEL_ABORT:
			/* the top resource owner releases it all, the memory goes too */
			sscan.active = false;
			sscan.in_progress = false;
			break;
		default:
			break;
	}
}

void
LookupInit(void)
{
	if (callbacks_registered)
		return;
	prev_ExecutorEnd = ExecutorEnd_hook;
	ExecutorEnd_hook = LookupExecutorEnd;
	prev_ProcessUtility = ProcessUtility_hook;
	ProcessUtility_hook = LookupProcessUtility;
	RegisterXactCallback(LookupXactCallback, NULL);
	callbacks_registered = true;
}

/* The kept scan, opened if needed (a dirty one is abandoned first) */
static SuppressionScan *
SuppressionScanOpen(const OptConsentCatalog *cat, Snapshot snapshot)
{
	MemoryContext oldcxt;
	ResourceOwner save = CurrentResourceOwner;

	if (sscan.active &&
		(sscan.in_progress ||
		 RelationGetRelid(sscan.rel) != cat->suppressions_relid ||
		 RelationGetRelid(sscan.idx) != cat->suppressions_lookup))
		SuppressionScanClose();
	if (sscan.active)
		return &sscan;

	sscan.cxt = AllocSetContextCreate(TopTransactionContext, "opt_consent lookup",
									  ALLOCSET_DEFAULT_SIZES);
	oldcxt = MemoryContextSwitchTo(sscan.cxt);
	CurrentResourceOwner = TopTransactionResourceOwner;
	PG_TRY();
	{
		sscan.rel = table_open(cat->suppressions_relid, AccessShareLock);
		sscan.idx = index_open(cat->suppressions_lookup, AccessShareLock);
		sscan.scan = OC_index_beginscan(sscan.rel, sscan.idx, snapshot, 1, 0);
	}
	PG_FINALLY();
	{
		CurrentResourceOwner = save;
	}
	PG_END_TRY();
	MemoryContextSwitchTo(oldcxt);
	sscan.in_progress = false;
	sscan.active = true;
	return &sscan;
}

/*
 * Does the recipient hold an unexpired consent at some scope of the chain,
 * on the family or on 'all' (granted on or after the date of its
 * reassignment, if it was reassigned)?  Version 1.1 only.
 */
static bool
HasValidConsent(const OptConsentCatalog *cat, uint64 recipient,
				const char *family, const char *category, const ScopeChain *chain,
				Snapshot snapshot, bool reassigned, TimestampTz reassigned_since)
{
	Relation	rel;
	Relation	idx;
	IndexScanDesc scan;
	ScanKeyData key;
	TupleTableSlot *slot;
	TimestampTz now = GetCurrentTimestamp();
	int			familylen = strlen(family);
	bool		ok = false;

	if (!OidIsValid(cat->consents_relid))
		return false;
	rel = table_open(cat->consents_relid, AccessShareLock);
	idx = index_open(cat->consents_pkey, AccessShareLock);
	ScanKeyEntryInitializeWithInfo(&key, 0, 1, BTEqualStrategyNumber,
								   InvalidOid, InvalidOid,
								   OptConsentE164EqInfo(),
								   Int64GetDatum((int64) recipient));
	slot = table_slot_create(rel, NULL);
	scan = OC_index_beginscan(rel, idx, snapshot, 1, 0);
	index_rescan(scan, &key, 1, NULL, 0);
	while (!ok && index_getnext_slot(scan, ForwardScanDirection, slot))
	{
		bool		isnull;
		text	   *t;
		Datum		d;

		t = DatumGetTextPP(slot_getattr(slot, cat->con_att_channel, &isnull));
		if (isnull || (!TextEqualsCString(t, family, familylen) &&
					   !TextEqualsCString(t, "all", 3)))
			continue;
		d = slot_getattr(slot, cat->con_att_expires_at, &isnull);
		if (!isnull && DatumGetTimestampTz(d) <= now)
			continue;
		/* 1.2: a consent counts when its category is '*' or the row's */
		if (cat->con_att_category != InvalidAttrNumber)
		{
			t = DatumGetTextPP(slot_getattr(slot, cat->con_att_category, &isnull));
			if (!isnull && !TextEqualsCString(t, "*", 1) &&
				(category == NULL || !TextEqualsCString(t, category, strlen(category))))
				continue;
		}
		d = slot_getattr(slot, cat->con_att_granted_at, &isnull);
		if (isnull || (reassigned && DatumGetTimestampTz(d) < reassigned_since))
			continue;
		t = DatumGetTextPP(slot_getattr(slot, cat->con_att_scope, &isnull));
		if (isnull)
			continue;
		ok = ScopeChainPosition(chain, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t)) >= 0;
	}
	index_endscan(scan);
	ExecDropSingleTupleTableSlot(slot);
	index_close(idx, NoLock);
	table_close(rel, NoLock);
	return ok;
}

static bool LookupBlockSlow(uint64 recipient, const char *family,
							const char *category, Snapshot snapshot, bool probe,
							ChainBuilder build_chain, void *chain_arg,
							BlockInfo *info, bool one_snapshot, bool exact_family);
/* The lock a check holds on scopes and its key (see LookupBlockSlow) */
typedef struct ScopesLock
{
	bool		locked;
	Oid			relid;			/* the OIDs locked, unlocked as they were */
	Oid			pkey;
} ScopesLock;

static bool LookupBlockLocked(uint64 recipient, const char *family,
							  const char *category, Snapshot snapshot, bool probe,
							  ChainBuilder build_chain, void *chain_arg,
							  BlockInfo *info, bool one_snapshot, bool exact_family,
							  ScopesLock *scopes_locked);

static void
LockScopes(const OptConsentCatalog *cat, ScopesLock *lock)
{
	lock->relid = cat->scopes_relid;
	lock->pkey = cat->scopes_pkey;
	LockRelationOid(lock->relid, AccessShareLock);
	LockRelationOid(lock->pkey, AccessShareLock);
	lock->locked = true;
}

/*
 * The tables a check reads with the latest committed state, locked before
 * that snapshot is taken, as a query's are before its own: a lock that has
 * to wait for a TRUNCATE (a reload of suppressions) would otherwise be
 * granted after the snapshot, and the scan would read the new file with a
 * snapshot that sees none of its rows.  Once per transaction and
 * subtransaction (a subtransaction's abort releases what it took).
 */
typedef struct LockedStamp
{
	LocalTransactionId lxid;
	SubTransactionId subxid;
	Oid			relid;
} LockedStamp;

static LockedStamp suppressions_locked;
static LockedStamp consents_locked;

/* Did this (sub)transaction lock relid with LockCheckedTable already? */
static inline bool
IsLockedNow(const LockedStamp *stamp, Oid relid)
{
	return stamp->lxid == OC_MyLocalTransactionId() &&
		stamp->subxid == GetCurrentSubTransactionId() && stamp->relid == relid;
}

static void
LockCheckedTable(LockedStamp *stamp, Oid relid, Oid indexid)
{
	if (IsLockedNow(stamp, relid))
		return;
	LockRelationOid(relid, AccessShareLock);
	LockRelationOid(indexid, AccessShareLock);
	stamp->lxid = OC_MyLocalTransactionId();
	stamp->subxid = GetCurrentSubTransactionId();
	stamp->relid = relid;
}

bool
LookupBlock(uint64 recipient, const char *family, const char *category,
			Snapshot snapshot, ChainBuilder build_chain, void *chain_arg,
			BlockInfo *info, bool exact_family)
{
	/*
	 * The shared-memory filter (filter.c), when preloaded: "no suppression
	 * of this recipient can exist" skips the probe of the index, and
	 * without any scope that requires consent that answer is the whole
	 * check (the hot path of the trigger: nothing else is done).
	 */
	bool		probe = FilterProbe(recipient, snapshot) != FILTER_ABSENT;

	if (!probe && !AnyScopeRequiresConsent())
		return false;
	return LookupBlockSlow(recipient, family, category, snapshot, probe,
						   build_chain, chain_arg, info, false, exact_family);
}

/*
 * LookupBlock() past the filter: probe is false when it answered "absent".
 * one_snapshot: the restart of a check that reads consents (see below):
 * the scope chain is built first, then suppressions and consents are read
 * with one snapshot taken after both are locked.
 */
static pg_noinline bool
LookupBlockSlow(uint64 recipient, const char *family, const char *category,
				Snapshot snapshot, bool probe, ChainBuilder build_chain,
				void *chain_arg, BlockInfo *info, bool one_snapshot,
				bool exact_family)
{
	ScopesLock	scopes_locked = {false, InvalidOid, InvalidOid};
	bool		blocked;

	blocked = LookupBlockLocked(recipient, family, category, snapshot, probe,
								build_chain, chain_arg, info, one_snapshot,
								exact_family, &scopes_locked);
	/*
	 * (the OIDs it locked: the catalog's may have been read again since,
	 * after a REINDEX CONCURRENTLY; an error releases it with the
	 * (sub)transaction)
	 */
	if (scopes_locked.locked)
	{
		UnlockRelationOid(scopes_locked.pkey, AccessShareLock);
		UnlockRelationOid(scopes_locked.relid, AccessShareLock);
	}
	return blocked;
}

/* LookupBlockSlow(), which notes whether it locked scopes */
static bool
LookupBlockLocked(uint64 recipient, const char *family, const char *category,
				  Snapshot snapshot, bool probe, ChainBuilder build_chain,
				  void *chain_arg, BlockInfo *info, bool one_snapshot,
				  bool exact_family, ScopesLock *scopes_locked)
{
	const OptConsentCatalog *cat = OptConsentGetCatalog();
	SuppressionScan *ss;
	MemoryContext oldcxt;
	IndexScanDesc scan;
	ScanKeyData key;
	TupleTableSlot *slot;
	Candidate	inline_candidates[MAX_INLINE_CANDIDATES];
	Candidate  *candidates = inline_candidates;
	int			ncandidates = 0;
	int			maxcandidates = MAX_INLINE_CANDIDATES;
	int			familylen = strlen(family);
	ScopeChain	chain;
	int			best = -1;
	int			best_rank = INT_MAX;
	int			best_dnd = -1;
	int			best_dnd_rank = INT_MAX;
	bool		reassigned = false;
	TimestampTz reassigned_since = 0;
	bool		latest = (snapshot == NULL);	/* (else the caller's) */

	/*
	 * (a scope read takes a snapshot of its own, and GetLatestSnapshot()
	 * returns the same static one: so the chain is read before ours)
	 */
	if (one_snapshot)
	{
		/* (scopes locked before the chain and the snapshot: see below) */
		if (latest && !scopes_locked->locked)
			LockScopes(cat, scopes_locked);
		build_chain(chain_arg, &chain);
	}

	/* the latest committed state's snapshot (NULL) is taken only to probe */
	if (probe)
	{
		if (latest)
		{
			LockCheckedTable(&suppressions_locked, cat->suppressions_relid,
							 cat->suppressions_lookup);
			snapshot = GetLatestSnapshot();
		}
		ss = SuppressionScanOpen(cat, snapshot);
		scan = ss->scan;
		slot = table_slot_create(ss->rel, NULL);
		ScanKeyEntryInitializeWithInfo(&key, 0, 1, BTEqualStrategyNumber,
									   InvalidOid, InvalidOid,
									   OptConsentE164EqInfo(),
									   Int64GetDatum((int64) recipient));
		ss->in_progress = true;
		/* this row's snapshot (the scan reads through xs_snapshot each fetch) */
		scan->xs_snapshot = snapshot;

		/*
		 * The index AM may allocate state lazily in the current context (btree
		 * and hash allocate their killed-items array on first use): call it in
		 * the scan's own context, which lives as long as the scan.
		 */
		oldcxt = MemoryContextSwitchTo(ss->cxt);
		index_rescan(scan, &key, 1, NULL, 0);
		MemoryContextSwitchTo(oldcxt);

		for (;;)
		{
			bool		isnull;
			text	   *channel;
			text	   *kind;
			Candidate  *c;
			Datum		d;
			bool		all;
			bool		found;

			oldcxt = MemoryContextSwitchTo(ss->cxt);
			found = index_getnext_slot(scan, ForwardScanDirection, slot);
			MemoryContextSwitchTo(oldcxt);
			if (!found)
				break;

			/* a hash index is lossy: check the recipient */
			if (cat->lookup_is_hash &&
				(uint64) DatumGetInt64(slot_getattr(slot, cat->sup_att_recipient, &isnull)) != recipient)
				continue;
			channel = DatumGetTextPP(slot_getattr(slot, cat->sup_att_channel, &isnull));
			if (isnull)
				continue;
			all = TextEqualsCString(channel, "all", 3);
			if (!all && !TextEqualsCString(channel, family, familylen))
				continue;

			if (ncandidates == maxcandidates)
			{
				Candidate  *more = palloc(sizeof(Candidate) * maxcandidates * 2);

				memcpy(more, candidates, sizeof(Candidate) * ncandidates);
				candidates = more;
				maxcandidates *= 2;
			}
			/*
			 * 1.2: a suppression of category '*' blocks every row; one of
			 * category C blocks rows of C and rows with no category (an
			 * unlabelled message may be the kind the person refused).
			 */
			if (cat->sup_att_category != InvalidAttrNumber)
			{
				text	   *scat = DatumGetTextPP(slot_getattr(slot, cat->sup_att_category, &isnull));

				if (!isnull && category != NULL && !TextEqualsCString(scat, "*", 1) &&
					!TextEqualsCString(scat, category, strlen(category)))
					continue;
			}
			c = &candidates[ncandidates];
			memset(c, 0, sizeof(*c));
			c->all_channels = all;
			kind = DatumGetTextPP(slot_getattr(slot, cat->sup_att_kind, &isnull));
			if (isnull)
				continue;
			if (TextEqualsCString(kind, "opt_out", 7))
			{
				/* (exact_family: an opt-out on all is the other pass's) */
				if (all && exact_family)
					continue;
				c->kind = BLOCK_OPT_OUT;
			}
			else if (TextEqualsCString(kind, "dnd", 3))
				c->kind = BLOCK_DND;
			else if (TextEqualsCString(kind, "reassigned", 10))
				c->kind = BLOCK_REASSIGNED; /* 1.1: since = disconnection date */
			else
				continue;			/* a kind of a later version */
			d = slot_getattr(slot, cat->sup_att_scope, &isnull);
			if (isnull)
				continue;
			c->scope = TextDatumGetCString(d);
			d = slot_getattr(slot, cat->sup_att_permanent, &isnull);
			c->permanent = !isnull && DatumGetBool(d);
			d = slot_getattr(slot, cat->sup_att_keyword, &isnull);
			c->keyword = isnull ? NULL : TextDatumGetCString(d);
			d = slot_getattr(slot, cat->sup_att_since, &isnull);
			c->since = isnull ? 0 : DatumGetTimestampTz(d);
			if (cat->sup_att_category != InvalidAttrNumber)
			{
				d = slot_getattr(slot, cat->sup_att_category, &isnull);
				c->category = isnull ? NULL : TextDatumGetCString(d);
			}
			ncandidates++;
		}

		/*
		 * Hold no buffer pin between lookups: a rescan releases the index AM's
		 * (a hash scan keeps its bucket page pinned) and the heap fetch's.
		 */
		ExecDropSingleTupleTableSlot(slot);
		oldcxt = MemoryContextSwitchTo(ss->cxt);
		index_rescan(scan, &key, 1, NULL, 0);
		MemoryContextSwitchTo(oldcxt);
		ss->in_progress = false;
	}

	/*
	 * Only now, and only if it can matter: which scopes does this send go
	 * through?  Without a suppression and without any scope that requires
	 * consent, the probe above was the whole check.  (Without a probe,
	 * LookupBlock has just seen that some scope requires consent: asked once.)
	 */
	if (!one_snapshot)
	{
		if (ncandidates == 0 && probe && !AnyScopeRequiresConsent())
			return false;

		/*
		 * The chain is needed: scopes is locked first, and the suppressions
		 * read again with a snapshot taken after that.  A read of scopes
		 * that waited for a reload of the registry (TRUNCATE scopes, the
		 * rows again with a number moved, its opt-outs with it) would read
		 * the new chain against the old opt-outs -- the send went out,
		 * blocked before the reload and after it.  Locked, the wait is
		 * before the snapshot, which then sees the reload whole, and no
		 * reload starts before the chain is read; the lock is let go when
		 * the check ends (LookupBlockSlow), as ReadScopeRow lets its own
		 * go, so a transaction that sends holds up no REINDEX or reload of
		 * scopes.  Only sends with a suppression (or a scope requiring
		 * consent) pay the second probe.
		 */
		if (latest && probe && !scopes_locked->locked)
		{
			LockScopes(cat, scopes_locked);
			return LookupBlockLocked(recipient, family, category, NULL, probe,
									 build_chain, chain_arg, info, false,
									 exact_family, scopes_locked);
		}
		build_chain(chain_arg, &chain);
	}

	/* opt-outs and DND first: most specific scope, opt_out, exact family */
	for (int i = 0; i < ncandidates; i++)
	{
		int			pos;
		int			rank;

		if (candidates[i].kind == BLOCK_REASSIGNED)
		{
			if (!reassigned || candidates[i].since > reassigned_since)
				reassigned_since = candidates[i].since;
			reassigned = true;
			continue;
		}
		pos = ScopeChainPosition(&chain, candidates[i].scope,
								 strlen(candidates[i].scope));
		if (pos < 0)
			continue;
		rank = pos * 4 + (candidates[i].kind == BLOCK_DND ? 2 : 0) +
			(candidates[i].all_channels ? 1 : 0);
		if (rank < best_rank)
		{
			best_rank = rank;
			best = i;
		}
		if (candidates[i].kind == BLOCK_DND && rank < best_dnd_rank)
		{
			best_dnd_rank = rank;
			best_dnd = i;
		}
	}

	if (best < 0)
	{
		/* then consent (1.1): a reassigned number, a scope requiring it */
		int			required_at = -1;

		/*
		 * (exact_family: consent permits, on the family the message goes out
		 * on, the prefix's: its pass asks)
		 */
		if (exact_family || (!reassigned && !chain.requires_consent))
			return false;
		/*
		 * Consents is locked only when read.  Suppressions and consents are
		 * read with one snapshot: a transaction that committed an opt-out
		 * and a consent between two snapshots would otherwise be seen by
		 * halves (no suppression, then the consent), and the row would pass
		 * where neither state before nor after it lets it.  So the check
		 * starts again: both tables locked (suppressions first, as
		 * everywhere), the chain read, then one snapshot for both (the
		 * suppression by its index).
		 */
		if (latest && OidIsValid(cat->consents_relid) && !one_snapshot)
		{
			LockCheckedTable(&suppressions_locked, cat->suppressions_relid,
							 cat->suppressions_lookup);
			LockCheckedTable(&consents_locked, cat->consents_relid, cat->consents_pkey);
			return LookupBlockSlow(recipient, family, category, NULL, true,
								   build_chain, chain_arg, info, true, exact_family);
		}
		else if (snapshot == NULL)
			snapshot = GetLatestSnapshot();
		if (HasValidConsent(cat, recipient, family, category, &chain, snapshot,
							reassigned, reassigned_since))
			return false;
		for (int i = 0; i < chain.n && required_at < 0; i++)
			if (chain.requires[i])
				required_at = i;
		memset(info, 0, sizeof(*info));
		info->kind = reassigned ? BLOCK_REASSIGNED : BLOCK_NO_CONSENT;
		info->scope = pstrdup(reassigned ? "*" : chain.ids[required_at]);
		info->channel = pstrdup(reassigned ? "all" : family);
		info->since = reassigned ? reassigned_since : 0;
		return true;
	}

	FillBlockInfo(info, &candidates[best], family);
	info->dnd = NULL;
	if (best_dnd >= 0 && best_dnd != best)
	{
		info->dnd = palloc(sizeof(BlockInfo));
		FillBlockInfo(info->dnd, &candidates[best_dnd], family);
		info->dnd->dnd = NULL;
	}
	return true;
}

static void
FillBlockInfo(BlockInfo *info, const Candidate *c, const char *family)
{
	info->kind = c->kind;
	info->scope = c->scope;
	info->channel = pstrdup(c->all_channels ? "all" : family);
	info->keyword = c->keyword;
	info->category = c->category;
	info->since = c->since;
	info->permanent = c->permanent;
}

/*
 * LookupBlock() for a query, like any query (SPEC 5): with the statement's
 * snapshot, for the scopes too when the transaction keeps one snapshot
 * (see ScopeSetStatementSnapshot)
 */
static bool
LookupAsQuery(uint64 recipient, const char *family, const char *category,
			  SenderService *ss, BlockInfo *info)
{
	bool		prev = ScopeSetStatementSnapshot(IsolationUsesXactSnapshot());
	volatile bool blocked = false;

	PG_TRY();
	{
		blocked = LookupBlock(recipient, family, category, GetActiveSnapshot(),
							  BuildChainFromIds, ss, info, false);
	}
	PG_FINALLY();
	{
		ScopeSetStatementSnapshot(prev);
	}
	PG_END_TRY();
	return blocked;
}

/* Arguments common to status() and is_blocked() */
static bool
LookupFromArgs(FunctionCallInfo fcinfo, BlockInfo *info)
{
	uint64		recipient;
	SenderService ss;
	const char *family;
	const char *category = NULL;

	ss.sender = ScopeArgument(PG_ARGISNULL(1) ? NULL : PG_GETARG_TEXT_PP(1));
	ss.service = ScopeArgument(PG_ARGISNULL(2) ? NULL : PG_GETARG_TEXT_PP(2));
	if (PG_ARGISNULL(3))
		family = "sms";
	else
	{
		text	   *ch = PG_GETARG_TEXT_PP(3);

		family = ChannelFamily(VARDATA_ANY(ch), VARSIZE_ANY_EXHDR(ch));
	}
	/* 1.2: the message category (NULL: not given, an unlabelled message) */
	if (PG_NARGS() > 4 && !PG_ARGISNULL(4))
	{
		text	   *c = PG_GETARG_TEXT_PP(4);

		/* ('*': every category, a message not labelled, as NULL) */
		if (!CheckCategory(VARDATA_ANY(c), VARSIZE_ANY_EXHDR(c)))
			category = text_to_cstring(c);
	}
	/* a NULL recipient is never blocked (as in the trigger) */
	if (PG_ARGISNULL(0))
		return false;
	recipient = (uint64) PG_GETARG_INT64(0);

	return LookupAsQuery(recipient, family, category, &ss, info);
}

/* status(recipient, sender, service, channel) RETURNS TABLE (...) */
Datum
status(PG_FUNCTION_ARGS)
{
	TupleDesc	tupdesc;
	Datum		values[6];
	bool		nulls[6];
	BlockInfo	info;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	tupdesc = BlessTupleDesc(tupdesc);

	memset(nulls, true, sizeof(nulls));
	if (LookupFromArgs(fcinfo, &info))
	{
		values[0] = BoolGetDatum(false);
		values[1] = CStringGetTextDatum(BlockKindName(info.kind));
		values[2] = CStringGetTextDatum(info.scope);
		values[3] = CStringGetTextDatum(info.channel);
		values[4] = TimestampTzGetDatum(info.since);
		nulls[1] = nulls[2] = nulls[3] = false;
		nulls[4] = (info.kind == BLOCK_NO_CONSENT);
		if (info.keyword != NULL)
		{
			values[5] = CStringGetTextDatum(info.keyword);
			nulls[5] = false;
		}
	}
	else
		values[0] = BoolGetDatum(true);
	nulls[0] = false;

	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

/* is_blocked(recipient, sender, service, channel) RETURNS boolean */
Datum
is_blocked(PG_FUNCTION_ARGS)
{
	BlockInfo	info;

	PG_RETURN_BOOL(LookupFromArgs(fcinfo, &info));
}
