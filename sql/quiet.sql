-- Quiet hours and frequency caps (SPEC 10)
\set SHOW_CONTEXT never
SET search_path = public, opt_consent;
SET timezone = 'UTC';
SET datestyle = 'ISO';
\set VERBOSITY terse

------------------------------------------------------------------------------
-- where numbers are
------------------------------------------------------------------------------
SELECT n, region(n::e164), timezones(n::e164)
  FROM (VALUES ('+13055550100'), ('+12145550100'), ('+14165550100'), ('+16025550100'),
			   ('+12085550100'), ('+18765550100'), ('+17875550100'), ('+442071234567'),
			   ('+33142685300'), ('+61291234567'), ('+18005550100'), ('+15550100001'),
			   ('+12735550100')) v(n);
-- every NANP area code in libphonenumber's geocoding has a region, and every
-- zone of the data is known to this server
SELECT count(*) > 3000 AS many, count(*) FILTER (WHERE prefix ~ '^1[2-9][0-9]{2}$') > 380 AS area_codes,
	   count(DISTINCT region) FILTER (WHERE region LIKE 'US-%') AS us_states,
	   count(DISTINCT region) FILTER (WHERE region LIKE 'CA-%') AS ca_provinces
  FROM builtin_regions;
SELECT count(*) AS unknown_zones
  FROM builtin_regions, unnest(timezones) z WHERE NOT valid_timezones(ARRAY[z]);
-- a user row wins over the built-in area code (or calling code) it covers,
-- with the built-in refinements of it (1201631 is in New York)
INSERT INTO regions (prefix, region, timezones) VALUES ('1305', 'US-GA', '{America/New_York}');
SELECT region('+13055550100');
DELETE FROM regions;
SELECT region('+12016310000') AS built_in_refinement;
INSERT INTO regions (prefix, region, timezones) VALUES ('1201', 'US-NJ', NULL);
SELECT region('+12016310000') AS user_area_code, region('+12015550100') AS user_area_code_too;
-- and a longer user row refines a built-in one
INSERT INTO regions (prefix, region, timezones) VALUES ('1201555', 'US-NY', NULL);
SELECT region('+12015550100') AS user_refinement, region('+12015560100') AS user_area_code;
DELETE FROM regions;
-- a user row shorter than the area code (a catch-all for +1) does not undo
-- it (before: every NANP number became US, Florida's rules lost), and only
-- fills what no built-in row covers (toll-free has no region)
INSERT INTO regions (prefix, region, timezones) VALUES ('1', 'US', '{America/Chicago}');
SELECT region('+13055550100') AS miami, region('+14165550100') AS toronto,
	   region('+18005550100') AS toll_free, timezones('+18005550100') AS toll_free_zones;
DELETE FROM regions;
-- with neither, it changes nothing
INSERT INTO regions (prefix, region, timezones) VALUES ('1305', NULL, NULL);
SELECT region('+13055550100'), timezones('+13055550100');
DELETE FROM regions;
-- ... also over a shorter user row, whose region a longer one with zones keeps
INSERT INTO regions (prefix, region, timezones) VALUES
	('1305', 'US-GA', NULL), ('1305555', NULL, NULL), ('1305444', NULL, '{America/Chicago}');
SELECT region('+13055550100') AS r555, region('+13053330100') AS r333,
	   region('+13054440100') AS r444, timezones('+13054440100') AS z444;
DELETE FROM regions;
-- a calling code two countries share: a user row for Russia's 7 does not
-- take Kazakhstan's 77 (its own calling code here)
INSERT INTO regions (prefix, region, timezones) VALUES ('7', 'RU', '{Europe/Moscow}');
SELECT region('+77012345678') AS kz, region('+74951234567') AS ru;
DELETE FROM regions;
INSERT INTO regions (prefix, region, timezones) VALUES ('1999', 'US-XX', '{Mars/Olympus}');
INSERT INTO regions (prefix, region, timezones) VALUES ('1x', 'US', NULL);
INSERT INTO regions (prefix, region, timezones) VALUES ('1998', 'us-fl', NULL);
DELETE FROM regions;
SELECT region('+13055550100');
-- NULL in, NULL out (not STRICT: only normalize_keyword is, SPEC)
SELECT region(NULL) IS NULL AS region_null, timezones(NULL) IS NULL AS zones_null,
	   bool_or(proisstrict) AS any_strict
  FROM pg_proc WHERE oid IN ('opt_consent.region(opt_consent.e164)'::regprocedure,
							 'opt_consent.timezones(opt_consent.e164)'::regprocedure);

------------------------------------------------------------------------------
-- the built-in rules, each with its source
------------------------------------------------------------------------------
SELECT region, category, days, allowed_from, allowed_until, effective, citation <> '' AS cited
  FROM builtin_quiet_hours ORDER BY region, days;
SELECT region, category, max_messages, per, effective, citation <> '' AS cited
  FROM builtin_caps ORDER BY region;

INSERT INTO categories (id, label, solicitation) VALUES
	('promo_q', 'Promotions', true), ('otp_q', 'Codes', false);
INSERT INTO categories (id) VALUES ('solicitation');

-- a user row with zones and no region keeps the built-in region (before:
-- NULL, and no state's law applied)
INSERT INTO regions (prefix, region, timezones) VALUES ('1305', NULL, '{America/Chicago}');
SELECT region('+13055550100'), timezones('+13055550100');
SET timezone = 'UTC';
-- Florida's 8:00-20:00, in the row's zone: 08:00 CST is 14:00Z
SELECT next_allowed('+13055550100', 'promo_q', '2054-12-01 08:00Z') AS florida_opens;
DELETE FROM regions;

------------------------------------------------------------------------------
-- next_allowed()
------------------------------------------------------------------------------
-- a row of yours with a region and no zones: the region's zones, not the
-- session's time zone (21:00 in Texas is not allowed, whatever TimeZone is)
INSERT INTO regions (prefix, region, timezones) VALUES ('1305555', 'US-TX', NULL);
SET timezone = 'Asia/Tokyo';
SELECT timezones('+13055550100'), next_allowed('+13055550100', 'promo_q', '2054-12-10 03:00Z') AT TIME ZONE 'UTC' AS next_utc;
SET timezone = 'UTC';
DELETE FROM regions;
-- Florida, Tuesday 2054-12-01 01:00 EST: 8:00-20:00 -> 08:00 EST
SELECT next_allowed('+13055550100', 'promo_q', '2054-12-01 06:00Z');
-- 20:30 EST: the next morning
SELECT next_allowed('+13055550100', 'promo_q', '2054-12-02 01:30Z');
-- inside the window: at itself
SELECT next_allowed('+13055550100', 'promo_q', '2054-12-01 15:00Z');
-- not a solicitation, unlabelled: no built-in rule
SELECT next_allowed('+13055550100', 'otp_q', '2054-12-01 06:00Z'),
	   next_allowed('+13055550100', NULL, '2054-12-01 06:00Z');
-- New York: only the federal 8:00-21:00; 20:30 EST is allowed
SELECT next_allowed('+12125550100', 'promo_q', '2054-12-02 01:30Z');
-- Connecticut 9:00-20:00
SELECT next_allowed('+18605550100', 'promo_q', '2054-12-01 13:30Z');
-- Texas: Saturday 09:00, Sunday 12:00 (CST)
SELECT next_allowed('+12145550100', 'promo_q', '2054-12-05 14:00Z') AS saturday,
	   next_allowed('+12145550100', 'promo_q', '2054-12-06 15:00Z') AS sunday,
	   next_allowed('+12145550100', 'promo_q', '2054-12-07 02:30Z') AS sunday_night;
-- Texas before SB 140 took effect (2025-09-01): the federal hours only
SELECT next_allowed('+12145550100', 'promo_q', '2025-08-31 15:00Z');
-- DST: spring forward on Sunday 2054-03-08 (EST -> EDT at 02:00)
SELECT next_allowed('+13055550100', 'promo_q', '2054-03-08 06:00Z') AS fl_spring,
	   next_allowed('+13055550100', 'promo_q', '2054-03-08 11:59Z') AS fl_0659_edt,
	   next_allowed('+13055550100', 'promo_q', '2054-03-08 12:00Z') AS fl_0800_edt;
-- DST: fall back on Sunday 2054-11-01 (EDT -> EST at 02:00)
SELECT next_allowed('+13055550100', 'promo_q', '2054-11-01 05:00Z') AS fl_fall,
	   next_allowed('+13055550100', 'promo_q', '2054-11-01 12:30Z') AS fl_0730_est,
	   next_allowed('+13055550100', 'promo_q', '2054-11-01 01:30Z') AS fl_2130_edt;
-- Arizona keeps MST all year: 8:00 is 15:00Z on both days
SELECT next_allowed('+16025550100', 'promo_q', '2054-03-08 10:00Z') AS az_spring,
	   next_allowed('+16025550100', 'promo_q', '2054-11-01 10:00Z') AS az_fall,
	   next_allowed('+16025550100', 'promo_q', '2054-03-09 03:59Z') AS az_2059;
-- a user window that opens inside the hour that spring forward skips opens
-- at the change (07:00Z is 03:00 EDT, after 02:30); one that opens in the
-- hour that fall back repeats, at its first pass (05:30Z is 01:30 EDT); a
-- window that closed at 01:30 opens again when 02:00 EDT turns back to
-- 01:00 EST (06:00Z)
BEGIN;
INSERT INTO quiet_hours (region, category, allowed_from, allowed_until) VALUES ('*', '*', '02:30', '23:00');
SELECT next_allowed('+12125550100', NULL, '2054-03-08 06:59:59Z') AS gap_0230,
	   next_allowed('+12125550100', NULL, '2054-03-08 07:00Z') AS at_change;
ROLLBACK;
BEGIN;
INSERT INTO quiet_hours (region, category, allowed_from, allowed_until) VALUES ('*', '*', '01:30', '23:00');
SELECT next_allowed('+12125550100', NULL, '2054-11-01 05:29Z') AS first_0130;
ROLLBACK;
BEGIN;
INSERT INTO quiet_hours (region, category, allowed_from, allowed_until) VALUES ('*', '*', '00:00', '01:30');
SELECT next_allowed('+12125550100', NULL, '2054-11-01 05:40Z') AS again_at_0100_est;
ROLLBACK;
-- searched from the second pass of the repeated hour (06:10:00.5Z is
-- 01:10:00.5 EST), a window that opens at 01:20 opens at 01:20 EST, 06:20Z
-- exactly (before: the first pass, an hour back, was taken and the search
-- stepped a second at a time from t, ending at 06:20:00.5)
BEGIN;
INSERT INTO quiet_hours (region, category, allowed_from, allowed_until) VALUES ('*', '*', '01:20', '23:00');
SELECT next_allowed('+12125550100', NULL, '2054-11-01 06:10:00.5Z') AS second_pass_0120;
ROLLBACK;
-- Antarctica/Troll turns back two hours (+02 -> +00 at 01:00Z): from 01:00Z
-- (01:00 +00) the window that opens at 02:50 opens at 02:50 +00, 02:50Z
-- (before: infinity, the one-second steps ran out)
BEGIN;
INSERT INTO quiet_hours (region, category, allowed_from, allowed_until) VALUES ('AQ', '*', '02:50', '23:00');
SELECT next_allowed('+13055550100', NULL, '2054-10-25 01:00Z', 'AQ', 'Antarctica/Troll') AS troll;
ROLLBACK;
-- a cap's effective date is the recipient's local date, as the hours' is:
-- 2021-07-01 00:30Z is 2021-06-30 20:30 in Florida, before its law
-- (2021-07-01): three sends counted that day do not hold the send back
-- (before: compared with the UTC date, 13:00Z)
BEGIN;
INSERT INTO cap_sends VALUES ('+13055550144', 'promo_q', '2021-06-30 13:00Z'),
	('+13055550144', 'promo_q', '2021-06-30 14:00Z'), ('+13055550144', 'promo_q', '2021-06-30 15:00Z');
SELECT next_allowed('+13055550144', 'promo_q', '2021-07-01 00:30Z') AS before_fl_law,
	   next_allowed('+13055550144', 'promo_q', '2021-07-01 12:00Z') AS fl_law_in_force;
ROLLBACK;
-- several zones: inside the window in every one of them (northern Idaho:
-- Boise and Los Angeles): 08:00 in Los Angeles
SELECT timezones('+12085550100'),
	   next_allowed('+12085550100', 'promo_q', '2054-12-01 14:00Z');
-- 21:30 Mountain is 20:30 Pacific: past 21:00 in Boise, so the next window
-- opens when it is 08:00 in both
SELECT next_allowed('+12085550100', 'promo_q', '2054-12-02 04:30Z');
-- overrides: region and time zone
SELECT next_allowed('+12125550100', 'promo_q', '2054-12-01 13:30Z', region => 'US-CT'),
	   next_allowed('+12125550100', 'promo_q', '2054-12-01 13:30Z', timezone => 'America/Los_Angeles'),
	   next_allowed('+12125550100', 'promo_q', '2054-12-01 13:30Z', 'US-TX', 'America/Chicago');
-- a country outside the US: no built-in rule
SELECT next_allowed('+442071234567', 'promo_q', '2054-12-01 03:00Z');
-- unknown number place: no region, '*' rules only
SELECT next_allowed('+15550100001', 'promo_q', '2054-12-01 06:00Z');
-- bad input
SELECT next_allowed('+13055550100', 'nope', '2054-12-01 06:00Z');
SELECT next_allowed('+13055550100', '*', '2054-12-01 06:00Z') AS star_is_unlabelled;
SELECT next_allowed('+13055550100', 'promo_q', '2054-12-01 06:00Z', region => 'Florida');
SELECT next_allowed('+13055550100', 'promo_q', '2054-12-01 06:00Z', timezone => 'Mars/Olympus');
-- (also where no rule applies)
SELECT next_allowed('+13055550100', NULL, '2054-12-01 06:00Z', timezone => 'Mars/Olympus');
SELECT next_allowed(NULL, 'promo_q'), next_allowed('+13055550100', 'promo_q', 'infinity');
-- near the end of the timestamp range: a window that would open past it
-- never does (infinity), one open now answers the time itself
SELECT next_allowed('+13055550100', 'promo_q', '294276-12-31 23:00Z', timezone => 'UTC') AS past_the_end,
	   next_allowed('+13055550100', 'promo_q', '294276-12-31 23:59:59.999999Z',
					timezone => 'America/New_York') AS last_instant,
	   next_allowed('+13055550100', 'promo_q', '294276-12-31 12:00Z', timezone => 'UTC') AS open_then,
	   next_allowed('+13055550100', 'promo_q', '294276-12-25 23:00Z', timezone => 'UTC') AS days_before;
-- (and the zones' offsets there: their rules run on past the range, a change
-- past it is none: 08:00 AEDT is 21:00Z, 08:00 in Troll's winter 08:00Z)
SELECT next_allowed('+13055550100', 'promo_q', '294276-12-20 12:00Z', timezone => 'Australia/Sydney') AS sydney,
	   next_allowed('+13055550100', 'promo_q', '294276-12-20 06:00Z', timezone => 'Antarctica/Troll') AS troll;

------------------------------------------------------------------------------
-- user rules
------------------------------------------------------------------------------
INSERT INTO quiet_hours (region, category, days, allowed_from, allowed_until)
	VALUES ('*', '*', '{1,2,3,4,5}', '07:00', '22:00'),
		   ('*', '*', '{6,7}', '10:00', '18:00');
-- an unlabelled send is subject to user rules of '*' (Saturday 09:00 EST)
SELECT next_allowed('+12125550100', NULL, '2054-12-05 14:00Z');
-- a rule for one category, and one for every solicitation
INSERT INTO quiet_hours (region, category, allowed_from, allowed_until)
	VALUES ('US', 'otp_q', '06:00', '23:00'), ('US-NY', 'solicitation', '10:00', '19:00');
SELECT next_allowed('+12125550100', 'otp_q', '2054-12-01 10:30Z') AS otp,
	   next_allowed('+12125550100', 'promo_q', '2054-12-01 13:30Z') AS promo;
-- a window over midnight (22:00-06:00), and a day with no window
DELETE FROM quiet_hours;
INSERT INTO categories (id) VALUES ('night_q');
INSERT INTO quiet_hours (region, category, days, allowed_from, allowed_until)
	VALUES ('GB', 'night_q', '{1,2,3,4,5,6}', '22:00', '06:00'),
		   ('GB', 'night_q', '{7}', '00:00', '00:00');
SELECT next_allowed('+442071234567', 'night_q', '2054-12-01 12:00Z') AS tuesday_noon,
	   next_allowed('+442071234567', 'night_q', '2054-12-02 03:00Z') AS wednesday_3am,
	   next_allowed('+442071234567', 'night_q', '2054-12-05 23:30Z') AS saturday_late,
	   next_allowed('+442071234567', 'night_q', '2054-12-06 12:00Z') AS sunday;
-- rules that never allow: infinity
INSERT INTO quiet_hours (region, category, days, allowed_from, allowed_until)
	VALUES ('FR', 'night_q', '{1,2,3,4,5,6,7}', '09:00', '09:00');
SELECT next_allowed('+33142685300', 'night_q', '2054-12-01 12:00Z');
SELECT next_allowed('+33142685300', 'night_q', '294276-12-20 12:00Z') AS near_the_end;
-- bad rules
INSERT INTO quiet_hours (region, category, allowed_from, allowed_until) VALUES ('*', 'nope', '08:00', '20:00');
INSERT INTO quiet_hours (region, category, days, allowed_from, allowed_until) VALUES ('*', '*', '{0}', '08:00', '20:00');
INSERT INTO quiet_hours (region, category, days, allowed_from, allowed_until) VALUES ('*', '*', '{}', '08:00', '20:00');
INSERT INTO quiet_hours (region, category, allowed_from, allowed_until) VALUES ('Texas', '*', '08:00', '20:00');
INSERT INTO caps (region, category, max_messages, per) VALUES ('*', '*', 0, '1 day');
INSERT INTO caps (region, category, max_messages, per) VALUES ('*', '*', 5, '1 month');
INSERT INTO caps (region, category, max_messages, per) VALUES ('*', '*', 5, '-1 hour');
-- a category named by a rule is in use
DELETE FROM categories WHERE id = 'night_q';
DELETE FROM quiet_hours;

------------------------------------------------------------------------------
-- enforcement
------------------------------------------------------------------------------
CREATE TABLE q_outbox (
	id serial PRIMARY KEY,
	recipient text,
	category text,
	purpose text,
	send_at timestamptz,
	region text,
	tz text,
	status text DEFAULT 'queued',
	error_code integer
);
SELECT protect('q_outbox', 'recipient', category_column => 'category', purpose_column => 'purpose',
			   send_at_column => 'send_at', region_column => 'region', timezone_column => 'tz');
SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE tgrelid = 'q_outbox'::regclass AND tgname = 'opt_consent_enforce';
-- error (on_block's mode): 23614 with the rule, its source and the next time
\set VERBOSITY default
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+13055550100', 'promo_q', '2054-12-01 06:00Z');
\set VERBOSITY terse
-- inside the window, a non-solicitation, an unlabelled send, a confirmation
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+13055550100', 'promo_q', '2054-12-01 15:00Z');
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+13055550100', 'otp_q', '2054-12-01 06:00Z');
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+13055550100', NULL, '2054-12-01 06:00Z');
INSERT INTO q_outbox (recipient, category, purpose, send_at)
	VALUES ('+13055550100', 'promo_q', 'opt_out_confirmation', '2054-12-01 06:00Z');
-- overrides from the row (a profile says Texas; a ZIP code gave the zone)
INSERT INTO q_outbox (recipient, category, send_at, region) VALUES ('+12125550100', 'promo_q', '2054-12-06 15:00Z', 'US-TX');
INSERT INTO q_outbox (recipient, category, send_at, tz) VALUES ('+12125550100', 'promo_q', '2054-12-01 14:00Z', 'America/Los_Angeles');
INSERT INTO q_outbox (recipient, category, send_at, tz) VALUES ('+12125550100', 'promo_q', '2054-12-01 14:00Z', 'Nowhere/Land');
INSERT INTO q_outbox (recipient, category, send_at, region) VALUES ('+12125550100', 'promo_q', '2054-12-01 14:00Z', 'texas');
-- (also on a row no rule applies to)
INSERT INTO q_outbox (recipient, category, send_at, tz) VALUES ('+12125550100', NULL, '2054-12-01 14:00Z', 'Nowhere/Land');
INSERT INTO q_outbox (recipient, category, send_at, region) VALUES ('+12125550100', NULL, '2054-12-01 14:00Z', 'texas');
-- area codes whose only zone libphonenumber gives is another clock than
-- their state's (tools/regions ZONE_FIXES): 1-689 Orlando is Eastern, 1-474
-- Saskatchewan keeps UTC-6, 1-448 (overlay of the split 1-850) must hold in both
SELECT timezones('+16895550100') AS fl_689, timezones('+14485550100') AS fl_448,
	timezones('+14745550100') AS sk_474;
-- 20:30 in Orlando, past Florida's 20:00
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+16895550100', 'promo_q', '2054-12-11 01:30Z');
-- (and on a row with a NULL or invalid recipient, or one to an opted-out
-- recipient: no rule reads them, but they would be stored and fail only at a
-- later UPDATE; an empty value is not given, as for the other columns)
INSERT INTO q_outbox (recipient, region) VALUES (NULL, 'texas');
INSERT INTO q_outbox (recipient, tz) VALUES (NULL, 'Nowhere/Land');
INSERT INTO q_outbox (recipient, tz) VALUES ('not a number', 'Nowhere/Land');
SELECT opt_out('+12125550109') > 0 AS ok;
INSERT INTO q_outbox (recipient, region) VALUES ('+12125550109', 'texas');
INSERT INTO q_outbox (recipient, region, tz, send_at) VALUES ('+12125550108', '', '', '2054-12-09 15:00Z');
-- an UPDATE that moves the send into quiet hours is checked again
UPDATE q_outbox SET send_at = '2054-12-02 02:00Z' WHERE category = 'otp_q';
UPDATE q_outbox SET send_at = '2054-12-02 02:00Z' WHERE category = 'promo_q' AND purpose IS NULL AND region IS NULL AND tz IS NULL;
UPDATE q_outbox SET status = 'sent';
SELECT recipient, category, purpose, send_at, region, tz, status FROM q_outbox ORDER BY id;

-- skip
SELECT protect('q_outbox', 'recipient', category_column => 'category',
			   send_at_column => 'send_at', on_quiet => 'skip');
INSERT INTO q_outbox (recipient, category, send_at) VALUES
	('+13055550100', 'promo_q', '2054-12-01 06:00Z'), ('+13055550100', 'promo_q', '2054-12-01 16:00Z');
SELECT send_at FROM q_outbox WHERE category = 'promo_q' AND purpose IS NULL AND send_at > '2054-12-01 15:00Z';
-- mark: error code 23614
SELECT protect('q_outbox', 'recipient', category_column => 'category', send_at_column => 'send_at',
			   on_quiet => 'mark', status_column => 'status', error_code_column => 'error_code');
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+18605550100', 'promo_q', '2054-12-01 13:30Z')
	RETURNING recipient, send_at, status, error_code;
-- defer: send_at moves to the next allowed instant
SELECT protect('q_outbox', 'recipient', category_column => 'category', send_at_column => 'send_at',
			   on_quiet => 'defer');
INSERT INTO q_outbox (recipient, category, send_at) VALUES
	('+18605550100', 'promo_q', '2054-12-01 13:30Z'),
	('+12145550100', 'promo_q', '2054-12-06 15:00Z'),
	('+12145550100', 'promo_q', '2054-12-06 19:00Z')
	RETURNING recipient, send_at, status;
-- opt-outs still come first: 23610, not a deferral
SELECT opt_out('+18605550101') > 0 AS ok;
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+18605550101', 'promo_q', '2054-12-01 13:30Z');
-- protect() checks its new parameters
SELECT protect('q_outbox', 'recipient', on_quiet => 'later');
SELECT protect('q_outbox', 'recipient', on_quiet => 'defer');
SELECT protect('q_outbox', 'recipient', on_quiet => 'mark');
SELECT protect('q_outbox', 'recipient', send_at_column => 'recipient');
SELECT protect('q_outbox', 'recipient', region_column => 'send_at');
SELECT protect('q_outbox', 'recipient', timezone_column => 'nope');
-- and the trigger, when created by hand
\set VERBOSITY default
CREATE TABLE q_hand (recipient text, send_at timestamp, category text);
CREATE TRIGGER t BEFORE INSERT ON q_hand FOR EACH ROW
	EXECUTE FUNCTION opt_consent.enforce('recipient=recipient', 'send_at=send_at');
INSERT INTO q_hand VALUES ('+13055550100', now(), NULL);
DROP TRIGGER t ON q_hand;
CREATE TRIGGER t BEFORE INSERT ON q_hand FOR EACH ROW
	EXECUTE FUNCTION opt_consent.enforce('recipient=recipient', 'on_quiet=defer');
INSERT INTO q_hand VALUES ('+13055550100', now(), NULL);
DROP TRIGGER t ON q_hand;
CREATE TRIGGER t BEFORE INSERT ON q_hand FOR EACH ROW
	EXECUTE FUNCTION opt_consent.enforce('recipient=recipient', 'on_quiet=sometimes');
INSERT INTO q_hand VALUES ('+13055550100', now(), NULL);
DROP TABLE q_hand;
\set VERBOSITY terse

------------------------------------------------------------------------------
-- caps: Florida, at most 3 solicitations per 24 hours per category
------------------------------------------------------------------------------
TRUNCATE q_outbox;
SELECT protect('q_outbox', 'recipient', category_column => 'category', send_at_column => 'send_at');
INSERT INTO q_outbox (recipient, category, send_at) VALUES
	('+13055550177', 'promo_q', '2054-12-01 14:00Z'),
	('+13055550177', 'promo_q', '2054-12-01 15:00Z'),
	('+13055550177', 'promo_q', '2054-12-01 16:00Z');
SELECT recipient, category, sent_at FROM cap_sends WHERE recipient = '+13055550177' ORDER BY sent_at;
\set VERBOSITY default
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+13055550177', 'promo_q', '2054-12-01 17:00Z');
\set VERBOSITY terse
-- a rolled-back send does not count
BEGIN;
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+13055550178', 'promo_q', '2054-12-01 14:00Z');
ROLLBACK;
SELECT count(*) FROM cap_sends WHERE recipient = '+13055550178';
-- 24 hours after the first, a slot is free; another category counts apart
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+13055550177', 'promo_q', '2054-12-02 14:00Z');
INSERT INTO categories (id, solicitation) VALUES ('promo_q2', true);
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+13055550177', 'promo_q2', '2054-12-01 17:00Z');
-- a send between earlier and later counted sends: no 24 hours may hold 4
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+13055550177', 'promo_q', '2054-12-02 13:00Z');
SELECT next_allowed('+13055550177', 'promo_q', '2054-12-01 17:00Z');
-- New York has no cap: nothing counted
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+12125550177', 'promo_q', '2054-12-01 14:00Z'),
	('+12125550177', 'promo_q', '2054-12-01 14:00Z'), ('+12125550177', 'promo_q', '2054-12-01 14:00Z'),
	('+12125550177', 'promo_q', '2054-12-01 14:00Z');
SELECT count(*) FROM cap_sends WHERE recipient = '+12125550177';
-- mark: 23615
SELECT protect('q_outbox', 'recipient', category_column => 'category', send_at_column => 'send_at',
			   on_quiet => 'mark', status_column => 'status', error_code_column => 'error_code');
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+13055550177', 'promo_q', '2054-12-01 18:00Z')
	RETURNING send_at, status, error_code;
-- defer: to when a slot frees and the hours allow; the deferred send counts then
SELECT protect('q_outbox', 'recipient', category_column => 'category', send_at_column => 'send_at',
			   on_quiet => 'defer');
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+13055550179', 'promo_q', '2054-12-01 23:00Z'),
	('+13055550179', 'promo_q', '2054-12-01 23:30Z'), ('+13055550179', 'promo_q', '2054-12-01 23:45Z'),
	('+13055550179', 'promo_q', '2054-12-01 23:50Z'), ('+13055550179', 'promo_q', '2054-12-01 23:55Z')
	RETURNING send_at;
SELECT sent_at FROM cap_sends WHERE recipient = '+13055550179' ORDER BY sent_at;
-- a user cap of '*' counts unlabelled sends too
INSERT INTO caps (region, category, max_messages, per) VALUES ('GB', '*', 1, '1 hour');
SELECT protect('q_outbox', 'recipient', category_column => 'category', send_at_column => 'send_at');
INSERT INTO q_outbox (recipient, send_at) VALUES ('+442071234567', '2054-12-01 12:00Z');
INSERT INTO q_outbox (recipient, send_at) VALUES ('+442071234567', '2054-12-01 12:30Z');
INSERT INTO q_outbox (recipient, send_at) VALUES ('+442071234567', '2054-12-01 13:00Z');
SELECT recipient, category FROM cap_sends WHERE recipient = '+442071234567';
DELETE FROM caps;

------------------------------------------------------------------------------
-- dispatch (recheck=): a queued row takes its slot when it goes out
------------------------------------------------------------------------------
TRUNCATE q_outbox;
SELECT protect('q_outbox', 'recipient', category_column => 'category', send_at_column => 'send_at',
			   status_column => 'status', recheck => 'status:sending', on_quiet => 'defer');
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+13055550180', 'promo_q', '2054-12-01 15:00Z'),
	('+13055550180', 'promo_q', '2054-12-01 15:00Z'), ('+13055550180', 'promo_q', '2054-12-01 15:00Z'),
	('+13055550180', 'promo_q', '2054-12-01 15:00Z');
SELECT count(*) AS counted_while_queued FROM cap_sends WHERE recipient = '+13055550180';
-- the worker dispatches all four: three go, the fourth is deferred and stays queued
UPDATE q_outbox SET status = 'sending' WHERE recipient = '+13055550180' RETURNING id, status, send_at;
SELECT count(*) AS counted FROM cap_sends WHERE recipient = '+13055550180';
-- a late worker moves send_at to when it really sends (README's dispatcher,
-- with 23:00 EST for now()): checked then, and deferred to the morning
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+13055550187', 'promo_q', '2054-12-01 20:00Z');
UPDATE q_outbox SET status = 'sending', send_at = greatest(send_at, '2054-12-02 04:00Z')
 WHERE recipient = '+13055550187' RETURNING status, send_at;

-- one slot per message: dispatch values in turn (sending -> sent) take no
-- second one, and a row's own slot does not count against it
TRUNCATE q_outbox;
DELETE FROM cap_sends;
SELECT protect('q_outbox', 'recipient', category_column => 'category', send_at_column => 'send_at',
			   status_column => 'status', recheck => 'status:sending|sent', on_quiet => 'defer');
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+13055550183', 'promo_q', '2054-12-01 15:00Z'),
	('+13055550183', 'promo_q', '2054-12-01 15:10Z'), ('+13055550183', 'promo_q', '2054-12-01 15:20Z');
UPDATE q_outbox SET status = 'sending' WHERE recipient = '+13055550183';
UPDATE q_outbox SET status = 'sent' WHERE recipient = '+13055550183' RETURNING status, send_at;
SELECT sent_at FROM cap_sends WHERE recipient = '+13055550183' ORDER BY sent_at;
-- out of the dispatch values and back (a retry): the first slot stays (the
-- message may have gone out), the retry takes one: the cap is full, so it
-- is deferred and stays queued
UPDATE q_outbox SET status = 'queued' WHERE send_at = '2054-12-01 15:20Z';
UPDATE q_outbox SET status = 'sending' WHERE send_at = '2054-12-01 15:20Z' RETURNING status, send_at;
SELECT count(*) AS counted FROM cap_sends WHERE recipient = '+13055550183';
-- a dispatch value to another whose new send_at is over the cap: deferred,
-- back to 'sending' at the new time, and counted there
INSERT INTO q_outbox (recipient, category, send_at, status) VALUES ('+13055550193', 'promo_q', '2054-12-02 15:01Z', 'sending'),
	('+13055550193', 'promo_q', '2054-12-02 15:02Z', 'sending'), ('+13055550193', 'promo_q', '2054-12-02 15:03Z', 'sending'),
	('+13055550193', 'promo_q', '2054-12-01 14:00Z', 'sending');
UPDATE q_outbox SET status = 'sent', send_at = '2054-12-02 15:00Z'
 WHERE recipient = '+13055550193' AND send_at = '2054-12-01 14:00Z' RETURNING status, send_at;
SELECT sent_at FROM cap_sends WHERE recipient = '+13055550193' ORDER BY sent_at;

-- a row without a send_at (checked at its statement's time) cannot name its
-- slot: sending -> sent is the same message (hours checked, no second slot,
-- not refused by its own), and a third dispatch is over a cap of 2
INSERT INTO caps (region, category, max_messages, per) VALUES ('GB', '*', 2, '1 day');
INSERT INTO q_outbox (recipient) VALUES ('+442071234570'), ('+442071234570'), ('+442071234570');
UPDATE q_outbox SET status = 'sending'
 WHERE id IN (SELECT id FROM q_outbox WHERE recipient = '+442071234570' ORDER BY id LIMIT 2);
UPDATE q_outbox SET status = 'sent' WHERE recipient = '+442071234570' AND status = 'sending'
	RETURNING status, send_at;
SELECT count(*) AS counted FROM cap_sends WHERE recipient = '+442071234570';
UPDATE q_outbox SET status = 'sending' WHERE recipient = '+442071234570' AND status = 'queued'
	RETURNING status, send_at > now() AS deferred;
DELETE FROM caps;

-- a dispatch is the send, now: a row whose send_at is 'infinity' (defer found
-- no time within a year) that a worker dispatches by its status alone is
-- checked and counted at the statement's time, not let through unchecked
TRUNCATE q_outbox;
DELETE FROM cap_sends;
INSERT INTO caps (region, category, max_messages, per) VALUES ('GB', '*', 1, '1 day');
SELECT protect('q_outbox', 'recipient', category_column => 'category', send_at_column => 'send_at',
			   status_column => 'status', recheck => 'status:sending');
INSERT INTO q_outbox (recipient, send_at) VALUES ('+442071234571', NULL), ('+442071234571', 'infinity');
SELECT count(*) AS counted_while_queued FROM cap_sends WHERE recipient = '+442071234571';
UPDATE q_outbox SET status = 'sending' WHERE recipient = '+442071234571' AND send_at IS NULL;
UPDATE q_outbox SET status = 'sending' WHERE recipient = '+442071234571' AND send_at = 'infinity';
SELECT count(*) AS counted FROM cap_sends WHERE recipient = '+442071234571';
-- as a row without a send_at: sending -> sent is the same message (no
-- second slot, not refused by its own)
TRUNCATE q_outbox;
SELECT protect('q_outbox', 'recipient', category_column => 'category', send_at_column => 'send_at',
			   status_column => 'status', recheck => 'status:sending|sent');
INSERT INTO q_outbox (recipient, send_at) VALUES ('+442071234572', 'infinity');
UPDATE q_outbox SET status = 'sending' WHERE recipient = '+442071234572';
UPDATE q_outbox SET status = 'sent' WHERE recipient = '+442071234572' RETURNING status;
SELECT count(*) AS counted FROM cap_sends WHERE recipient = '+442071234572';
-- and the final check sees it so: a later trigger that makes the dispatched
-- row a send of a capped category is refused over the cap
DELETE FROM caps;
INSERT INTO caps (region, category, max_messages, per) VALUES ('GB', 'promo_q', 1, '1 day');
CREATE FUNCTION q_make_promo() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.status = 'sending' THEN NEW.category := 'promo_q'; END IF;
	RETURN NEW;
END $$;
CREATE TRIGGER zz_make_promo BEFORE UPDATE ON q_outbox FOR EACH ROW EXECUTE FUNCTION q_make_promo();
SELECT protect('q_outbox', 'recipient', category_column => 'category', send_at_column => 'send_at',
			   status_column => 'status', recheck => 'status:sending');
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+442071234573', 'promo_q', NULL),
	('+442071234573', 'otp_q', 'infinity');
UPDATE q_outbox SET status = 'sending' WHERE recipient = '+442071234573' AND category = 'promo_q';
UPDATE q_outbox SET status = 'sending' WHERE recipient = '+442071234573' AND category = 'otp_q';
SELECT category, status FROM q_outbox WHERE recipient = '+442071234573' ORDER BY id;
DROP TRIGGER zz_make_promo ON q_outbox;
DROP FUNCTION q_make_promo();
DELETE FROM caps;

-- without recheck= every written row is a send: an UPDATE that changes its
-- time, recipient or category is a changed send, checked and counted again,
-- and its first count stays (no count can be told apart from another
-- send's: fewer messages, never more); one that changes none of them is the
-- same message, not counted again
TRUNCATE q_outbox;
DELETE FROM cap_sends;
SELECT protect('q_outbox', 'recipient', category_column => 'category', send_at_column => 'send_at',
			   purpose_column => 'purpose', region_column => 'region');
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+13055550184', 'promo_q', '2054-12-01 15:00Z'),
	('+13055550184', 'promo_q', '2054-12-01 15:10Z'), ('+13055550184', 'promo_q', '2054-12-01 15:20Z');
UPDATE q_outbox SET purpose = 'newsletter' WHERE send_at = '2054-12-01 15:20Z';
-- (a region or time zone override is part of the send: counted again)
UPDATE q_outbox SET region = 'US-FL' WHERE send_at = '2054-12-01 15:20Z';
UPDATE q_outbox SET send_at = '2054-12-01 15:25Z' WHERE send_at = '2054-12-01 15:20Z';
UPDATE q_outbox SET send_at = '2054-12-05 15:00Z' WHERE send_at = '2054-12-01 15:00Z';
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+13055550184', 'promo_q', '2054-12-01 16:00Z');
SELECT recipient, sent_at FROM cap_sends ORDER BY recipient, sent_at;
-- a row written where no cap counted it (region GB) is not the same send
-- when its override goes: counted then, and refused at a full cap
INSERT INTO q_outbox (recipient, category, send_at, region) VALUES ('+13055550184', 'promo_q', '2054-12-01 15:30Z', 'GB');
UPDATE q_outbox SET region = NULL WHERE region = 'GB';
-- the same message deferred by the hours (a rule added since) is counted at
-- its new time (where its first count holds it back a day: fewer messages)
BEGIN;
SELECT protect('q_outbox', 'recipient', category_column => 'category', send_at_column => 'send_at',
			   purpose_column => 'purpose', on_quiet => 'defer');
INSERT INTO quiet_hours (region, category, allowed_from, allowed_until) VALUES ('US-FL', '*', '12:00', '20:00');
UPDATE q_outbox SET purpose = 'reminder' WHERE send_at = '2054-12-01 15:10Z' RETURNING send_at;
SELECT sent_at FROM cap_sends WHERE recipient = '+13055550184' ORDER BY sent_at;
ROLLBACK;
-- into a capped category from one no cap counts: counted
INSERT INTO categories (id, solicitation) VALUES ('notice_q', false);
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+13055550186', 'notice_q', '2054-12-01 15:00Z');
UPDATE q_outbox SET category = 'promo_q' WHERE recipient = '+13055550186';
SELECT recipient, category, sent_at FROM cap_sends WHERE recipient = '+13055550186';
-- -infinity is the statement's time, not "no time": a cap counts it, and
-- next_allowed() reads it as now()
SELECT next_allowed('+442071234568', NULL, '-infinity') = now() AS now,
	   next_allowed('+442071234568', NULL, 'infinity') AS never;
INSERT INTO caps (region, category, max_messages, per) VALUES ('GB', '*', 1, '1 hour');
INSERT INTO q_outbox (recipient, send_at) VALUES ('+442071234568', '-infinity');
INSERT INTO q_outbox (recipient, send_at) VALUES ('+442071234568', '-infinity');
SELECT count(*) AS counted, bool_and(sent_at > now() - interval '1 hour') AS now FROM cap_sends
 WHERE recipient = '+442071234568';
DELETE FROM caps;
-- so is a send_at before the statement (a stale or backfilled time): the
-- row goes out now, so it is checked and counted now (a count at its own
-- time would be older than any cap looks back, and pruned at once)
INSERT INTO caps (region, category, max_messages, per) VALUES ('GB', '*', 3, '1 day');
INSERT INTO q_outbox (recipient, send_at) SELECT '+442071234569', '2020-01-01 12:00Z' FROM generate_series(1, 3);
INSERT INTO q_outbox (recipient, send_at) VALUES ('+442071234569', now() - interval '2 days');
SELECT count(*) AS counted, bool_and(sent_at BETWEEN now() - interval '1 hour' AND now()) AS now FROM cap_sends
 WHERE recipient = '+442071234569';
DELETE FROM caps;
DELETE FROM q_outbox WHERE recipient = '+13055550186';
DELETE FROM categories WHERE id = 'notice_q';

-- every applying rule counts, however many there are
BEGIN;
INSERT INTO quiet_hours (region, category, days, allowed_from, allowed_until)
	SELECT '*', '*', '{1,2,3,4,5,6,7}'::int[] || array_fill(7, ARRAY[i]), '00:00', '24:00'
	  FROM generate_series(1, 130) i;
INSERT INTO quiet_hours (region, category, allowed_from, allowed_until) VALUES ('*', '*', '10:00', '11:00');
SELECT next_allowed('+447700900100', NULL, '2054-12-10 15:00Z');
ROLLBACK;
-- and every zone of a region (Russia has 17)
SELECT cardinality(ARRAY(SELECT DISTINCT z FROM builtin_regions, unnest(timezones) z WHERE region = 'RU')) AS ru_zones;
BEGIN;
INSERT INTO quiet_hours (region, category, allowed_from, allowed_until) VALUES ('RU', '*', '09:00', '20:00');
-- 06:00Z is 09:00 in Moscow, 18:00 in Kamchatka: not inside in every zone
SELECT next_allowed('+79123456789', NULL, '2054-12-10 06:00Z', region => 'RU');
ROLLBACK;

------------------------------------------------------------------------------
-- the built-in tables are read-only
------------------------------------------------------------------------------
\set VERBOSITY default
DELETE FROM builtin_quiet_hours WHERE region = 'US-FL';
\set VERBOSITY terse
UPDATE builtin_caps SET max_messages = 100;
INSERT INTO builtin_regions VALUES ('999', 'US-FL', NULL);
TRUNCATE builtin_regions;

------------------------------------------------------------------------------
-- an application role (no privilege on opt_consent's tables) takes slots
------------------------------------------------------------------------------
TRUNCATE q_outbox;
SELECT protect('q_outbox', 'recipient', category_column => 'category', send_at_column => 'send_at');
CREATE ROLE q_app;
GRANT INSERT, SELECT ON q_outbox TO q_app;
GRANT USAGE ON SEQUENCE q_outbox_id_seq TO q_app;
SET ROLE q_app;
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+19545550181', 'promo_q', '2054-12-01 14:00Z'),
	('+19545550181', 'promo_q', '2054-12-01 14:10Z'), ('+19545550181', 'promo_q', '2054-12-01 14:20Z');
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+19545550181', 'promo_q', '2054-12-01 14:30Z');
SELECT next_allowed('+19545550181', 'promo_q', '2054-12-01 14:30Z'), region('+19545550181');
SELECT count(*) FROM cap_sends;
RESET ROLE;
SELECT count(*) FROM cap_sends WHERE recipient = '+19545550181';

-- a table of a role that may not protect tables (enforce() by hand): its
-- sends are checked against the caps but not counted, else any role could
-- use up (or lock) every sender's caps; lint() names the table
CREATE ROLE q_rogue;
GRANT CREATE ON SCHEMA public TO q_rogue;
SET ROLE q_rogue;
CREATE TABLE public.q_rogue_out (r text, c text, s timestamptz);
CREATE TRIGGER t BEFORE INSERT ON public.q_rogue_out FOR EACH ROW
	EXECUTE FUNCTION opt_consent.enforce('recipient=r', 'category=c', 'send_at=s');
INSERT INTO public.q_rogue_out SELECT '+19545550183', 'promo_q', '2054-12-01 14:00Z' FROM generate_series(1, 3);
RESET ROLE;
SELECT count(*) AS counted FROM cap_sends WHERE recipient = '+19545550183';
SELECT problem, object, detail FROM lint() WHERE problem = 'sends not counted toward caps';
-- the application's sends are not held back by them, and count
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+19545550183', 'promo_q', '2054-12-01 14:00Z'),
	('+19545550183', 'promo_q', '2054-12-01 14:10Z'), ('+19545550183', 'promo_q', '2054-12-01 14:20Z');
SELECT count(*) AS counted FROM cap_sends WHERE recipient = '+19545550183';
-- the rogue table is checked against them
SET ROLE q_rogue;
INSERT INTO public.q_rogue_out VALUES ('+19545550183', 'promo_q', '2054-12-01 14:30Z');
RESET ROLE;
-- once its owner may protect tables, its sends count
GRANT EXECUTE ON FUNCTION opt_consent.protect TO q_rogue;
SET ROLE q_rogue;
INSERT INTO public.q_rogue_out VALUES ('+19545550184', 'promo_q', '2054-12-01 14:00Z');
RESET ROLE;
SELECT count(*) AS counted FROM cap_sends WHERE recipient = '+19545550184';
SELECT count(*) FROM lint() WHERE problem = 'sends not counted toward caps';
DROP TABLE public.q_rogue_out;
REVOKE ALL ON FUNCTION opt_consent.protect FROM q_rogue;
REVOKE ALL ON SCHEMA public FROM q_rogue;
DROP ROLE q_rogue;

-- a table of a role that may not protect tables, protected by a superuser
-- (as 1.0 and 1.1 deployments did): protect() lists it in protected_tables,
-- and its sends count (before: they were never counted)
CREATE ROLE q_owner;
CREATE TABLE q_owned (r text, c text, s timestamptz);
ALTER TABLE q_owned OWNER TO q_owner;
SELECT protect('q_owned', 'r', category_column => 'c', send_at_column => 's');
SELECT schema_name, table_name, owner_name, protected_by FROM protected_tables WHERE table_name = 'q_owned';
INSERT INTO q_owned VALUES ('+19545550185', 'promo_q', '2054-12-01 14:00Z');
SELECT count(*) AS counted FROM cap_sends WHERE recipient = '+19545550185';
SELECT count(*) AS not_counted FROM lint() WHERE problem = 'sends not counted toward caps' AND object = 'q_owned';
-- renamed, or given to another role: not what protect() was run on
ALTER TABLE q_owned RENAME TO q_owned2;
INSERT INTO q_owned2 VALUES ('+19545550185', 'promo_q', '2054-12-01 14:10Z');
SELECT count(*) AS counted FROM cap_sends WHERE recipient = '+19545550185';
SELECT problem, object FROM lint() WHERE problem = 'sends not counted toward caps';
SELECT protect('q_owned2', 'r', category_column => 'c', send_at_column => 's');
INSERT INTO q_owned2 VALUES ('+19545550185', 'promo_q', '2054-12-01 14:20Z');
SELECT count(*) AS counted FROM cap_sends WHERE recipient = '+19545550185';
CREATE ROLE q_owner2;
ALTER TABLE q_owned2 OWNER TO q_owner2;
INSERT INTO q_owned2 VALUES ('+19545550186', 'promo_q', '2054-12-01 14:00Z');
SELECT count(*) AS counted FROM cap_sends WHERE recipient = '+19545550186';
ALTER TABLE q_owned2 OWNER TO q_owner;
-- unprotect() takes it out; the owner's own trigger then does not count
SELECT unprotect('q_owned2');
SELECT table_name FROM protected_tables WHERE table_name LIKE 'q_owned%';  -- (the old name's entry stays)
GRANT CREATE ON SCHEMA public TO q_owner;
SET ROLE q_owner;
CREATE TRIGGER t BEFORE INSERT ON q_owned2 FOR EACH ROW
	EXECUTE FUNCTION opt_consent.enforce('recipient=r', 'category=c', 'send_at=s');
INSERT INTO q_owned2 VALUES ('+19545550187', 'promo_q', '2054-12-01 14:00Z');
RESET ROLE;
SELECT count(*) AS counted FROM cap_sends WHERE recipient = '+19545550187';
-- a partitioned table: its partitions count as it does
CREATE TABLE q_parted (r text, c text, s timestamptz) PARTITION BY LIST (c);
CREATE TABLE q_parted_promo PARTITION OF q_parted FOR VALUES IN ('promo_q');
ALTER TABLE q_parted OWNER TO q_owner;
ALTER TABLE q_parted_promo OWNER TO q_owner;
SELECT protect('q_parted', 'r', category_column => 'c', send_at_column => 's');
INSERT INTO q_parted VALUES ('+19545550188', 'promo_q', '2054-12-01 14:00Z');
INSERT INTO q_parted_promo VALUES ('+19545550188', 'promo_q', '2054-12-01 14:10Z');
SELECT count(*) AS counted FROM cap_sends WHERE recipient = '+19545550188';
DROP TABLE q_owned2, q_parted;
DELETE FROM protected_tables WHERE table_name = 'q_parted';
REVOKE ALL ON SCHEMA public FROM q_owner;
DROP ROLE q_owner, q_owner2;

------------------------------------------------------------------------------
-- the final check: a later BEFORE trigger moves the send into quiet hours
------------------------------------------------------------------------------
CREATE FUNCTION q_move_to_night() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN NEW.send_at := '2054-12-01 06:00Z'; RETURN NEW; END $$;
CREATE TRIGGER zz_move BEFORE INSERT ON q_outbox FOR EACH ROW EXECUTE FUNCTION q_move_to_night();
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+12125550182', 'promo_q', '2054-12-01 15:00Z');
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+12125550182', 'otp_q', '2054-12-01 15:00Z')
	RETURNING send_at;
DROP TRIGGER zz_move ON q_outbox;
-- ... or writes a time zone override that is not one: refused (22023), also
-- for a send no rule applies to
SELECT protect('q_outbox', 'recipient', category_column => 'category', send_at_column => 'send_at',
			   timezone_column => 'tz');
CREATE FUNCTION q_bad_zone() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN NEW.tz := 'Mars/Olympus_Mons'; RETURN NEW; END $$;
CREATE TRIGGER zz_zone BEFORE INSERT ON q_outbox FOR EACH ROW EXECUTE FUNCTION q_bad_zone();
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+12125550183', 'otp_q', '2054-12-01 15:00Z');
DROP TRIGGER zz_zone ON q_outbox;
SELECT protect('q_outbox', 'recipient', category_column => 'category', send_at_column => 'send_at');
-- with a later BEFORE trigger of the table's, the BEFORE check still takes
-- the slots row by row: a batch over the cap defers the rows past it (the
-- worker's dispatch of README), and a row the later trigger drops keeps the
-- slot it took (fewer messages, never more)
CREATE FUNCTION q_drop_tests() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN IF TG_OP = 'UPDATE' AND NEW.recipient = '+13055550189' THEN RETURN NULL; END IF; RETURN NEW; END $$;
CREATE TRIGGER zz_drop BEFORE INSERT OR UPDATE ON q_outbox FOR EACH ROW EXECUTE FUNCTION q_drop_tests();
SELECT protect('q_outbox', 'recipient', category_column => 'category', send_at_column => 'send_at',
			   status_column => 'status', recheck => 'status:sending|sent', on_quiet => 'defer');
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+13055550188', 'promo_q', '2054-12-01 15:00Z'),
	('+13055550188', 'promo_q', '2054-12-01 15:00Z'), ('+13055550188', 'promo_q', '2054-12-01 15:00Z'),
	('+13055550188', 'promo_q', '2054-12-01 15:00Z');
UPDATE q_outbox SET status = 'sending' WHERE recipient = '+13055550188' RETURNING status, send_at;
SELECT count(*) AS counted FROM cap_sends WHERE recipient = '+13055550188';
-- sending -> sent: no second slot, and none refused by its own
UPDATE q_outbox SET status = 'sent' WHERE recipient = '+13055550188' AND status = 'sending'
	RETURNING status, send_at;
SELECT count(*) AS counted FROM cap_sends WHERE recipient = '+13055550188';
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+13055550189', 'promo_q', '2054-12-01 15:00Z');
UPDATE q_outbox SET status = 'sending' WHERE recipient = '+13055550189';
SELECT status, (SELECT count(*) FROM cap_sends WHERE recipient = '+13055550189') AS counted_for_dropped
  FROM q_outbox WHERE recipient = '+13055550189';
-- a later trigger that changes the send (an info message made a promotion):
-- the final check counts it as stored, and refuses it over the cap
CREATE FUNCTION q_promote() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN IF NEW.category = 'otp_q' AND NEW.recipient = '+13055550192' THEN NEW.category := 'promo_q'; END IF; RETURN NEW; END $$;
CREATE TRIGGER zz_promote BEFORE INSERT OR UPDATE ON q_outbox FOR EACH ROW EXECUTE FUNCTION q_promote();
SELECT protect('q_outbox', 'recipient', category_column => 'category', send_at_column => 'send_at');
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+13055550192', 'otp_q', '2054-12-01 15:00Z'),
	('+13055550192', 'otp_q', '2054-12-01 15:01Z'), ('+13055550192', 'otp_q', '2054-12-01 15:02Z');
SELECT category, count(*) FROM cap_sends WHERE recipient = '+13055550192' GROUP BY 1;
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+13055550192', 'otp_q', '2054-12-01 15:03Z');
DROP TRIGGER zz_promote ON q_outbox;
DROP FUNCTION q_promote();
-- a later trigger that catches an error of its own (a subtransaction that
-- aborts) does not make the final check count the rows again
CREATE FUNCTION q_catch() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN BEGIN PERFORM 1 / 0; EXCEPTION WHEN division_by_zero THEN NULL; END; RETURN NEW; END $$;
CREATE TRIGGER zz_catch BEFORE INSERT ON q_outbox FOR EACH ROW EXECUTE FUNCTION q_catch();
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+13055550194', 'promo_q', '2054-12-01 15:00Z'),
	('+13055550194', 'promo_q', '2054-12-01 15:01Z');
SELECT count(*) AS counted FROM cap_sends WHERE recipient = '+13055550194';
DROP TRIGGER zz_catch ON q_outbox;
DROP FUNCTION q_catch();
-- on_quiet => 'mark' (on_block error): the final check leaves the marked row
SELECT protect('q_outbox', 'recipient', category_column => 'category', send_at_column => 'send_at',
			   status_column => 'status', error_code_column => 'error_code', on_quiet => 'mark');
INSERT INTO q_outbox (recipient, category, send_at) VALUES ('+13055550188', 'promo_q', '2054-12-01 16:00Z'),
	('+13055550188', 'promo_q', '2054-12-01 06:00Z') RETURNING status, error_code;
DROP TRIGGER zz_drop ON q_outbox;
DROP FUNCTION q_drop_tests();

-- a dispatch of a row of category '*' (unlabelled, as NULL) is the same
-- send as the row queued: counted once
INSERT INTO caps (region, category, max_messages, per) VALUES ('GB', '*', 1, '1 day');
CREATE TABLE q_star (id serial, to_number text, status text DEFAULT 'queued', category text,
	send_at timestamptz);
SELECT protect('q_star', 'to_number', category_column => 'category', send_at_column => 'send_at',
			   recheck => 'status:sending|sent');
INSERT INTO q_star (to_number, category, send_at) VALUES ('+447700900461', '*', '2054-12-01 12:00Z');
UPDATE q_star SET status = 'sending' RETURNING status;
UPDATE q_star SET status = 'sent' RETURNING status;
SELECT count(*) AS counted FROM cap_sends WHERE recipient = '+447700900461';
DROP TABLE q_star;
DELETE FROM caps WHERE region = 'GB' AND category = '*' AND max_messages = 1;
DELETE FROM cap_sends WHERE recipient = '+447700900461';

DROP TABLE q_outbox;
DROP FUNCTION q_move_to_night();
REVOKE ALL ON SCHEMA opt_consent FROM q_app;
DROP ROLE q_app;
DELETE FROM categories WHERE id IN ('promo_q2');

-- a backend loads only the zones its sends need: the built-in regions name
-- some 400, which PostgreSQL keeps once loaded (before, reading the regions
-- loaded them all: 7 MB of "Timezones" in every backend that checked one
-- send); and a zone of a set is still found after that (PostgreSQL 14 and
-- later measure it, 13 runs the calls)
\c
SET timezone = 'UTC';
SELECT opt_consent.timezones('+12125550100') AS new_york, opt_consent.timezones('+13125550100') AS chicago,
	   opt_consent.timezones('+447700900461') AS gb, opt_consent.timezones('+14155550100') AS california;
SELECT opt_consent.next_allowed('+12125550100', 'marketing', '2026-12-05 03:00Z') AS ny_saturday_night;
DO $$
DECLARE
	v bigint;
BEGIN
	IF pg_catalog.current_setting('server_version_num')::int < 140000 THEN
		RETURN;
	END IF;
	EXECUTE $q$SELECT pg_catalog.sum(total_bytes) FROM pg_catalog.pg_backend_memory_contexts
				WHERE name = 'Timezones'$q$ INTO v;
	IF v > 2000000 THEN
		RAISE EXCEPTION 'the backend holds % bytes of time zones after 4 numbers', v;
	END IF;
END
$$;
