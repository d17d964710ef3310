// A small messaging app on opt_consent, with node-postgres.
//
//   handleWebhook(pool, params)  what a Twilio-shaped inbound webhook does
//   queueMessage(pool, ...)      the application queues a message
//   dispatch(pool, n)            a worker takes queued rows to send them
//
// The database decides: opted-out recipients are refused when queued, and
// rows queued before a STOP come back 'failed' when the worker takes them
// (recheck), so the worker sends only what comes back 'sending'.
'use strict';

// opt_consent's SQLSTATEs (class 23: drivers call them integrity errors)
const BLOCKED = new Set(['23610', '23612', '23613']); // opted out, no consent, reassigned
const DND = '23611';

async function setup(client) {
  await client.query(`
    CREATE TABLE IF NOT EXISTS outbound_messages (
      id bigserial PRIMARY KEY,
      to_number text NOT NULL,
      from_number text NOT NULL,
      body text NOT NULL,
      status text NOT NULL DEFAULT 'queued',
      error_code integer)`);
  await client.query(`SELECT opt_consent.protect('outbound_messages', 'to_number', 'from_number',
      on_block => 'error', recheck => 'status:sending')`);
}

// Twilio posts From, To, Body, MessageSid, MessagingServiceSid, OptOutType
async function handleWebhook(pool, p) {
  const { rows } = await pool.query(
    `SELECT opt_consent.handle_inbound($1, $2, $3, service => $4, message_id => $5,
                                       opt_out_type => $6) AS class`,
    [p.From, p.To, p.Body, p.MessagingServiceSid || null, p.MessageSid, p.OptOutType || null]);
  return rows[0].class;
}

// Returns {queued: id} or {refused: reason}; other errors propagate
async function queueMessage(pool, to, from, body) {
  try {
    const { rows } = await pool.query(
      'INSERT INTO outbound_messages (to_number, from_number, body) VALUES ($1, $2, $3) RETURNING id',
      [to, from, body]);
    return { queued: rows[0].id };
  } catch (e) {
    if (BLOCKED.has(e.code)) return { refused: 'blocked', detail: e.detail, hint: e.hint };
    if (e.code === DND) return { refused: 'do not disturb', detail: e.detail };
    throw e;
  }
}

// Take up to n queued rows; the trigger checks each again (a STOP may have
// come in since it was queued).  In error mode one blocked row fails the
// statement, so rows are taken one at a time.
async function dispatch(pool, n) {
  const sent = [];
  const refused = [];
  for (let i = 0; i < n; i++) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query(
        `SELECT id FROM outbound_messages WHERE status = 'queued'
          ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`);
      if (rows.length === 0) { await client.query('ROLLBACK'); break; }
      const id = rows[0].id;
      try {
        await client.query(`UPDATE outbound_messages SET status = 'sending' WHERE id = $1`, [id]);
        await client.query('COMMIT');
        sent.push(id);           // hand it to the provider here
      } catch (e) {
        await client.query('ROLLBACK');
        if (!BLOCKED.has(e.code) && e.code !== DND) throw e;
        await client.query(`UPDATE outbound_messages SET status = 'failed', error_code = 21610 WHERE id = $1`, [id]);
        refused.push(id);
      }
    } finally {
      client.release();
    }
  }
  return { sent, refused };
}

module.exports = { setup, handleWebhook, queueMessage, dispatch };
