/*-------------------------------------------------------------------------
 *
 * scopes.h
 *	  Scope chains (SPEC 3) and channel families (SPEC 4).
 *
 *-------------------------------------------------------------------------
 */
#ifndef OPT_CONSENT_SCOPES_H
#define OPT_CONSENT_SCOPES_H

#include "postgres.h"
#include "compat.h"
#include "mb/pg_wchar.h"

/* a chain can hold a sender, 16 ancestors, a service, 16 ancestors and '*' */
#define SCOPE_MAX_DEPTH 16
#define SCOPE_CHAIN_MAX (2 * (SCOPE_MAX_DEPTH + 1) + 1)
/*
 * scopes.id is at most 255 characters (its CHECK, since 1.0): up to 1,020
 * bytes in UTF8.  Ids up to SCOPE_KEY_MAX bytes are cached by id; longer
 * ones are read each time they are needed (see GetScopeNode).
 */
#define SCOPE_ID_MAX (255 * MAX_MULTIBYTE_CHAR_LEN)
#define SCOPE_KEY_MAX 255

typedef struct ScopeChain
{
	int			n;
	const char *ids[SCOPE_CHAIN_MAX];	/* most specific first, '*' last */
	bool		requires[SCOPE_CHAIN_MAX];	/* scopes.require_consent (1.1) */
	bool		requires_consent;	/* any of them */
} ScopeChain;

/* Does any registered scope require consent?  (cached like the chains) */
extern bool AnyScopeRequiresConsent(void);

/*
 * Read the registry with the statement's snapshot, past the caches (on:
 * status(), is_blocked() and scope_chain() in a REPEATABLE READ or
 * SERIALIZABLE transaction, SPEC 5); returns the previous setting.
 */
extern bool ScopeSetStatementSnapshot(bool on);

/*
 * Resolve the chain of sender and service (canonical ids or NULL) from the
 * backend's scope cache.  Strings are palloc'd in the current context.
 */
extern void ScopeChainBuild(const char *sender, const char *service,
							ScopeChain *chain);

/* Changes whenever the scope cache is emptied (bumped by the callback) */
extern uint64 ScopeCacheGeneration(void);

/* Position of id in the chain, or -1 */
extern int	ScopeChainPosition(const ScopeChain *chain, const char *id, int len);

/* The chain of raw (not yet canonical) sender and service texts, cached */
extern void ScopeChainForRaw(const char *sender, int sender_len,
							 const char *service, int service_len,
							 ScopeChain *chain);

/* Canonical id of a text argument (NULL stays NULL) */
extern char *ScopeArgument(text *arg);

/*
 * Channel family of a channel name: sms/mms/rcs -> sms, call -> voice,
 * 'all', or a lower-case identifier.  Raises 22023 for anything else.
 * Returns a palloc'd string (or a static one).
 */
extern const char *ChannelFamily(const char *channel, int len);

#endif							/* OPT_CONSENT_SCOPES_H */
