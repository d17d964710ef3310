"""A small messaging app on opt_consent, with psycopg 3.

    handle_webhook(conn, params)  what a Twilio-shaped inbound webhook does
    queue_message(conn, ...)      the application queues a message
    dispatch(conn, n)             a worker takes queued rows (mark mode)

The database decides: opted-out recipients are refused when queued, and a
row queued before a STOP comes back 'failed' when the worker takes it.
"""
import psycopg

# opt_consent's SQLSTATEs.  They are of class 23, so psycopg raises them as
# psycopg.IntegrityError: catch them by SQLSTATE before any generic
# "duplicate, ignore" handler.  (psycopg.errors.lookup('23610') raises
# KeyError: these codes are opt_consent's own.)
BLOCKED = {"23610", "23612", "23613"}
DND = "23611"


def setup(conn):
    conn.execute("""
        CREATE TABLE IF NOT EXISTS py_outbound (
            id bigserial PRIMARY KEY, to_number text NOT NULL, from_number text NOT NULL,
            body text NOT NULL, status text NOT NULL DEFAULT 'queued', error_code integer)""")
    conn.execute("""SELECT opt_consent.protect('py_outbound', 'to_number', 'from_number',
        on_block => 'mark', status_column => 'status', error_code_column => 'error_code',
        recheck => 'status:sending')""")


def handle_webhook(conn, p):
    return conn.execute(
        """SELECT opt_consent.handle_inbound(%s, %s, %s, service => %s, message_id => %s,
                                             opt_out_type => %s)""",
        (p["From"], p["To"], p["Body"], p.get("MessagingServiceSid"), p["MessageSid"],
         p.get("OptOutType"))).fetchone()[0]


def queue_message(conn, to, sender, body):
    """Returns ('queued', id) or ('failed', error_code) in mark mode."""
    row = conn.execute(
        "INSERT INTO py_outbound (to_number, from_number, body) VALUES (%s, %s, %s)"
        " RETURNING id, status, error_code", (to, sender, body)).fetchone()
    return ("queued", row[0]) if row[1] == "queued" else ("failed", row[2])


def queue_message_strict(conn, to, sender, body):
    """The same in an error-mode table: refused sends raise; say why."""
    try:
        with conn.transaction():
            conn.execute("INSERT INTO py_strict (to_number, from_number, body) VALUES (%s, %s, %s)",
                         (to, sender, body))
        return ("queued", None)
    except psycopg.IntegrityError as e:
        if e.sqlstate in BLOCKED:
            return ("blocked", e.diag.message_detail, e.diag.message_hint)
        if e.sqlstate == DND:
            return ("do not disturb", e.diag.message_detail, None)
        raise


def dispatch(conn, n):
    """Mark mode: the UPDATE returns each row checked again."""
    return conn.execute(
        """UPDATE py_outbound SET status = 'sending'
            WHERE id IN (SELECT id FROM py_outbound WHERE status = 'queued'
                          ORDER BY id LIMIT %s FOR UPDATE SKIP LOCKED)
        RETURNING id, status, error_code""", (n,)).fetchall()
