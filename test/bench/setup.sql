-- test/bench/setup.sql -- schema and data of the benchmark (run by run.sh)
--
-- psql variables: rows (outbound rows, bodies, queue rows), ns (suppressions).
--
-- Numbers: recipient k is '+1555' || lpad(k * 7919 mod 10^7, 7, '0'), a
-- bijection on 1 .. 10^7 - 1 that scatters consecutive k.  Recipients
-- 1 .. ns are suppressed; ns + 1 and above are not.  Senders are 10,000
-- registered numbers, each below one of 1,000 messaging services, each below
-- one of 100 accounts.

SET client_min_messages = warning;

CREATE EXTENSION opt_consent;
CREATE EXTENSION IF NOT EXISTS pg_prewarm;
CREATE SCHEMA bench;

------------------------------------------------------------------------------
-- generators (inlined SQL functions)
------------------------------------------------------------------------------

CREATE FUNCTION bench.recipient(k bigint) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT '+1555' || lpad(((k * 7919) % 10000000)::text, 7, '0') $$;

CREATE FUNCTION bench.number_id(n bigint) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT '+1201555' || lpad(n::text, 4, '0') $$;

CREATE FUNCTION bench.service_id(s bigint) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT 'MG' || lpad(s::text, 32, '0') $$;

CREATE FUNCTION bench.account_id(a bigint) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT 'AC' || lpad(a::text, 32, '0') $$;

-- the scope of suppressed recipient k: 60% a messaging service, 25% an
-- account, 15% global
CREATE FUNCTION bench.supp_scope(k bigint) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT CASE WHEN k % 20 < 12 THEN bench.service_id(k % 1000)
               WHEN k % 20 < 17 THEN bench.account_id(k % 100)
               ELSE '*' END $$;

-- a sender number whose scope chain holds bench.supp_scope(k)
-- (number n is below service n % 1000, service s below account s % 100)
CREATE FUNCTION bench.sender_in_scope(k bigint) RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT CASE WHEN k % 20 < 12 THEN k % 1000 + 1000 * (k % 10)
               WHEN k % 20 < 17 THEN (k % 100 + 100 * (k % 10)) + 1000 * (k % 7)
               ELSE k % 10000 END $$;

CREATE FUNCTION bench.outbound_body(j bigint) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT CASE j % 4
	WHEN 0 THEN 'Your verification code is ' || lpad(((j * 7919) % 1000000)::text, 6, '0')
				|| '. It expires in 10 minutes.'
	WHEN 1 THEN 'Reminder: your appointment is tomorrow at ' || (8 + j % 10)
				|| ':00. Reply C to confirm or call us to reschedule. Reply STOP to opt out.'
	WHEN 2 THEN 'Your order #' || (100000 + j % 900000)
				|| ' has shipped and will arrive in 2-3 business days.'
	ELSE 'Hi! Your table for ' || (2 + j % 6) || ' is ready. Show this message at the host stand.'
	END $$;

------------------------------------------------------------------------------
-- the registry: 100 accounts, 1,000 services, 10,000 numbers; ns suppressions
------------------------------------------------------------------------------

INSERT INTO opt_consent.scopes (id, kind, parent, label)
SELECT bench.account_id(a), 'account', NULL, 'account ' || a
  FROM generate_series(0, 99) a;
INSERT INTO opt_consent.scopes (id, kind, parent, label)
SELECT bench.service_id(s), 'messaging_service', bench.account_id(s % 100), 'service ' || s
  FROM generate_series(0, 999) s;
INSERT INTO opt_consent.scopes (id, kind, parent, label)
SELECT bench.number_id(n), 'number', bench.service_id(n % 1000), 'number ' || n
  FROM generate_series(0, 9999) n;

-- written directly by the owner (a bulk import)
INSERT INTO opt_consent.suppressions (recipient, scope, channel, kind, keyword, source, since)
SELECT bench.recipient(k), bench.supp_scope(k),
	   CASE WHEN k % 50 = 0 THEN 'all' ELSE 'sms' END,
	   'opt_out', 'STOP', 'import', now() - (k % 1000) * interval '1 hour'
  FROM generate_series(1, :ns) k;

------------------------------------------------------------------------------
-- outbound: the table under test, and the rows inserted into it
------------------------------------------------------------------------------

CREATE TABLE bench.outbound (
	id bigserial PRIMARY KEY,
	to_number text,
	from_number text,
	service_sid text,
	body text,
	status text DEFAULT 'queued',
	created_at timestamptz DEFAULT now()
);

-- (a)-(d): no recipient suppressed, senders registered numbers
CREATE TABLE bench.src AS
SELECT j AS id, bench.recipient(:ns + j) AS to_number,
	   bench.number_id((j * 37) % 10000) AS from_number,
	   bench.service_id((j * 37) % 10000 % 1000) AS service_sid,
	   bench.outbound_body(j) AS body
  FROM generate_series(1, :rows) j;

-- (e), (f): every 10th row goes to a recipient suppressed in its sender's chain
CREATE TABLE bench.src_mixed AS
SELECT j AS id, to_number, bench.number_id(n) AS from_number,
	   bench.service_id(n % 1000) AS service_sid, bench.outbound_body(j) AS body
  FROM (SELECT j,
			   CASE WHEN j % 10 = 0 THEN bench.recipient(j / 10)
					ELSE bench.recipient(:ns + j) END AS to_number,
			   CASE WHEN j % 10 = 0 THEN bench.sender_in_scope(j / 10)
					ELSE (j * 37) % 10000 END AS n
		  FROM generate_series(1, :rows) j) g;

-- (d): every number the application knows, suppressed or not
CREATE TABLE bench.contacts (phone text PRIMARY KEY);
INSERT INTO bench.contacts SELECT bench.recipient(k) FROM generate_series(1, :ns + :rows) k;

------------------------------------------------------------------------------
-- (c): the PL/pgSQL trigger a competent user would write for the same rule
------------------------------------------------------------------------------

-- Same tables and indexes.  The common case (no suppression of the
-- recipient on sms or all) is one indexed probe; the scope chain (a
-- recursive walk up opt_consent.scopes from the sender and the service) is
-- only built when the recipient has a suppression.  The operator is
-- schema-qualified, so the function needs no SET search_path (which would
-- cost a GUC save and restore per row: that is variant c2).
CREATE FUNCTION bench.peer_enforce() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
	v_to opt_consent.e164;
	v_chain text[];
BEGIN
	IF NEW.to_number IS NULL THEN
		RETURN NEW;
	END IF;
	v_to := NEW.to_number::opt_consent.e164;
	IF NOT EXISTS (SELECT 1 FROM opt_consent.suppressions s
					WHERE s.recipient OPERATOR(opt_consent.=) v_to
					  AND s.channel IN ('sms', 'all')) THEN
		RETURN NEW;
	END IF;
	WITH RECURSIVE up(id, parent, depth) AS (
		SELECT s.id, s.parent, 1 FROM opt_consent.scopes s
		 WHERE s.id IN (opt_consent.canonical_scope(NEW.from_number), NEW.service_sid)
		UNION ALL
		SELECT s.id, s.parent, u.depth + 1
		  FROM opt_consent.scopes s JOIN up u ON s.id = u.parent
		 WHERE u.depth < 17)
	SELECT array_agg(up.id) INTO v_chain FROM up;
	v_chain := v_chain || ARRAY[opt_consent.canonical_scope(NEW.from_number), NEW.service_sid, '*'];
	IF EXISTS (SELECT 1 FROM opt_consent.suppressions s
				WHERE s.recipient OPERATOR(opt_consent.=) v_to
				  AND s.channel IN ('sms', 'all')
				  AND s.scope = ANY (v_chain)) THEN
		IF TG_ARGV[0] = 'skip' THEN
			RETURN NULL;
		END IF;
		RAISE EXCEPTION 'attempt to send to unsubscribed recipient %', v_to
			USING ERRCODE = '23610';
	END IF;
	RETURN NEW;
END
$fn$;

-- c2: the same, written with SET search_path and the bare = operator
CREATE FUNCTION bench.peer_enforce_sp() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, opt_consent, pg_temp AS $fn$
DECLARE
	v_to e164;
	v_chain text[];
BEGIN
	IF NEW.to_number IS NULL THEN
		RETURN NEW;
	END IF;
	v_to := NEW.to_number::e164;
	IF NOT EXISTS (SELECT 1 FROM suppressions s
					WHERE s.recipient = v_to AND s.channel IN ('sms', 'all')) THEN
		RETURN NEW;
	END IF;
	WITH RECURSIVE up(id, parent, depth) AS (
		SELECT s.id, s.parent, 1 FROM scopes s
		 WHERE s.id IN (canonical_scope(NEW.from_number), NEW.service_sid)
		UNION ALL
		SELECT s.id, s.parent, u.depth + 1
		  FROM scopes s JOIN up u ON s.id = u.parent
		 WHERE u.depth < 17)
	SELECT array_agg(up.id) INTO v_chain FROM up;
	v_chain := v_chain || ARRAY[canonical_scope(NEW.from_number), NEW.service_sid, '*'];
	IF EXISTS (SELECT 1 FROM suppressions s
				WHERE s.recipient = v_to AND s.channel IN ('sms', 'all')
				  AND s.scope = ANY (v_chain)) THEN
		IF TG_ARGV[0] = 'skip' THEN
			RETURN NULL;
		END IF;
		RAISE EXCEPTION 'attempt to send to unsubscribed recipient %', v_to
			USING ERRCODE = '23610';
	END IF;
	RETURN NEW;
END
$fn$;

-- c0: the floor of any PL/pgSQL row trigger
CREATE FUNCTION bench.noop_trigger() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
	RETURN NEW;
END
$fn$;

------------------------------------------------------------------------------
-- 3: inbound bodies; 4: a queue with ~1% blocked rows
------------------------------------------------------------------------------

CREATE TABLE bench.bodies AS
SELECT j AS id,
	   CASE WHEN j % 100 < 3 THEN
			(ARRAY['Stop', 'STOP', 'stop', 'Stop.', 'STOP please', 'Stop please', 'yes',
				   'Yes', 'YES!', 'START', 'Help', 'HELP ', 'unsubscribe', 'Cancel',
				   '  stop  ', 'Stop 🛑', 'Opt out', 'QUIT', 'end', 'Info',
				   'ＳＴＯＰ', 'stop!!'])[1 + (j / 100) % 22]
		ELSE rtrim(left(
			p[1 + j % 12] || ' ' || p[1 + (j / 12) % 12] || ' ' ||
			p[1 + (j / 144) % 12] || ' ' || p[1 + (j / 1728) % 12],
			20 + ((j::bigint * 7919) % 141)::int))
	   END AS body
  FROM generate_series(1, :rows) j,
	   (SELECT ARRAY[
			'Thanks, see you tomorrow at 10 then.',
			'Can you call me back when you get a chance?',
			'Is the appointment still on for Friday afternoon?',
			'I will be there in about fifteen minutes, running late.',
			'Got it, thank you so much for the reminder!',
			'What time do you close today? I might stop by later.',
			'Merci, à demain 😊 et bonne soirée à toute l''équipe.',
			'Please send me the invoice again, I could not find it.',
			'Ok sounds good',
			'Gracias por la información, nos vemos el lunes.',
			'Can I change my order to the large size instead?',
			'Where is my package? The tracking page has not updated.'] AS p) phrases;

CREATE TABLE bench.queue AS
SELECT j AS id, to_number, bench.number_id(n) AS from_number,
	   bench.service_id(n % 1000) AS service_sid, 'queued'::text AS status
  FROM (SELECT j,
			   CASE WHEN j % 100 = 0 THEN bench.recipient(j / 100)
					ELSE bench.recipient(:ns + j) END AS to_number,
			   CASE WHEN j % 100 = 0 THEN bench.sender_in_scope(j / 100)
					ELSE (j * 37) % 10000 END AS n
		  FROM generate_series(1, :rows) j) g;

------------------------------------------------------------------------------
-- 6: correctness under load
------------------------------------------------------------------------------

CREATE TABLE bench.live (
	id bigserial PRIMARY KEY,
	to_number text,
	from_number text,
	service_sid text,
	body text,
	status text DEFAULT 'queued',
	created_at timestamptz DEFAULT clock_timestamp()
);
SELECT opt_consent.protect('bench.live', 'to_number', 'from_number', 'service_sid');

CREATE TABLE bench.live_errors (
	sqlstate text NOT NULL,
	message text,
	at timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- when the client of an opt-out had its commit acknowledged (the opt-out
-- was visible to every new snapshot by then)
CREATE TABLE bench.live_acks (
	event_id bigint PRIMARY KEY,
	acked_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- one send; a blocked send (and any other error) is counted, not raised,
-- so that pgbench keeps going
CREATE FUNCTION bench.live_send(p_to text, p_from text, p_service text) RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
	INSERT INTO bench.live (to_number, from_number, service_sid, body)
		VALUES (p_to, p_from, p_service, 'Your code is 123456');
EXCEPTION
	WHEN SQLSTATE '23610' OR SQLSTATE '23611' THEN
		INSERT INTO bench.live_errors (sqlstate) VALUES (SQLSTATE);
	WHEN OTHERS THEN
		INSERT INTO bench.live_errors (sqlstate, message) VALUES (SQLSTATE, SQLERRM);
END
$fn$;

------------------------------------------------------------------------------
-- timing: server-side, around one statement
------------------------------------------------------------------------------

CREATE FUNCTION bench.time_dml(q text, OUT ms double precision, OUT n bigint)
LANGUAGE plpgsql AS $fn$
DECLARE
	t0 timestamptz;
BEGIN
	t0 := clock_timestamp();
	EXECUTE q;
	ms := 1000 * extract(epoch FROM clock_timestamp() - t0);
	GET DIAGNOSTICS n = ROW_COUNT;
END
$fn$;

CREATE FUNCTION bench.time_select(q text, OUT ms double precision, OUT result text)
LANGUAGE plpgsql AS $fn$
DECLARE
	t0 timestamptz;
BEGIN
	t0 := clock_timestamp();
	EXECUTE q INTO result;
	ms := 1000 * extract(epoch FROM clock_timestamp() - t0);
END
$fn$;

ANALYZE;
