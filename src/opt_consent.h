/*-------------------------------------------------------------------------
 *
 * opt_consent.h
 *	  Shared declarations of the opt_consent extension.
 *
 * The pure parts (E.164 parsing, keyword normalization) are declared in
 * e164.h and normalize.h so that fuzz harnesses can build them without the
 * server; this header is for the parts that live inside a backend.
 *
 *-------------------------------------------------------------------------
 */
#ifndef OPT_CONSENT_H
#define OPT_CONSENT_H

#include "postgres.h"
#include "compat.h"

#include "access/attnum.h"
#include "access/xact.h"
#include "fmgr.h"
#include "storage/proc.h"
#include "utils/relcache.h"

#define OPT_CONSENT_SCHEMA "opt_consent"

/*
 * field4 of the extension's advisory lock tags, one per kind, none 1 or 2
 * (what pg_advisory_*() set): no role can take them from SQL
 */
#define OC_LOCK_FILTER_DDL	3		/* filter.c: DDL on filter_add or the schema */
#define OC_LOCK_CAP			0x6f63	/* quiet.c: a cap's key, the pruning of counts */
#define OC_LOCK_KEY			0x6f6b	/* lock_key(): a recipient, a message id */

/* GUCs (opt_consent.c) */
/* enforce.c: a query that wrote ended (its pending partition moves are over) */
extern void EnforceQueryEnd(CommandId cid);
extern char *opt_consent_default_country_code;
extern bool opt_consent_allow_drop;	/* guard.c */

/* Catalog OIDs of the extension's objects, looked up once per invalidation */
typedef struct OptConsentCatalog
{
	bool		valid;
	Oid			namespace_oid;
	Oid			owner;			/* owner of the extension's tables */
	Oid			keywords_relid;
	Oid			builtin_keywords_relid;
	Oid			keyword_class_typid;
	Oid			keyword_class_labels[4];	/* indexed by KeywordClass */
	Oid			e164_typid;

	/* opt_consent.scopes and its primary key (id) */
	Oid			scopes_relid;
	Oid			scopes_pkey;
	AttrNumber	scopes_att_kind;
	AttrNumber	scopes_att_parent;
	AttrNumber	scopes_att_require_consent; /* 1.1; InvalidAttrNumber in 1.0 */

	/* opt_consent.suppressions and its primary key (recipient, ...) */
	Oid			suppressions_relid;
	Oid			suppressions_pkey;
	Oid			suppressions_lookup;	/* hash index on recipient, or the pkey */
	bool		lookup_is_hash;
	AttrNumber	sup_att_recipient;
	AttrNumber	sup_att_scope;
	AttrNumber	sup_att_channel;
	AttrNumber	sup_att_kind;
	AttrNumber	sup_att_permanent;
	AttrNumber	sup_att_keyword;
	AttrNumber	sup_att_since;
	AttrNumber	sup_att_category;	/* 1.2; InvalidAttrNumber before */

	/* opt_consent.consents (1.1; InvalidOid in 1.0) */
	Oid			consents_relid;
	Oid			consents_pkey;
	AttrNumber	con_att_scope;
	AttrNumber	con_att_channel;
	AttrNumber	con_att_granted_at;
	AttrNumber	con_att_expires_at;
	AttrNumber	con_att_category;	/* 1.2 */
	Oid			categories_relid;	/* 1.2 */

	/* 1.2: the write functions are entry points (call_as_owner) */
	bool		v12;
	Oid			final_check_fn; /* opt_consent.final_check_armed() */
} OptConsentCatalog;

/*
 * The statement's snapshot as a value: two reads under equal keys see the
 * same rows (a cache filled with the statement's snapshot is good for
 * another call only under an equal one).  In-progress xids are hashed.
 */
typedef struct SnapshotKey
{
	bool		set;
	TransactionId xmin;
	TransactionId xmax;
	CommandId	curcid;
	uint32		xcnt;
	int32		subxcnt;
	bool		suboverflowed;
	uint32		xiphash;
} SnapshotKey;

extern void OptConsentSnapshotKey(SnapshotKey *k);
extern bool OptConsentSnapshotIs(const SnapshotKey *k);

/* The catalog (looked up again after an invalidation); inline: every row reads it */
extern OptConsentCatalog oc_catalog;
extern const OptConsentCatalog *OptConsentLoadCatalog(void);

static inline const OptConsentCatalog *
OptConsentGetCatalog(void)
{
	if (likely(oc_catalog.valid))
		return &oc_catalog;
	return OptConsentLoadCatalog();
}

/*
 * Pick up invalidations sent by other sessions once per statement (see
 * OptConsentAcceptInvalidations); inline: the trigger asks on every row.
 */
extern LocalTransactionId oc_inval_lxid;
extern TimestampTz oc_inval_statement;
extern void OptConsentAcceptInvalidations(void);

static inline void
OptConsentCheckInvalidations(void)
{
	if (unlikely(OC_MyLocalTransactionId() != oc_inval_lxid ||
				 GetCurrentStatementStartTimestamp() != oc_inval_statement))
		OptConsentAcceptInvalidations();
}

/* Called by the relcache callback when a relation of ours changed */
extern void KeywordCacheReset(void);
extern void ScopeCacheReset(void);
extern void CategoryCacheReset(void);

/*
 * Run SPI as the owner of the extension's tables, whoever calls: the reads
 * and writes the extension does for itself need no privilege of the caller,
 * and are restricted operations (no search_path or GUC changes leak out).
 */
typedef struct OwnerSpi
{
	Oid			save_userid;
	int			save_sec_context;
	MemoryContext caller_cxt;	/* the memory of the caller, for results */
} OwnerSpi;
extern void OwnerSpiBegin(OwnerSpi *state);
extern void OwnerSpiEnd(OwnerSpi *state);
extern bool OwnerSpiReadLatest(const char *query, int nargs, Oid *argtypes,
							   Datum *values, long tcount, const char *what);
extern bool OwnerSpiReadLatestNulls(const char *query, int nargs, Oid *argtypes,
									Datum *values, const char *nulls, long tcount,
									const char *what);

/* The owner of the extension (InvalidOid if it is not installed); filter.c */
extern Oid	OptConsentExtensionOwner(void);

/* The role that called our public function (SPEC 11), else current_user */
extern Oid	OptConsentCaller(void);

/* FmgrInfo of the e164 equality function, for index scan keys */
extern FmgrInfo *OptConsentE164EqInfo(void);
extern FmgrInfo *OptConsentTextEqInfo(void);

/* enforce.c */
extern bool opt_consent_enforce;
extern int64 opt_consent_confirmation_window;	/* microseconds */
extern void EnforceCacheInvalidate(Oid relid);
extern void EnforceInit(void);

/*
 * Is a message category registered?  Raises 23503 if not.  Returns true
 * for '*' (every category): for a message, one not labelled (as NULL).
 */
extern bool CheckCategory(const char *category, int len);
/* the same for a column of a table (the error names them) */
extern bool CheckCategoryOf(const char *category, int len, Relation rel, int attnum);

/* Raise 22P02 for a failed e164_parse() of str[0..len) */
struct E164ParseResult;
extern OC_NORETURN void E164ReportError(const char *str, size_t len,
										const struct E164ParseResult *r);
extern OC_NORETURN void E164ReportErrorAt(const char *str, size_t len,
										  const struct E164ParseResult *r,
										  Relation rel, int attnum);

/* Canonical form of a scope id or sender (palloc'd); see SPEC 3 */
extern char *CanonicalScopeId(const char *id, int len);

#endif							/* OPT_CONSENT_H */
