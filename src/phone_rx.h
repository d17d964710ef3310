/*-------------------------------------------------------------------------
 *
 * phone_rx.h
 *	  Regular expressions of libphonenumber's metadata, over digit strings
 *	  (see phone_rx.c for the subset and its matching order).
 *
 *-------------------------------------------------------------------------
 */
#ifndef OPT_CONSENT_PHONE_RX_H
#define OPT_CONSENT_PHONE_RX_H

#include <stdbool.h>
#include <stdint.h>

#define PHONE_RX_MAX_GROUPS 9

typedef struct PhoneRx PhoneRx;

/* Compile (malloc'd, kept for the process); NULL outside the subset */
extern PhoneRx *phone_rx_compile(const char *pattern);

/*
 * The digits a match can start with (bit d for digit d), and whether the
 * pattern can match the empty string: a first test a caller can keep.
 */
extern uint16_t phone_rx_first_digits(const PhoneRx *rx, bool *empty_ok);

/* Capture groups of the pattern */
extern int	phone_rx_groups(const PhoneRx *rx);

/* Does the pattern match all of s[0..len)? */
extern bool phone_rx_full(const PhoneRx *rx, const char *s, int len);

/*
 * Does it match a prefix of s[0..len) (Java's lookingAt)?  Returns the end
 * of the match, or -1.  slots (2 * (PHONE_RX_MAX_GROUPS + 1) ints) gets
 * the start and end of group g in slots[2g], slots[2g+1] (-1: did not
 * take part).
 */
extern int	phone_rx_prefix(const PhoneRx *rx, const char *s, int len, int *slots);

#endif							/* OPT_CONSENT_PHONE_RX_H */
