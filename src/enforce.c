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

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "miscadmin.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "parser/parse_type.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/hsearch.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"
#include "utils/timestamp.h"

#include "e164.h"
#include "lookup.h"
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
	ON_BLOCK_MARK
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
	bool		valid;
	MemoryContext cxt;			/* holds the by-reference datums */
	/* everything below is set by ParseTriggerConfig */
	MappedColumn recipient;
	bool		recipient_is_e164;
	MappedColumn sender;
	MappedColumn service;
	MappedColumn channel;
	MappedColumn purpose;		/* 1.1: opt_out_confirmation rows */
	MappedColumn status;
	MappedColumn error_code;
	OnBlock		on_block;
	Datum		blocked_status; /* in the status column's type */
	Datum		code_blocked;	/* 21610, in the error_code column's type */
	Datum		code_invalid;	/* 21211 */
} TriggerConfig;

static HTAB *trigger_configs = NULL;
static TriggerConfig *last_config = NULL;	/* entries never move or go */

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

static void
TriggerMisuse(Trigger *trigger, Relation rel, const char *detail)
pg_attribute_noreturn();

static void
TriggerMisuse(Trigger *trigger, Relation rel, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("trigger \"%s\" on table \"%s\" is misconfigured",
					trigger->tgname, RelationGetRelationName(rel)),
			 errdetail_internal("%s", detail),
			 errhint("Create the trigger with opt_consent.protect().")));
}

/* Is typid a string type (text, varchar, char, citext ...)? */
static bool
IsStringType(Oid typid)
{
	char		category;
	bool		preferred;

	get_type_category_preferred(getBaseType(typid), &category, &preferred);
	return category == TYPCATEGORY_STRING;
}

/* Resolve a column name for key; string_only: it must be a string type */
static void
MapColumn(Trigger *trigger, Relation rel, const char *key, const char *name,
		  bool string_only, MappedColumn *col)
{
	TupleDesc	tupdesc = RelationGetDescr(rel);
	int			attnum = SPI_fnumber(tupdesc, name);
	Form_pg_attribute att;

	if (attnum <= 0)
		TriggerMisuse(trigger, rel,
					  psprintf("Column \"%s\" given for %s does not exist.", name, key));
	att = TupleDescAttr(tupdesc, attnum - 1);
	if (string_only && !IsStringType(att->atttypid))
		TriggerMisuse(trigger, rel,
					  psprintf("Column \"%s\" given for %s has type %s; a text type is needed.",
							   name, key, format_type_be(att->atttypid)));
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

/* Parse the trigger's arguments against its table */
static void
ParseTriggerConfig(Trigger *trigger, Relation rel, TriggerConfig *cfg)
{
	const OptConsentCatalog *cat = OptConsentGetCatalog();
	const char *blocked_status = "failed";

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

		if (strcmp(key, "recipient") == 0)
			MapColumn(trigger, rel, key, value, false, &cfg->recipient);
		else if (strcmp(key, "sender") == 0)
			MapColumn(trigger, rel, key, value, true, &cfg->sender);
		else if (strcmp(key, "service") == 0)
			MapColumn(trigger, rel, key, value, true, &cfg->service);
		else if (strcmp(key, "channel") == 0)
			MapColumn(trigger, rel, key, value, true, &cfg->channel);
		else if (strcmp(key, "purpose") == 0)
			MapColumn(trigger, rel, key, value, true, &cfg->purpose);
		else if (strcmp(key, "status") == 0)
			MapColumn(trigger, rel, key, value, false, &cfg->status);
		else if (strcmp(key, "error_code") == 0)
			MapColumn(trigger, rel, key, value, false, &cfg->error_code);
		else if (strcmp(key, "blocked_status") == 0)
			blocked_status = value;
		else if (strcmp(key, "on_block") == 0)
		{
			if (strcmp(value, "error") == 0)
				cfg->on_block = ON_BLOCK_ERROR;
			else if (strcmp(value, "skip") == 0)
				cfg->on_block = ON_BLOCK_SKIP;
			else if (strcmp(value, "mark") == 0)
				cfg->on_block = ON_BLOCK_MARK;
			else
				TriggerMisuse(trigger, rel,
							  psprintf("on_block is \"%s\"; it must be error, skip or mark.", value));
		}
		else
			TriggerMisuse(trigger, rel, psprintf("Unknown argument \"%s\".", key));
	}

	if (cfg->recipient.attnum == InvalidAttrNumber)
		TriggerMisuse(trigger, rel, "The argument recipient=<column> is required.");
	if (cfg->recipient.typid == cat->e164_typid)
		cfg->recipient_is_e164 = true;
	else if (!IsStringType(cfg->recipient.typid))
		TriggerMisuse(trigger, rel,
					  psprintf("The recipient column has type %s; it must be text or opt_consent.e164.",
							   format_type_be(cfg->recipient.typid)));

	if (cfg->on_block == ON_BLOCK_MARK)
	{
		if (cfg->status.attnum == InvalidAttrNumber)
			TriggerMisuse(trigger, rel, "on_block=mark needs status=<column>.");
		cfg->blocked_status = ValueForColumn(trigger, rel, &cfg->status, "status",
											 blocked_status, cfg->cxt);
		if (cfg->error_code.attnum != InvalidAttrNumber)
		{
			cfg->code_blocked = ValueForColumn(trigger, rel, &cfg->error_code,
											   "error_code", "21610", cfg->cxt);
			cfg->code_invalid = ValueForColumn(trigger, rel, &cfg->error_code,
											   "error_code", "21211", cfg->cxt);
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

/* A text column of the row as a string, or NULL (also when empty) */
static char *
GetTextColumn(const MappedColumn *col, HeapTuple tuple, TupleDesc tupdesc,
			  int *len)
{
	bool		isnull;
	Datum		d;
	text	   *t;

	if (col->attnum == InvalidAttrNumber)
		return NULL;
	d = heap_getattr(tuple, col->attnum, tupdesc, &isnull);
	if (isnull)
		return NULL;
	t = DatumGetTextPP(d);
	*len = VARSIZE_ANY_EXHDR(t);
	/* an empty sender, service or channel is "not given", like NULL */
	return *len > 0 ? VARDATA_ANY(t) : NULL;
}

/* The chain of a row: its sender and service, canonicalized when needed */
typedef struct RowScopes
{
	const char *sender;
	int			sender_len;
	const char *service;
	int			service_len;
} RowScopes;

static void
BuildChainFromRow(void *arg, ScopeChain *chain)
{
	RowScopes  *rs = (RowScopes *) arg;

	ScopeChainForRaw(rs->sender, rs->sender_len, rs->service, rs->service_len,
					 chain);
}

/*
 * The length of a channel prefix ("whatsapp:") at the start of a text
 * recipient, or 0.  "tel:" is part of the number, not a channel.
 */
static int
ChannelPrefixLength(const char *s, int len)
{
	int			i;

	for (i = 0; i < len && i <= 32; i++)
	{
		char		c = s[i];

		if (c == ':')
			break;
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			  (i > 0 && ((c >= '0' && c <= '9') || c == '_'))))
			return 0;
	}
	if (i == 0 || i >= len || s[i] != ':')
		return 0;
	if (i == 3 && pg_strncasecmp(s, "tel", 3) == 0)
		return 0;
	return i + 1;
}

/* Report a blocked send as an error */
static void
ReportBlocked(Relation rel, const TriggerConfig *cfg, uint64 recipient,
			  const BlockInfo *info)
pg_attribute_noreturn();

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

/*
 * The one confirmation of an opt-out (FCC): a row whose purpose is
 * opt_out_confirmation passes if the blocking opt-out is recent enough and
 * its confirmation was not sent yet; claiming it marks the suppression, so
 * a second one (even a concurrent one: it waits for the row lock, then
 * sees the mark) is blocked as usual.
 */
static bool
ClaimConfirmation(uint64 recipient, const BlockInfo *info)
{
	const OptConsentCatalog *cat = OptConsentGetCatalog();
	Oid			argtypes[4] = {cat->e164_typid, TEXTOID, TEXTOID, TIMESTAMPTZOID};
	Datum		values[4];
	OwnerSpi	spi;
	bool		claimed;

	if (info->kind != BLOCK_OPT_OUT ||
		GetCurrentTimestamp() > info->since + opt_consent_confirmation_window ||
		get_attnum(cat->suppressions_relid, "confirmed_at") == InvalidAttrNumber)
		return false;

	values[0] = Int64GetDatum((int64) recipient);
	values[1] = CStringGetTextDatum(info->scope);
	values[2] = CStringGetTextDatum(info->channel);
	values[3] = TimestampTzGetDatum(info->since);

	OwnerSpiBegin(&spi);
	if (SPI_execute_with_args("UPDATE opt_consent.suppressions"
							  "   SET confirmed_at = pg_catalog.clock_timestamp()"
							  " WHERE recipient OPERATOR(opt_consent.=) $1"
							  "   AND scope OPERATOR(pg_catalog.=) $2"
							  "   AND channel OPERATOR(pg_catalog.=) $3"
							  "   AND kind OPERATOR(pg_catalog.=) 'opt_out'"
							  "   AND since OPERATOR(pg_catalog.=) $4"
							  "   AND confirmed_at IS NULL",
							  4, argtypes, values, NULL, false, 0) != SPI_OK_UPDATE)
		elog(ERROR, "could not record the opt-out confirmation");
	claimed = (SPI_processed == 1);
	OwnerSpiEnd(&spi);
	return claimed;
}

/* The row with status (and error_code) set for mark mode */
static HeapTuple
MarkRow(Relation rel, const TriggerConfig *cfg, HeapTuple tuple, bool invalid)
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
		values[n++] = invalid ? cfg->code_invalid : cfg->code_blocked;
	}
	return heap_modify_tuple_by_cols(tuple, RelationGetDescr(rel), n, cols, values, nulls);
}

/* enforce(): BEFORE INSERT OR UPDATE ... FOR EACH ROW */
Datum
enforce(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	Relation	rel;
	TupleDesc	tupdesc;
	HeapTuple	tuple;
	TriggerConfig *cfg;
	bool		isnull;
	Datum		d;
	uint64		recipient;
	const char *family = NULL;
	RowScopes	rs;
	BlockInfo	info;
	Snapshot	snap;
	bool		blocked;
	int			len;
	char	   *s;

	/* the trigger protocol, checked up front */
	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("opt_consent.enforce() was not called by the trigger manager")));
	if (!TRIGGER_FIRED_BEFORE(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event))
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
	tupdesc = RelationGetDescr(rel);
	tuple = TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ?
		trigdata->tg_newtuple : trigdata->tg_trigtuple;

	OptConsentCheckInvalidations();
	cfg = GetTriggerConfig(trigdata->tg_trigger, rel);

	if (!opt_consent_enforce)
		return PointerGetDatum(tuple);

	/* on UPDATE, only a change to a mapped column needs a new check */
	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) &&
		!ColumnChanged(&cfg->recipient, trigdata->tg_trigtuple, tuple, tupdesc) &&
		!ColumnChanged(&cfg->sender, trigdata->tg_trigtuple, tuple, tupdesc) &&
		!ColumnChanged(&cfg->service, trigdata->tg_trigtuple, tuple, tupdesc) &&
		!ColumnChanged(&cfg->channel, trigdata->tg_trigtuple, tuple, tupdesc) &&
		!ColumnChanged(&cfg->purpose, trigdata->tg_trigtuple, tuple, tupdesc))
		return PointerGetDatum(tuple);

	/* the recipient: NULL passes */
	d = heap_getattr(tuple, cfg->recipient.attnum, tupdesc, &isnull);
	if (isnull)
		return PointerGetDatum(tuple);
	if (cfg->recipient_is_e164)
		recipient = (uint64) DatumGetInt64(d);
	else
	{
		text	   *t = DatumGetTextPP(d);
		const char *str = VARDATA_ANY(t);
		int			plen;
		E164ParseResult r;

		len = VARSIZE_ANY_EXHDR(t);
		plen = ChannelPrefixLength(str, len);
		if (plen > 0 && cfg->channel.attnum == InvalidAttrNumber)
			family = ChannelFamily(str, plen - 1);
		e164_parse(str + plen, len - plen, opt_consent_default_country_code, &r);
		if (r.status != E164_OK)
		{
			switch (cfg->on_block)
			{
				case ON_BLOCK_SKIP:
					return PointerGetDatum(NULL);
				case ON_BLOCK_MARK:
					return PointerGetDatum(MarkRow(rel, cfg, tuple, true));
				case ON_BLOCK_ERROR:
					/* raises 22P02, naming what is wrong */
					E164ReportError(str + plen, len - plen, &r);
					break;
			}
			elog(ERROR, "invalid recipient accepted");
		}
		recipient = r.value;
	}

	/* the channel: its column, else the recipient's prefix, else sms */
	s = GetTextColumn(&cfg->channel, tuple, tupdesc, &len);
	if (s != NULL)
		family = ChannelFamily(s, len);
	else if (family == NULL)
		family = "sms";

	memset(&rs, 0, sizeof(rs));
	rs.sender = GetTextColumn(&cfg->sender, tuple, tupdesc, &rs.sender_len);
	rs.service = GetTextColumn(&cfg->service, tuple, tupdesc, &rs.service_len);

	/*
	 * The latest committed state, not the transaction's snapshot.  It need
	 * not be registered: it is only used by the index scan below, before
	 * anything takes another snapshot, and our transaction's own xmin keeps
	 * what it sees from being pruned.
	 */
	snap = GetLatestSnapshot();
	blocked = LookupBlock(recipient, family, snap, BuildChainFromRow, &rs, &info);

	if (!blocked)
		return PointerGetDatum(tuple);

	/* the opt-out's one confirmation message */
	s = GetTextColumn(&cfg->purpose, tuple, tupdesc, &len);
	if (s != NULL && len == strlen(CONFIRMATION_PURPOSE) &&
		memcmp(s, CONFIRMATION_PURPOSE, len) == 0 &&
		ClaimConfirmation(recipient, &info))
		return PointerGetDatum(tuple);

	switch (cfg->on_block)
	{
		case ON_BLOCK_SKIP:
			return PointerGetDatum(NULL);
		case ON_BLOCK_MARK:
			return PointerGetDatum(MarkRow(rel, cfg, tuple, false));
		case ON_BLOCK_ERROR:
			ReportBlocked(rel, cfg, recipient, &info);
	}
	return PointerGetDatum(NULL);	/* keep compiler quiet */
}
