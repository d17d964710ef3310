// Smoke test of the node-postgres example against the throwaway cluster
// of `make test` (PGHOST, PGPORT, PGUSER, PGDATABASE).  Last line:
// "node example: N passed, M failed".
'use strict';
const { Pool } = require('pg');
const app = require('./app');

let passed = 0;
let failed = 0;
function check(what, cond) {
  if (cond) { passed++; console.log(`ok - ${what}`); }
  else { failed++; console.log(`not ok - ${what}`); }
}

(async () => {
  const pool = new Pool({ database: process.env.EXAMPLE_DB || 'opt_consent_examples' });
  try {
    const c = await pool.connect();
    await app.setup(c);
    await c.query(`INSERT INTO opt_consent.scopes (id, kind) VALUES ('MG-node', 'messaging_service')
                   ON CONFLICT DO NOTHING`);
    await c.query(`INSERT INTO opt_consent.scopes (id, kind, parent) VALUES ('+15550109100', 'number', 'MG-node')
                   ON CONFLICT DO NOTHING`);
    c.release();

    // queued before the STOP
    const early = await app.queueMessage(pool, '+15550109001', '+15550109100', 'hello');
    check('a message to a new recipient is queued', early.queued !== undefined);

    // the STOP webhook, delivered twice (a retry)
    const w = { From: '+15550109001', To: '+15550109100', Body: 'STOP', MessageSid: 'SMnode1',
                MessagingServiceSid: 'MG-node', OptOutType: 'STOP' };
    check('the STOP webhook is an opt-out', (await app.handleWebhook(pool, w)) === 'opt_out');
    check('its retry answers the same', (await app.handleWebhook(pool, w)) === 'opt_out');
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM opt_consent.events WHERE message_id = 'SMnode1'`);
    check('and writes one ledger row', rows[0].n === 1);

    // a new send is refused with the reason
    const late = await app.queueMessage(pool, '+15550109001', '+15550109100', 'hello again');
    check('a new send is refused', late.refused === 'blocked' && /opted out/.test(late.detail));

    // the row queued before the STOP does not go out
    await app.queueMessage(pool, '+15550109002', '+15550109100', 'fine');
    const d = await app.dispatch(pool, 10);
    check('the early row is refused at dispatch', d.refused.includes(early.queued));
    check('another recipient is sent', d.sent.length === 1);
  } catch (e) {
    failed++;
    console.log(`not ok - unexpected error: ${e.code || ''} ${e.message}`);
  } finally {
    await pool.end();
  }
  console.log(`node example: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})();
