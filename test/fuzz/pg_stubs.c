/*
 * pg_stubs.c -- the parts of the backend that the fuzzed code links against
 * and that libpgcommon.a/libpgport.a do not provide.
 *
 * Compiled with the server headers, so a change of signature is a compile
 * error here.  Everything the harnesses must never reach aborts, so the
 * fuzzer reports it as a crash.
 *
 * Error reporting: ereport(ERROR) would longjmp out of the function in the
 * server.  In a harness nothing is expected to raise an error (normalize.c
 * only does on out of memory), so an error is a finding: it aborts with the
 * message.
 */
#include "postgres.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "executor/spi.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/hsearch.h"
#include "utils/memutils.h"

#include "opt_consent.h"
#include "scopes.h"

#define UNREACHABLE(name) \
	do { \
		fprintf(stderr, "fuzz: backend function %s() called: not expected in a harness\n", name); \
		abort(); \
	} while (0)

/* ---- interrupts (CHECK_FOR_INTERRUPTS: none is ever pending here) -------- */

volatile sig_atomic_t InterruptPending = false;

void
ProcessInterrupts(void)
{
	UNREACHABLE("ProcessInterrupts");
}

/* ---- error reporting ---------------------------------------------------- */

static int	pending_elevel = 0;

bool
errstart(int elevel, const char *domain)
{
	/* messages below ERROR are not interesting here */
	if (elevel < ERROR)
		return false;
	pending_elevel = elevel;
	fprintf(stderr, "fuzz: ereport(%s) raised\n", elevel == ERROR ? "ERROR" : "FATAL/PANIC");
	return true;
}

bool
errstart_cold(int elevel, const char *domain)
{
	return errstart(elevel, domain);
}

void
errfinish(const char *filename, int lineno, const char *funcname)
{
	fprintf(stderr, "fuzz: the error above was raised at %s:%d (%s); aborting\n",
			filename, lineno, funcname ? funcname : "?");
	(void) pending_elevel;
	abort();
}

int
errcode(int sqlerrcode)
{
	fprintf(stderr, "fuzz:   SQLSTATE %s\n", unpack_sql_state(sqlerrcode));
	return 0;
}

#define PRINT_MESSAGE(label) \
	do { \
		va_list		ap; \
		fprintf(stderr, "fuzz:   %s: ", label); \
		va_start(ap, fmt); \
		vfprintf(stderr, fmt, ap); \
		va_end(ap); \
		fputc('\n', stderr); \
	} while (0)

int
errmsg(const char *fmt,...)
{
	PRINT_MESSAGE("message");
	return 0;
}

int
errmsg_internal(const char *fmt,...)
{
	PRINT_MESSAGE("message");
	return 0;
}

int
errhint(const char *fmt,...)
{
	PRINT_MESSAGE("hint");
	return 0;
}

int
errdetail(const char *fmt,...)
{
	PRINT_MESSAGE("detail");
	return 0;
}

/* unpack_sql_state() lives in elog.c */
char *
unpack_sql_state(int sql_state)
{
	static char buf[12];

	for (int i = 0; i < 5; i++)
	{
		buf[i] = PGUNSIXBIT(sql_state);
		sql_state >>= 6;
	}
	buf[5] = '\0';
	return buf;
}

/* PG_TRY() in keywords.c: never entered by the harness (only for scope chains) */
sigjmp_buf *PG_exception_stack = NULL;
ErrorContextCallback *error_context_stack = NULL;

void
pg_re_throw(void)
{
	UNREACHABLE("pg_re_throw");
}

/* ---- memory contexts: palloc/pfree come from libpgcommon (malloc/free) --- */

MemoryContext CurrentMemoryContext = NULL;
MemoryContext TopMemoryContext = NULL;

/* A named context that is never reset: everything in it stays reachable */
static MemoryContextData fake_context;

MemoryContext
AllocSetContextCreateInternal(MemoryContext parent, const char *name,
							  Size minContextSize, Size initBlockSize,
							  Size maxBlockSize)
{
	static int	created = 0;

	/* the keyword cache is loaded once per process in the harness */
	if (created++ > 0)
		UNREACHABLE("AllocSetContextCreateInternal (a second time)");
	fake_context.name = name;
	return &fake_context;
}

void
MemoryContextReset(MemoryContext context)
{
	/* called once before the first load, when the context is still empty */
}

void *
MemoryContextAlloc(MemoryContext context, Size size)
{
	UNREACHABLE("MemoryContextAlloc");
}

void *
MemoryContextAllocZero(MemoryContext context, Size size)
{
	UNREACHABLE("MemoryContextAllocZero");
}

/* ---- hash tables: the keyword-set cache is only used for scope chains --- */

HTAB *
hash_create(const char *tabname, long nelem, const HASHCTL *info, int flags)
{
	/* a non-NULL handle that must never be used */
	static char dummy;

	return (HTAB *) &dummy;
}

void *
hash_search(HTAB *hashp, const void *keyPtr, HASHACTION action, bool *foundPtr)
{
	UNREACHABLE("hash_search");
}

long
hash_get_num_entries(HTAB *hashp)
{
	return 0;
}

/* ---- the rest of what keywords.c references (SQL-callable functions) ---- */

void
initStringInfo(StringInfo str)
{
	UNREACHABLE("initStringInfo");
}

void
appendStringInfoChar(StringInfo str, char ch)
{
	UNREACHABLE("appendStringInfoChar");
}

void
appendStringInfoString(StringInfo str, const char *s)
{
	UNREACHABLE("appendStringInfoString");
}

TupleDesc
BlessTupleDesc(TupleDesc tupdesc)
{
	UNREACHABLE("BlessTupleDesc");
}

Datum
HeapTupleHeaderGetDatum(HeapTupleHeader tuple)
{
	UNREACHABLE("HeapTupleHeaderGetDatum");
}

TypeFuncClass
get_call_result_type(FunctionCallInfo fcinfo, Oid *resultTypeId,
					 TupleDesc *resultTupleDesc)
{
	UNREACHABLE("get_call_result_type");
}

HeapTuple
heap_form_tuple(TupleDesc tupleDescriptor, OC_CONST_17 Datum *values,
				OC_CONST_17 bool *isnull)
{
	UNREACHABLE("heap_form_tuple");
}

text *
cstring_to_text(const char *s)
{
	UNREACHABLE("cstring_to_text");
}

text *
cstring_to_text_with_len(const char *s, int len)
{
	UNREACHABLE("cstring_to_text_with_len");
}

char *
text_to_cstring(const text *t)
{
	UNREACHABLE("text_to_cstring");
}

struct varlena *
pg_detoast_datum_packed(struct varlena *datum)
{
	UNREACHABLE("pg_detoast_datum_packed");
}

char *
ScopeArgument(text *arg)
{
	UNREACHABLE("ScopeArgument");
}

void
ScopeChainBuild(const char *sender, const char *service, ScopeChain *chain)
{
	UNREACHABLE("ScopeChainBuild");
}

uint64
ScopeCacheGeneration(void)
{
	UNREACHABLE("ScopeCacheGeneration");
}
