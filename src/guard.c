/*-------------------------------------------------------------------------
 *
 * guard.c
 *	  The DROP guard (SPEC 9.4): DROP EXTENSION opt_consent (with or without
 *	  CASCADE) and DROP SCHEMA opt_consent CASCADE are refused while the
 *	  ledger holds rows, unless a superuser turned opt_consent.allow_drop on
 *	  in the session: dropping would lose every opt-out and the evidence.
 *
 * An event trigger at ddl_command_start, written in C because only C sees
 * the statement's parse tree (which objects it drops).
 *
 *-------------------------------------------------------------------------
 */
#include "opt_consent.h"

#include "commands/event_trigger.h"
#include "executor/spi.h"
#include "nodes/parsenodes.h"
#include "nodes/value.h"
#include "utils/acl.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(guard_drop);

bool		opt_consent_allow_drop = false;

/* Does a DROP statement name the extension, or its schema? */
static bool
DropsOptConsent(DropStmt *stmt)
{
	ListCell   *lc;

	if (stmt->removeType != OBJECT_EXTENSION && stmt->removeType != OBJECT_SCHEMA)
		return false;
	foreach(lc, stmt->objects)
	{
		Node	   *obj = (Node *) lfirst(lc);

		if (IsA(obj, String) && strcmp(strVal(obj), OPT_CONSENT_SCHEMA) == 0)
			return true;
	}
	return false;
}

/* The owner of the extension (InvalidOid if it is not installed) */
static Oid
ExtensionOwner(void)
{
	OwnerSpi	spi;
	Oid			owner = InvalidOid;
	bool		isnull;

	OwnerSpiBegin(&spi);
	if (SPI_execute("SELECT extowner FROM pg_catalog.pg_extension"
					" WHERE extname OPERATOR(pg_catalog.=) 'opt_consent'", true, 1) == SPI_OK_SELECT &&
		SPI_processed == 1)
	{
		Datum		d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);

		if (!isnull)
			owner = DatumGetObjectId(d);
	}
	OwnerSpiEnd(&spi);
	return owner;
}

/* Does DROP OWNED name the extension's owner? */
static bool
DropsOwnerObjects(DropOwnedStmt *stmt)
{
	Oid			owner = ExtensionOwner();
	ListCell   *lc;

	if (!OidIsValid(owner))
		return false;
	foreach(lc, stmt->roles)
	{
		RoleSpec   *spec = (RoleSpec *) lfirst(lc);

		if (get_rolespec_oid(spec, true) == owner)
			return true;
	}
	return false;
}

/* guard_drop(): event trigger, ddl_command_start, DROP EXTENSION/SCHEMA/OWNED */
Datum
guard_drop(PG_FUNCTION_ARGS)
{
	EventTriggerData *trigdata;
	OwnerSpi	spi;
	int64		rows = 0;
	bool		isnull;

	if (!CALLED_AS_EVENT_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("guard_drop() was not called by the event trigger manager")));
	trigdata = (EventTriggerData *) fcinfo->context;
	if (trigdata->parsetree == NULL)
		PG_RETURN_VOID();
	if (IsA(trigdata->parsetree, DropStmt))
	{
		if (!DropsOptConsent((DropStmt *) trigdata->parsetree))
			PG_RETURN_VOID();
	}
	else if (IsA(trigdata->parsetree, DropOwnedStmt))
	{
		if (!DropsOwnerObjects((DropOwnedStmt *) trigdata->parsetree))
			PG_RETURN_VOID();
	}
	else
		PG_RETURN_VOID();
	if (opt_consent_allow_drop)
		PG_RETURN_VOID();

	OwnerSpiBegin(&spi);
	if (SPI_execute("SELECT pg_catalog.count(*) FROM opt_consent.events", true, 1) == SPI_OK_SELECT &&
		SPI_processed == 1)
		rows = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc,
										   1, &isnull));
	OwnerSpiEnd(&spi);

	if (rows > 0)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_IN_USE),
				 errmsg("dropping opt_consent would lose its ledger of %lld consent events", (long long) rows),
				 errdetail("The ledger, every opt-out and every Do Not Disturb would be gone, and a later CREATE EXTENSION starts empty: recipients who opted out could be sent to again."),
				 errhint("Keep them first (pg_dump --schema=opt_consent ... or a dump of the database), then a superuser can SET opt_consent.allow_drop = on in this session and drop it.")));
	PG_RETURN_VOID();
}
