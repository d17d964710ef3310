/*-------------------------------------------------------------------------
 *
 * compat.h
 *	  Differences between the PostgreSQL majors opt_consent builds on
 *	  (13 to 18), in one place.  Include it right after postgres.h.
 *
 * Tested by make matrix on 13 (Debian bullseye), 15 (the host), 17
 * (trixie) and 18 (forky).  14 and 16 are in no Debian suite: the
 * branches below that decide them follow the version each API changed in
 * (from PostgreSQL's sources and release notes), but they were neither
 * compiled nor tested against 14 or 16 here.
 *
 *-------------------------------------------------------------------------
 */
#ifndef OPT_CONSENT_COMPAT_H
#define OPT_CONSENT_COMPAT_H

#include "postgres.h"

#if PG_VERSION_NUM < 130000
#error "opt_consent needs PostgreSQL 13 or later"
#endif

/* 16: the varlena macros moved out of postgres.h */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

/*
 * 18: pg_attribute_noreturn() (after a declaration) gave way to a leading
 * pg_noreturn.  OC_NORETURN leads a declaration on every major (the
 * compilers PostgreSQL supports on these platforms accept the attribute
 * there).
 */
#if PG_VERSION_NUM >= 180000
#define OC_NORETURN pg_noreturn
#else
#define OC_NORETURN __attribute__((noreturn))
#endif

/* 14: try_table_open() (13: try_relation_open(), which takes any relkind) */
#if PG_VERSION_NUM < 140000
#define OC_try_table_open(relid, lockmode) try_relation_open(relid, lockmode)
#else
#define OC_try_table_open(relid, lockmode) try_table_open(relid, lockmode)
#endif

/* 14: string keys of dynahash are asked for explicitly (13: the default) */
#if PG_VERSION_NUM < 140000
#define HASH_STRINGS 0
#endif

/* 18: index_beginscan() takes an instrumentation pointer */
#if PG_VERSION_NUM >= 180000
#define OC_index_beginscan(heap, index, snapshot, nkeys, norderbys) \
	index_beginscan(heap, index, snapshot, NULL, nkeys, norderbys)
#else
#define OC_index_beginscan(heap, index, snapshot, nkeys, norderbys) \
	index_beginscan(heap, index, snapshot, nkeys, norderbys)
#endif

/*
 * 16: GUC "extra" data is allocated with guc_malloc() and freed by the
 * server with guc_free() (pfree-compatible); before, with malloc()/free().
 */
#if PG_VERSION_NUM >= 160000
#define OC_guc_malloc(size) guc_malloc(LOG, size)
#define OC_guc_free(ptr) guc_free(ptr)
#else
#define OC_guc_malloc(size) malloc(size)
#define OC_guc_free(ptr) free(ptr)
#endif

/* 17: the local transaction id lives in MyProc->vxid */
#if PG_VERSION_NUM >= 170000
#define OC_MyLocalTransactionId() (MyProc->vxid.lxid)
#else
#define OC_MyLocalTransactionId() (MyProc->lxid)
#endif

/* 18: a column's cached offset moved to the tuple descriptor's CompactAttribute */
#if PG_VERSION_NUM >= 180000
#define OC_AttCacheOff(tupdesc, i) (TupleDescCompactAttr(tupdesc, i)->attcacheoff)
#else
#define OC_AttCacheOff(tupdesc, i) (TupleDescAttr(tupdesc, i)->attcacheoff)
#endif

/* 16: pg_proc_aclcheck() became object_aclcheck() */
#if PG_VERSION_NUM >= 160000
#define OC_proc_aclcheck(proc, role, mode) \
	object_aclcheck(ProcedureRelationId, proc, role, mode)
#else
#define OC_proc_aclcheck(proc, role, mode) pg_proc_aclcheck(proc, role, mode)
#endif

/* 17: heap_form_tuple() takes const arrays (the fuzz stubs define it) */
#if PG_VERSION_NUM >= 170000
#define OC_CONST_17 const
#else
#define OC_CONST_17
#endif

/* 15: reserve the GUC prefix (before: warn about placeholders) */
#if PG_VERSION_NUM >= 150000
#define OC_MarkGUCPrefixReserved(prefix) MarkGUCPrefixReserved(prefix)
#else
#define OC_MarkGUCPrefixReserved(prefix) EmitWarningsOnPlaceholders(prefix)
#endif

/* 14: ProcessUtility_hook gained readOnlyTree */
#if PG_VERSION_NUM >= 140000
#define OC_PROCESS_UTILITY_PARAMS \
	PlannedStmt *pstmt, const char *queryString, bool readOnlyTree, \
	ProcessUtilityContext context, ParamListInfo params, \
	QueryEnvironment *queryEnv, DestReceiver *dest, QueryCompletion *qc
#define OC_PROCESS_UTILITY_ARGS \
	pstmt, queryString, readOnlyTree, context, params, queryEnv, dest, qc
#else
#define OC_PROCESS_UTILITY_PARAMS \
	PlannedStmt *pstmt, const char *queryString, \
	ProcessUtilityContext context, ParamListInfo params, \
	QueryEnvironment *queryEnv, DestReceiver *dest, QueryCompletion *qc
#define OC_PROCESS_UTILITY_ARGS \
	pstmt, queryString, context, params, queryEnv, dest, qc
#endif

#endif							/* OPT_CONSENT_COMPAT_H */
