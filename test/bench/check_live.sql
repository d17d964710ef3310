-- test/bench/check_live.sql -- after the load of figure 6: sends that got
-- through although the recipient's opt-out had committed before them.
--
-- psql variables: margin_at_ms, margin_ct_ms.  Prints one line:
--   rows violations-by-at violations-by-ack by-commit-timestamp opt-outs opt-ins
-- then one line per suspect row (at most 10), with the events around it.
--
-- The trigger looks at a row after the row's created_at (clock_timestamp()
-- when the row was formed) and before the row's transaction commits.  A row
-- is a violation when an opt_out event of its recipient was in force before
-- the row's created_at, and no later opt_in event (in ledger order: the
-- writers of one recipient are serialized) began before the row committed
-- (it may have been visible when the trigger looked).  "In force" is read
-- three ways:
--   * at: the event's at (now(), its transaction's start) plus a margin for
--     the transaction's own duration (the rule of the brief);
--   * ack: the time its pgbench client, after the commit returned, wrote
--     bench.live_acks: by then every new snapshot saw it; exact, no margin
--     (the target);
--   * commit timestamp (track_commit_timestamp) plus a small margin: only
--     informational, as the commit record is written before the
--     transaction becomes visible, and a backend preempted in between (2
--     cores, 8 busy processes) stays invisible for a scheduler time slice.

SET search_path = bench, public, opt_consent;

CREATE TEMP TABLE ev AS
SELECT e.recipient, e.id, e.action, e.at, a.acked_at,
	   pg_xact_commit_timestamp(e.xmin) AS committed_at,
	   -- the earliest start of a later opt_in of the same recipient
	   min(e.at) FILTER (WHERE e.action = 'opt_in')
		   OVER (PARTITION BY e.recipient ORDER BY e.id DESC
				 ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS next_in_at,
	   lead(e.id) OVER (PARTITION BY e.recipient ORDER BY e.id) AS next_id
  FROM opt_consent.events e
  LEFT JOIN bench.live_acks a ON a.event_id = e.id
 WHERE e.recipient >= '+19990000001'::e164 AND e.recipient <= '+19990000020'::e164
   AND e.action IN ('opt_out', 'opt_in');

CREATE TEMP TABLE sent AS
SELECT id, to_number::e164 AS r, created_at,
	   pg_xact_commit_timestamp(xmin) AS committed_at
  FROM bench.live;
ANALYZE ev;
ANALYZE sent;

-- every (row, opt-out before it, not lifted before the row committed)
CREATE TEMP TABLE suspect AS
SELECT o.id AS row_id, o.r, o.created_at, o.committed_at AS row_committed,
	   e.id AS event_id, e.at, e.acked_at, e.committed_at, e.next_id,
	   e.at < o.created_at - make_interval(secs => :margin_at_ms / 1000.0) AS by_at,
	   e.acked_at < o.created_at AS by_ack,
	   e.committed_at < o.created_at - make_interval(secs => :margin_ct_ms / 1000.0) AS by_commit
  FROM sent o JOIN ev e ON e.recipient = o.r
 WHERE e.action = 'opt_out'
   AND e.committed_at < o.created_at
   AND (e.next_in_at IS NULL OR e.next_in_at >= o.committed_at);

SELECT (SELECT count(*) FROM sent),
	   (SELECT count(DISTINCT row_id) FROM suspect WHERE by_at),
	   (SELECT count(DISTINCT row_id) FROM suspect WHERE by_ack),
	   (SELECT count(DISTINCT row_id) FROM suspect WHERE by_commit),
	   (SELECT count(*) FROM ev WHERE action = 'opt_out'),
	   (SELECT count(*) FROM ev WHERE action = 'opt_in');

-- the suspect rows, for the record
SELECT format('row %s to %s (%s): created_at %s, committed %s; opt_out event %s: at %s, committed %s (%s ms before the row), acknowledged %s; next event: %s',
			  s.row_id, s.r,
			  concat_ws(', ', CASE WHEN by_at THEN 'at' END, CASE WHEN by_ack THEN 'ack' END,
						CASE WHEN by_commit THEN 'commit timestamp' END),
			  s.created_at, s.row_committed, s.event_id, s.at, s.committed_at,
			  round((extract(epoch FROM s.created_at - s.committed_at) * 1000)::numeric, 3),
			  coalesce(s.acked_at::text, 'never'),
			  coalesce((SELECT format('%s %s at %s, committed %s', n.id, n.action, n.at, n.committed_at)
						  FROM ev n WHERE n.id = s.next_id), 'none'))
  FROM suspect s
 WHERE by_at OR by_ack OR by_commit
 ORDER BY s.row_id, s.event_id
 LIMIT 10;
