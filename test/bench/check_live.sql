-- test/bench/check_live.sql -- after the load of figure 6: sends that got
-- through although the recipient's opt-out had committed before them.
--
-- psql variables: margin_at_ms, margin_ct_ms.  Prints one line:
--   rows violations-by-"at" violations-by-commit-timestamp opt-out-events opt-in-events
-- then one line per violating row (at most 10), with the events around it.
--
-- The trigger looks at a row after the row's created_at (clock_timestamp()
-- when the row was formed) and before the row's transaction commits.  A row
-- is a violation when an opt_out event of its recipient happened before the
-- row's created_at minus a margin, and no later opt_in event (in ledger
-- order: the writers of one recipient are serialized) began before the row
-- committed (it may have committed before the trigger looked).
-- "Happened" is read two ways:
--   * the event's at (now(), its transaction's start: the commit is later,
--     so the margin covers the transaction's own duration);
--   * the commit timestamp of the event's transaction (track_commit_timestamp),
--     with a margin for the step between writing the commit record and
--     becoming visible.
-- Both are conservative: when in doubt, a row is not counted.

SET search_path = bench, public, opt_consent;

CREATE TEMP TABLE ev AS
SELECT e.recipient, e.id, e.action, e.at,
	   pg_xact_commit_timestamp(e.xmin) AS committed_at,
	   -- the earliest start of a later opt_in of the same recipient
	   min(e.at) FILTER (WHERE e.action = 'opt_in')
		   OVER (PARTITION BY e.recipient ORDER BY e.id DESC
				 ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS next_in_at,
	   lead(e.id) OVER (PARTITION BY e.recipient ORDER BY e.id) AS next_id
  FROM opt_consent.events e
 WHERE e.recipient >= '+19990000001'::e164 AND e.recipient <= '+19990000020'::e164
   AND e.action IN ('opt_out', 'opt_in');

CREATE TEMP TABLE sent AS
SELECT id, to_number::e164 AS r, created_at,
	   pg_xact_commit_timestamp(xmin) AS committed_at
  FROM bench.live;
ANALYZE ev;
ANALYZE sent;

SELECT (SELECT count(*) FROM sent),
	   (SELECT count(DISTINCT o.id) FROM sent o JOIN ev e ON e.recipient = o.r
		 WHERE e.action = 'opt_out'
		   AND e.at < o.created_at - make_interval(secs => :margin_at_ms / 1000.0)
		   AND (e.next_in_at IS NULL OR e.next_in_at >= o.committed_at)),
	   (SELECT count(DISTINCT o.id) FROM sent o JOIN ev e ON e.recipient = o.r
		 WHERE e.action = 'opt_out'
		   AND e.committed_at < o.created_at - make_interval(secs => :margin_ct_ms / 1000.0)
		   AND (e.next_in_at IS NULL OR e.next_in_at >= o.committed_at)),
	   (SELECT count(*) FROM ev WHERE action = 'opt_out'),
	   (SELECT count(*) FROM ev WHERE action = 'opt_in');

-- the violating rows, for the record
SELECT format('row %s to %s: created_at %s, committed %s; opt_out event %s: at %s, committed %s (%s ms before the row); next event: %s',
			  o.id, o.r, o.created_at, o.committed_at, e.id, e.at, e.committed_at,
			  round((extract(epoch FROM o.created_at - e.committed_at) * 1000)::numeric, 3),
			  coalesce((SELECT format('%s %s at %s, committed %s', n.id, n.action, n.at, n.committed_at)
						  FROM ev n WHERE n.id = e.next_id), 'none'))
  FROM sent o JOIN ev e ON e.recipient = o.r
 WHERE e.action = 'opt_out'
   AND (e.at < o.created_at - make_interval(secs => :margin_at_ms / 1000.0) OR
		e.committed_at < o.created_at - make_interval(secs => :margin_ct_ms / 1000.0))
   AND (e.next_in_at IS NULL OR e.next_in_at >= o.committed_at)
 ORDER BY o.id, e.id
 LIMIT 10;
