/*-------------------------------------------------------------------------
 *
 * keywords.h
 *	  Active keyword sets per scope chain and classification of bodies.
 *
 *-------------------------------------------------------------------------
 */
#ifndef OPT_CONSENT_KEYWORDS_H
#define OPT_CONSENT_KEYWORDS_H

#include "postgres.h"
#include "compat.h"

/* Same order as the labels of the SQL enum opt_consent.keyword_class */
typedef enum KeywordClass
{
	KC_NONE = 0,
	KC_OPT_OUT,
	KC_OPT_IN,
	KC_HELP
} KeywordClass;

#define KC_NUM_CLASSES 4

typedef enum ClassifyMode
{
	CLASSIFY_EXACT,
	CLASSIFY_FIRST_WORD,
	CLASSIFY_CONTAINS
} ClassifyMode;

/* One active keyword */
typedef struct KeywordEntry
{
	const char *word;			/* lookup key: normalized (or WORDS) form */
	int			len;
	const char *keyword;		/* the keyword as stored (normalized) */
	uint32		hash;
	KeywordClass cls;			/* KC_NONE: removed by a disabled row */
	bool		account_reach;	/* reach = 'account' (STOPALL) */
	const char *category;		/* 1.2: the message category it records at, or NULL */
} KeywordEntry;

typedef struct KeywordSet KeywordSet;

/*
 * The set active for a scope chain, most specific first.  *cached (if not
 * NULL) tells whether it lives in the backend cache (until an invalidation)
 * or only in the current memory context (a chain too long to be a key).
 */
extern KeywordSet *KeywordSetForChain(const char *const *chain, int nchain,
									  bool *cached);

/* Classify a body; *matched (if not NULL) gets the keyword that decided */
extern KeywordClass ClassifyBody(KeywordSet *set, const char *body, int len,
								 ClassifyMode mode,
								 const KeywordEntry **matched);

/* Parse a mode name (NULL: exact); raises 22023 for an unknown one */
extern ClassifyMode ParseClassifyMode(text *mode);


#endif							/* OPT_CONSENT_KEYWORDS_H */
