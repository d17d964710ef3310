/*-------------------------------------------------------------------------
 *
 * filter.h
 *	  The shared-memory fast path (opt_consent in shared_preload_libraries):
 *	  a blocked Bloom filter per database that answers "no suppression of
 *	  this recipient can exist" without touching the index.
 *
 *-------------------------------------------------------------------------
 */
#ifndef OPT_CONSENT_FILTER_H
#define OPT_CONSENT_FILTER_H

#include "opt_consent.h"
#include "nodes/nodes.h"
#include "utils/snapshot.h"

typedef enum FilterAnswer
{
	FILTER_UNKNOWN,				/* no trusted filter: probe the index */
	FILTER_ABSENT,				/* no suppression of the recipient can exist */
	FILTER_MAYBE				/* one may exist: probe the index */
} FilterAnswer;

/* _PG_init: GUCs, and the shared memory when preloading */
extern void FilterInit(void);

/*
 * May the recipient have a suppression?  snapshot NULL: the latest
 * committed state (the trigger); else the snapshot a query reads with.
 */
extern FilterAnswer FilterProbe(uint64 recipient, Snapshot snapshot);

/* Start loading the recipient's line of the filter (before a probe) */
extern void FilterPrefetch(uint64 recipient);

/* ProcessUtility: commands that could let suppressions bypass the filter */
extern bool FilterNoteUtility(Node *parsetree, bool after, bool noted);

#endif							/* OPT_CONSENT_FILTER_H */
