/*-------------------------------------------------------------------------
 *
 * lookup.h
 *	  The one suppression lookup behind status(), is_blocked() and the
 *	  enforcement trigger.
 *
 *-------------------------------------------------------------------------
 */
#ifndef OPT_CONSENT_LOOKUP_H
#define OPT_CONSENT_LOOKUP_H

#include "postgres.h"
#include "compat.h"

#include "utils/snapshot.h"
#include "utils/timestamp.h"

typedef enum BlockKind
{
	BLOCK_NONE = 0,
	BLOCK_OPT_OUT,
	BLOCK_DND,
	BLOCK_NO_CONSENT,			/* 1.1: a scope requires consent, none given */
	BLOCK_REASSIGNED			/* 1.1: number reassigned, no consent since */
} BlockKind;

/* The suppression that blocks a send */
typedef struct BlockInfo
{
	BlockKind	kind;
	char	   *scope;
	char	   *channel;
	char	   *keyword;		/* NULL if none */
	TimestampTz since;
	bool		permanent;
	char	   *category;		/* 1.2: the blocking suppression's, or NULL */

	/*
	 * A DND of the chain beside the opt-out reported (which is more
	 * specific, or at its scope), or NULL: an opt-out's one confirmation
	 * does not pass a DND
	 */
	struct BlockInfo *dnd;
} BlockInfo;

/* Builds the scope chain of a send, only when it is needed */
struct ScopeChain;
typedef void (*ChainBuilder) (void *arg, struct ScopeChain *chain);

/*
 * Is a send to recipient (a packed e164) on channel family `family`
 * blocked?  Reads with snapshot.  The scope chain is only built (by
 * build_chain) when the recipient has a suppression on the family or on
 * 'all'.  Fills *info (allocated in the current context) when blocked.
 * snapshot NULL: the latest committed state (a snapshot is only taken if
 * the shared-memory filter cannot answer).  exact_family (the channel
 * column's pass of a row checked on two families, see SendBlocked): only
 * opt-outs and DND forbid, and opt-outs on 'all' are left to the prefix's
 * pass (with the confirmation logic); consent and reassigned numbers, which
 * consent lifts, are the prefix's pass's too (the family it goes out on).
 */
extern bool LookupBlock(uint64 recipient, const char *family,
						const char *category, Snapshot snapshot,
						ChainBuilder build_chain, void *chain_arg,
						BlockInfo *info, bool exact_family);

/* ChainBuilder for two canonical ids (either may be NULL) */
typedef struct SenderService
{
	const char *sender;
	const char *service;
} SenderService;
extern void BuildChainFromIds(void *arg, struct ScopeChain *chain);

extern const char *BlockKindName(BlockKind kind);

/* Registers the hooks that close the kept index scan (from _PG_init) */
extern void LookupInit(void);

#endif							/* OPT_CONSENT_LOOKUP_H */
