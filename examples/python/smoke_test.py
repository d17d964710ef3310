"""Smoke test of the psycopg 3 example against the throwaway cluster of
`make test` (PGHOST, PGPORT, PGUSER).  Last line:
"python example: N passed, M failed"."""
import os
import sys

import psycopg

import app

passed = failed = 0


def check(what, cond):
    global passed, failed
    if cond:
        passed += 1
        print(f"ok - {what}")
    else:
        failed += 1
        print(f"not ok - {what}")


try:
    with psycopg.connect(dbname=os.environ.get("EXAMPLE_DB", "opt_consent_examples"),
                         autocommit=True) as conn:
        app.setup(conn)
        conn.execute("CREATE TABLE IF NOT EXISTS py_strict (to_number text, from_number text, body text)")
        conn.execute("SELECT opt_consent.protect('py_strict', 'to_number', 'from_number')")
        conn.execute("INSERT INTO opt_consent.scopes (id, kind) VALUES ('MG-py', 'messaging_service')"
                     " ON CONFLICT DO NOTHING")
        conn.execute("INSERT INTO opt_consent.scopes (id, kind, parent)"
                     " VALUES ('+15550109300', 'number', 'MG-py') ON CONFLICT DO NOTHING")
        early = app.queue_message(conn, "+15550109201", "+15550109300", "hello")
        check("a message to a new recipient is queued", early[0] == "queued")
        hook = {"From": "+15550109201", "To": "+15550109300", "Body": "stop please",
                "MessageSid": "SMpy1", "MessagingServiceSid": "MG-py", "OptOutType": "STOP"}
        check("the STOP webhook is an opt-out", app.handle_webhook(conn, hook) == "opt_out")
        check("its retry answers the same", app.handle_webhook(conn, hook) == "opt_out")
        n = conn.execute("SELECT count(*) FROM opt_consent.events WHERE message_id = 'SMpy1'").fetchone()[0]
        check("and writes one ledger row", n == 1)
        late = app.queue_message(conn, "+15550109201", "+15550109300", "again")
        check("a new send is written failed with 21610", late == ("failed", 21610))
        strict = app.queue_message_strict(conn, "+15550109201", "+15550109300", "again")
        check("an error-mode table raises an IntegrityError with the reason",
              strict[0] == "blocked" and "opted out" in strict[1])
        rows = app.dispatch(conn, 10)
        check("the row queued before the STOP comes back failed",
              any(r[0] == early[1] and r[1] == "failed" and r[2] == 21610 for r in rows))
except Exception as e:  # noqa: BLE001 - the smoke test reports anything
    failed += 1
    print(f"not ok - unexpected error: {getattr(e, 'sqlstate', '')} {e}")

print(f"python example: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
