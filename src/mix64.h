/*-------------------------------------------------------------------------
 *
 * mix64.h
 *	  A 64-bit mix (the finalizer of MurmurHash3): the hash of the
 *	  shared-memory filter (filter.c), and of test/bench/probe_latency.c,
 *	  which times the filter's access pattern and builds without
 *	  PostgreSQL's headers (pure C).
 *
 *-------------------------------------------------------------------------
 */
#ifndef OPT_CONSENT_MIX64_H
#define OPT_CONSENT_MIX64_H

#include <stdint.h>

static inline uint64_t
Mix64(uint64_t x)
{
	x ^= x >> 33;
	x *= UINT64_C(0xff51afd7ed558ccd);
	x ^= x >> 33;
	x *= UINT64_C(0xc4ceb9fe1a85ec53);
	x ^= x >> 33;
	return x;
}

#endif							/* OPT_CONSENT_MIX64_H */
