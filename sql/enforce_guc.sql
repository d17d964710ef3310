-- opt_consent.enforce cannot be switched off by a placeholder that an
-- ordinary role set before the library was loaded in its session
-- (expected/enforce_guc_1.out: the library preloaded, so the setting exists
-- in every session from the start and the ordinary role's SET fails at once)
\set VERBOSITY terse
CREATE TABLE guc_outbound (phone text);
SELECT opt_consent.protect('guc_outbound', 'phone');
SELECT opt_consent.opt_out('+15550100401') > 0 AS ok;
CREATE ROLE oc_guc_user LOGIN;
GRANT INSERT ON guc_outbound TO oc_guc_user;
-- a fresh session as the ordinary role, library not loaded yet
\c - oc_guc_user
\set VERBOSITY terse
SELECT count(*) AS opt_consent_loaded FROM pg_settings WHERE name = 'opt_consent.enforce';
SET opt_consent.enforce = off;
INSERT INTO guc_outbound VALUES ('+15550100401');
SHOW opt_consent.enforce;
SET opt_consent.enforce = off;
-- the role's own ALTER ROLE ... SET does not switch it off either
\c - oc_guc_user
ALTER ROLE oc_guc_user SET opt_consent.enforce = off;
\c - oc_guc_user
\set VERBOSITY terse
SELECT count(*) AS opt_consent_loaded FROM pg_settings WHERE name = 'opt_consent.enforce';
INSERT INTO guc_outbound VALUES ('+15550100401');
SHOW opt_consent.enforce;
-- a superuser may switch it off, also for a role
\c - postgres
\set VERBOSITY terse
ALTER ROLE oc_guc_user SET opt_consent.enforce = off;
\c - oc_guc_user
\set VERBOSITY terse
INSERT INTO guc_outbound VALUES ('+15550100401');
\c - postgres
ALTER ROLE oc_guc_user RESET ALL;
SELECT count(*) AS rows_let_through FROM guc_outbound;
DROP TABLE guc_outbound;
DROP ROLE oc_guc_user;
