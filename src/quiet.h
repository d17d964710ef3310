/*-------------------------------------------------------------------------
 *
 * quiet.h
 *	  Quiet hours and frequency caps (SPEC 10): where a number is, which
 *	  rules apply to a send, and the next instant they allow.
 *
 *-------------------------------------------------------------------------
 */
#ifndef OPT_CONSENT_QUIET_H
#define OPT_CONSENT_QUIET_H

#include "opt_consent.h"
#include "datatype/timestamp.h"

#define ERRCODE_QUIET_HOURS		MAKE_SQLSTATE('2','3','6','1','4')
#define ERRCODE_FREQUENCY_CAP	MAKE_SQLSTATE('2','3','6','1','5')

/* A send, as the rules see it */
typedef struct QuietSend
{
	uint64		recipient;
	const char *category;		/* NUL-terminated; NULL: none or unmapped */
	TimestampTz at;				/* when it goes out */
	bool		at_default;		/* no send_at: at is the statement's time */
	const char *region;			/* override (region=), NUL-terminated, or NULL */
	const char *timezone;		/* override (timezone=), NUL-terminated, or NULL */
} QuietSend;

typedef enum QuietOutcome
{
	QUIET_PASS,
	QUIET_HOURS,				/* a quiet-hours rule forbids it (23614) */
	QUIET_CAP					/* a frequency cap is full (23615) */
} QuietOutcome;

typedef struct QuietVerdict
{
	QuietOutcome outcome;
	TimestampTz next;			/* the next instant every rule allows (DT_NOEND: none found) */
	char	   *rule;			/* the refusing rule, for messages */
	char	   *citation;		/* its source, or NULL for a user rule */
	char	   *local;			/* the local time that it refused */
	bool		counted;		/* a cap slot was taken for the send */
	TimestampTz counted_at;		/* at this instant */

	/*
	 * The cap's lock had to wait for another send's transaction: nothing
	 * was checked or counted.  What the send's check read before may be
	 * out of date (a STOP committed meanwhile): check it again, then call
	 * QuietCheck again (the lock is held now, it does not wait).
	 */
	bool		waited;
} QuietVerdict;

/* Could any rule apply to a send of this category?  (cheap: no lookup) */
extern bool QuietMayApply(const char *category);

/*
 * Before the opt-out lookup of a send that QuietMayApply: the regions are
 * loaded and opt_consent.cap_sends locked now, so that a wait for a reload
 * of them (or a REINDEX, a LOCK) comes before the lookup's snapshot, not
 * after it (a STOP committed during such a wait was missed)
 */
extern void QuietPrepare(void);
extern struct pg_tz *QuietCheckOverrides(const char *region, const char *timezone);

/*
 * Check a send against the quiet hours and caps that apply to it.  count:
 * the send takes a cap slot (at send->at, or at the deferred instant when
 * defer) -- a transaction lock per (recipient, category) serializes takers.
 * count_deferred: when refused, the slot is taken at v->next instead (the
 * row is deferred to then).  v->counted: a slot was taken, at
 * v->counted_at.
 */
extern void QuietCheck(const QuietSend *send, bool count, bool count_deferred,
					   QuietVerdict *v);

/* Is there a count that could be this send's (see quiet.c)? */
extern bool QuietCounted(const QuietSend *send);

/* The quiet hours alone, read-only (the final check of a stored row) */
extern void QuietCheckHours(const QuietSend *send, QuietVerdict *v);

/* Relcache callback: a table the rules are read from changed */
extern void QuietCacheInvalidate(Oid relid);

/* Is a time zone name known to the server? */
extern bool QuietValidTimezone(const char *name);

#endif							/* OPT_CONSENT_QUIET_H */
