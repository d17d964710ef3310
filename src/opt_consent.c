/*-------------------------------------------------------------------------
 *
 * opt_consent.c
 *	  Module initialization: GUCs, catalog lookups and cache invalidation.
 *
 *-------------------------------------------------------------------------
 */
#include "opt_consent.h"

#include "common/hashfn.h"
#include "common/int.h"
#include "quiet.h"
#include "filter.h"

#include "access/nbtree.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_class.h"
#include "catalog/pg_proc.h"
#include "catalog/pg_enum.h"
#include "catalog/pg_am.h"
#include "catalog/pg_type.h"
#include "commands/defrem.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "storage/lock.h"
#include "storage/proc.h"
#include "datatype/timestamp.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/timestamp.h"
#include "utils/fmgroids.h"
#include "utils/memutils.h"
#include "utils/guc.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/syscache.h"
#include "utils/snapmgr.h"

#include "e164.h"
#include "lookup.h"

PG_MODULE_MAGIC;

PG_FUNCTION_INFO_V1(invalidate_cache);
PG_FUNCTION_INFO_V1(calling_role);
PG_FUNCTION_INFO_V1(caller_is_superuser);
PG_FUNCTION_INFO_V1(call_as_owner);
PG_FUNCTION_INFO_V1(valid_country);
PG_FUNCTION_INFO_V1(message_recorded);
PG_FUNCTION_INFO_V1(check_unseen_suppressions);
PG_FUNCTION_INFO_V1(lock_key);

char	   *opt_consent_default_country_code = NULL;

/* opt_consent.unknown_scope (read by SQL through current_setting) */
enum
{
	UNKNOWN_SCOPE_WARN,
	UNKNOWN_SCOPE_ERROR,
	UNKNOWN_SCOPE_ALLOW
};
static int	opt_consent_unknown_scope = UNKNOWN_SCOPE_WARN;
static const struct config_enum_entry unknown_scope_options[] = {
	{"warn", UNKNOWN_SCOPE_WARN, false},
	{"error", UNKNOWN_SCOPE_ERROR, false},
	{"allow", UNKNOWN_SCOPE_ALLOW, false},
	{NULL, 0, false}
};
static char *confirmation_window_string = NULL;
int64		opt_consent_confirmation_window = INT64CONST(300000000);

OptConsentCatalog oc_catalog;	/* (read through OptConsentGetCatalog) */

void		_PG_init(void);

static bool
check_default_country_code(char **newval, void **extra, GucSource source)
{
	if (*newval == NULL || (*newval)[0] == '\0')
		return true;
	if (!e164_valid_country_code(*newval))
	{
		GUC_check_errdetail("It is a calling code such as 1 or 44, or an ISO 3166-1 region such as GB, that libphonenumber's metadata knows.");
		return false;
	}
	return true;
}

/* opt_consent.revoke_all_from: a date, or never (read by SQL) */
static char *revoke_all_from_string = NULL;

static bool
check_revoke_all_from(char **newval, void **extra, GucSource source)
{
	bool		ok = true;
	MemoryContext oldcxt = CurrentMemoryContext;

	if (*newval == NULL || pg_strcasecmp(*newval, "never") == 0)
		return true;
	/* YYYY-MM-DD only: read the same whatever a session's DateStyle */
	if (strlen(*newval) != 10 || (*newval)[4] != '-' || (*newval)[7] != '-')
	{
		GUC_check_errdetail("It is a date written YYYY-MM-DD, such as 2027-01-31, or never.");
		return false;
	}
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && ((*newval)[i] < '0' || (*newval)[i] > '9'))
		{
			GUC_check_errdetail("It is a date written YYYY-MM-DD, such as 2027-01-31, or never.");
			return false;
		}
	PG_TRY();
	{
		DateADT		d = DatumGetDateADT(DirectFunctionCall1(date_in, CStringGetDatum(*newval)));

		ok = !DATE_NOT_FINITE(d);
	}
	PG_CATCH();
	{
		MemoryContextSwitchTo(oldcxt);
		FlushErrorState();
		ok = false;
	}
	PG_END_TRY();
	if (!ok)
		GUC_check_errdetail("It is a date such as 2027-01-31, or never.");
	return ok;
}

/* opt_consent.confirmation_window: an interval, not negative */
static bool
check_confirmation_window(char **newval, void **extra, GucSource source)
{
	Interval   *iv = NULL;
	int64	   *usecs;
	MemoryContext oldcxt = CurrentMemoryContext;

	PG_TRY();
	{
		iv = DatumGetIntervalP(DirectFunctionCall3(interval_in,
												   CStringGetDatum(*newval),
												   ObjectIdGetDatum(InvalidOid),
												   Int32GetDatum(-1)));
	}
	PG_CATCH();
	{
		MemoryContextSwitchTo(oldcxt);
		FlushErrorState();
		iv = NULL;
	}
	PG_END_TRY();
	if (iv == NULL)
	{
		GUC_check_errdetail("\"%s\" is not an interval.", *newval);
		return false;
	}
	if (iv->month != 0)
	{
		GUC_check_errdetail("The window is given in days, hours, minutes or seconds, not months.");
		return false;
	}
	{
		int64		days_usecs;
		int64		total;

		if (pg_mul_s64_overflow((int64) iv->day, USECS_PER_DAY, &days_usecs) ||
			pg_add_s64_overflow(days_usecs, iv->time, &total))
		{
			GUC_check_errdetail("The window is too long.");
			return false;
		}
		if (total < 0)
		{
			GUC_check_errdetail("The window cannot be negative.");
			return false;
		}
		usecs = OC_guc_malloc(sizeof(int64));
		if (usecs == NULL)
			return false;
		*usecs = total;
	}
	*extra = usecs;
	return true;
}

static void
assign_confirmation_window(const char *newval, void *extra)
{
	opt_consent_confirmation_window = *(int64 *) extra;
}

/* Any change to one of our tables (or everything): forget cached state */
static void
OptConsentRelcacheCallback(Datum arg, Oid relid)
{
	if (relid == InvalidOid ||
		relid == oc_catalog.keywords_relid ||
		relid == oc_catalog.builtin_keywords_relid)
	{
		oc_catalog.valid = false;
		KeywordCacheReset();
	}
	if (relid == InvalidOid || relid == oc_catalog.scopes_relid)
	{
		oc_catalog.valid = false;
		ScopeCacheReset();
	}
	if (relid == oc_catalog.suppressions_relid || relid == oc_catalog.consents_relid)
		oc_catalog.valid = false;
	if (relid == InvalidOid || relid == oc_catalog.categories_relid)
		CategoryCacheReset();
	EnforceCacheInvalidate(relid);
	QuietCacheInvalidate(relid);
}

void
_PG_init(void)
{
	DefineCustomStringVariable("opt_consent.default_country_code",
							   "Sets the country whose dialling rules read phone numbers written without a country code.",
							   "A calling code (44) or an ISO region (GB). Empty (the default): such numbers are rejected.",
							   &opt_consent_default_country_code,
							   "",
							   PGC_USERSET,
							   0,
							   check_default_country_code,
							   NULL,
							   NULL);

	DefineCustomStringVariable("opt_consent.confirmation_window",
							   "Sets how long before or after an opt-out's time its one confirmation message may be sent.",
							   "An interval such as '5 min'. Only a superuser can change it.",
							   &confirmation_window_string,
							   "5 min",
							   PGC_SUSET,
							   0,
							   check_confirmation_window,
							   assign_confirmation_window,
							   NULL);

	DefineCustomEnumVariable("opt_consent.unknown_scope",
							 "Sets what recording at a scope that is not registered in opt_consent.scopes does.",
							 "warn (the default) raises a WARNING, error refuses (23503), allow is silent.",
							 &opt_consent_unknown_scope,
							 UNKNOWN_SCOPE_WARN,
							 unknown_scope_options,
							 PGC_USERSET,
							 0,
							 NULL,
							 NULL,
							 NULL);

	DefineCustomStringVariable("opt_consent.revoke_all_from",
							   "Sets the date from which an opt-out of one message category covers every category.",
							   "The FCC's revoke-all rule, 47 CFR 64.1200(a)(10): a date (UTC) or never. Only a superuser can change it.",
							   &revoke_all_from_string,
							   "2027-01-31",
							   PGC_SUSET,
							   0,
							   check_revoke_all_from,
							   NULL,
							   NULL);

	DefineCustomBoolVariable("opt_consent.allow_drop",
							 "Sets whether DROP EXTENSION opt_consent may drop a ledger that holds rows.",
							 "Only a superuser can turn it on, for the session that drops.",
							 &opt_consent_allow_drop,
							 false,
							 PGC_SUSET,
							 0,
							 NULL,
							 NULL,
							 NULL);

	DefineCustomBoolVariable("opt_consent.enforce",
							 "Sets whether opt_consent's trigger blocks sends to opted-out and Do Not Disturb recipients.",
							 "Only a superuser can turn it off, for maintenance.",
							 &opt_consent_enforce,
							 true,
							 PGC_SUSET,
							 0,
							 NULL,
							 NULL,
							 NULL);

	/* the shared-memory filter's settings (and memory, when preloading) */
	FilterInit();

	OC_MarkGUCPrefixReserved("opt_consent");

	CacheRegisterRelcacheCallback(OptConsentRelcacheCallback, (Datum) 0);
	LookupInit();
	EnforceInit();
}

/* the statement OptConsentCheckInvalidations (opt_consent.h) last looked in */
LocalTransactionId oc_inval_lxid = InvalidLocalTransactionId;
TimestampTz oc_inval_statement = 0;

/*
 * Pick up invalidations sent by other sessions once per statement, so that
 * a committed change is seen by the next statement even inside a
 * transaction that already holds the locks it needs (which would otherwise
 * skip AcceptInvalidationMessages).
 */
void
OptConsentAcceptInvalidations(void)
{
	oc_inval_lxid = OC_MyLocalTransactionId();
	oc_inval_statement = GetCurrentStatementStartTimestamp();
	AcceptInvalidationMessages();
}

static Oid
LookupRelation(const char *name, Oid nsp)
{
	Oid			relid = get_relname_relid(name, nsp);

	if (!OidIsValid(relid))
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("relation \"%s.%s\" does not exist", OPT_CONSENT_SCHEMA, name),
				 errhint("The opt_consent extension may be damaged; try reinstalling it.")));
	return relid;
}

static AttrNumber
LookupAttribute(Oid relid, const char *name)
{
	AttrNumber	attnum = get_attnum(relid, name);

	if (attnum == InvalidAttrNumber)
		elog(ERROR, "column \"%s\" of relation %u does not exist", name, relid);
	return attnum;
}

/* The OIDs of our objects, looked up once per invalidation */
const OptConsentCatalog *
OptConsentLoadCatalog(void)
{
	static const char *const labels[4] = {"none", "opt_out", "opt_in", "help"};
	OptConsentCatalog c;
	HeapTuple	tp;

	if (oc_catalog.valid)
		return &oc_catalog;

	memset(&c, 0, sizeof(c));
	c.namespace_oid = get_namespace_oid(OPT_CONSENT_SCHEMA, true);
	if (!OidIsValid(c.namespace_oid))
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("extension \"opt_consent\" is not installed in this database"),
				 errhint("Run CREATE EXTENSION opt_consent.")));
	c.keywords_relid = LookupRelation("keywords", c.namespace_oid);
	c.builtin_keywords_relid = LookupRelation("builtin_keywords", c.namespace_oid);

	tp = SearchSysCache1(RELOID, ObjectIdGetDatum(c.keywords_relid));
	if (!HeapTupleIsValid(tp))
		elog(ERROR, "cache lookup failed for relation %u", c.keywords_relid);
	c.owner = ((Form_pg_class) GETSTRUCT(tp))->relowner;
	ReleaseSysCache(tp);

	c.keyword_class_typid = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid,
											CStringGetDatum("keyword_class"),
											ObjectIdGetDatum(c.namespace_oid));
	if (!OidIsValid(c.keyword_class_typid))
		elog(ERROR, "type opt_consent.keyword_class does not exist");
	for (int i = 0; i < 4; i++)
	{
		c.keyword_class_labels[i] =
			GetSysCacheOid2(ENUMTYPOIDNAME, Anum_pg_enum_oid,
							ObjectIdGetDatum(c.keyword_class_typid),
							CStringGetDatum(labels[i]));
		if (!OidIsValid(c.keyword_class_labels[i]))
			elog(ERROR, "enum label \"%s\" of opt_consent.keyword_class does not exist",
				 labels[i]);
	}

	c.e164_typid = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid,
								   CStringGetDatum("e164"),
								   ObjectIdGetDatum(c.namespace_oid));
	if (!OidIsValid(c.e164_typid))
		elog(ERROR, "type opt_consent.e164 does not exist");

	c.scopes_relid = LookupRelation("scopes", c.namespace_oid);
	c.scopes_pkey = LookupRelation("scopes_pkey", c.namespace_oid);
	c.scopes_att_kind = LookupAttribute(c.scopes_relid, "kind");
	c.scopes_att_parent = LookupAttribute(c.scopes_relid, "parent");
	c.scopes_att_require_consent = get_attnum(c.scopes_relid, "require_consent");

	/* version 1.1 */
	c.consents_relid = get_relname_relid("consents", c.namespace_oid);
	if (OidIsValid(c.consents_relid))
	{
		c.consents_pkey = LookupRelation("consents_pkey", c.namespace_oid);
		c.con_att_scope = LookupAttribute(c.consents_relid, "scope");
		c.con_att_channel = LookupAttribute(c.consents_relid, "channel");
		c.con_att_granted_at = LookupAttribute(c.consents_relid, "granted_at");
		c.con_att_expires_at = LookupAttribute(c.consents_relid, "expires_at");
		c.con_att_category = get_attnum(c.consents_relid, "category");
	}

	c.suppressions_relid = LookupRelation("suppressions", c.namespace_oid);
	c.suppressions_pkey = LookupRelation("suppressions_pkey", c.namespace_oid);
	c.suppressions_lookup = get_relname_relid("suppressions_recipient_idx", c.namespace_oid);
	c.lookup_is_hash = OidIsValid(c.suppressions_lookup);
	if (!c.lookup_is_hash)
		c.suppressions_lookup = c.suppressions_pkey;
	c.sup_att_recipient = LookupAttribute(c.suppressions_relid, "recipient");
	c.sup_att_scope = LookupAttribute(c.suppressions_relid, "scope");
	c.sup_att_channel = LookupAttribute(c.suppressions_relid, "channel");
	c.sup_att_kind = LookupAttribute(c.suppressions_relid, "kind");
	c.sup_att_permanent = LookupAttribute(c.suppressions_relid, "permanent");
	c.sup_att_keyword = LookupAttribute(c.suppressions_relid, "keyword");
	c.sup_att_since = LookupAttribute(c.suppressions_relid, "since");
	c.sup_att_category = get_attnum(c.suppressions_relid, "category");
	c.categories_relid = get_relname_relid("categories", c.namespace_oid);

	/* version 1.2 */
	c.v12 = OidIsValid(get_relname_relid("confirmations", c.namespace_oid));
	if (c.v12)
	{
		oidvector  *noargs = buildoidvector(NULL, 0);

		c.final_check_fn = GetSysCacheOid3(PROCNAMEARGSNSP, Anum_pg_proc_oid,
										   CStringGetDatum("final_check_armed"),
										   PointerGetDatum(noargs),
										   ObjectIdGetDatum(c.namespace_oid));
	}

	c.valid = true;
	oc_catalog = c;
	return &oc_catalog;
}

/*
 * The registered message categories (SPEC 9.5), read once per change of
 * opt_consent.categories (its relcache invalidation empties the set).
 */
static HTAB *category_set = NULL;
static bool category_set_valid = false;
static bool category_set_old_snapshot = false;

void
CategoryCacheReset(void)
{
	category_set_valid = false;
}

typedef struct CategoryEntry
{
	char		id[NAMEDATALEN + 8];
} CategoryEntry;

bool
CheckCategoryOf(const char *category, int len, Relation rel, int attnum)
{
	const OptConsentCatalog *cat;
	char		key[NAMEDATALEN + 8];

	/* every category: for a message, one that is not labelled (like NULL) */
	if (len == 1 && category[0] == '*')
		return true;
	OptConsentCheckInvalidations();
	cat = OptConsentGetCatalog();
	if ((!category_set_valid || (category_set_old_snapshot && !IsInParallelMode())) &&
		OidIsValid(cat->categories_relid))
	{
		HASHCTL		ctl;
		OwnerSpi	spi;

		if (category_set != NULL)
			hash_destroy(category_set);
		category_set = NULL;
		memset(&ctl, 0, sizeof(ctl));
		ctl.keysize = sizeof(key);
		ctl.entrysize = sizeof(CategoryEntry);
		category_set = hash_create("opt_consent categories", 32, &ctl,
								   HASH_ELEM | HASH_STRINGS);
		OwnerSpiBegin(&spi);
		category_set_old_snapshot =
			!OwnerSpiReadLatest("SELECT id FROM opt_consent.categories",
								0, NULL, NULL, 0, "opt_consent.categories");
		for (uint64 i = 0; i < SPI_processed; i++)
		{
			char	   *id = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1);

			if (id != NULL && strlen(id) < sizeof(key))
				hash_search(category_set, id, HASH_ENTER, NULL);
		}
		OwnerSpiEnd(&spi);
		category_set_valid = true;
	}
	if (len > 0 && len < (int) sizeof(key) && category_set != NULL)
	{
		memcpy(key, category, len);
		key[len] = '\0';
		if (hash_search(category_set, key, HASH_FIND, NULL) != NULL)
			return false;
	}
	ereport(ERROR,
			(errcode(ERRCODE_FOREIGN_KEY_VIOLATION),
			 errmsg("message category \"%s\" is not registered", pnstrdup(category, len)),
			 errhint("Register it in opt_consent.categories, or use '*' (every category)."),
			 rel != NULL ? errtablecol(rel, attnum) : 0));
}

bool
CheckCategory(const char *category, int len)
{
	return CheckCategoryOf(category, len, NULL, 0);
}

/* FmgrInfo of e164 equality, kept for the backend's lifetime */
FmgrInfo *
OptConsentE164EqInfo(void)
{
	static FmgrInfo info;
	static Oid	typid = InvalidOid;
	const OptConsentCatalog *cat = OptConsentGetCatalog();

	if (typid != cat->e164_typid)
	{
		Oid			opfamily = get_opclass_family(GetDefaultOpClass(cat->e164_typid, BTREE_AM_OID));
		Oid			opr = get_opfamily_member(opfamily, cat->e164_typid, cat->e164_typid,
											  BTEqualStrategyNumber);

		if (!OidIsValid(opr))
			elog(ERROR, "no equality operator for opt_consent.e164");
		fmgr_info_cxt(get_opcode(opr), &info, TopMemoryContext);
		typid = cat->e164_typid;
	}
	return &info;
}

/* FmgrInfo of texteq */
FmgrInfo *
OptConsentTextEqInfo(void)
{
	static FmgrInfo info;
	static bool ready = false;

	if (!ready)
	{
		fmgr_info_cxt(F_TEXTEQ, &info, TopMemoryContext);
		ready = true;
	}
	return &info;
}

/*
 * invalidate_cache(): AFTER trigger on the extension's cached tables; makes
 * every backend (this one at the next command, others at their next
 * statement) drop what it cached from the table.
 */
Datum
invalidate_cache(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("invalidate_cache() was not called by the trigger manager")));
	CacheInvalidateRelcacheByRelid(RelationGetRelid(trigdata->tg_relation));
	return PointerGetDatum(NULL);
}

/*
 * The caller of the public function being run (SPEC 11): the current user
 * at the moment call_as_owner() was entered, before the implementation
 * switched to its definer.  InvalidOid outside such a call.
 */
static Oid	current_caller = InvalidOid;

/*
 * The calling role: the caller noted by call_as_owner().  Outside such a
 * call:
 * - with the SQL of 1.0 or 1.1 (a server whose extension was not updated
 *   yet), the SECURITY DEFINER functions call us directly: the outer user,
 *   as those versions did;
 * - running as the extension's owner in a SECURITY DEFINER context that did
 *   not come through an entry point means an implementation function was
 *   called directly (a role was granted EXECUTE on it): refused, since it
 *   would act with the owner's rights;
 * - otherwise (the owner writing directly, a default expression): the
 *   current user.
 */
Oid
OptConsentCaller(void)
{
	const OptConsentCatalog *cat;

	if (OidIsValid(current_caller))
		return current_caller;
	cat = OptConsentGetCatalog();
	if (!cat->v12)
		return GetOuterUserId();
	if (GetUserId() == cat->owner && GetOuterUserId() != cat->owner)
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("opt_consent's implementation functions cannot be called directly"),
				 errhint("Call the public function (opt_consent.opt_out(), not opt_consent.opt_out_impl()); never grant the _impl functions.")));
	return GetUserId();
}

/*
 * calling_role(): the role that called the public function we run in, not
 * the owner of the SECURITY DEFINER implementation, and not a role further
 * out (a SECURITY DEFINER function of another role that calls ours acts as
 * that role).
 */
Datum
calling_role(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(GetUserNameFromId(OptConsentCaller(), false)));
}

/*
 * message_recorded(message_id, recipient, body): the action the ledger
 * recorded for an inbound message delivered before, or NULL (providers
 * retry webhooks: SPEC 9.3, a message_id already in the ledger writes
 * nothing).  A delivery again carries the same contact and body as the
 * message recorded under that id; one that does not is an id used again
 * (an application that passes a constant, or "undefined" for a missing
 * MessageSid), whose STOP is then not recorded: as SPEC 9.3 says, but with
 * a WARNING, so that it does not go unseen.  Read with the latest
 * committed state, not the caller's snapshot: after handle_inbound() waited
 * for a delivery of the same message in flight, a REPEATABLE READ
 * transaction must still see it.
 */
Datum
message_recorded(PG_FUNCTION_ARGS)
{
	Oid			argtypes[3] = {TEXTOID, OptConsentGetCatalog()->e164_typid, TEXTOID};
	Datum		values[3];
	char		nulls[3] = {' ', ' ', ' '};
	OwnerSpi	spi;
	char	   *action = NULL;
	bool		same = false;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		PG_RETURN_NULL();
	values[0] = PG_GETARG_DATUM(0);
	values[1] = PG_GETARG_DATUM(1);
	values[2] = PG_ARGISNULL(2) ? (Datum) 0 : PG_GETARG_DATUM(2);
	if (PG_ARGISNULL(2))
		nulls[2] = 'n';
	OwnerSpiBegin(&spi);
	OwnerSpiReadLatestNulls("SELECT action, recipient OPERATOR(opt_consent.=) $2"
							"    AND body IS NOT DISTINCT FROM $3"
							"  FROM opt_consent.events"
							" WHERE message_id OPERATOR(pg_catalog.=) $1"
							"   AND action OPERATOR(pg_catalog.=) ANY ('{opt_out,opt_in,help}'::pg_catalog.text[])"
							" ORDER BY id LIMIT 1", 3, argtypes, values, nulls, 1,
							"the opt_consent ledger");
	if (SPI_processed == 1)
	{
		char	   *v = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
		bool		isnull;
		Datum		d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &isnull);

		/* (the first message recorded under the id: the class SPEC 9.3 returns) */
		same = !isnull && DatumGetBool(d);
		if (v != NULL)
			action = MemoryContextStrdup(spi.caller_cxt, v);
	}
	OwnerSpiEnd(&spi);
	if (action == NULL)
		PG_RETURN_NULL();
	if (!same)
	{
		char	   *id = text_to_cstring(PG_GETARG_TEXT_PP(0));
		StringInfoData shown;
		int			i;

		/*
		 * (the id comes from outside: shown in printable ASCII, other bytes
		 * as \xNN, so that no client encoding fails on the message, and
		 * clipped)
		 */
		initStringInfo(&shown);
		for (i = 0; id[i] != '\0' && shown.len < 64; i++)
		{
			unsigned char c = (unsigned char) id[i];

			if (c >= 0x20 && c < 0x7f && c != '\\')
				appendStringInfoChar(&shown, (char) c);
			else
				appendStringInfo(&shown, "\\x%02x", c);
		}
		ereport(WARNING,
				(errmsg("message id \"%s%s\" was recorded before for another message: nothing is recorded",
						shown.data, id[i] != '\0' ? "..." : ""),
				 errdetail("A webhook delivered again carries the same contact and body; this one does not, but its id is in the ledger, so it is taken for a retry (SPEC 9.3) and answered with the class recorded then."),
				 errhint("Pass each inbound message's own provider id (Twilio's MessageSid), or NULL when there is none.")));
	}
	PG_RETURN_TEXT_P(cstring_to_text(action));
}

/*
 * check_unseen_suppressions(recipient e164, kind text, channel text,
 * category text, scopes text[]): after an opt-in or a DND turned off deleted
 * what its transaction's snapshot sees, is there still a suppression it
 * was meant to remove?  In REPEATABLE READ or SERIALIZABLE one committed
 * after the snapshot is invisible to the DELETE, which removes nothing and
 * reports no conflict (an INSERT ... ON CONFLICT would raise 40001): the
 * ledger would record the opt-in while the opt-out stays.  Such a row,
 * found in the latest committed state, raises 40001 so that the caller
 * retries.  category '*': any category.  In READ COMMITTED the DELETE's
 * snapshot was taken after the recipient's lock: nothing to do.
 */
Datum
check_unseen_suppressions(PG_FUNCTION_ARGS)
{
	Oid			argtypes[5];
	Datum		values[5];
	OwnerSpi	spi;
	bool		found = false;

	if (!IsolationUsesXactSnapshot() || IsInParallelMode())
		PG_RETURN_VOID();
	for (int i = 0; i < 5; i++)
	{
		if (PG_ARGISNULL(i))
			PG_RETURN_VOID();
		argtypes[i] = get_fn_expr_argtype(fcinfo->flinfo, i);
		values[i] = PG_GETARG_DATUM(i);
	}
	OwnerSpiBegin(&spi);
	OwnerSpiReadLatest("SELECT FROM opt_consent.suppressions s"
					   " WHERE s.recipient OPERATOR(opt_consent.=) $1"
					   "   AND s.kind OPERATOR(pg_catalog.=) $2"
					   "   AND s.channel OPERATOR(pg_catalog.=) $3"
					   "   AND ($4 OPERATOR(pg_catalog.=) '*' OR s.category OPERATOR(pg_catalog.=) $4)"
					   "   AND s.scope OPERATOR(pg_catalog.=) ANY ($5)"
					   " LIMIT 1", 5, argtypes, values, 1,
					   "opt_consent.suppressions");
	found = (SPI_processed > 0);
	OwnerSpiEnd(&spi);
	if (found)
	{
		char		number[E164_MAX_TEXT];

		e164_format((uint64) DatumGetInt64(values[0]), number);
		ereport(ERROR,
				(errcode(ERRCODE_T_R_SERIALIZATION_FAILURE),
				 errmsg("could not serialize access due to a concurrent %s of %s",
						strcmp(text_to_cstring(DatumGetTextPP(values[1])), "dnd") == 0 ?
						"Do Not Disturb" : "opt-out", number),
				 errdetail("It was committed after this transaction's snapshot was taken, so this transaction cannot remove it."),
				 errhint("Retry the transaction.")));
	}
	PG_RETURN_VOID();
}

/*
 * lock_key(space integer, key text): a transaction-level exclusive lock on
 * the key (space 1: a recipient, 2: an inbound message id), which the
 * write functions take to serialize per recipient and per message.  It is
 * an advisory lock of a class of ours: field4, which pg_advisory_*() set to
 * 1 or 2, is OC_LOCK_KEY, so that no role can take the same lock
 * from SQL and hold up the recording of a STOP (with pg_advisory_xact_lock
 * and a key computable from the phone number, any role that can connect
 * could).  In pg_locks: locktype advisory, objsubid 28523.
 */
Datum
lock_key(PG_FUNCTION_ARGS)
{
	int32		space;
	text	   *key;
	uint64		h;
	LOCKTAG		tag;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("opt_consent.lock_key(): the key space and the key must not be null")));
	space = PG_GETARG_INT32(0);
	key = PG_GETARG_TEXT_PP(1);
	if (space != 1 && space != 2)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("opt_consent.lock_key(): unknown key space %d", space)));
	h = hash_bytes_extended((const unsigned char *) VARDATA_ANY(key),
							VARSIZE_ANY_EXHDR(key), (uint64) space);
	SET_LOCKTAG_ADVISORY(tag, MyDatabaseId, (uint32) (h >> 32), (uint32) h,
						 OC_LOCK_KEY);
	(void) LockAcquire(&tag, ExclusiveLock, false, false);
	PG_RETURN_VOID();
}

/* valid_country(text): a calling code or ISO region the metadata knows? */
Datum
valid_country(PG_FUNCTION_ARGS)
{
	char	   *spec;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	spec = text_to_cstring(PG_GETARG_TEXT_PP(0));

	PG_RETURN_BOOL(e164_valid_country_code(spec));
}

/* caller_is_superuser(): is the calling role a superuser? */
Datum
caller_is_superuser(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(superuser_arg(OptConsentCaller()));
}

/*
 * call_as_owner(): the C entry point of the public write functions
 * (opt_out, protect, ...).  PostgreSQL keeps no record of the role that
 * called a SECURITY DEFINER function, so each such function is split: this
 * entry, which runs as its caller, notes current_user, then calls
 * <name>_impl with the same arguments -- a SECURITY DEFINER function with a
 * fixed search_path that no other role may execute.  The implementation
 * reads the caller through calling_role() and caller_is_superuser().
 */
Datum
call_as_owner(PG_FUNCTION_ARGS)
{
	FmgrInfo   *impl = (FmgrInfo *) fcinfo->flinfo->fn_extra;
	LOCAL_FCINFO(impl_fcinfo, FUNC_MAX_ARGS);
	Oid			save_caller = current_caller;
	Datum		result;

	if (impl == NULL)
	{
		HeapTuple	proctup;
		Form_pg_proc proc;
		char		implname[NAMEDATALEN];
		Oid			implid;

		proctup = SearchSysCache1(PROCOID, ObjectIdGetDatum(fcinfo->flinfo->fn_oid));
		if (!HeapTupleIsValid(proctup))
			elog(ERROR, "cache lookup failed for function %u", fcinfo->flinfo->fn_oid);
		proc = (Form_pg_proc) GETSTRUCT(proctup);
		snprintf(implname, sizeof(implname), "%s_impl", NameStr(proc->proname));
		implid = GetSysCacheOid3(PROCNAMEARGSNSP, Anum_pg_proc_oid,
								 CStringGetDatum(implname),
								 PointerGetDatum(&proc->proargtypes),
								 ObjectIdGetDatum(proc->pronamespace));
		ReleaseSysCache(proctup);
		if (!OidIsValid(implid))
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("function opt_consent.%s does not exist", implname),
					 errhint("The opt_consent extension may be damaged; try reinstalling it.")));
		impl = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(FmgrInfo));
		fmgr_info_cxt(implid, impl, fcinfo->flinfo->fn_mcxt);
		fcinfo->flinfo->fn_extra = impl;
	}

	InitFunctionCallInfoData(*impl_fcinfo, impl, PG_NARGS(), PG_GET_COLLATION(),
							 fcinfo->context, fcinfo->resultinfo);
	for (int i = 0; i < PG_NARGS(); i++)
		impl_fcinfo->args[i] = fcinfo->args[i];

	current_caller = GetUserId();
	PG_TRY();
	{
		result = FunctionCallInvoke(impl_fcinfo);
	}
	PG_FINALLY();
	{
		current_caller = save_caller;
	}
	PG_END_TRY();

	fcinfo->isnull = impl_fcinfo->isnull;
	return result;
}

/* SPI_connect as the extension's owner (see OwnerSpi) */
void
OwnerSpiBegin(OwnerSpi *state)
{
	const OptConsentCatalog *cat = OptConsentGetCatalog();

	state->caller_cxt = CurrentMemoryContext;

	GetUserIdAndSecContext(&state->save_userid, &state->save_sec_context);
	SetUserIdAndSecContext(cat->owner,
						   state->save_sec_context | SECURITY_LOCAL_USERID_CHANGE |
						   SECURITY_RESTRICTED_OPERATION);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
}

/* SPI_finish and back to the caller's identity */
void
OwnerSpiEnd(OwnerSpi *state)
{
	SPI_finish();
	SetUserIdAndSecContext(state->save_userid, state->save_sec_context);
}

/* The statement's snapshot as a value (see SnapshotKey) */
void
OptConsentSnapshotKey(SnapshotKey *k)
{
	Snapshot	snap = GetActiveSnapshot();

	memset(k, 0, sizeof(SnapshotKey));
	k->set = true;
	k->xmin = snap->xmin;
	k->xmax = snap->xmax;
	k->curcid = snap->curcid;
	k->xcnt = snap->xcnt;
	k->subxcnt = snap->subxcnt;
	k->suboverflowed = snap->suboverflowed;
	if (snap->xcnt > 0)
		k->xiphash = hash_bytes((const unsigned char *) snap->xip,
								sizeof(TransactionId) * snap->xcnt);
	if (snap->subxcnt > 0)
		k->xiphash ^= hash_bytes((const unsigned char *) snap->subxip,
								 sizeof(TransactionId) * snap->subxcnt) * 31;
}

/* Is a key set, and that of the statement's snapshot? */
bool
OptConsentSnapshotIs(const SnapshotKey *k)
{
	SnapshotKey now;

	if (!k->set || !ActiveSnapshotSet())
		return false;
	OptConsentSnapshotKey(&now);
	return memcmp(&now, k, sizeof(SnapshotKey)) == 0;
}

/*
 * Run a read-only query of the extension's tables (between OwnerSpiBegin
 * and OwnerSpiEnd; what names them for the error) as of the latest
 * committed state, like the catalogs, not the statement's snapshot: a cache
 * filled in an older REPEATABLE READ snapshot would miss a change whose
 * invalidation was already processed, and a retried webhook must see the
 * delivery it waited for.  A parallel query may take no new snapshot: it
 * reads with the statement's, and the result is false; what a cache keeps
 * from such a read is to be read again at the next use outside it.
 */
bool
OwnerSpiReadLatest(const char *query, int nargs, Oid *argtypes, Datum *values,
				   long tcount, const char *what)
{
	return OwnerSpiReadLatestNulls(query, nargs, argtypes, values, NULL, tcount, what);
}

/* The same, with arguments that may be NULL (nulls as SPI_execute_plan's) */
bool
OwnerSpiReadLatestNulls(const char *query, int nargs, Oid *argtypes, Datum *values,
						const char *nulls, long tcount, const char *what)
{
	bool		latest = !IsInParallelMode();
	SPIPlanPtr	plan = SPI_prepare(query, nargs, argtypes);

	if (plan == NULL ||
		SPI_execute_snapshot(plan, values, nulls,
							 latest ? GetLatestSnapshot() : GetActiveSnapshot(),
							 InvalidSnapshot, true, false, tcount) != SPI_OK_SELECT)
		elog(ERROR, "could not read %s", what);
	return latest;
}
