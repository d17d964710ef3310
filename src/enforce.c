/*-------------------------------------------------------------------------
 *
 * enforce.c
 *	  opt_consent.enforce(): the BEFORE ROW trigger that keeps messages to
 *	  opted-out and Do Not Disturb recipients out of outbound tables.
 *
 * The trigger's key=value arguments are parsed, and its columns resolved,
 * once per trigger: the result is kept in a backend hash table keyed by the
 * trigger's OID and dropped when the table's relcache entry is invalidated
 * (ALTER TABLE, DROP/CREATE TRIGGER ...).  Per row there is no SPI, no
 * planning and no catalog lookup: one probe of the suppressions index, read
 * with a fresh snapshot so that every suppression committed before the row
 * is checked counts, even in a REPEATABLE READ transaction that began
 * earlier.  (A foreign key check on insert uses the transaction snapshot;
 * this deliberately does not.)  Allocations are made in the executor's
 * per-tuple context, which is reset for every row.
 *
 *-------------------------------------------------------------------------
 */
#include "opt_consent.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/nbtree.h"
#include "access/relation.h"
#include "catalog/partition.h"
#include "access/table.h"
#include "access/tableam.h"
#include "storage/bufmgr.h"
#include "storage/bufpage.h"
#include "common/int.h"
#include "access/xact.h"
#include "catalog/pg_proc.h"
#include "catalog/pg_trigger.h"
#include "catalog/namespace.h"
#include "nodes/primnodes.h"
#include "nodes/readfuncs.h"
#include "utils/acl.h"
#include "utils/catcache.h"
#include "common/hashfn.h"
#include "catalog/pg_type.h"
#include "miscadmin.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "parser/parse_type.h"
#include "storage/proc.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/hsearch.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"
#include "utils/timestamp.h"
#include "utils/typcache.h"

#include "e164.h"
#include "filter.h"
#include "lookup.h"
#include "quiet.h"
#include "scopes.h"

PG_FUNCTION_INFO_V1(enforce);

bool		opt_consent_enforce = true;

#define ERRCODE_OPTED_OUT	MAKE_SQLSTATE('2','3','6','1','0')
#define ERRCODE_DND			MAKE_SQLSTATE('2','3','6','1','1')
#define ERRCODE_NO_CONSENT	MAKE_SQLSTATE('2','3','6','1','2')
#define ERRCODE_REASSIGNED	MAKE_SQLSTATE('2','3','6','1','3')

#define CONFIRMATION_PURPOSE "opt_out_confirmation"

typedef enum OnBlock
{
	ON_BLOCK_ERROR,
	ON_BLOCK_SKIP,
	ON_BLOCK_MARK,
	ON_BLOCK_DEFER				/* on_quiet only: move send_at (SPEC 10) */
} OnBlock;

/* A mapped column */
typedef struct MappedColumn
{
	AttrNumber	attnum;			/* InvalidAttrNumber: not mapped */
	Oid			typid;
	int16		typlen;
	bool		typbyval;
} MappedColumn;

/* What a trigger's arguments say, resolved against its table */
typedef struct TriggerConfig
{
	Oid			tgoid;			/* hash key */
	Oid			relid;
	Oid			root_relid;		/* of a partition: its tree's root (PendingRoot) */
	bool		valid;
	MemoryContext cxt;			/* holds the by-reference datums */
	bool		may_count;		/* see TableMayCount */
	LocalTransactionId may_count_lxid;
	/* everything below is set by ParseTriggerConfig */
	MappedColumn recipient;
	bool		recipient_is_e164;
	MappedColumn sender;
	MappedColumn service;
	MappedColumn channel;
	MappedColumn purpose;		/* 1.1: opt_out_confirmation rows */
	MappedColumn category;		/* 1.2: the message category */
	MappedColumn recheck;		/* 1.2: recheck=<column>:<v1>|<v2>... */
	char	  **recheck_values;
	int			recheck_nvalues;

	/*
	 * a recheck column whose equality is not the bytes' (citext, a
	 * nondeterministic collation): its type's equality, and the values
	 */
	bool		recheck_by_eq;
	FmgrInfo	recheck_eq;
	Oid			recheck_collation;
	Datum	   *recheck_datums;
	MappedColumn send_at;		/* 1.2: quiet hours (SPEC 10) */
	MappedColumn region;
	MappedColumn timezone;
	MappedColumn status;
	MappedColumn error_code;
	AttrNumber	read_natts;		/* the last column ReadRowSend reads */
	OnBlock		on_block;
	OnBlock		on_quiet;
	char		country[4];		/* country=: calling code for national numbers */
	bool		has_check;		/* an enabled BEFORE ROW enforce trigger */
	bool		has_any_check;	/* one, enabled or not */
	/* BEFORE ROW triggers that fire after our check, per event (SPEC 11) */
	bool		later_insert;
	bool		later_update;
	char	   *later_name;		/* the first of them, for messages */
	/* an enabled final check (AFTER ROW enforce trigger), per event */
	bool		final_insert;
	bool		final_update;
	Datum		blocked_status; /* in the status column's type */
	Datum		code_blocked;	/* 21610, in the error_code column's type */
	Datum		code_invalid;	/* 21211 */
	Datum		code_quiet;		/* 23614 */
	Datum		code_cap;		/* 23615 */
} TriggerConfig;

static HTAB *trigger_configs = NULL;
static TriggerConfig *last_config = NULL;

/*
 * Entries are only used within one call of the trigger (no call of it runs
 * inside another), so one that is invalid -- its table changed or dropped,
 * or protect() replaced its trigger -- can go when a new one is made: a
 * long-lived backend of a pool that protects and drops tables (TEMP staging
 * tables), or runs protect() at each deploy, keeps one entry per trigger it
 * still uses, not one per trigger it ever fired (about 1.3 kB each).
 * Swept when there are this many.
 */
#define TRIGGER_CONFIG_SWEEP 64

static void
SweepTriggerConfigs(void)
{
	HASH_SEQ_STATUS status;
	TriggerConfig *cfg;

	hash_seq_init(&status, trigger_configs);
	while ((cfg = hash_seq_search(&status)) != NULL)
	{
		if (cfg->valid)
			continue;
		if (cfg->cxt != NULL)
			MemoryContextDelete(cfg->cxt);
		if (cfg == last_config)
			last_config = NULL;
		(void) hash_search(trigger_configs, &cfg->tgoid, HASH_REMOVE, NULL);
	}
}

/* Relcache callback: forget the configs of a changed table */
void
EnforceCacheInvalidate(Oid relid)
{
	HASH_SEQ_STATUS status;
	TriggerConfig *cfg;

	if (trigger_configs == NULL)
		return;
	hash_seq_init(&status, trigger_configs);
	while ((cfg = hash_seq_search(&status)) != NULL)
		if (relid == InvalidOid || cfg->relid == relid)
			cfg->valid = false;
}

static OC_NORETURN void TriggerMisuseCode(Trigger *trigger, Relation rel,
										 int sqlstate, const char *detail);

#define TriggerMisuse(trigger, rel, detail) \
	TriggerMisuseCode(trigger, rel, ERRCODE_INVALID_PARAMETER_VALUE, detail)

static void
TriggerMisuseCode(Trigger *trigger, Relation rel, int sqlstate, const char *detail)
{
	ereport(ERROR,
			(errcode(sqlstate),
			 errmsg("trigger \"%s\" on table \"%s\" is misconfigured",
					trigger->tgname, RelationGetRelationName(rel)),
			 errdetail_internal("%s", detail),
			 errhint("Create the trigger with opt_consent.protect().")));
}

/*
 * The types a mapped column may have (SPEC 11).  Only built-in types, and
 * never a domain: the trigger reads these columns as varlena text, and
 * neither protect() nor the trigger may run a domain's CHECK, a cast or an
 * input function that another role wrote.
 */
typedef enum ColumnKind
{
	COLUMN_TEXT,				/* text, varchar or bpchar */
	COLUMN_RECIPIENT,			/* a text type or opt_consent.e164 */
	COLUMN_STATUS,				/* a base string type stored as a varlena */
	COLUMN_INTEGER,				/* smallint, integer or bigint */
	COLUMN_TIMESTAMPTZ			/* timestamp with time zone */
} ColumnKind;

static bool
IsTextColumnType(Oid typid)
{
	return typid == TEXTOID || typid == VARCHAROID || typid == BPCHAROID;
}

static bool
ColumnTypeFits(Oid typid, ColumnKind kind)
{
	switch (kind)
	{
		case COLUMN_TEXT:
			return IsTextColumnType(typid);
		case COLUMN_RECIPIENT:
			return IsTextColumnType(typid) ||
				typid == OptConsentGetCatalog()->e164_typid;
		case COLUMN_STATUS:
			{
				HeapTuple	tp = SearchSysCache1(TYPEOID, ObjectIdGetDatum(typid));
				Form_pg_type typ;
				bool		fits;

				if (!HeapTupleIsValid(tp))
					return false;
				typ = (Form_pg_type) GETSTRUCT(tp);
				/* base types can only be made by superusers */
				fits = typ->typtype == TYPTYPE_BASE &&
					typ->typcategory == TYPCATEGORY_STRING && typ->typlen == -1;
				ReleaseSysCache(tp);
				return fits;
			}
		case COLUMN_INTEGER:
			return typid == INT2OID || typid == INT4OID || typid == INT8OID;
		case COLUMN_TIMESTAMPTZ:
			return typid == TIMESTAMPTZOID;
	}
	return false;
}

static const char *const column_kind_needs[] = {
	"text, varchar or char(n)",
	"text, varchar, char(n) or opt_consent.e164",
	"a string type such as text or varchar",
	"smallint, integer or bigint",
	"timestamp with time zone"
};

/*
 * How the recheck column's values are compared: by their bytes when that is
 * the type's equality (text, varchar, char(n) with a deterministic
 * collation), else with the type's equality operator and the column's
 * collation (citext; a case-insensitive ICU collation), which must exist.
 */
static void
RecheckEquality(Trigger *trigger, Relation rel, TriggerConfig *cfg)
{
	Form_pg_attribute att = TupleDescAttr(RelationGetDescr(rel), cfg->recheck.attnum - 1);
	Oid			typid = att->atttypid;
	Oid			coll = att->attcollation;
	TypeCacheEntry *tce;
	MemoryContext oldcxt;

	cfg->recheck_by_eq = false;
	if ((typid == TEXTOID || typid == VARCHAROID || typid == BPCHAROID) &&
		(!OidIsValid(coll) || get_collation_isdeterministic(coll)))
		return;
	tce = lookup_type_cache(typid, TYPECACHE_EQ_OPR_FINFO);
	if (!OidIsValid(tce->eq_opr_finfo.fn_oid))
		TriggerMisuseCode(trigger, rel, ERRCODE_UNDEFINED_FUNCTION,
						  psprintf("Column \"%s\" given for recheck has type %s, which has no equality operator to compare its values.",
								   NameStr(att->attname), format_type_be(typid)));
	oldcxt = MemoryContextSwitchTo(cfg->cxt);
	fmgr_info_copy(&cfg->recheck_eq, &tce->eq_opr_finfo, cfg->cxt);
	cfg->recheck_collation = coll;
	cfg->recheck_datums = palloc(sizeof(Datum) * cfg->recheck_nvalues);
	for (int i = 0; i < cfg->recheck_nvalues; i++)
		cfg->recheck_datums[i] = CStringGetTextDatum(cfg->recheck_values[i]);
	MemoryContextSwitchTo(oldcxt);
	cfg->recheck_by_eq = true;
}

/* Resolve a column name for key, of a type that fits kind */
static void
MapColumn(Trigger *trigger, Relation rel, const char *key, const char *name,
		  ColumnKind kind, MappedColumn *col)
{
	TupleDesc	tupdesc = RelationGetDescr(rel);
	int			attnum = SPI_fnumber(tupdesc, name);
	Form_pg_attribute att;

	if (attnum <= 0)
		TriggerMisuse(trigger, rel,
					  psprintf("Column \"%s\" given for %s does not exist.", name, key));
	att = TupleDescAttr(tupdesc, attnum - 1);
	/* a stored generated column is computed after the BEFORE triggers */
	if (att->attgenerated != '\0')
		TriggerMisuseCode(trigger, rel, ERRCODE_GENERATED_ALWAYS,
						  psprintf("Column \"%s\" given for %s is a generated column, computed after the check.",
								   name, key));
	if (!ColumnTypeFits(att->atttypid, kind))
		TriggerMisuseCode(trigger, rel, ERRCODE_DATATYPE_MISMATCH,
						  psprintf("Column \"%s\" given for %s has type %s; it must be %s.",
								   name, key, format_type_be(att->atttypid),
								   column_kind_needs[kind]));
	col->attnum = attnum;
	col->typid = att->atttypid;
	col->typlen = att->attlen;
	col->typbyval = att->attbyval;
}

/* A value for a column, through the column type's input function */
static Datum
ValueForColumn(Trigger *trigger, Relation rel, const MappedColumn *col,
			   const char *key, const char *value, MemoryContext cxt)
{
	Oid			typinput;
	Oid			typioparam;
	int32		typmod = TupleDescAttr(RelationGetDescr(rel), col->attnum - 1)->atttypmod;
	Datum		d;
	MemoryContext oldcxt;

	getTypeInputInfo(col->typid, &typinput, &typioparam);
	PG_TRY();
	{
		d = OidInputFunctionCall(typinput, (char *) value, typioparam, typmod);
	}
	PG_CATCH();
	{
		FlushErrorState();
		TriggerMisuse(trigger, rel,
					  psprintf("The value \"%s\" does not fit column %s of type %s.",
							   value, key, format_type_be(col->typid)));
	}
	PG_END_TRY();
	oldcxt = MemoryContextSwitchTo(cxt);
	d = datumCopy(d, col->typbyval, col->typlen);
	MemoryContextSwitchTo(oldcxt);
	return d;
}

/*
 * Is a WHEN clause the one of the final check (or none)?  A final check
 * created WHEN (false) would check nothing.
 */
static bool
IsFinalCheckQual(const char *qual)
{
	Node	   *node;

	if (qual == NULL)
		return true;
	node = (Node *) stringToNode(qual);
	return IsA(node, FuncExpr) &&
		((FuncExpr *) node)->funcid == OptConsentGetCatalog()->final_check_fn &&
		OidIsValid(((FuncExpr *) node)->funcid);
}

/*
 * BEFORE ROW triggers fire in name order, so one whose name sorts after ours
 * may change the recipient after the check (SPEC 11).  Note whether the
 * table has such triggers (per event), and whether an enabled final check
 * (this function as an AFTER ROW trigger, which protect() creates as
 * opt_consent_enforce_final) will see the row as it was stored.  Disabled
 * triggers are ignored; any other one counts whatever
 * session_replication_role says (the cautious side).
 */
static void
FindLaterTriggers(Trigger *trigger, Relation rel, TriggerConfig *cfg)
{
	TriggerDesc *td = rel->trigdesc;
	int			last_check = -1;

	if (td == NULL)
		return;
	for (int i = 0; i < td->numtriggers; i++)
	{
		Trigger    *t = &td->triggers[i];

		if (t->tgfoid != trigger->tgfoid || !TRIGGER_FOR_ROW(t->tgtype))
			continue;
		if (TRIGGER_FOR_BEFORE(t->tgtype))
			cfg->has_any_check = true;
		if (t->tgenabled == TRIGGER_DISABLED)
			continue;
		if (TRIGGER_FOR_BEFORE(t->tgtype))
			last_check = i;
		else if (TRIGGER_FOR_AFTER(t->tgtype) && IsFinalCheckQual(t->tgqual))
		{
			cfg->final_insert |= TRIGGER_FOR_INSERT(t->tgtype);
			cfg->final_update |= TRIGGER_FOR_UPDATE(t->tgtype);
		}
	}
	cfg->has_check = (last_check >= 0);
	for (int i = last_check + 1; i < td->numtriggers; i++)
	{
		Trigger    *t = &td->triggers[i];
		bool		ins = TRIGGER_FOR_INSERT(t->tgtype);
		bool		upd = TRIGGER_FOR_UPDATE(t->tgtype);

		if (t->tgfoid == trigger->tgfoid || t->tgenabled == TRIGGER_DISABLED ||
			!TRIGGER_FOR_ROW(t->tgtype) || !TRIGGER_FOR_BEFORE(t->tgtype) ||
			!(ins || upd))
			continue;
		cfg->later_insert |= ins;
		cfg->later_update |= upd;
		if (cfg->later_name == NULL)
			cfg->later_name = MemoryContextStrdup(cfg->cxt, t->tgname);
	}
}

/* on_block=error|skip|mark, on_quiet=... also defer */
static OnBlock
ParseMode(Trigger *trigger, Relation rel, const char *key, const char *value, bool defer_ok)
{
	if (strcmp(value, "error") == 0)
		return ON_BLOCK_ERROR;
	if (strcmp(value, "skip") == 0)
		return ON_BLOCK_SKIP;
	if (strcmp(value, "mark") == 0)
		return ON_BLOCK_MARK;
	if (defer_ok && strcmp(value, "defer") == 0)
		return ON_BLOCK_DEFER;
	TriggerMisuse(trigger, rel,
				  psprintf("%s is \"%s\"; it must be error, skip%s.", key, value,
						   defer_ok ? ", mark or defer" : " or mark"));
}

/* Parse the trigger's arguments against its table */
static void
ParseTriggerConfig(Trigger *trigger, Relation rel, TriggerConfig *cfg)
{
	const OptConsentCatalog *cat = OptConsentGetCatalog();
	const char *blocked_status = "failed";
	const char *on_quiet = NULL;

	memset(&cfg->recipient, 0, sizeof(TriggerConfig) - offsetof(TriggerConfig, recipient));
	cfg->on_block = ON_BLOCK_ERROR;

	for (int i = 0; i < trigger->tgnargs; i++)
	{
		const char *arg = trigger->tgargs[i];
		const char *eq = strchr(arg, '=');
		char	   *key;
		const char *value;

		if (eq == NULL || eq == arg || eq[1] == '\0')
			TriggerMisuse(trigger, rel,
						  psprintf("Argument \"%s\" is not of the form key=value.", arg));
		key = pnstrdup(arg, eq - arg);
		value = eq + 1;
		/* each key once: a second one would be ambiguous (or worse) */
		for (int j = 0; j < i; j++)
		{
			const char *other = trigger->tgargs[j];

			if (strncmp(other, arg, eq - arg + 1) == 0)
				TriggerMisuse(trigger, rel,
							  psprintf("Argument %s is given twice.", key));
		}

		if (strcmp(key, "recipient") == 0)
			MapColumn(trigger, rel, key, value, COLUMN_RECIPIENT, &cfg->recipient);
		else if (strcmp(key, "sender") == 0)
			MapColumn(trigger, rel, key, value, COLUMN_TEXT, &cfg->sender);
		else if (strcmp(key, "service") == 0)
			MapColumn(trigger, rel, key, value, COLUMN_TEXT, &cfg->service);
		else if (strcmp(key, "channel") == 0)
			MapColumn(trigger, rel, key, value, COLUMN_TEXT, &cfg->channel);
		else if (strcmp(key, "purpose") == 0)
			MapColumn(trigger, rel, key, value, COLUMN_TEXT, &cfg->purpose);
		else if (strcmp(key, "status") == 0)
			MapColumn(trigger, rel, key, value, COLUMN_STATUS, &cfg->status);
		else if (strcmp(key, "error_code") == 0)
			MapColumn(trigger, rel, key, value, COLUMN_INTEGER, &cfg->error_code);
		else if (strcmp(key, "category") == 0)
			MapColumn(trigger, rel, key, value, COLUMN_TEXT, &cfg->category);
		else if (strcmp(key, "send_at") == 0)
			MapColumn(trigger, rel, key, value, COLUMN_TIMESTAMPTZ, &cfg->send_at);
		else if (strcmp(key, "region") == 0)
			MapColumn(trigger, rel, key, value, COLUMN_TEXT, &cfg->region);
		else if (strcmp(key, "timezone") == 0)
			MapColumn(trigger, rel, key, value, COLUMN_TEXT, &cfg->timezone);
		else if (strcmp(key, "on_quiet") == 0)
			on_quiet = value;
		else if (strcmp(key, "recheck") == 0)
		{
			/* <column>:<value>[|<value>...]: an UPDATE to one of them is a send */
			const char *colon = strchr(value, ':');
			char	   *vals;
			char	   *tok;
			char	   *save = NULL;
			MemoryContext oldcxt;

			if (colon == NULL || colon == value || colon[1] == '\0')
				TriggerMisuse(trigger, rel,
							  psprintf("recheck is \"%s\"; it must be <column>:<value>[|<value>...], such as status:sending.", value));
			MapColumn(trigger, rel, key, pnstrdup(value, colon - value), COLUMN_STATUS,
					  &cfg->recheck);
			/* (as protect() requires: no empty value) */
			if (colon[1] == '|' || value[strlen(value) - 1] == '|' || strstr(colon, "||") != NULL)
				TriggerMisuse(trigger, rel,
							  psprintf("recheck is \"%s\"; a value between \"|\" is empty.", value));
			oldcxt = MemoryContextSwitchTo(cfg->cxt);
			vals = pstrdup(colon + 1);
			cfg->recheck_values = palloc(sizeof(char *) * (strlen(vals) + 1));
			for (tok = strtok_r(vals, "|", &save); tok; tok = strtok_r(NULL, "|", &save))
			{
				/* "sending | sent" would never match: refuse it */
				if (isspace((unsigned char) tok[0]) ||
					isspace((unsigned char) tok[strlen(tok) - 1]))
					TriggerMisuse(trigger, rel,
								  psprintf("recheck is \"%s\"; the value \"%s\" begins or ends with a space and would never match.",
										   value, tok));
				cfg->recheck_values[cfg->recheck_nvalues++] = tok;
			}
			MemoryContextSwitchTo(oldcxt);
			if (cfg->recheck_nvalues == 0)
				TriggerMisuse(trigger, rel, "recheck names no value.");
			RecheckEquality(trigger, rel, cfg);
		}
		else if (strcmp(key, "country") == 0)
		{
			if (!e164_valid_country_code(value))
				TriggerMisuse(trigger, rel,
							  psprintf("country is \"%s\"; it must be a calling code (44) or an ISO 3166-1 region (GB).", value));
			strlcpy(cfg->country, value, sizeof(cfg->country));
		}
		else if (strcmp(key, "blocked_status") == 0)
			blocked_status = value;
		else if (strcmp(key, "on_block") == 0)
			cfg->on_block = ParseMode(trigger, rel, key, value, false);
		else
			TriggerMisuse(trigger, rel, psprintf("Unknown argument \"%s\".", key));
	}

	if (cfg->recipient.attnum == InvalidAttrNumber)
		TriggerMisuse(trigger, rel, "The argument recipient=<column> is required.");
	/* a dispatch is an UPDATE of the recheck column: the trigger must see it */
	if (cfg->recheck.attnum != InvalidAttrNumber && TRIGGER_FOR_BEFORE(trigger->tgtype))
	{
		bool		fires = TRIGGER_FOR_UPDATE(trigger->tgtype);

		if (fires && trigger->tgnattr > 0)
		{
			fires = false;
			for (int i = 0; i < trigger->tgnattr; i++)
				fires |= (trigger->tgattr[i] == cfg->recheck.attnum);
		}
		if (!fires)
			TriggerMisuse(trigger, rel,
						  psprintf("recheck= needs the trigger to fire on UPDATE of column \"%s\" (BEFORE INSERT OR UPDATE with no column list, as protect() creates it); a dispatch would not be checked.",
								   NameStr(TupleDescAttr(RelationGetDescr(rel), cfg->recheck.attnum - 1)->attname)));
	}
	FindLaterTriggers(trigger, rel, cfg);
	cfg->recipient_is_e164 = (cfg->recipient.typid == cat->e164_typid);
	cfg->read_natts = Max(Max(Max(cfg->recipient.attnum, cfg->channel.attnum),
							  Max(cfg->sender.attnum, cfg->service.attnum)),
						  Max(cfg->purpose.attnum, cfg->category.attnum));

	/* on_quiet: error, skip, mark or defer; on_block's mode by default */
	cfg->on_quiet = on_quiet ? ParseMode(trigger, rel, "on_quiet", on_quiet, true) : cfg->on_block;
	if (cfg->on_quiet == ON_BLOCK_DEFER && cfg->send_at.attnum == InvalidAttrNumber)
		TriggerMisuse(trigger, rel, "on_quiet=defer needs send_at=<column>.");

	if (cfg->on_block == ON_BLOCK_MARK || cfg->on_quiet == ON_BLOCK_MARK)
	{
		if (cfg->status.attnum == InvalidAttrNumber)
			TriggerMisuse(trigger, rel, cfg->on_block == ON_BLOCK_MARK ?
						  "on_block=mark needs status=<column>." :
						  "on_quiet=mark needs status=<column>.");
		cfg->blocked_status = ValueForColumn(trigger, rel, &cfg->status, "status",
											 blocked_status, cfg->cxt);
		if (cfg->error_code.attnum != InvalidAttrNumber)
		{
			cfg->code_blocked = ValueForColumn(trigger, rel, &cfg->error_code,
											   "error_code", "21610", cfg->cxt);
			cfg->code_invalid = ValueForColumn(trigger, rel, &cfg->error_code,
											   "error_code", "21211", cfg->cxt);
			cfg->code_quiet = ValueForColumn(trigger, rel, &cfg->error_code,
											 "error_code", "23614", cfg->cxt);
			cfg->code_cap = ValueForColumn(trigger, rel, &cfg->error_code,
										   "error_code", "23615", cfg->cxt);
		}
	}
}

/* The config of this trigger, parsed at its first use */
static TriggerConfig *
GetTriggerConfig(Trigger *trigger, Relation rel)
{
	TriggerConfig *cfg;
	bool		found;

	/* the same trigger fires for every row of a statement */
	if (last_config != NULL && last_config->valid &&
		last_config->tgoid == trigger->tgoid)
		return last_config;

	if (trigger_configs == NULL)
	{
		HASHCTL		ctl;

		memset(&ctl, 0, sizeof(ctl));
		ctl.keysize = sizeof(Oid);
		ctl.entrysize = sizeof(TriggerConfig);
		trigger_configs = hash_create("opt_consent trigger configs", 16, &ctl,
									  HASH_ELEM | HASH_BLOBS);
	}

	cfg = hash_search(trigger_configs, &trigger->tgoid, HASH_FIND, NULL);
	if (cfg == NULL && hash_get_num_entries(trigger_configs) >= TRIGGER_CONFIG_SWEEP)
		SweepTriggerConfigs();
	cfg = hash_search(trigger_configs, &trigger->tgoid, HASH_ENTER, &found);
	if (!found)
	{
		cfg->valid = false;
		cfg->cxt = NULL;
	}
	if (cfg->valid)
	{
		last_config = cfg;
		return cfg;
	}

	if (cfg->cxt == NULL)
		cfg->cxt = AllocSetContextCreate(TopMemoryContext, "opt_consent trigger config",
										 ALLOCSET_SMALL_SIZES);
	else
		MemoryContextReset(cfg->cxt);
	cfg->relid = RelationGetRelid(rel);
	cfg->root_relid = InvalidOid;	/* (PendingRoot) */
	cfg->may_count_lxid = InvalidLocalTransactionId;
	ParseTriggerConfig(trigger, rel, cfg);
	cfg->valid = true;
	last_config = cfg;
	return cfg;
}

/* Did a mapped column change between two row versions? */
static bool
ColumnChanged(const MappedColumn *col, HeapTuple oldtup, HeapTuple newtup,
			  TupleDesc tupdesc)
{
	bool		oldnull;
	bool		newnull;
	Datum		oldval;
	Datum		newval;

	if (col->attnum == InvalidAttrNumber)
		return false;
	oldval = heap_getattr(oldtup, col->attnum, tupdesc, &oldnull);
	newval = heap_getattr(newtup, col->attnum, tupdesc, &newnull);
	if (oldnull || newnull)
		return oldnull != newnull;
	return !datumIsEqual(oldval, newval, col->typbyval, col->typlen);
}

/*
 * The characters of a (not null) text, varchar or char(n) value of a
 * mapped column; char(n) pads with blanks that are not part of the value.
 */
static char *
ColumnChars(const MappedColumn *col, Datum d, int *len)
{
	text	   *t = (text *) DatumGetPointer(d);
	char	   *s;

	/* (what DatumGetTextPP does, without a call for the usual inline value) */
	if (VARATT_IS_COMPRESSED(t) || VARATT_IS_EXTERNAL(t))
		t = DatumGetTextPP(d);
	s = VARDATA_ANY(t);

	*len = VARSIZE_ANY_EXHDR(t);
	if (col->typid == BPCHAROID)
		while (*len > 0 && s[*len - 1] == ' ')
			(*len)--;
	return s;
}

/*
 * A column of the row: from the trigger's slot when there is one (it holds
 * the same row as the tuple, and deforms it once for all the columns read),
 * else from the tuple.
 */
static inline Datum
RowAttr(HeapTuple tuple, TupleTableSlot *slot, TupleDesc tupdesc,
		AttrNumber attnum, bool *isnull)
{
	if (slot != NULL)
		return slot_getattr(slot, attnum, isnull);
	return heap_getattr(tuple, attnum, tupdesc, isnull);
}

/*
 * A column that the check of every row reads (the recipient, and the
 * channel and category when mapped): straight from the tuple where its
 * offset is known (no nulls, and only fixed-width columns before it), so
 * that the row is not deformed at all when nothing else is needed; else
 * as RowAttr.
 */
static inline Datum
HeadAttr(HeapTuple tuple, TupleTableSlot *slot, TupleDesc tupdesc,
		 AttrNumber attnum, bool *isnull)
{
	if (slot == NULL ||
		(HeapTupleNoNulls(tuple) && attnum <= HeapTupleHeaderGetNatts(tuple->t_data) &&
		 OC_AttCacheOff(tupdesc, attnum - 1) >= 0))
		return heap_getattr(tuple, attnum, tupdesc, isnull);
	return slot_getattr(slot, attnum, isnull);
}

/*
 * A text column of the row as a string, or NULL (also when empty).  slot:
 * the trigger's slot holding the same row, or NULL (see RowAttr).
 */
static char *
GetTextColumn(const MappedColumn *col, HeapTuple tuple, TupleTableSlot *slot,
			  TupleDesc tupdesc, int *len)
{
	bool		isnull;
	Datum		d;
	char	   *s;

	if (col->attnum == InvalidAttrNumber)
		return NULL;
	d = RowAttr(tuple, slot, tupdesc, col->attnum, &isnull);
	if (isnull)
		return NULL;
	s = ColumnChars(col, d, len);
	/* an empty sender, service or channel is "not given", like NULL */
	return *len > 0 ? s : NULL;
}

/* The chain of a row: its sender and service, canonicalized when needed */
typedef struct RowScopes
{
	const char *sender;
	int			sender_len;
	const char *service;
	int			service_len;
} RowScopes;

typedef struct RowSend RowSend;
static const RowScopes *RowSendScopes(RowSend *send);

/* chain_arg: the RowSend (its sender and service are read here, when needed) */
static void
BuildChainFromRow(void *arg, ScopeChain *chain)
{
	const RowScopes *rs = RowSendScopes((RowSend *) arg);

	ScopeChainForRaw(rs->sender, rs->sender_len, rs->service, rs->service_len,
					 chain);
}

/*
 * The length of a channel prefix ("whatsapp:") at the start of a text
 * recipient, white space before it included, or 0; *start: where its name
 * begins.  "tel:" is part of the number, not a channel.  (As handle_inbound
 * reads a contact: " whatsapp:+1..." is a WhatsApp number.)
 */
static int
ChannelPrefixLength(const char *s, int len, int *start)
{
	int			b = 0;
	int			i;

	while (b < len && e164_is_space((unsigned char) s[b]))
		b++;
	*start = b;
	for (i = b; i < len && i - b <= 32; i++)
	{
		char		c = s[i];

		if (c == ':')
			break;
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			  (i > b && ((c >= '0' && c <= '9') || c == '_'))))
			return 0;
	}
	if (i == b || i >= len || s[i] != ':')
		return 0;
	if (i - b == 3 && pg_strncasecmp(s + b, "tel", 3) == 0)
		return 0;
	return i + 1;
}

/* Report a blocked send as an error */
static OC_NORETURN void ReportBlocked(Relation rel, const TriggerConfig *cfg,
									  uint64 recipient, const BlockInfo *info);

static void
ReportBlocked(Relation rel, const TriggerConfig *cfg, uint64 recipient,
			  const BlockInfo *info)
{
	char		number[E164_MAX_TEXT];
	const char *since = timestamptz_to_str(info->since);

	e164_format(recipient, number);
	switch (info->kind)
	{
		case BLOCK_DND:
			ereport(ERROR,
					(errcode(ERRCODE_DND),
					 errmsg("opt_consent: attempt to send to unsubscribed recipient %s", number),
					 errdetail("The recipient has %sDo Not Disturb set at scope \"%s\" on channel %s since %s.",
							   info->permanent ? "a permanent " : "", info->scope,
							   info->channel, since),
					 errhint("Do not send to this recipient until Do Not Disturb is turned off with opt_consent.set_dnd()."),
					 errtablecol(rel, cfg->recipient.attnum)));
			break;
		case BLOCK_NO_CONSENT:
			ereport(ERROR,
					(errcode(ERRCODE_NO_CONSENT),
					 errmsg("opt_consent: no recorded consent for recipient %s", number),
					 errdetail("Scope \"%s\" requires consent, and the recipient has no unexpired consent on channel %s in this send's scopes.",
							   info->scope, info->channel),
					 errhint("Record the recipient's consent with opt_consent.grant_consent() before sending."),
					 errtablecol(rel, cfg->recipient.attnum)));
			break;
		case BLOCK_REASSIGNED:
			ereport(ERROR,
					(errcode(ERRCODE_REASSIGNED),
					 errmsg("opt_consent: recipient %s was reassigned to a new owner", number),
					 errdetail("The number was disconnected on %s, and no consent was recorded since.",
							   since),
					 errhint("Obtain the new owner's consent (an inbound START records it) before sending."),
					 errtablecol(rel, cfg->recipient.attnum)));
			break;
		default:
			ereport(ERROR,
					(errcode(ERRCODE_OPTED_OUT),
					 errmsg("opt_consent: attempt to send to unsubscribed recipient %s", number),
					 (info->category && strcmp(info->category, "*") != 0) ?
					 errdetail("The recipient opted out of category %s at scope \"%s\" on channel %s since %s.",
							   info->category, info->scope, info->channel, since) :
					 info->keyword ?
					 errdetail("The recipient opted out at scope \"%s\" on channel %s with keyword %s since %s.",
							   info->scope, info->channel, info->keyword, since) :
					 errdetail("The recipient opted out at scope \"%s\" on channel %s since %s.",
							   info->scope, info->channel, since),
					 errhint("The recipient must reply START (or another opt-in keyword) before you can send again; do not retry this message."),
					 errtablecol(rel, cfg->recipient.attnum)));
			break;
	}
	pg_unreachable();
}

/* May the role execute a function of opt_consent's of this name (any overload)? */
static bool
RoleMayCall(const char *fname, Oid roleid)
{
	const OptConsentCatalog *cat = OptConsentGetCatalog();
	CatCList   *list = SearchSysCacheList1(PROCNAMEARGSNSP, CStringGetDatum(fname));
	bool		ok = false;

	for (int i = 0; i < list->n_members && !ok; i++)
	{
		Form_pg_proc proc = (Form_pg_proc) GETSTRUCT(&list->members[i]->tuple);

		ok = proc->pronamespace == cat->namespace_oid &&
			OC_proc_aclcheck(proc->oid, roleid, ACL_EXECUTE) == ACLCHECK_OK;
	}
	ReleaseSysCacheList(list);
	return ok;
}

/*
 * May the inserting role send opt-out confirmations?  A claim uses up the
 * opt-out's one confirmation for every table of the database, and any role
 * can put this trigger on a table of its own: only a role that may record
 * opt-outs (EXECUTE on opt_consent.opt_out, the application's role) claims.
 */
static bool
MaySendConfirmations(void)
{
	return RoleMayCall("opt_out", GetUserId());
}

/*
 * Is relid listed in protected_tables (scan over its primary key, in
 * snap) under its present schema, name and owner?
 */
static bool
ListedAsProtected(Relation ptrel, Relation idx, Snapshot snap, Oid relid)
{
	HeapTuple	tp = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	Form_pg_class form;
	char	   *nspname;
	char	   *owner;
	text	   *keys[2];
	ScanKeyData key[2];
	TupleTableSlot *slot;
	IndexScanDesc scan;
	bool		listed = false;

	if (!HeapTupleIsValid(tp))
		return false;
	form = (Form_pg_class) GETSTRUCT(tp);
	nspname = get_namespace_name(form->relnamespace);
	owner = GetUserNameFromId(form->relowner, true);
	keys[0] = nspname ? cstring_to_text(nspname) : NULL;
	keys[1] = cstring_to_text(NameStr(form->relname));
	ReleaseSysCache(tp);
	if (keys[0] == NULL || owner == NULL)
		return false;

	for (int i = 0; i < 2; i++)
		ScanKeyEntryInitializeWithInfo(&key[i], 0, i + 1, BTEqualStrategyNumber,
									   InvalidOid, idx->rd_indcollation[i],
									   OptConsentTextEqInfo(),
									   PointerGetDatum(keys[i]));
	slot = table_slot_create(ptrel, NULL);
	scan = OC_index_beginscan(ptrel, idx, snap, 2, 0);
	index_rescan(scan, key, 2, NULL, 0);
	if (index_getnext_slot(scan, ForwardScanDirection, slot))
	{
		bool		isnull;
		Datum		d = slot_getattr(slot, 3, &isnull);	/* owner_name */

		listed = !isnull && strcmp(TextDatumGetCString(d), owner) == 0;
	}
	index_endscan(scan);
	ExecDropSingleTupleTableSlot(slot);
	return listed;
}

/*
 * Was this table (or a partitioned table it is a partition of) protected
 * with protect() under its present name and owner?  protect() lists it in
 * opt_consent.protected_tables, which its owner cannot write.  Mirrors
 * opt_consent.protected_with_protect() (which lint() uses), read here
 * without a query: this is asked once per transaction of each sending
 * table whose owner may not protect tables.
 */
static bool
TableProtectedByProtect(Relation rel)
{
	Oid			nsp = OptConsentGetCatalog()->namespace_oid;
	Oid			ptrelid = get_relname_relid("protected_tables", nsp);
	Oid			pkeyid = get_relname_relid("protected_tables_pkey", nsp);
	Relation	ptrel;
	Relation	idx;
	Snapshot	snap;
	bool		listed;

	if (!OidIsValid(ptrelid) || !OidIsValid(pkeyid))
		return false;
	/* lock, then take the snapshot (see ReadScopeRow) */
	ptrel = table_open(ptrelid, AccessShareLock);
	idx = index_open(pkeyid, AccessShareLock);
	snap = RegisterSnapshot(IsInParallelMode() ? GetActiveSnapshot() : GetLatestSnapshot());
	listed = ListedAsProtected(ptrel, idx, snap, RelationGetRelid(rel));
	if (!listed && rel->rd_rel->relispartition)
	{
		List	   *ancestors = get_partition_ancestors(RelationGetRelid(rel));
		ListCell   *lc;

		foreach(lc, ancestors)
		{
			if ((listed = ListedAsProtected(ptrel, idx, snap, lfirst_oid(lc))))
				break;
		}
		list_free(ancestors);
	}
	UnregisterSnapshot(snap);
	index_close(idx, AccessShareLock);
	table_close(ptrel, AccessShareLock);
	return listed;
}

/*
 * Do the sends of this trigger's table count toward frequency caps?  The
 * counts are shared by every table of the database, and any role can put
 * this trigger on a table of its own: counting there would let a role with
 * no privilege use up (or, holding the cap's lock, stall) other senders'
 * caps.  A table counts when its owner may protect tables (EXECUTE on
 * opt_consent.protect, or superuser), or when protect() was run on it (by
 * a superuser, say, on a table of the application's role); elsewhere caps
 * are checked but nothing is counted (opt_consent.lint() names such
 * tables).  Looked up once per transaction.
 */
static bool
TableMayCount(const TriggerConfig *cfg, Relation rel)
{
	TriggerConfig *cache = unconstify(TriggerConfig *, cfg);

	if (cache->may_count_lxid != OC_MyLocalTransactionId())
	{
		cache->may_count = RoleMayCall("protect", rel->rd_rel->relowner) ||
			(OptConsentGetCatalog()->v12 && TableProtectedByProtect(rel));
		cache->may_count_lxid = OC_MyLocalTransactionId();
	}
	return cache->may_count;
}

/*
 * The key of the blocking opt-out's confirmation ($1 to $4: recipient,
 * scope, channel, since), or false when the block has none: it is not an
 * opt-out, or its confirmation window is over.
 */
static bool
ConfirmationKey(uint64 recipient, const BlockInfo *info, TimestampTz now,
				bool windowed, Datum *values)
{
	int64		from;
	int64		until;

	/*
	 * Within the window of since, on either side: an opt-out replicated from
	 * a hub whose clock runs ahead is confirmed at once, one recorded for a
	 * time far ahead (an import) is not.  (Near the ends of the range the
	 * window has no end on that side.)
	 */
	if (TIMESTAMP_NOT_FINITE(info->since))
		return false;			/* (an opt-out at infinity is not confirmed) */
	if (pg_sub_s64_overflow(info->since, opt_consent_confirmation_window, &from))
		from = PG_INT64_MIN;
	if (pg_add_s64_overflow(info->since, opt_consent_confirmation_window, &until))
		until = PG_INT64_MAX;
	if (info->kind != BLOCK_OPT_OUT || (windowed && (now > until || now < from)))
		return false;
	values[0] = Int64GetDatum((int64) recipient);
	values[1] = CStringGetTextDatum(info->scope);
	values[2] = CStringGetTextDatum(info->channel);
	values[3] = TimestampTzGetDatum(info->since);
	return true;
}

/*
 * How a confirmation row is checked: written (or its mapped columns
 * changed) as a send or only queued (a table with recheck=, the row not in
 * one of its values); dispatched (into a recheck value from another); or
 * moving on between recheck values after its dispatch passed.
 */
typedef enum ConfirmMode
{
	CONFIRM_QUEUE,				/* INSERT of a row only queued */
	CONFIRM_REQUEUE,			/* UPDATE (mapped columns) of a row only queued */
	CONFIRM_SEND,
	CONFIRM_DISPATCH,
	CONFIRM_CONTINUE
} ConfirmMode;

/*
 * One statement on the claims of confirmations, with the latest committed
 * state, as the check reads everything: in a REPEATABLE READ or
 * SERIALIZABLE transaction its own snapshot would miss a claim committed
 * since it began (a second confirmation would pass), and a write that met
 * one failed with a serialization error (40001) that took the whole batch
 * with it.
 */
static int
ConfirmationSpi(const char *query, int nargs, Oid *argtypes, Datum *values,
				const char *nulls, bool read_only, long tcount)
{
	SPIPlanPtr	plan = SPI_prepare(query, nargs, argtypes);

	if (plan == NULL)
		elog(ERROR, "could not prepare a query of the opt-out confirmations");
	return SPI_execute_snapshot(plan, values, nulls, GetLatestSnapshot(),
								InvalidSnapshot, read_only, true, tcount);
}

/*
 * One write of the claims (ConfirmationSpi, expected result expect): the
 * rows it processed, or -1 when another session's claim won.  In a
 * REPEATABLE READ or SERIALIZABLE transaction a write that meets another
 * session's claim (its insert of the same key, its delete or update of the
 * same row: waited for, then committed) raises 40001 whatever snapshot it
 * ran with, where READ COMMITTED does nothing and goes on.  There, the
 * write runs in a subtransaction, and that error means the other claim
 * won: nothing done.  Any other error is raised again, the subtransaction
 * rolled back first (as PL/pgSQL's exception blocks do).
 */
static int64
ClaimWrite(const char *query, int nargs, Oid *argtypes, Datum *values,
		   const char *nulls, int expect)
{
	MemoryContext cxt = CurrentMemoryContext;
	ResourceOwner owner = CurrentResourceOwner;
	volatile int64 processed = -1;

	if (!IsolationUsesXactSnapshot())
	{
		if (ConfirmationSpi(query, nargs, argtypes, values, nulls, false, 0) != expect)
			elog(ERROR, "could not record the opt-out confirmation");
		return (int64) SPI_processed;
	}
	BeginInternalSubTransaction(NULL);
	MemoryContextSwitchTo(cxt);
	PG_TRY();
	{
		if (ConfirmationSpi(query, nargs, argtypes, values, nulls, false, 0) != expect)
			elog(ERROR, "could not record the opt-out confirmation");
		processed = (int64) SPI_processed;
		ReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(cxt);
		CurrentResourceOwner = owner;
	}
	PG_CATCH();
	{
		ErrorData  *edata;

		MemoryContextSwitchTo(cxt);
		edata = CopyErrorData();
		FlushErrorState();
		RollbackAndReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(cxt);
		CurrentResourceOwner = owner;
		if (edata->sqlerrcode != ERRCODE_T_R_SERIALIZATION_FAILURE)
			ReThrowError(edata);
		FreeErrorData(edata);
		processed = -1;
	}
	PG_END_TRY();
	return processed;
}

/*
 * The one confirmation of an opt-out (FCC): a row whose purpose is
 * opt_out_confirmation passes if the blocking opt-out is recent enough and
 * its confirmation was not claimed yet.  The claim is a row of
 * opt_consent.confirmations (1.1: the suppression's confirmed_at), so a
 * second one (even a concurrent one: it waits for ours, then finds it) is
 * blocked as usual.  sent: the row goes out now (else dispatched_at is left
 * for its dispatch).
 */
static bool
ClaimConfirmation(uint64 recipient, const BlockInfo *info, bool sent)
{
	const OptConsentCatalog *cat = OptConsentGetCatalog();
	Oid			argtypes[6] = {cat->e164_typid, TEXTOID, TEXTOID, TIMESTAMPTZOID,
	TIMESTAMPTZOID, TIMESTAMPTZOID};
	Datum		values[6];
	char		nulls[7] = "      ";
	OwnerSpi	spi;
	bool		claimed;
	TimestampTz now = GetCurrentTimestamp();
	bool		v12;

	if (!ConfirmationKey(recipient, info, now, true, values) ||
		!MaySendConfirmations())
		return false;
	/* 1.2: claims are rows of opt_consent.confirmations; 1.1: a column */
	v12 = OidIsValid(get_relname_relid("confirmations", cat->namespace_oid));
	if (!v12 && get_attnum(cat->suppressions_relid, "confirmed_at") == InvalidAttrNumber)
		return false;
	values[4] = TimestampTzGetDatum(now - opt_consent_confirmation_window);
	/* (the row is sent now, or only queued: its dispatch sends it) */
	values[5] = TimestampTzGetDatum(now);
	if (!sent)
		nulls[5] = 'n';

	OwnerSpiBegin(&spi);
	if (v12)
	{
		/*
		 * A local table, not the (replicated, read-only on a spoke)
		 * suppressions: the confirmation works on a spoke too.  Claims
		 * whose window is over are pruned as the recipient's next one is
		 * made, a write of its own (another session's prune meeting it is
		 * nothing lost, and does not make this claim fail); then the claim,
		 * which a concurrent claim of the same opt-out waits for, then
		 * finds.
		 */
		(void) ClaimWrite("DELETE FROM opt_consent.confirmations"
						  " WHERE recipient OPERATOR(opt_consent.=) $1"
						  "   AND since OPERATOR(pg_catalog.<) $5",
						  5, argtypes, values, NULL, SPI_OK_DELETE);
		claimed = ClaimWrite("INSERT INTO opt_consent.confirmations"
							 " (recipient, scope, channel, since, dispatched_at)"
							 " VALUES ($1, $2, $3, $4, $6) ON CONFLICT DO NOTHING",
							 6, argtypes, values, nulls, SPI_OK_INSERT) == 1;
	}
	else
		claimed = ClaimWrite("UPDATE opt_consent.suppressions"
							 "   SET confirmed_at = pg_catalog.clock_timestamp()"
							 " WHERE recipient OPERATOR(opt_consent.=) $1"
							 "   AND scope OPERATOR(pg_catalog.=) $2"
							 "   AND channel OPERATOR(pg_catalog.=) $3"
							 "   AND kind OPERATOR(pg_catalog.=) 'opt_out'"
							 "   AND since OPERATOR(pg_catalog.=) $4"
							 "   AND confirmed_at IS NULL",
							 4, argtypes, values, NULL, SPI_OK_UPDATE) == 1;
	OwnerSpiEnd(&spi);
	return claimed;
}

/*
 * Set the dispatched_at of the claim with the key values (ConfirmationKey)
 * if no row was dispatched with it yet: did it?
 */
static bool
SetDispatched(Datum *values)
{
	Oid			argtypes[4] = {OptConsentGetCatalog()->e164_typid, TEXTOID, TEXTOID,
	TIMESTAMPTZOID};
	OwnerSpi	spi;
	bool		set;

	OwnerSpiBegin(&spi);
	set = ClaimWrite("UPDATE opt_consent.confirmations"
					 "   SET dispatched_at = pg_catalog.clock_timestamp()"
					 " WHERE recipient OPERATOR(opt_consent.=) $1"
					 "   AND scope OPERATOR(pg_catalog.=) $2"
					 "   AND channel OPERATOR(pg_catalog.=) $3"
					 "   AND since OPERATOR(pg_catalog.=) $4"
					 "   AND dispatched_at IS NULL",
					 4, argtypes, values, NULL, SPI_OK_UPDATE) == 1;
	OwnerSpiEnd(&spi);
	return set;
}

/*
 * The dispatch of a confirmation row (recheck=: an UPDATE that sets the
 * column to one of its values from another): the opt-out's one
 * confirmation goes out with the first row dispatched, whichever row
 * claimed it when queued; a second one is blocked, also a row that was
 * blocked (marked) when queued, then put back and dispatched.  The claim
 * is taken now if no row took it (a row queued before the opt-out), else
 * its dispatched_at is set if no row was dispatched with it yet.  A
 * concurrent dispatch of another row waits for ours, then finds it.
 * (1.1 SQL has no opt_consent.confirmations, and no recheck=: none passes.)
 */
static bool
DispatchConfirmation(uint64 recipient, const BlockInfo *info)
{
	const OptConsentCatalog *cat = OptConsentGetCatalog();
	Datum		values[4];

	if (!OidIsValid(get_relname_relid("confirmations", cat->namespace_oid)))
		return false;			/* (recheck= is 1.2 SQL, which has the table) */
	if (!ConfirmationKey(recipient, info, GetCurrentTimestamp(), true, values) ||
		!MaySendConfirmations())
		return false;
	if (ClaimConfirmation(recipient, info, true))
		return true;
	return SetDispatched(values);
}

/*
 * The claim this row made, queued, when it goes out after all (a later
 * BEFORE trigger put it in a recheck value): its dispatched_at is set, so
 * no other row's dispatch passes.
 */
static void
MarkConfirmationSent(uint64 recipient, const BlockInfo *info)
{
	const OptConsentCatalog *cat = OptConsentGetCatalog();
	Datum		values[4];

	if (!ConfirmationKey(recipient, info, GetCurrentTimestamp(), false, values) ||
		!OidIsValid(get_relname_relid("confirmations", cat->namespace_oid)))
		return;
	(void) SetDispatched(values);
}

/*
 * Was the opt-out's one confirmation claimed already, within its window?
 * Or (dispatched) sent with a row, whenever: a row that passed its dispatch
 * and moves on between the recheck values (sending -> sent) is checked
 * again, and must still pass, also once the window is over.
 */
static bool
ConfirmationClaimed(uint64 recipient, const BlockInfo *info, bool dispatched)
{
	const OptConsentCatalog *cat = OptConsentGetCatalog();
	Oid			argtypes[4] = {cat->e164_typid, TEXTOID, TEXTOID, TIMESTAMPTZOID};
	Datum		values[4];
	OwnerSpi	spi;
	bool		found;

	if (!ConfirmationKey(recipient, info, GetCurrentTimestamp(), !dispatched, values) ||
		!OidIsValid(get_relname_relid("confirmations", cat->namespace_oid)))
		return false;
	OwnerSpiBegin(&spi);
	if (ConfirmationSpi(dispatched ?
							  "SELECT 1 FROM opt_consent.confirmations"
							  " WHERE recipient OPERATOR(opt_consent.=) $1"
							  "   AND scope OPERATOR(pg_catalog.=) $2"
							  "   AND channel OPERATOR(pg_catalog.=) $3"
							  "   AND since OPERATOR(pg_catalog.=) $4"
							  "   AND dispatched_at IS NOT NULL" :
							  "SELECT 1 FROM opt_consent.confirmations"
							  " WHERE recipient OPERATOR(opt_consent.=) $1"
							  "   AND scope OPERATOR(pg_catalog.=) $2"
							  "   AND channel OPERATOR(pg_catalog.=) $3"
							  "   AND since OPERATOR(pg_catalog.=) $4",
							  4, argtypes, values, NULL, true, 1) != SPI_OK_SELECT)
		elog(ERROR, "could not read the opt-out confirmations");
	found = (SPI_processed > 0);
	OwnerSpiEnd(&spi);
	return found;
}

/* The row with status (and error_code) set for mark mode */
static HeapTuple
MarkRowCode(Relation rel, const TriggerConfig *cfg, HeapTuple tuple, Datum code)
{
	int			cols[2];
	Datum		values[2];
	bool		nulls[2] = {false, false};
	int			n = 0;

	cols[n] = cfg->status.attnum;
	values[n++] = cfg->blocked_status;
	if (cfg->error_code.attnum != InvalidAttrNumber)
	{
		cols[n] = cfg->error_code.attnum;
		values[n++] = code;
	}
	return heap_modify_tuple_by_cols(tuple, RelationGetDescr(rel), n, cols, values, nulls);
}

#define MarkRow(rel, cfg, tuple, invalid) \
	MarkRowCode(rel, cfg, tuple, (invalid) ? (cfg)->code_invalid : (cfg)->code_blocked)

/*
 * What a row asks for: its recipient, channel family and scopes.  The
 * columns that only a possible block needs (sender, service, purpose) are
 * read when first asked for (RowSendScopes, IsConfirmation): most rows are
 * answered by the filter without them.
 */
struct RowSend
{
	bool		recipient_null;
	bool		recipient_invalid;
	uint64		recipient;
	const char *str;			/* the text recipient (without channel prefix) */
	int			len;
	E164ParseResult parse;		/* when recipient_invalid */
	const char *family;
	const char *alt_family;		/* the prefix's, when the column names another */
	const char *column_family;	/* the column's, while SendBlocked checks the prefix's */
	bool		quiet_applies;	/* QuietPrepareSend's answer */
	const char *category;		/* NUL-terminated; NULL: none or not mapped */
	/* read on demand (rest_read), from the row below */
	bool		rest_read;
	RowScopes	rs;
	const char *purpose;
	int			purpose_len;
	const TriggerConfig *cfg;
	HeapTuple	tuple;
	TupleTableSlot *slot;
	TupleDesc	tupdesc;
};

/* How a table reads national recipients: its own country, else the session's (SPEC 11) */
static inline const char *
TableCountry(const TriggerConfig *cfg)
{
	return cfg->country[0] ? cfg->country : opt_consent_default_country_code;
}

/*
 * Read the mapped columns of a row (channel errors raise 22023).  slot:
 * the trigger's slot holding the same row, or NULL.
 */
static void
ReadRowSend(const TriggerConfig *cfg, Relation rel, HeapTuple tuple, TupleTableSlot *slot,
			TupleDesc tupdesc, RowSend *send)
{
	bool		isnull;
	Datum		d;
	int			len;
	char	   *s;
	const char *prefix = NULL;	/* the recipient's channel prefix, if any */
	int			prefix_len = 0;

	send->recipient_null = false;
	send->recipient_invalid = false;
	send->recipient = 0;
	send->str = NULL;
	send->len = 0;
	send->family = NULL;
	send->alt_family = NULL;
	send->column_family = NULL;
	send->quiet_applies = false;
	send->category = NULL;
	send->rest_read = false;
	send->cfg = cfg;
	send->tuple = tuple;
	send->slot = slot;
	send->tupdesc = tupdesc;

	d = HeadAttr(tuple, slot, tupdesc, cfg->recipient.attnum, &isnull);
	if (isnull)
		send->recipient_null = true;
	else if (cfg->recipient_is_e164)
	{
		send->recipient = (uint64) DatumGetInt64(d);
		FilterPrefetch(send->recipient);
	}
	else
	{
		const char *str = ColumnChars(&cfg->recipient, d, &len);
		int			plen;
		int			start;

		plen = ChannelPrefixLength(str, len, &start);
		if (plen > 0)
		{
			prefix = str + start;
			prefix_len = plen - start - 1;
		}
		send->str = str + plen;
		send->len = len - plen;
		e164_parse(send->str, send->len, TableCountry(cfg), &send->parse);
		if (send->parse.status == E164_OK)
		{
			send->recipient = send->parse.value;
			FilterPrefetch(send->recipient);
		}
		else
			send->recipient_invalid = true;
	}

	/*
	 * the channel: its column, else the recipient's prefix, else sms (read
	 * now: a bad channel is an error, 22023, whatever the recipient).  The
	 * provider routes by the prefix: a row to "whatsapp:+1..." goes out on
	 * WhatsApp whatever a channel column says, so a column left NULL (or
	 * empty) does not hide the prefix, and a column that names another
	 * family leaves the prefix's to be checked too (alt_family: blocked if
	 * either is).
	 */
	if (cfg->channel.attnum != InvalidAttrNumber)
	{
		d = HeadAttr(tuple, slot, tupdesc, cfg->channel.attnum, &isnull);
		if (!isnull && (s = ColumnChars(&cfg->channel, d, &len), len > 0))
			send->family = ChannelFamily(s, len);
	}
	if (prefix != NULL)
	{
		const char *pf = ChannelFamily(prefix, prefix_len);

		if (send->family == NULL)
			send->family = pf;
		else if (strcmp(pf, send->family) != 0)
			send->alt_family = pf;
	}
	if (send->family == NULL)
		send->family = "sms";
	/* "all" covers every channel in a suppression; a message goes out on one */
	if (strcmp(send->family, "all") == 0 ||
		(send->alt_family != NULL && strcmp(send->alt_family, "all") == 0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid channel \"all\" for a message"),
				 errdetail("\"all\" covers every channel in an opt-out or Do Not Disturb; a message is sent on one channel."),
				 errhint("Give the row's channel (sms, whatsapp, ...) in the channel column or as the recipient's prefix.")));

	if (cfg->category.attnum != InvalidAttrNumber)
	{
		d = HeadAttr(tuple, slot, tupdesc, cfg->category.attnum, &isnull);
		if (!isnull)
		{
			/*
			 * an unregistered category is an error in every mode (23503),
			 * the empty string too; '*' (every category) is a message not
			 * labelled, as NULL is
			 */
			s = ColumnChars(&cfg->category, d, &len);
			if (!CheckCategoryOf(s, len, rel, cfg->category.attnum))
				send->category = pnstrdup(s, len);
		}
	}
}

/* The columns of a send that ReadRowSend leaves for later */
static void
ReadRowSendRest(RowSend *send)
{
	const TriggerConfig *cfg = send->cfg;

	if (send->rest_read)
		return;
	/* the slot's row deformed once, up to the last column read below */
	if (send->slot != NULL)
		slot_getsomeattrs(send->slot, cfg->read_natts);
	send->rs.sender = GetTextColumn(&cfg->sender, send->tuple, send->slot, send->tupdesc,
									&send->rs.sender_len);
	send->rs.service = GetTextColumn(&cfg->service, send->tuple, send->slot, send->tupdesc,
									 &send->rs.service_len);
	send->purpose = GetTextColumn(&cfg->purpose, send->tuple, send->slot, send->tupdesc,
								  &send->purpose_len);
	send->rest_read = true;
}

static const RowScopes *
RowSendScopes(RowSend *send)
{
	ReadRowSendRest(send);
	return &send->rs;
}

static bool
IsConfirmation(RowSend *send)
{
	ReadRowSendRest(send);
	return send->purpose != NULL &&
		send->purpose_len == strlen(CONFIRMATION_PURPOSE) &&
		memcmp(send->purpose, CONFIRMATION_PURPOSE, send->purpose_len) == 0;
}

/*
 * Is the send blocked?  The latest committed state, not the transaction's
 * snapshot (LookupBlock takes it, unless the shared-memory filter answers).
 * The snapshot need not be registered: it is only used by the scans of
 * suppressions and consents, and nothing takes another latest snapshot in
 * between (GetLatestSnapshot() overwrites the one static snapshot: a check
 * that reads consents reads the scope chain before it, see
 * LookupBlockSlow); our transaction's own xmin keeps what it sees from
 * being pruned.
 *
 * *claimed (when not NULL) says whether the send passed because it claimed
 * the opt-out's one confirmation.  final_cfg: the final check of a row of
 * that table, which must not claim twice the confirmation that this row's
 * own BEFORE check claimed (TakeClaimed).
 */
static bool TakeClaimed(const TriggerConfig *cfg, uint64 recipient,
						const BlockInfo *info);

static bool SendBlockedOn(RowSend *send, BlockInfo *info, const TriggerConfig *final_cfg,
						  bool *claimed, ConfirmMode mode, bool confirmable);

static bool
SendBlocked(RowSend *send, BlockInfo *info, const TriggerConfig *final_cfg,
			bool *claimed, ConfirmMode mode)
{
	const char *family = send->family;
	bool		blocked;

	if (send->alt_family == NULL)
		return SendBlockedOn(send, info, final_cfg, claimed, mode, true);

	/*
	 * The recipient's prefix names another family than the channel column:
	 * blocked if either blocks.  The column's first, as an ordinary send:
	 * an opt-out's one confirmation passes, and is claimed, only on the
	 * family the provider sends it on (the prefix's), so that a row claims
	 * at most one confirmation and none when it is blocked after all.  The
	 * column's pass leaves suppressions on 'all' to the prefix's, which
	 * sees them too (the confirmation of an opt-out on 'all' passes).
	 */
	if (claimed)
		*claimed = false;
	if (SendBlockedOn(send, info, final_cfg, NULL, mode, false))
		return true;
	send->family = send->alt_family;
	send->column_family = family;
	blocked = SendBlockedOn(send, info, final_cfg, claimed, mode, true);
	send->family = family;
	send->column_family = NULL;
	return blocked;
}

/*
 * After a claim this row made: the claim may have waited for another
 * session's claim of the same opt-out (which then rolled back), and a DND
 * committed meanwhile is not in what the check read before the wait.  The
 * send is looked up again: a DND of the chain, or another kind of block,
 * refuses it after all (*info says which).
 */
static bool
ConfirmationStillPasses(RowSend *send, BlockInfo *info)
{
	BlockInfo	again;

	/*
	 * (a row whose prefix names another family than its channel column:
	 * the column's is asked again too, as SendBlocked's first pass asks it)
	 */
	if (send->column_family != NULL)
	{
		const char *family = send->family;
		bool		blocked;

		send->family = send->column_family;
		blocked = LookupBlock(send->recipient, send->family, send->category, NULL,
							  BuildChainFromRow, send, &again, true);
		send->family = family;
		if (blocked)
		{
			*info = again;
			return false;
		}
	}
	if (!LookupBlock(send->recipient, send->family, send->category, NULL,
					 BuildChainFromRow, send, &again, false))
		return true;
	if (again.dnd != NULL)
		*info = *again.dnd;
	else if (again.kind != BLOCK_OPT_OUT)
		*info = again;
	else
		return true;
	return false;
}

static bool
SendBlockedOn(RowSend *send, BlockInfo *info, const TriggerConfig *final_cfg,
			  bool *claimed, ConfirmMode mode, bool confirmable)
{
	if (claimed)
		*claimed = false;
	if (LookupBlock(send->recipient, send->family, send->category, NULL,
					BuildChainFromRow, send, info, !confirmable))
	{
		bool		pass = false;
		bool		made = false;	/* this row made the claim or the dispatch */

		/*
		 * the opt-out's one confirmation message, unless a DND of the chain
		 * blocks the row too (then reported: the DND is what refuses it)
		 */
		if (confirmable && info->dnd != NULL && IsConfirmation(send))
			*info = *info->dnd;
		else if (confirmable && IsConfirmation(send))
		{
			if (final_cfg && TakeClaimed(final_cfg, send->recipient, info))
			{
				/* (claimed queued by this row's BEFORE check: sent after all?) */
				if (mode != CONFIRM_QUEUE && mode != CONFIRM_REQUEUE)
					MarkConfirmationSent(send->recipient, info);
				pass = true;
			}
			else
				switch (mode)
				{
					case CONFIRM_QUEUE:
					case CONFIRM_SEND:
						pass = made = ClaimConfirmation(send->recipient, info, mode == CONFIRM_SEND);
						break;
					case CONFIRM_REQUEUE:
						/*
						 * A queued row changed: its dispatch decides, so it
						 * may stay queued if the opt-out's confirmation is
						 * claimed (by it, as likely as not)
						 */
						pass = ClaimConfirmation(send->recipient, info, false) ||
							ConfirmationClaimed(send->recipient, info, false);
						break;
					case CONFIRM_DISPATCH:
						pass = made = DispatchConfirmation(send->recipient, info);
						break;
					case CONFIRM_CONTINUE:
						pass = ConfirmationClaimed(send->recipient, info, true);
						break;
				}
		}
		if (pass && made && !ConfirmationStillPasses(send, info))
			pass = false;
		if (pass)
		{
			/* (only a claim this row made is its own: see RememberClaimed) */
			if (claimed)
				*claimed = made;
			return false;
		}
		return true;
	}
	return false;
}

/*
 * Confirmations claimed by the BEFORE check while later BEFORE triggers
 * were still to fire: a count per claim (the table and the opt-out's
 * confirmation key), so that the final check (AFTER ROW) of the same row,
 * which looks again, does not try to claim the one confirmation a second
 * time, also when a later trigger changed the row's sender, service or
 * other columns but the same opt-out blocks it.  A claim is made once, so
 * at most one stored row can use an entry.  Kept for the transaction;
 * final_checks_armed tells the final trigger's WHEN clause that there is
 * anything to look at.
 */
static HTAB *checked_rows = NULL;
static HTAB *counted_rows = NULL;	/* see RememberCounted */
static HTAB *moved_rows = NULL;		/* see RememberMoved */

/*
 * the keys RememberCounted and RememberClaimed left last (for a pending
 * move: its UPDATE's final check never fires, see AddPendingMove)
 */
static uint64 last_counted_key = 0;
static bool last_counted_set = false;
static uint64 last_claimed_key = 0;
static bool last_claimed_set = false;

/* a moved row checked as an insert (see enforce()): never skipped */
typedef enum MovedRowCheck
{
	MOVED_NOT,
	MOVED_CHANGED,				/* its send changed on the way */
	MOVED_BECAME_DISPATCH		/* the same send, now a dispatch */
} MovedRowCheck;
static MovedRowCheck moved_row_check = MOVED_NOT;

/* on_block or on_quiet for this row: skip is an error for a moved row */
#define UnlessMoved(mode) \
	(moved_row_check != MOVED_NOT && (mode) == ON_BLOCK_SKIP ? ON_BLOCK_ERROR : (mode))
static bool final_checks_armed = false;

/* An entry of checked_rows and counted_rows: how many rows left it */
typedef struct KeyCount
{
	uint64		key;
	int64		count;
	SubTransactionId subid;		/* where it was last left */
} KeyCount;

/* Leave a key in a table of the transaction (made at the first) */
static void
KeyCountAdd(HTAB **table, const char *name, uint64 key)
{
	KeyCount   *entry;
	bool		found;

	if (*table == NULL)
	{
		HASHCTL		ctl;

		memset(&ctl, 0, sizeof(ctl));
		ctl.keysize = sizeof(uint64);
		ctl.entrysize = sizeof(KeyCount);
		ctl.hcxt = TopTransactionContext;
		*table = hash_create(name, 64, &ctl, HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	}
	entry = hash_search(*table, &key, HASH_ENTER, &found);
	entry->count = found ? entry->count + 1 : 1;
	entry->subid = GetCurrentSubTransactionId();
}

/* Take one of a key left in a table: false if there is none */
static bool
KeyCountTake(HTAB *table, uint64 key)
{
	KeyCount   *entry;

	if (table == NULL)
		return false;
	entry = hash_search(table, &key, HASH_FIND, NULL);
	if (entry == NULL)
		return false;
	if (--entry->count == 0)
		hash_search(table, &key, HASH_REMOVE, NULL);
	return true;
}

static void PendingMovesSubAbort(SubTransactionId mySubid);

static void
EnforceXactCallback(XactEvent event, void *arg)
{
	switch (event)
	{
		case XACT_EVENT_COMMIT:
		case XACT_EVENT_ABORT:
		case XACT_EVENT_PARALLEL_COMMIT:
		case XACT_EVENT_PARALLEL_ABORT:
		case XACT_EVENT_PREPARE:
			/* the memory goes with TopTransactionContext */
			checked_rows = NULL;
			counted_rows = NULL;
			moved_rows = NULL;
			PendingMovesSubAbort(InvalidSubTransactionId + 1);	/* (all of them) */
			final_checks_armed = false;
			break;
		default:
			break;
	}
}

/*
 * A subtransaction aborted: the slots taken in it (and in those it held)
 * are gone (see counted_rows); subtransactions opened later have larger ids
 */
static void
EnforceSubXactCallback(SubXactEvent event, SubTransactionId mySubid,
					   SubTransactionId parentSubid, void *arg)
{
	HASH_SEQ_STATUS status;
	KeyCount   *entry;

	if (event != SUBXACT_EVENT_ABORT_SUB)
		return;
	PendingMovesSubAbort(mySubid);	/* (the pending moves of UPDATEs in it) */
	/* (and the confirmations claimed in it, the moves made in it) */
	for (int t = 0; t < 3; t++)
	{
		HTAB	   *table = t == 0 ? counted_rows : t == 1 ? checked_rows : moved_rows;

		if (table == NULL)
			continue;
		hash_seq_init(&status, table);
		while ((entry = hash_seq_search(&status)) != NULL)
			if (entry->subid >= mySubid)
				hash_search(table, &entry->key, HASH_REMOVE, NULL);
	}
}

void
EnforceInit(void)
{
	RegisterXactCallback(EnforceXactCallback, NULL);
	RegisterSubXactCallback(EnforceSubXactCallback, NULL);
}

static void
HashPart(uint64 *h, const void *data, int len)
{
	*h = hash_bytes_extended((const unsigned char *) data, len, *h);
}

/* A string that may be absent (NULL): its length, or -1, then its bytes */
static inline void
HashOptional(uint64 *h, const char *s, int len)
{
	int32		n = s ? len : -1;

	HashPart(h, &n, sizeof(n));
	if (s)
		HashPart(h, s, len);
}

/* A hash of the table and the opt-out whose confirmation a row claimed */
static uint64
ClaimKey(const TriggerConfig *cfg, uint64 recipient, const BlockInfo *info)
{
	uint64		h = 0;

	HashPart(&h, &cfg->relid, sizeof(Oid));
	HashPart(&h, &recipient, sizeof(recipient));
	HashPart(&h, info->scope, strlen(info->scope) + 1);
	HashPart(&h, info->channel, strlen(info->channel) + 1);
	HashPart(&h, &info->since, sizeof(info->since));
	return h;
}

static void
RememberClaimed(const TriggerConfig *cfg, uint64 recipient, const BlockInfo *info)
{
	last_claimed_key = ClaimKey(cfg, recipient, info);
	last_claimed_set = true;
	KeyCountAdd(&checked_rows, "opt_consent checked rows", last_claimed_key);
}

static bool
TakeClaimed(const TriggerConfig *cfg, uint64 recipient, const BlockInfo *info)
{
	return KeyCountTake(checked_rows, ClaimKey(cfg, recipient, info));
}

/*
 * final_check_armed(): the WHEN clause of opt_consent_enforce_final.  True
 * once a BEFORE check in this transaction let a row through to later
 * BEFORE triggers, so that tables without such triggers queue no AFTER
 * event at all.
 */
PG_FUNCTION_INFO_V1(final_check_armed);
Datum
final_check_armed(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(final_checks_armed);
}

/*
 * Is the recheck column of a row one of the dispatch values?  As the
 * column's type and collation compare them: the application's worker
 * writes 'Sending' to a citext column and reads it back as 'sending'.
 */
static bool
IsRecheckValue(const TriggerConfig *cfg, HeapTuple tuple, TupleDesc tupdesc)
{
	bool		isnull;
	Datum		d;
	int			len;
	const char *v;

	d = heap_getattr(tuple, cfg->recheck.attnum, tupdesc, &isnull);
	if (isnull)
		return false;
	if (cfg->recheck_by_eq)
	{
		for (int i = 0; i < cfg->recheck_nvalues; i++)
			if (DatumGetBool(FunctionCall2Coll((FmgrInfo *) &cfg->recheck_eq,
											   cfg->recheck_collation, d,
											   cfg->recheck_datums[i])))
				return true;
		return false;
	}
	v = ColumnChars(&cfg->recheck, d, &len);
	for (int i = 0; i < cfg->recheck_nvalues; i++)
		if (strlen(cfg->recheck_values[i]) == (size_t) len &&
			memcmp(cfg->recheck_values[i], v, len) == 0)
			return true;
	return false;
}

/*
 * Does an UPDATE dispatch the row (SPEC 9.2): set the recheck column to one
 * of its values, from a different value?
 */
static bool
RecheckTriggered(const TriggerConfig *cfg, HeapTuple oldtup, HeapTuple newtup,
				 TupleDesc tupdesc)
{
	return cfg->recheck.attnum != InvalidAttrNumber &&
		ColumnChanged(&cfg->recheck, oldtup, newtup, tupdesc) &&
		IsRecheckValue(cfg, newtup, tupdesc);
}

/* Did a mapped column change between the two versions of an updated row? */
static bool
MappedColumnsChanged(const TriggerConfig *cfg, HeapTuple oldtup,
					 HeapTuple newtup, TupleDesc tupdesc)
{
	return ColumnChanged(&cfg->recipient, oldtup, newtup, tupdesc) ||
		ColumnChanged(&cfg->category, oldtup, newtup, tupdesc) ||
		ColumnChanged(&cfg->sender, oldtup, newtup, tupdesc) ||
		ColumnChanged(&cfg->service, oldtup, newtup, tupdesc) ||
		ColumnChanged(&cfg->channel, oldtup, newtup, tupdesc) ||
		ColumnChanged(&cfg->purpose, oldtup, newtup, tupdesc) ||
		ColumnChanged(&cfg->send_at, oldtup, newtup, tupdesc) ||
		ColumnChanged(&cfg->region, oldtup, newtup, tupdesc) ||
		ColumnChanged(&cfg->timezone, oldtup, newtup, tupdesc);
}

/* How a confirmation row in this write is checked (see ConfirmMode) */
static ConfirmMode
ConfirmModeOf(const TriggerConfig *cfg, HeapTuple oldtup, HeapTuple newtup,
			  TupleDesc tupdesc, bool dispatch)
{
	if (cfg->recheck.attnum == InvalidAttrNumber)
		return CONFIRM_SEND;
	if (dispatch)
		return (IsRecheckValue(cfg, oldtup, tupdesc) &&
				!MappedColumnsChanged(cfg, oldtup, newtup, tupdesc)) ?
			CONFIRM_CONTINUE : CONFIRM_DISPATCH;
	if (IsRecheckValue(cfg, newtup, tupdesc))
		return CONFIRM_SEND;
	return oldtup != NULL ? CONFIRM_REQUEUE : CONFIRM_QUEUE;
}

/* Does the stored row carry the blocked status of mark mode? */
static bool
RowIsMarked(const TriggerConfig *cfg, HeapTuple tuple, TupleDesc tupdesc)
{
	bool		isnull;
	Datum		d;

	if (cfg->on_block != ON_BLOCK_MARK && cfg->on_quiet != ON_BLOCK_MARK)
		return false;
	d = heap_getattr(tuple, cfg->status.attnum, tupdesc, &isnull);
	if (isnull)
		return false;
	/* status is a varlena string type (ColumnTypeFits): compare the bytes */
	{
		text	   *stored = DatumGetTextPP(d);
		text	   *marked = DatumGetTextPP(cfg->blocked_status);

		return VARSIZE_ANY_EXHDR(stored) == VARSIZE_ANY_EXHDR(marked) &&
			memcmp(VARDATA_ANY(stored), VARDATA_ANY(marked),
				   VARSIZE_ANY_EXHDR(stored)) == 0;
	}
}


/* A text column of the row as a NUL-terminated string, or NULL */
static char *
GetTextColumnString(const MappedColumn *col, HeapTuple tuple, TupleDesc tupdesc)
{
	int			len;
	char	   *s = GetTextColumn(col, tuple, NULL, tupdesc, &len);

	return s ? pnstrdup(s, len) : NULL;
}

/* The send as the quiet-hours rules see it */
static void
ReadQuietSend(const TriggerConfig *cfg, HeapTuple tuple, TupleDesc tupdesc,
			  const RowSend *send, QuietSend *qs)
{
	bool		isnull = true;
	Datum		d = (Datum) 0;

	memset(qs, 0, sizeof(QuietSend));
	qs->recipient = send->recipient;
	qs->category = send->category;
	if (cfg->send_at.attnum != InvalidAttrNumber)
		d = heap_getattr(tuple, cfg->send_at.attnum, tupdesc, &isnull);
	/*
	 * A row in a dispatch state (recheck=) is being sent: with a send_at of
	 * 'infinity' (where defer puts a row with no time free within a year),
	 * one that a worker dispatches by its status alone goes out now, so it
	 * is a send without a send_at, at the statement's time -- in the BEFORE
	 * check, the final check and as an UPDATE's old row alike (sending ->
	 * sent is then the same message, as for a NULL send_at)
	 */
	if (!isnull && TIMESTAMP_IS_NOEND(DatumGetTimestampTz(d)) &&
		cfg->recheck.attnum != InvalidAttrNumber && IsRecheckValue(cfg, tuple, tupdesc))
		isnull = true;
	/*
	 * NULL or unmapped: the statement's time; so is any earlier time
	 * (-infinity too), which a worker's "send_at <= now()" takes at once: a
	 * message cannot go out before it is written, and a count at a past
	 * time would be pruned at once ('infinity' is never sent)
	 */
	qs->at = isnull ? GetCurrentStatementStartTimestamp() : DatumGetTimestampTz(d);
	qs->at_default = isnull;
	if (!TIMESTAMP_IS_NOEND(qs->at) && qs->at < GetCurrentStatementStartTimestamp())
	{
		qs->at = GetCurrentStatementStartTimestamp();
		qs->at_default = true;
	}
	qs->region = GetTextColumnString(&cfg->region, tuple, tupdesc);
	qs->timezone = GetTextColumnString(&cfg->timezone, tuple, tupdesc);
}

/*
 * The region and time zone overrides of a row (region=, timezone=): 22023
 * unless well formed, on every row checked, also one that no rule reads (a
 * NULL, invalid or blocked recipient, a category without rules): else it
 * is stored, and fails only at a later, unrelated UPDATE.  (An empty value
 * is not given, as for the other text columns of a send.)
 */
static void
CheckRowOverrides(const TriggerConfig *cfg, HeapTuple tuple, TupleDesc tupdesc)
{
	if (cfg->region.attnum == InvalidAttrNumber && cfg->timezone.attnum == InvalidAttrNumber)
		return;
	(void) QuietCheckOverrides(GetTextColumnString(&cfg->region, tuple, tupdesc),
							   GetTextColumnString(&cfg->timezone, tuple, tupdesc));
}

/*
 * The send an UPDATE's old row was (*old), if it could have been counted:
 * a valid recipient, not marked, not an opt-out confirmation, a send time
 * that is one
 */
static bool
ReadOldSend(const TriggerConfig *cfg, HeapTuple oldtup, TupleDesc tupdesc, QuietSend *old)
{
	bool		isnull;
	Datum		d;
	int			len;
	RowSend		send;

	d = heap_getattr(oldtup, cfg->recipient.attnum, tupdesc, &isnull);
	if (isnull || RowIsMarked(cfg, oldtup, tupdesc))
		return false;
	memset(&send, 0, sizeof(RowSend));
	send.rest_read = true;		/* (only its purpose is read, below) */
	if (cfg->recipient_is_e164)
		send.recipient = (uint64) DatumGetInt64(d);
	else
	{
		const char *str = ColumnChars(&cfg->recipient, d, &len);
		int			start;
		int			plen = ChannelPrefixLength(str, len, &start);
		E164ParseResult parse;

		e164_parse(str + plen, len - plen, TableCountry(cfg), &parse);
		if (parse.status != E164_OK)
			return false;
		send.recipient = parse.value;
	}
	send.purpose = GetTextColumn(&cfg->purpose, oldtup, NULL, tupdesc, &send.purpose_len);
	if (IsConfirmation(&send))
		return false;
	send.category = GetTextColumnString(&cfg->category, oldtup, tupdesc);
	/* '*' is a message not labelled, as ReadRowSend reads the new row */
	if (send.category != NULL && strcmp(send.category, "*") == 0)
		send.category = NULL;
	ReadQuietSend(cfg, oldtup, tupdesc, &send, old);
	return !TIMESTAMP_NOT_FINITE(old->at);
}

static bool
SameString(const char *a, const char *b)
{
	return a == NULL ? b == NULL : b != NULL && strcmp(a, b) == 0;
}

/*
 * The same message as the caps see it: recipient, category, time (a
 * default time too) and the region and time zone overrides
 */
static bool
SameSend(const QuietSend *a, const QuietSend *b)
{
	return a->recipient == b->recipient &&
		SameString(a->category, b->category) &&
		(a->at_default ? b->at_default : !b->at_default && a->at == b->at) &&
		SameString(a->region, b->region) && SameString(a->timezone, b->timezone);
}

/*
 * What a written row does with the caps: true when it is a send that takes
 * a slot (and is checked against them); *hours_only when it is a message
 * that counted already and stays the same (only the hours are checked).
 *
 * A row is counted when it is written with values that count (it is
 * dispatched, or there is no recheck= and writing it is the send): an
 * INSERT; an UPDATE that dispatches a row that did not count (queued ->
 * sending); an UPDATE of a row that counted whose recipient, category or
 * send_at changed (a changed send, counted again: its earlier count stays,
 * as no count can be told apart from another send's, so the caps err
 * towards fewer messages).  An UPDATE of a row that counted into values
 * that count, with the same recipient, category and send_at (sending ->
 * sent, another sender) is the same message: not counted again, not held
 * back by its own count.
 */
static bool
SlotPlan(const TriggerConfig *cfg, HeapTuple oldtup, HeapTuple tuple, TupleDesc tupdesc,
		 const QuietSend *qs, bool *hours_only, bool *old_counts)
{
	bool		count = cfg->recheck.attnum == InvalidAttrNumber ||
		IsRecheckValue(cfg, tuple, tupdesc);
	QuietSend	old;

	*hours_only = false;
	*old_counts = oldtup != NULL &&
		(cfg->recheck.attnum == InvalidAttrNumber || IsRecheckValue(cfg, oldtup, tupdesc));
	if (oldtup == NULL || !count)
		return count;
	/* the same message, and a count of it is there (else it is counted now) */
	if (*old_counts && ReadOldSend(cfg, oldtup, tupdesc, &old) && SameSend(&old, qs) &&
		QuietCounted(qs))
	{
		*hours_only = true;
		return false;
	}
	return true;
}

/*
 * Slots taken by BEFORE checks on tables whose later BEFORE triggers could
 * still change the row: the final check of the row as stored finds its
 * slot here (a count per hash of the table and the send), or, when a later
 * trigger changed the send, checks the caps again and counts it.  Kept for
 * the transaction; what a subtransaction took is forgotten when it aborts
 * (the slot is gone with it).
 */
/* (the BEFORE check and the final check of a row run in one subtransaction) */
static uint64
CountedKey(const TriggerConfig *cfg, const QuietSend *qs, TimestampTz at)
{
	uint64		h = 0;
	SubTransactionId subid = GetCurrentSubTransactionId();

	HashPart(&h, &subid, sizeof(subid));
	HashPart(&h, &cfg->relid, sizeof(Oid));
	HashPart(&h, &qs->recipient, sizeof(qs->recipient));
	if (qs->category)
		HashPart(&h, qs->category, strlen(qs->category) + 1);
	HashPart(&h, &at, sizeof(at));
	return h;
}

static void
RememberCounted(const TriggerConfig *cfg, const QuietSend *qs, TimestampTz at)
{
	last_counted_key = CountedKey(cfg, qs, at);
	last_counted_set = true;
	KeyCountAdd(&counted_rows, "opt_consent counted rows", last_counted_key);
}

static bool
TakeCounted(const TriggerConfig *cfg, const QuietSend *qs, TimestampTz at)
{
	return KeyCountTake(counted_rows, CountedKey(cfg, qs, at));
}

/*
 * May quiet hours or caps apply to the send (not a confirmation)?  Asked
 * once, before the send's lookup: if they may, what their check reads is
 * loaded or locked now (QuietPrepare), so that its waits come before the
 * lookup's snapshot.  The answer stays in send->quiet_applies.
 */
static void
QuietPrepareSend(RowSend *send)
{
	send->quiet_applies = QuietMayApply(send->category) && !IsConfirmation(send);
	if (send->quiet_applies)
		QuietPrepare();
}

/*
 * The quiet hours and caps of a send (v), and its cap slot (see SlotPlan
 * and QuietCheck): false when no rule applies to it or it is never sent.
 * defer: on_quiet is defer (a deferred send takes its slot at its new
 * time, unless it was a dispatch, which is undone: see QuietEnforce).
 * later: BEFORE triggers of the table's fire after this check; a slot
 * taken is remembered for the final check.
 */
static bool
QuietSlots(const TriggerConfig *cfg, Relation rel, HeapTuple oldtup, HeapTuple tuple,
		   RowSend *send, bool dispatch, bool defer, bool later, QuietVerdict *v)
{
	TupleDesc	tupdesc = RelationGetDescr(rel);
	QuietSend	qs;
	bool		count;
	bool		may_count;
	bool		hours_only;
	bool		old_counts;

	if (!send->quiet_applies)
		return false;			/* (the hot path of an INSERT) */
	ReadQuietSend(cfg, tuple, tupdesc, send, &qs);
	if (TIMESTAMP_NOT_FINITE(qs.at))
		return false;			/* (no rule, or never sent: infinity) */
	may_count = TableMayCount(cfg, rel);
	count = SlotPlan(cfg, oldtup, tuple, tupdesc, &qs, &hours_only, &old_counts) && may_count;
	if (hours_only)
	{
		QuietCheckHours(&qs, v);
		/* deferred, it is a send at another time: counted there */
		if (v->outcome != QUIET_PASS && defer)
			QuietCheck(&qs, may_count, may_count, v);
	}
	else
	{
		/*
		 * A deferred row takes its slot at its new time, unless a dispatch
		 * is undone into a value that does not count (queued)
		 */
		QuietCheck(&qs, count, may_count && defer && (!dispatch || old_counts), v);
	}
	if (v->waited)
		return true;			/* (nothing counted: the caller checks again) */
	if (later && v->counted)
		RememberCounted(cfg, &qs, v->counted_at);
	return true;
}

static OC_NORETURN void ReportQuiet(Relation rel, const TriggerConfig *cfg,
									uint64 recipient, const QuietVerdict *v);

static void
ReportQuiet(Relation rel, const TriggerConfig *cfg, uint64 recipient,
			const QuietVerdict *v)
{
	char		number[E164_MAX_TEXT];
	bool		cap = (v->outcome == QUIET_CAP);
	const char *next = v->next == DT_NOEND ? "none within a year" : timestamptz_to_str(v->next);

	e164_format(recipient, number);
	ereport(ERROR,
			(errcode(cap ? ERRCODE_FREQUENCY_CAP : ERRCODE_QUIET_HOURS),
			 cap ? errmsg("opt_consent: attempt to send to %s over a frequency cap", number) :
			 errmsg("opt_consent: attempt to send to %s in quiet hours", number),
			 errdetail("Rule: %s%s%s. %s%s. Next allowed: %s.",
					   v->rule ? v->rule : "?",
					   v->citation ? "; source: " : "", v->citation ? v->citation : "",
					   cap ? "Already " : "Local time: ", v->local ? v->local : "?", next),
			 errhint("Send it at the next allowed time, or protect the table with on_quiet => 'defer' and a send_at column."),
			 errtablecol(rel, cfg->recipient.attnum)));
	pg_unreachable();
}

/*
 * A blocked send, as the table's on_block says: the row to store (marked),
 * NULL to skip it, or an error (a moved row is never skipped: its old row
 * is gone)
 */
static HeapTuple
BlockedRow(Relation rel, const TriggerConfig *cfg, HeapTuple tuple, uint64 recipient,
		   const BlockInfo *info)
{
	switch (UnlessMoved(cfg->on_block))
	{
		case ON_BLOCK_SKIP:
			return NULL;
		case ON_BLOCK_MARK:
			return MarkRow(rel, cfg, tuple, false);
		case ON_BLOCK_DEFER:	/* (not an on_block mode) */
		case ON_BLOCK_ERROR:
			ReportBlocked(rel, cfg, recipient, info);
	}
	return NULL;				/* keep compiler quiet */
}

/*
 * Quiet hours and caps (SPEC 10), after the opt-outs: the row to store, or
 * NULL to skip it.  A send takes a cap slot when it goes out: an INSERT,
 * unless recheck= says the row is only queued (then its dispatch takes
 * it), or a dispatching UPDATE.
 */
static HeapTuple
QuietEnforce(Relation rel, const TriggerConfig *cfg, HeapTuple oldtup, HeapTuple tuple,
			 RowSend *send, bool dispatch, bool later)
{
	TupleDesc	tupdesc = RelationGetDescr(rel);
	QuietVerdict v;

	/*
	 * The slot is taken here, for every row of a statement in turn (so that
	 * a batch over a cap defers, skips or marks the rows past it), also when
	 * BEFORE triggers of the table's fire after this one: a row that one of
	 * them drops keeps the slot it took (fewer messages, never more), and
	 * one they change is counted again by the final check.
	 */
	for (;;)
	{
		BlockInfo	info;

		if (!QuietSlots(cfg, rel, oldtup, tuple, send, dispatch,
						cfg->on_quiet == ON_BLOCK_DEFER, later, &v))
			return tuple;
		if (!v.waited)
			break;

		/*
		 * The cap's lock waited for another send of this recipient to
		 * commit or abort, and a STOP or a DND may have committed meanwhile
		 * (a worker dispatching behind another would send it): checked
		 * again, then the caps (the lock is held now)
		 */
		if (SendBlocked(send, &info, NULL, NULL, CONFIRM_SEND))
			return BlockedRow(rel, cfg, tuple, send->recipient, &info);
	}
	if (v.outcome == QUIET_PASS)
		return tuple;

	switch (UnlessMoved(cfg->on_quiet))
	{
		case ON_BLOCK_SKIP:
			return NULL;
		case ON_BLOCK_MARK:
			return MarkRowCode(rel, cfg, tuple,
							   v.outcome == QUIET_CAP ? cfg->code_cap : cfg->code_quiet);
		case ON_BLOCK_DEFER:
			{
				/*
				 * send_at moves to the next allowed instant; a dispatch is
				 * undone (the recheck column keeps its old value), so a
				 * worker's UPDATE ... RETURNING sees the row not dispatched.
				 */
				int			cols[2];
				Datum		values[2];
				bool		nulls[2] = {false, false};
				int			n = 0;

				cols[n] = cfg->send_at.attnum;
				values[n++] = TimestampTzGetDatum(v.next);
				if (dispatch)
				{
					cols[n] = cfg->recheck.attnum;
					values[n] = heap_getattr(oldtup, cfg->recheck.attnum, tupdesc, &nulls[n]);
					n++;
				}
				return heap_modify_tuple_by_cols(tuple, tupdesc, n, cols, values, nulls);
			}
		case ON_BLOCK_ERROR:
			ReportQuiet(rel, cfg, send->recipient, &v);
	}
	return NULL;				/* keep compiler quiet */
}

static void
FinalCheckContext(void *arg)
{
	const TriggerConfig *cfg = (const TriggerConfig *) arg;

	errcontext("final check of opt_consent: trigger \"%s\", which fires after the enforcement trigger, changed the row into a blocked send, so it is refused",
			   cfg->later_name ? cfg->later_name : "");
}

/*
 * The final check, fired AFTER ROW when BEFORE ROW triggers that sort after
 * opt_consent_enforce could have changed the row after it was checked: a
 * row stored with other values than the ones checked is checked again and
 * refused (an error, whatever on_block says: it is stored already) if the
 * send is blocked.
 */
static uint64 MoveSendKey(const TriggerConfig *cfg, HeapTuple tuple, TupleDesc tupdesc,
						  int32 *flags);
static uint64 WithFlags(uint64 key, int32 flags);
static bool TakeMoved(const TriggerConfig *cfg, uint64 key, CommandId cid);
static CommandId FinalCheckCommandId(Relation rel, HeapTuple tuple);

static void
FinalCheck(TriggerData *trigdata, const TriggerConfig *cfg, HeapTuple tuple)
{
	Relation	rel = trigdata->tg_relation;
	TupleDesc	tupdesc = RelationGetDescr(rel);
	bool		is_update = TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event);
	RowSend		send;
	BlockInfo	info;
	bool		blocked;
	bool		applies;
	QuietVerdict quiet;
	bool		moved_dispatch = false;

	if (!(is_update ? cfg->later_update : cfg->later_insert))
		return;					/* the BEFORE check saw the final row */
	/*
	 * The insert of a row an UPDATE moved here, still the same send: as an
	 * UPDATE, checked again only if a later trigger made it a dispatch (a
	 * recheck= value it did not have); a changed status or mark is not a
	 * new send (archiving a row sent before a STOP must not be refused).
	 */
	if (!is_update && moved_rows != NULL)
	{
		int32		flags;
		uint64		key = MoveSendKey(cfg, tuple, tupdesc, &flags);
		CommandId	cid = FinalCheckCommandId(rel, tuple);

		if ((flags & 1) == 0)
		{
			/* not a dispatch (any more): as it was, or taken out of one */
			if (TakeMoved(cfg, WithFlags(key, 0), cid) || TakeMoved(cfg, WithFlags(key, 1), cid))
				return;
		}
		else if (TakeMoved(cfg, WithFlags(key, 1), cid))
			return;				/* a dispatch already (see RememberMoved) */
		else if (TakeMoved(cfg, WithFlags(key, 0), cid))
			moved_dispatch = true;	/* became a dispatch: checked as one */
	}
	if (is_update &&
		!MappedColumnsChanged(cfg, trigdata->tg_trigtuple, tuple, tupdesc) &&
		!RecheckTriggered(cfg, trigdata->tg_trigtuple, tuple, tupdesc))
		return;
	ReadRowSend(cfg, rel, tuple, NULL, tupdesc, &send);
	/* the overrides as stored (22023) */
	CheckRowOverrides(cfg, tuple, tupdesc);
	if (RowIsMarked(cfg, tuple, tupdesc) || send.recipient_null)
		return;
	if (send.recipient_invalid)
		E164ReportErrorAt(send.str, send.len, &send.parse, rel, cfg->recipient.attnum);
	QuietPrepareSend(&send);
	/* one more probe of the index, on the values as stored */
	blocked = SendBlocked(&send, &info, cfg, NULL,
						  moved_dispatch ? CONFIRM_DISPATCH :
						  ConfirmModeOf(cfg, is_update ? trigdata->tg_trigtuple : NULL, tuple,
										tupdesc,
										is_update && RecheckTriggered(cfg, trigdata->tg_trigtuple,
																	  tuple, tupdesc)));
	/*
	 * the quiet hours too, and the caps of a send as stored: its slot was
	 * taken by the BEFORE check, unless a later trigger changed the send
	 * (then it is checked and counted here: an error if over a cap)
	 */
	quiet.outcome = QUIET_PASS;
	applies = !blocked && send.quiet_applies;
	if (applies)
	{
		QuietSend	qs;
		bool		hours_only;
		bool		count;

		ReadQuietSend(cfg, tuple, tupdesc, &send, &qs);
		if (!TIMESTAMP_NOT_FINITE(qs.at))
		{
			bool		old_counts;

			count = SlotPlan(cfg, is_update ? trigdata->tg_trigtuple : NULL, tuple, tupdesc,
							 &qs, &hours_only, &old_counts);
			if (!count || TakeCounted(cfg, &qs, qs.at))
				QuietCheckHours(&qs, &quiet);
			else
			{
				QuietCheck(&qs, TableMayCount(cfg, rel), false, &quiet);
				/* (the cap's lock waited: checked again, as QuietEnforce does) */
				if (quiet.waited)
				{
					blocked = SendBlocked(&send, &info, cfg, NULL, CONFIRM_SEND);
					quiet.waited = false;
					if (!blocked)
						QuietCheck(&qs, TableMayCount(cfg, rel), false, &quiet);
				}
			}
		}
	}
	if (blocked || quiet.outcome != QUIET_PASS)
	{
		ErrorContextCallback errcallback;

		errcallback.callback = FinalCheckContext;
		errcallback.arg = (void *) cfg;
		errcallback.previous = error_context_stack;
		error_context_stack = &errcallback;
		if (blocked)
			ReportBlocked(rel, cfg, send.recipient, &info);
		ReportQuiet(rel, cfg, send.recipient, &quiet);
	}
}

/*
 * A row that an UPDATE moves to another partition: PostgreSQL deletes it
 * from its partition and inserts it into the other one, firing the BEFORE
 * INSERT triggers there.  The UPDATE was checked on the old partition (or
 * needed no check): the insert that is that row's move is not checked again
 * as a new send (a skip would delete the row, an error or a mark would
 * refuse an archiving UPDATE, a dispatch would be counted twice).  It is
 * recognized by the old row: deleted by this very command (the UPDATE's,
 * the active snapshot's command id) with the marker PostgreSQL leaves on a
 * row moved to another partition (SourceRowState), in the same partitioned
 * table; on another table AM, by the command and its send.  Every other
 * insert (a CTE or MERGE that updates a row in place and inserts the
 * same send, a trigger's insert or update while the move is under way, a
 * later statement) is checked as any insert.  A few UPDATEs may be pending
 * at once (a trigger's UPDATE nested in the move); one that updated its row
 * in place, or whose row went away, is dropped at the next look.
 */
#define MAX_PENDING_MOVES 32

typedef struct PendingMove
{
	LocalTransactionId lxid;
	SubTransactionId subid;		/* (dropped when it aborts) */
	CommandId	cid;			/* the UPDATE's command */
	Oid			root;			/* its partitioned table (the tree's root) */
	Oid			relid;			/* the partition the row was in */
	ItemPointerData tid;		/* and its place there */
	uint64		send_key;		/* its send (MoveSendKey) */
	int32		flags;			/* and its flags */
	bool		counted;		/* the UPDATE took a cap slot for the final check */
	uint64		counted_key;	/* (its counted_rows key) */
	bool		claimed;		/* the UPDATE claimed a confirmation for it */
	uint64		claimed_key;	/* (its checked_rows key) */
} PendingMove;

static PendingMove pending_moves[MAX_PENDING_MOVES];
static int	n_pending_moves = 0;

/* The command a trigger fires for (that of the statement's active snapshot) */
static CommandId
StatementCommandId(void)
{
	return ActiveSnapshotSet() ? GetActiveSnapshot()->curcid : GetCurrentCommandId(false);
}

typedef enum SourceState
{
	SOURCE_THERE,				/* not deleted (yet) */
	SOURCE_MOVED,				/* deleted by the command, moved */
	SOURCE_GONE,				/* updated in place, deleted otherwise, dropped */
	SOURCE_UNKNOWN				/* not a heap table: cannot tell */
} SourceState;

/* What became of a pending move's old row */
static SourceState
SourceRowState(const PendingMove *pm)
{
	Relation	rel;
	SourceState result = SOURCE_GONE;

	if (!ItemPointerIsValid(&pm->tid))
		return SOURCE_GONE;
	rel = OC_try_table_open(pm->relid, AccessShareLock);
	if (rel == NULL)
		return SOURCE_GONE;
	if (rel->rd_tableam != GetHeapamTableAmRoutine())
		result = SOURCE_UNKNOWN;
	else if (ItemPointerGetBlockNumber(&pm->tid) < RelationGetNumberOfBlocks(rel))
	{
		Buffer		buf = ReadBuffer(rel, ItemPointerGetBlockNumber(&pm->tid));
		OffsetNumber off = ItemPointerGetOffsetNumber(&pm->tid);
		Page		page;

		LockBuffer(buf, BUFFER_LOCK_SHARE);
		page = BufferGetPage(buf);
		if (off >= FirstOffsetNumber && off <= PageGetMaxOffsetNumber(page) &&
			ItemIdIsNormal(PageGetItemId(page, off)))
		{
			HeapTupleHeader th = (HeapTupleHeader) PageGetItem(page, PageGetItemId(page, off));

			if ((th->t_infomask & HEAP_XMAX_INVALID) ||
				HEAP_XMAX_IS_LOCKED_ONLY(th->t_infomask) ||
				!TransactionIdIsCurrentTransactionId(HeapTupleHeaderGetUpdateXid(th)))
				result = SOURCE_THERE;
			else if (HeapTupleHeaderIndicatesMovedPartitions(th) &&
					 HeapTupleHeaderGetCmax(th) == pm->cid)
				result = SOURCE_MOVED;
		}
		UnlockReleaseBuffer(buf);
	}
	table_close(rel, NoLock);
	return result;
}

/* The root of a partition's tree (cached in its trigger's config) */
static Oid
PendingRoot(TriggerConfig *cfg)
{
	if (!OidIsValid(cfg->root_relid))
	{
		List	   *ancestors = get_partition_ancestors(cfg->relid);

		cfg->root_relid = ancestors != NIL ? llast_oid(ancestors) : cfg->relid;
		list_free(ancestors);
	}
	return cfg->root_relid;
}

/* An UPDATE of a partition's row that may move it */
static void
AddPendingMove(TriggerConfig *cfg, Relation rel, HeapTuple oldtuple, uint64 send_key,
			   int32 flags)
{
	PendingMove *pm;
	CommandId	cid = StatementCommandId();
	int			n = 0;

	/*
	 * An UPDATE's rows come one after the other: the move of an earlier row
	 * of this command is over (moved or not).  Other commands' stay: an
	 * UPDATE run by a trigger while a move is under way.
	 */
	for (int i = 0; i < n_pending_moves; i++)
		if (pending_moves[i].cid != cid ||
			pending_moves[i].lxid != OC_MyLocalTransactionId())
			pending_moves[n++] = pending_moves[i];
	n_pending_moves = n;
	if (n_pending_moves == MAX_PENDING_MOVES)
	{
		/* (the oldest goes: a move nested this deep is checked as an insert) */
		memmove(&pending_moves[0], &pending_moves[1],
				sizeof(PendingMove) * (MAX_PENDING_MOVES - 1));
		n_pending_moves--;
	}
	pm = &pending_moves[n_pending_moves++];
	pm->lxid = OC_MyLocalTransactionId();
	pm->subid = GetCurrentSubTransactionId();
	pm->cid = cid;
	pm->root = PendingRoot(cfg);
	pm->relid = RelationGetRelid(rel);
	pm->tid = oldtuple->t_self;
	pm->send_key = send_key;
	pm->flags = flags;
	/* (what the UPDATE's check left for its final check, see enforce()) */
	pm->counted = last_counted_set;
	pm->counted_key = last_counted_key;
	pm->claimed = last_claimed_set;
	pm->claimed_key = last_claimed_key;
}

/* A subtransaction aborted: the moves pending in it (and below) are over */
static void
PendingMovesSubAbort(SubTransactionId mySubid)
{
	int			n = 0;

	for (int i = 0; i < n_pending_moves; i++)
		if (pending_moves[i].subid < mySubid)
			pending_moves[n++] = pending_moves[i];
	n_pending_moves = n;
}

/*
 * The end of a query that wrote (its command id): its pending moves are
 * over, moved or not (from lookup.c's ExecutorEnd hook)
 */
void
EnforceQueryEnd(CommandId cid)
{
	int			n = 0;

	for (int i = 0; i < n_pending_moves; i++)
		if (pending_moves[i].cid != cid)
			pending_moves[n++] = pending_moves[i];
	n_pending_moves = n;
}

/*
 * Is this insert the move of a pending UPDATE's row?  Known by the old row
 * (deleted and moved by this very command: one pending move per command),
 * or on another table AM by the command and the send (send_key, flags).
 * The move found is no longer pending; *found is a copy of it.
 */
static bool
TakePendingMove(TriggerConfig *cfg, uint64 send_key, int32 flags, PendingMove *found)
{
	LocalTransactionId lxid = OC_MyLocalTransactionId();
	CommandId	cid = StatementCommandId();
	Oid			root = PendingRoot(cfg);

	for (int i = n_pending_moves - 1; i >= 0; i--)
	{
		PendingMove *pm = &pending_moves[i];
		SourceState state;
		bool		match = false;

		/* (a move stays in its table: another table's insert is not it) */
		if (pm->lxid == lxid && pm->root != root)
			continue;
		state = pm->lxid != lxid ? SOURCE_GONE : SourceRowState(pm);

		if (state == SOURCE_THERE)
			continue;
		if (state == SOURCE_UNKNOWN)
		{
			/* (another table AM: the same command and send) */
			if (pm->cid != cid || pm->send_key != send_key || pm->flags != flags)
				continue;
			match = true;
		}
		else if (state == SOURCE_MOVED)
		{
			/*
			 * (moved by another command: this insert is a trigger's, nested
			 * in that move before its insert reached us, or that move's
			 * insert never did; EnforceQueryEnd drops it)
			 */
			if (pm->cid != cid)
				continue;
			match = true;
		}
		if (match)
			*found = *pm;
		/* this row's move (or a row that can no longer move): done with it */
		memmove(&pending_moves[i], &pending_moves[i + 1],
				sizeof(PendingMove) * (n_pending_moves - i - 1));
		n_pending_moves--;
		if (match)
			return true;
	}
	return false;
}

/* A column of an 8-byte type (e164, timestamptz): NULL, or its value */
static void
HashInt64Column(uint64 *h, HeapTuple tuple, AttrNumber attnum, TupleDesc tupdesc)
{
	bool		isnull;
	Datum		d = heap_getattr(tuple, attnum, tupdesc, &isnull);
	int64		v = isnull ? 0 : DatumGetInt64(d);
	int32		n = isnull ? -1 : 8;

	HashPart(h, &n, sizeof(n));
	HashPart(h, &v, sizeof(v));
}

/*
 * What makes a row's send (its values, wherever the columns are), and
 * apart from it (*flags) whether it is being dispatched (1: a recheck=
 * value) or marked (2)
 */
static uint64
MoveSendKey(const TriggerConfig *cfg, HeapTuple tuple, TupleDesc tupdesc, int32 *flags)
{
	uint64		h = 0;
	int32		n;
	const char *s;
	int			len = 0;
	const MappedColumn *cols[] = {&cfg->recipient, &cfg->sender, &cfg->service,
	&cfg->channel, &cfg->category, &cfg->purpose};

	/*
	 * The mapped columns' values as stored, read without judging them (an
	 * UPDATE that changes no mapped column is not checked, whatever they
	 * hold: a category since unregistered, a channel of all)
	 */
	for (int i = 0; i < (int) lengthof(cols); i++)
	{
		if (cols[i] == &cfg->recipient && cfg->recipient_is_e164 &&
			cfg->recipient.attnum != InvalidAttrNumber)
		{
			HashInt64Column(&h, tuple, cfg->recipient.attnum, tupdesc);
			continue;
		}
		len = 0;
		if ((cols[i] == &cfg->recipient || cols[i] == &cfg->category) &&
			cols[i]->attnum != InvalidAttrNumber)
		{
			/*
			 * (an empty recipient or category is not NULL: the check refuses
			 * it, 22P02 or 23503, where NULL passes)
			 */
			bool		isnull;
			Datum		d = heap_getattr(tuple, cols[i]->attnum, tupdesc, &isnull);

			s = isnull ? NULL : ColumnChars(cols[i], d, &len);
			HashOptional(&h, s ? s : (isnull ? NULL : ""), len);
			continue;
		}
		s = GetTextColumn(cols[i], tuple, NULL, tupdesc, &len);
		HashOptional(&h, s, len);
	}
	/* when it goes out, where, and whether it is being dispatched or marked */
	if (cfg->send_at.attnum != InvalidAttrNumber)
		HashInt64Column(&h, tuple, cfg->send_at.attnum, tupdesc);
	s = GetTextColumn(&cfg->region, tuple, NULL, tupdesc, &len);
	HashOptional(&h, s, len);
	s = GetTextColumn(&cfg->timezone, tuple, NULL, tupdesc, &len);
	HashOptional(&h, s, len);
	n = (cfg->recheck.attnum != InvalidAttrNumber && IsRecheckValue(cfg, tuple, tupdesc)) ? 1 : 0;
	n |= RowIsMarked(cfg, tuple, tupdesc) ? 2 : 0;
	*flags = n;
	return h;
}

/* A send key with flags */
static uint64
WithFlags(uint64 key, int32 flags)
{
	HashPart(&key, &flags, sizeof(flags));
	return key;
}

/*
 * The moves of this command whose insert the final check will see: a count
 * per send (MoveSendKey and its dispatch flag), the partition and the
 * command.  The final check of such an insert is the UPDATE's, already done
 * (a recheck of the row as a new send would refuse an archiving UPDATE after
 * an opt-out, whatever on_block says); unless a later BEFORE trigger changed
 * the send on the way, so that its key no longer matches.
 */
static uint64
MovedKey(const TriggerConfig *cfg, uint64 key, CommandId cid)
{
	uint64		h = key;

	HashPart(&h, &cfg->relid, sizeof(Oid));
	HashPart(&h, &cid, sizeof(cid));
	return h;
}

/*
 * (the command that inserts the moved row: that of the active snapshot,
 * which a trigger running SQL does not advance; the final check reads it off
 * the stored row, FinalCheckCommandId, since an ON UPDATE CASCADE fires it
 * in the outer statement)
 */
static void
RememberMoved(const TriggerConfig *cfg, uint64 key)
{
	KeyCountAdd(&moved_rows, "opt_consent moved rows",
				MovedKey(cfg, key, StatementCommandId()));
}

static bool
TakeMoved(const TriggerConfig *cfg, uint64 key, CommandId cid)
{
	return KeyCountTake(moved_rows, MovedKey(cfg, key, cid));
}

/* The command that inserted the row the final check sees */
static CommandId
FinalCheckCommandId(Relation rel, HeapTuple tuple)
{
	if (rel->rd_tableam == GetHeapamTableAmRoutine() && tuple->t_data != NULL &&
		TransactionIdIsCurrentTransactionId(HeapTupleHeaderGetXmin(tuple->t_data)))
		return HeapTupleHeaderGetCmin(tuple->t_data);
	return StatementCommandId();
}

static HeapTuple EnforceRow(TriggerData *trigdata, TriggerConfig *cfg);

/* A moved row checked as an insert, never skipped (see enforce()) */
static HeapTuple
EnforceMovedRow(TriggerData *trigdata, TriggerConfig *cfg, MovedRowCheck how)
{
	HeapTuple	checked;

	moved_row_check = how;
	PG_TRY();
	{
		checked = EnforceRow(trigdata, cfg);
	}
	PG_FINALLY();
	{
		moved_row_check = MOVED_NOT;
	}
	PG_END_TRY();
	return checked;
}

/* enforce(): BEFORE INSERT OR UPDATE ... FOR EACH ROW */
Datum
enforce(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Relation	rel;
	HeapTuple	tuple;
	HeapTuple	result;
	TriggerConfig *cfg;
	bool		is_update;

	/* the trigger protocol, checked up front */
	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("opt_consent.enforce() was not called by the trigger manager")));
	if (!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) ||
		TRIGGER_FIRED_INSTEAD(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("opt_consent.enforce() must be fired BEFORE ... FOR EACH ROW"),
				 errhint("Create the trigger with opt_consent.protect().")));
	if (!TRIGGER_FIRED_BY_INSERT(trigdata->tg_event) &&
		!TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("opt_consent.enforce() must be fired for INSERT or UPDATE")));

	rel = trigdata->tg_relation;
	is_update = TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event);
	tuple = is_update ? trigdata->tg_newtuple : trigdata->tg_trigtuple;

	OptConsentCheckInvalidations();
	cfg = GetTriggerConfig(trigdata->tg_trigger, rel);

	if (!opt_consent_enforce)
		return PointerGetDatum(tuple);

	if (TRIGGER_FIRED_AFTER(trigdata->tg_event))
	{
		/* an AFTER trigger only completes a BEFORE check */
		if (!cfg->has_check)
		{
			/* (disabled by a superuser, for maintenance: nothing to complete) */
			if (cfg->has_any_check)
				return PointerGetDatum(NULL);
			ereport(ERROR,
					(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
					 errmsg("opt_consent.enforce() must be fired BEFORE ... FOR EACH ROW"),
					 errdetail("As an AFTER ROW trigger it is only the final check of a table that has the BEFORE ROW trigger too."),
					 errhint("Create the trigger with opt_consent.protect().")));
		}
		FinalCheck(trigdata, cfg, tuple);
		return PointerGetDatum(NULL);
	}

	if (!rel->rd_rel->relispartition)
		return PointerGetDatum(EnforceRow(trigdata, cfg));

	/*
	 * The insert of a row an UPDATE moves here (see PendingMove): as the
	 * UPDATE it is.  Not checked again if its send is the UPDATE's and it
	 * did not become a dispatch on the way (a later trigger of the old
	 * partition, an earlier one of this one); else checked, as a dispatch if
	 * it became one, and never skipped (its old row is gone: an error).
	 */
	if (!is_update && n_pending_moves > 0)
	{
		PendingMove pm;
		int32		flags;
		uint64		key = MoveSendKey(cfg, tuple, RelationGetDescr(rel), &flags);

		if (TakePendingMove(cfg, key, flags, &pm))
		{
			/* (the cap slot and claim the UPDATE left for its final check) */
			if (pm.counted)
				(void) KeyCountTake(counted_rows, pm.counted_key);
			if (pm.claimed)
				(void) KeyCountTake(checked_rows, pm.claimed_key);
			if (key != pm.send_key || ((pm.flags & 1) == 0 && (flags & 1) == 1))
				return PointerGetDatum(EnforceMovedRow(trigdata, cfg,
													   key == pm.send_key ?
													   MOVED_BECAME_DISPATCH : MOVED_CHANGED));

			/*
			 * (and for the final check, if later triggers could change it:
			 * armed here too, as EnforceRow arms it, or a later BEFORE INSERT
			 * trigger of this partition that changes the row on its way in
			 * goes unseen; the send and whether it is a dispatch, see
			 * FinalCheck)
			 */
			if (cfg->later_insert)
			{
				RememberMoved(cfg, WithFlags(key, flags & 1));
				final_checks_armed = true;
			}
			return PointerGetDatum(tuple);
		}
	}
	last_counted_set = last_claimed_set = false;
	result = EnforceRow(trigdata, cfg);
	if (is_update && result != NULL)
	{
		int32		flags;
		uint64		key = MoveSendKey(cfg, result, RelationGetDescr(rel), &flags);

		AddPendingMove(cfg, rel, trigdata->tg_trigtuple, key, flags);
	}
	return PointerGetDatum(result);
}

/* The check of a row (enforce(), BEFORE): the row to store, or NULL */
static HeapTuple
EnforceRow(TriggerData *trigdata, TriggerConfig *cfg)
{
	Relation	rel = trigdata->tg_relation;
	TupleDesc	tupdesc = RelationGetDescr(rel);
	bool		is_update = TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event);
	HeapTuple	tuple = is_update ? trigdata->tg_newtuple : trigdata->tg_trigtuple;
	RowSend		send;
	BlockInfo	info;
	bool		later;
	bool		claimed;
	bool		dispatch;

	/* a later BEFORE trigger could change the row: is it checked again? */
	later = is_update ? cfg->later_update : cfg->later_insert;
	if (later)
	{
		/* (1.0/1.1 SQL has no final check: the extension is not updated yet) */
		if (!(is_update ? cfg->final_update : cfg->final_insert) &&
			OptConsentGetCatalog()->v12)
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("trigger \"%s\" on table \"%s\" fires after opt_consent's check and no final check is defined",
							cfg->later_name, RelationGetRelationName(rel)),
					 errdetail("BEFORE ROW triggers fire in name order, so \"%s\" could change the recipient after it was checked.",
							   cfg->later_name),
					 errhint("Run opt_consent.protect() on the table again: it adds the trigger opt_consent_enforce_final, which checks the row as it is stored.")));
		final_checks_armed = true;
	}

	/*
	 * On UPDATE, a change to a mapped column needs a new check, and so does
	 * a dispatch (recheck=): a row queued before a STOP must not go out.
	 */
	dispatch = is_update && RecheckTriggered(cfg, trigdata->tg_trigtuple, tuple, tupdesc);
	if (is_update && !dispatch &&
		!MappedColumnsChanged(cfg, trigdata->tg_trigtuple, tuple, tupdesc))
		return tuple;

	ReadRowSend(cfg, rel, tuple, is_update ? trigdata->tg_newslot : trigdata->tg_trigslot,
				tupdesc, &send);
	CheckRowOverrides(cfg, tuple, tupdesc);

	/* a NULL recipient passes */
	if (send.recipient_null)
		return tuple;

	if (send.recipient_invalid)
	{
		switch (moved_row_check != MOVED_NOT ? ON_BLOCK_ERROR : cfg->on_block)
		{
			case ON_BLOCK_SKIP:
				return NULL;
			case ON_BLOCK_MARK:
				return MarkRow(rel, cfg, tuple, true);
			case ON_BLOCK_DEFER:	/* (not an on_block mode) */
			case ON_BLOCK_ERROR:
				/* raises 22P02, naming what is wrong */
				E164ReportErrorAt(send.str, send.len, &send.parse, rel, cfg->recipient.attnum);
				break;
		}
		elog(ERROR, "invalid recipient accepted");
	}

	QuietPrepareSend(&send);
	if (!SendBlocked(&send, &info, NULL, &claimed,
					 moved_row_check == MOVED_BECAME_DISPATCH ? CONFIRM_DISPATCH :
					 ConfirmModeOf(cfg, is_update ? trigdata->tg_trigtuple : NULL, tuple,
								   tupdesc, dispatch)))
	{
		if (claimed && later)
			RememberClaimed(cfg, send.recipient, &info);
		/* allowed to this recipient: now when, and how often (SPEC 10) */
		return QuietEnforce(rel, cfg, is_update ? trigdata->tg_trigtuple : NULL,
							tuple, &send, dispatch, later);
	}

	return BlockedRow(rel, cfg, tuple, send.recipient, &info);
}
