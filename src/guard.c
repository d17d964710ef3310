/*-------------------------------------------------------------------------
 *
 * guard.c
 *	  The DROP guard (SPEC 9.4): DROP EXTENSION opt_consent (with or without
 *	  CASCADE) and DROP SCHEMA opt_consent CASCADE are refused while the
 *	  ledger holds rows, unless a superuser turned opt_consent.allow_drop on
 *	  in the session: dropping would lose every opt-out and the evidence.
 *
 * An event trigger at ddl_command_start, written in C because only C sees
 * the statement's parse tree (which objects it drops).  A DROP ... CASCADE
 * of anything else reaches the extension when the extension depends on
 * what is dropped, directly or not (DROP EXTENSION plpgsql CASCADE, DROP
 * LANGUAGE plpgsql CASCADE): those are found by following pg_depend from
 * each named object, the way the drop itself will.
 *
 *-------------------------------------------------------------------------
 */
#include "opt_consent.h"

#include "access/genam.h"
#include "access/table.h"
#include "catalog/indexing.h"
#include "catalog/namespace.h"
#include "catalog/objectaddress.h"
#include "catalog/pg_depend.h"
#include "catalog/pg_extension.h"
#include "catalog/pg_namespace.h"
#include "commands/event_trigger.h"
#include "commands/extension.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "nodes/parsenodes.h"
#include "nodes/value.h"
#include "storage/lmgr.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/fmgroids.h"
#include "utils/hsearch.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/syscache.h"

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

typedef struct DependKey
{
	Oid			classid;
	Oid			objid;
} DependKey;

/* A walk of pg_depend: the objects found, each once, in order */
typedef struct DependWalk
{
	HTAB	   *seen;
	DependKey  *queue;
	int			n;
	int			room;
} DependWalk;

/* Add an object to the walk, once */
static void
Visit(DependWalk *w, Oid classid, Oid objid)
{
	DependKey	key;
	bool		found;

	key.classid = classid;
	key.objid = objid;
	hash_search(w->seen, &key, HASH_ENTER, &found);
	if (found)
		return;
	if (w->n == w->room)
	{
		w->room *= 2;
		w->queue = repalloc(w->queue, sizeof(DependKey) * w->room);
	}
	w->queue[w->n++] = key;
}

/*
 * Add to the walk what depends on cur, or (owners) what owns cur: the
 * extension of a member, the owner of an internal part
 */
static void
VisitDepends(Relation depRel, DependWalk *w, DependKey cur, bool owners)
{
	ScanKeyData key[2];
	SysScanDesc scan;
	HeapTuple	tup;

	ScanKeyInit(&key[0], owners ? Anum_pg_depend_classid : Anum_pg_depend_refclassid,
				BTEqualStrategyNumber, F_OIDEQ, ObjectIdGetDatum(cur.classid));
	ScanKeyInit(&key[1], owners ? Anum_pg_depend_objid : Anum_pg_depend_refobjid,
				BTEqualStrategyNumber, F_OIDEQ, ObjectIdGetDatum(cur.objid));
	scan = systable_beginscan(depRel, owners ? DependDependerIndexId : DependReferenceIndexId,
							  true, NULL, 2, key);
	while (HeapTupleIsValid(tup = systable_getnext(scan)))
	{
		Form_pg_depend dep = (Form_pg_depend) GETSTRUCT(tup);

		if (!owners)
			Visit(w, dep->classid, dep->objid);
		else if (dep->deptype == DEPENDENCY_EXTENSION || dep->deptype == DEPENDENCY_INTERNAL)
			Visit(w, dep->refclassid, dep->refobjid);
	}
	systable_endscan(scan);
}

/*
 * Would dropping obj with CASCADE drop the extension?  As the drop finds
 * what it removes: everything that depends on obj, and on that, ...; and
 * an object that a cascade reaches takes along what owns it (an extension
 * its member, an object its internal parts' owner).
 */
static bool
CascadeReaches(const ObjectAddress *obj, Oid extoid)
{
	Relation	depRel;
	HASHCTL		ctl;
	DependWalk	w;
	bool		reached = false;

	memset(&ctl, 0, sizeof(ctl));
	ctl.keysize = sizeof(DependKey);
	ctl.entrysize = sizeof(DependKey);
	ctl.hcxt = CurrentMemoryContext;
	w.seen = hash_create("opt_consent cascade", 256, &ctl, HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	w.room = 64;
	w.queue = palloc(sizeof(DependKey) * w.room);
	w.n = 0;
	Visit(&w, obj->classId, obj->objectId);

	depRel = table_open(DependRelationId, AccessShareLock);
	for (int i = 0; i < w.n; i++)
	{
		DependKey	cur = w.queue[i];

		if (cur.classid == ExtensionRelationId && cur.objid == extoid)
		{
			reached = true;
			break;
		}
		CHECK_FOR_INTERRUPTS();
		VisitDepends(depRel, &w, cur, false);
		/*
		 * what owns it (not for the named object itself: PostgreSQL refuses
		 * to drop a member of an extension by name, 2BP01)
		 */
		if (i > 0)
			VisitDepends(depRel, &w, cur, true);
	}
	table_close(depRel, AccessShareLock);
	hash_destroy(w.seen);
	pfree(w.queue);
	return reached;
}

/*
 * Does a DROP ... CASCADE of other objects reach the extension?  Relations
 * are not followed: no member of the extension depends on a relation
 * outside it (and naming one here would lock it before the drop checks
 * its owner).  The objects are locked as the drop will lock them.
 */
static bool
CascadeDropsOptConsent(DropStmt *stmt)
{
	Oid			extoid;
	ListCell   *lc;

	if (stmt->behavior != DROP_CASCADE)
		return false;
	switch (stmt->removeType)
	{
		case OBJECT_TABLE:
		case OBJECT_VIEW:
		case OBJECT_MATVIEW:
		case OBJECT_INDEX:
		case OBJECT_SEQUENCE:
		case OBJECT_FOREIGN_TABLE:
			return false;
		default:
			break;
	}
	extoid = get_extension_oid(OPT_CONSENT_SCHEMA, true);
	if (!OidIsValid(extoid))
		return false;
	foreach(lc, stmt->objects)
	{
		Relation	rel = NULL;
		ObjectAddress addr;

		addr = get_object_address(stmt->removeType, (Node *) lfirst(lc), &rel,
								  AccessExclusiveLock, true);
		if (rel != NULL)
			table_close(rel, NoLock);
		if (OidIsValid(addr.objectId) && CascadeReaches(&addr, extoid))
			return true;
	}
	return false;
}

/* Does DROP OWNED name the extension's owner? */
static bool
DropsOwnerObjects(DropOwnedStmt *stmt)
{
	Oid			owner = OptConsentExtensionOwner();
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

/* May the calling role read opt_consent.events? */
static bool
MayReadLedger(void)
{
	Oid			events = get_relname_relid("events", OptConsentGetCatalog()->namespace_oid);

	return OidIsValid(events) &&
		pg_class_aclcheck(events, GetUserId(), ACL_SELECT) == ACLCHECK_OK;
}

/* The ledger's rows, in the latest committed state */
static int64
LedgerRows(void)
{
	OwnerSpi	spi;
	int64		rows = 0;
	bool		isnull;

	OwnerSpiBegin(&spi);
	OwnerSpiReadLatest("SELECT pg_catalog.count(*) FROM opt_consent.events", 0, NULL, NULL, 1,
					   "the opt_consent ledger");
	if (SPI_processed == 1)
		rows = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc,
										   1, &isnull));
	OwnerSpiEnd(&spi);
	return rows;
}

/* The owner of schema nsp, or InvalidOid if it is gone */
static Oid
SchemaOwner(Oid nsp)
{
	HeapTuple	tup = SearchSysCache1(NAMESPACEOID, ObjectIdGetDatum(nsp));
	Oid			owner;

	if (!HeapTupleIsValid(tup))
		return InvalidOid;
	owner = ((Form_pg_namespace) GETSTRUCT(tup))->nspowner;
	ReleaseSysCache(tup);
	return owner;
}

/*
 * Could the calling role drop the extension: a superuser, a member of the
 * extension's owner (DROP EXTENSION, DROP OWNED) or of its schema's owner
 * (DROP SCHEMA ... CASCADE)?
 */
static bool
MayDropExtension(void)
{
	Oid			owner = OptConsentExtensionOwner();

	if (superuser() || (OidIsValid(owner) && has_privs_of_role(GetUserId(), owner)))
		return true;
	owner = SchemaOwner(OptConsentGetCatalog()->namespace_oid);
	return OidIsValid(owner) && has_privs_of_role(GetUserId(), owner);
}

/* guard_drop(): event trigger, ddl_command_start, every DROP */
Datum
guard_drop(PG_FUNCTION_ARGS)
{
	EventTriggerData *trigdata;
	Oid			events;
	int64		rows;

	if (!CALLED_AS_EVENT_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("guard_drop() was not called by the event trigger manager")));
	trigdata = (EventTriggerData *) fcinfo->context;
	/* (the extension's own update script may drop what it replaces) */
	if (trigdata->parsetree == NULL ||
		(creating_extension &&
		 CurrentExtensionObject == get_extension_oid(OPT_CONSENT_SCHEMA, true)))
		PG_RETURN_VOID();
	if (IsA(trigdata->parsetree, DropStmt))
	{
		if (!DropsOptConsent((DropStmt *) trigdata->parsetree) &&
			!CascadeDropsOptConsent((DropStmt *) trigdata->parsetree))
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

	/*
	 * The ledger's rows in the latest committed state (a REPEATABLE READ
	 * snapshot could predate a commit).  None: a write in progress (the
	 * first STOP of a new database) could still commit rows that the drop,
	 * which waits for it, would drop; so a role that could drop the
	 * extension takes the lock the drop takes anyway, which waits for such
	 * writes, and counts again.  (Not before a first count: a drop refused
	 * anyway must not queue behind long readers of the ledger and stall
	 * every writer meanwhile; and not for a role that cannot drop it.)
	 */
	rows = LedgerRows();
	events = get_relname_relid("events", OptConsentGetCatalog()->namespace_oid);
	if (rows == 0 && OidIsValid(events) && MayDropExtension())
	{
		LockRelationOid(events, AccessExclusiveLock);
		rows = LedgerRows();
	}

	/* (how many only to a role that may read the ledger) */
	if (rows > 0)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_IN_USE),
				 MayReadLedger() ?
				 errmsg("dropping opt_consent would lose its ledger of %lld consent events", (long long) rows) :
				 errmsg("dropping opt_consent would lose its ledger of consent events"),
				 errdetail("The ledger, every opt-out and every Do Not Disturb would be gone, and a later CREATE EXTENSION starts empty: recipients who opted out could be sent to again."),
				 errhint("Keep them first (pg_dump --schema=opt_consent ... or a dump of the database), then a superuser can SET opt_consent.allow_drop = on in this session and drop it.")));
	PG_RETURN_VOID();
}

/*
 * check_schema(raise boolean DEFAULT true) RETURNS text: is the schema
 * opt_consent safe for the extension's SECURITY DEFINER functions, which run
 * as its owner (a superuser) and call the extension's objects by name?  Not
 * if a role other than a superuser or the extension's owner owns the schema
 * (it could rename it and make look-alike objects), nor if the schema holds
 * a relation, function, type or operator of such a role (it could stand in
 * for one of the extension's own).  raise: 42501 naming the first problem
 * (CREATE EXTENSION and the update to 1.2 call it first); else the problem
 * as text, NULL if none (lint()).
 */
PG_FUNCTION_INFO_V1(check_schema);

Datum
check_schema(PG_FUNCTION_ARGS)
{
	bool		raise = PG_ARGISNULL(0) || PG_GETARG_BOOL(0);
	Oid			nsp = get_namespace_oid(OPT_CONSENT_SCHEMA, true);
	Oid			extowner = OptConsentExtensionOwner();
	Oid			owner;
	char	   *problem = NULL;
	const char *detail = NULL;
	const char *hint = NULL;

	owner = OidIsValid(nsp) ? SchemaOwner(nsp) : InvalidOid;
	if (!OidIsValid(owner))
		PG_RETURN_NULL();

	if (owner != extowner && !superuser_arg(owner))
	{
		problem = psprintf("schema opt_consent is owned by role %s, which is not a superuser",
						   GetUserNameFromId(owner, false));
		detail = "The owner of the schema could replace what the extension's functions call, and they run as a superuser.";
		hint = "Drop the schema (after looking at what it holds: the objects its owner made stay if only its owner changes), then create or update the extension.";
	}
	else
	{
		Oid			argtypes[2] = {OIDOID, OIDOID};
		Datum		values[2] = {ObjectIdGetDatum(nsp), ObjectIdGetDatum(extowner)};
		MemoryContext cxt = CurrentMemoryContext;

		SPI_connect();
		if (SPI_execute_with_args(
								  "SELECT o.kind, o.name, o.owner FROM"
								  " (SELECT 'relation' AS kind, c.relname::pg_catalog.text AS name, c.relowner AS owner"
								  "    FROM pg_catalog.pg_class c WHERE c.relnamespace OPERATOR(pg_catalog.=) $1"
								  "  UNION ALL"
								  "  SELECT 'function', p.proname::pg_catalog.text, p.proowner"
								  "    FROM pg_catalog.pg_proc p WHERE p.pronamespace OPERATOR(pg_catalog.=) $1"
								  "  UNION ALL"
								  "  SELECT 'type', t.typname::pg_catalog.text, t.typowner"
								  "    FROM pg_catalog.pg_type t WHERE t.typnamespace OPERATOR(pg_catalog.=) $1"
								  "     AND t.typrelid OPERATOR(pg_catalog.=) 0 AND t.typelem OPERATOR(pg_catalog.=) 0"
								  "  UNION ALL"
								  "  SELECT 'operator', o.oprname::pg_catalog.text, o.oprowner"
								  "    FROM pg_catalog.pg_operator o WHERE o.oprnamespace OPERATOR(pg_catalog.=) $1) o"
								  " JOIN pg_catalog.pg_roles r ON r.oid OPERATOR(pg_catalog.=) o.owner"
								  " WHERE NOT r.rolsuper AND o.owner OPERATOR(pg_catalog.<>) $2"
								  " ORDER BY 1, 2 LIMIT 1",
								  2, argtypes, values, NULL, true, 1) != SPI_OK_SELECT)
			elog(ERROR, "could not read the objects of schema opt_consent");
		if (SPI_processed > 0)
		{
			HeapTuple	row = SPI_tuptable->vals[0];
			TupleDesc	desc = SPI_tuptable->tupdesc;
			bool		isnull;
			Oid			objowner = DatumGetObjectId(SPI_getbinval(row, desc, 3, &isnull));

			/* (in the function's context: SPI_finish frees SPI's) */
			problem = MemoryContextStrdup(cxt,
										  psprintf("schema opt_consent holds %s %s of role %s, which is not a superuser",
												   SPI_getvalue(row, desc, 1), SPI_getvalue(row, desc, 2),
												   GetUserNameFromId(objowner, false)));
			detail = "An object of another role in the extension's schema could stand in for one of the extension's own, which its functions call as a superuser.";
			hint = "Move it out (ALTER ... SET SCHEMA) or drop it, then create or update the extension.";
		}
		SPI_finish();
	}
	if (problem == NULL)
		PG_RETURN_NULL();
	if (raise)
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("%s", problem),
				 errdetail("%s", detail),
				 errhint("%s", hint)));
	PG_RETURN_TEXT_P(cstring_to_text(problem));
}
