-- What PostgreSQL alone can do: the statements Solilab sends for one booking over the API, in its
-- order, driven by pgbench (a C client much lighter than the HTTP clients and server of
-- `examples/bench.rs`), on a database holding the demo site. BENCHMARKS.md gives the figures.
--
--   createdb -h 127.0.0.1 -U postgres solilab_ceiling
--   DATABASE_URL='postgres://postgres@127.0.0.1:5432/solilab_ceiling' target/release/solilab seed --demo
--   PGSSLMODE=disable pgbench -h 127.0.0.1 -U postgres -n -M prepared -c 64 -j 2 -T 15 \
--     -f server/examples/booking_ceiling.sql solilab_ceiling          # as fast as answered
--   ... the same with -R 2000 -l, then p99 of the log's third column  # paced at 2,000/s
--
-- Each client books random half-hours of one of the demo's first 100 spaces from 2030 on, for
-- structure 1 and account 1; the rare slot already taken is skipped by the insert.
\set space 1 + :client_id % 100
\set slot random(0, 1750000)
-- Who calls: the token, its account and the account's structures.
SELECT t.id, t.account_id, t.name, t.token_hash, t.created_at, t.last_used_at, t.revoked_at, a.id, a.email, a.display_name, a.role, a.password_hash, a.locale, a.created_at, a.disabled_at, s.id, s.name FROM api_tokens t LEFT JOIN accounts a ON t.account_id = a.id LEFT JOIN memberships m ON m.account_id = a.id LEFT JOIN structures s ON s.id = m.structure_id WHERE t.token_hash = 'ac2c78619a874d1cbf71ed4b7fb0698bff1675d8bdd73581c0cacc1689cd9daa' AND t.revoked_at IS NULL ORDER BY s.name;
-- The structure booked for.
SELECT * FROM structures WHERE id = 1 LIMIT 1;
BEGIN;
-- Whether the slot is free, with the structure's included time granted and used that month.
SELECT EXISTS(SELECT b.id FROM bookings b WHERE b.space_id = :space AND (b.status = 'confirmed' OR (b.status = 'pending' AND b.hold_expires_at >= now())) AND b.starts_at > timestamptz '2030-01-01' + :slot * interval '30 minutes' - interval '48 hours' AND b.starts_at < timestamptz '2030-01-01' + (:slot + 1) * interval '30 minutes' AND b.held_until > timestamptz '2030-01-01' + :slot * interval '30 minutes' UNION ALL (SELECT w.id FROM booking_waits w WHERE w.space_id = :space AND w.status = 'offered' AND w.offer_expires_at > now() AND w.starts_at > now() AND w.starts_at < now() AND w.held_until > now())) AS taken, (SELECT COALESCE(SUM(included_minutes_per_month), 0) FROM leases WHERE structure_id = 1 AND status IN ('signed', 'live', 'ending') AND starts_on <= '2030-01-01' AND (ends_on IS NULL OR ends_on >= '2030-01-01')) AS granted, (SELECT COALESCE(SUM(included_minutes), 0) FROM bookings WHERE structure_id = 1 AND included_minutes > 0 AND status IN ('pending', 'confirmed') AND starts_at >= '2030-01-01' AND starts_at < '2030-02-01') AS used;
-- The booking, under the exclusion constraint.
INSERT INTO bookings (space_id, structure_id, customer_name, customer_email, booked_by, title, attendees, starts_at, ends_at, held_until, status, hold_expires_at, customer_kind, price_cents, included_minutes, cancel_fee_cents, created_at, series_id) VALUES (:space, 1, NULL, NULL, 1, 'Banc d''essai', 1, timestamptz '2030-01-01' + :slot * interval '30 minutes', timestamptz '2030-01-01' + (:slot + 1) * interval '30 minutes', timestamptz '2030-01-01' + (:slot + 1) * interval '30 minutes', 'confirmed', NULL, 'hosted', 1500, 0, 0, now(), NULL) ON CONFLICT DO NOTHING RETURNING *;
-- Its confirmation mail, with the invitation, in the outbox.
INSERT INTO mail_outbox (recipient, subject, body_text, body_html, created_at, attempts, next_attempt_at, locked_until, sent_at, last_error, attachment_name, attachment_type, attachment_body) VALUES ('gestion@solilab.localhost', 'Réservation confirmée', repeat('Votre réservation est confirmée. ', 20), repeat('<p>Votre réservation est confirmée.</p>', 20), now(), 0, now(), NULL, NULL, NULL, 'reservation.ics', 'text/calendar', repeat('BEGIN-VEVENT ', 60)) RETURNING id;
COMMIT;
