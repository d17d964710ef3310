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

#include "utils/snapshot.h"
#include "utils/timestamp.h"

typedef enum BlockKind
{
	BLOCK_NONE = 0,
	BLOCK_OPT_OUT,
	BLOCK_DND
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
} BlockInfo;

/*
 * Is a send to recipient (a packed e164) from sender/service (canonical ids
 * or NULL) on channel family `family` blocked?  Reads with snapshot.  The
 * scope chain is only resolved when the recipient has a suppression on the
 * family or on 'all'.  Fills *info (allocated in the current context) when
 * blocked.
 */
extern bool LookupBlock(uint64 recipient, const char *sender,
						const char *service, const char *family,
						Snapshot snapshot, BlockInfo *info);

extern const char *BlockKindName(BlockKind kind);

#endif							/* OPT_CONSENT_LOOKUP_H */
