CREATE TABLE "budget_replicas" (
	"replica" text PRIMARY KEY NOT NULL,
	"calls" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_users" (
	"principal_id" text PRIMARY KEY NOT NULL,
	"calls" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "budget_calls_user" ON "budget_calls" USING btree ("principal_id","at");--> statement-breakpoint
INSERT INTO "budget_users" SELECT "principal_id", count(*)::integer FROM "budget_calls" GROUP BY 1;
--> statement-breakpoint
INSERT INTO "budget_replicas" SELECT "replica", count(*)::integer FROM "budget_calls" GROUP BY 1;
--> statement-breakpoint
-- The same answers as 0002's budget_acquire, without scanning the window's calls: the counts per user
-- and per replica are kept as calls are added and expire, and the oldest calls come from indexes.
CREATE OR REPLACE FUNCTION budget_acquire(p_user text, p_replica text, p_now bigint, p_limit integer, p_window bigint, p_floor integer)
RETURNS TABLE (reason text, retry_after_ms bigint, replicas integer)
LANGUAGE plpgsql AS $$
DECLARE
  v_blocked bigint;
  v_total integer;
  v_users integer;
  v_mine integer;
  v_oldest bigint;
  v_my_oldest bigint;
  v_replicas integer;
  v_expired integer;
BEGIN
  PERFORM pg_advisory_xact_lock(7460224152);
  WITH gone AS (DELETE FROM budget_calls WHERE at <= p_now - p_window RETURNING principal_id, replica),
       by_user AS (
         UPDATE budget_users u SET calls = u.calls - g.n
           FROM (SELECT principal_id, count(*)::integer AS n FROM gone GROUP BY principal_id) g
          WHERE u.principal_id = g.principal_id RETURNING 1),
       by_replica AS (
         UPDATE budget_replicas r SET calls = r.calls - g.n
           FROM (SELECT replica, count(*)::integer AS n FROM gone GROUP BY replica) g
          WHERE r.replica = g.replica RETURNING 1)
  SELECT count(*) INTO v_expired FROM by_user;
  DELETE FROM budget_users WHERE calls <= 0;
  DELETE FROM budget_replicas WHERE calls <= 0;
  SELECT coalesce(sum(calls), 0)::integer, count(*)::integer INTO v_total, v_users FROM budget_users;
  SELECT calls INTO v_mine FROM budget_users WHERE principal_id = p_user;
  SELECT (count(*) + CASE WHEN bool_or(replica = p_replica) THEN 0 ELSE 1 END)::integer INTO v_replicas FROM budget_replicas;
  SELECT blocked_until INTO v_blocked FROM budget_block WHERE id = 1;
  IF v_blocked IS NOT NULL AND p_now < v_blocked THEN
    RETURN QUERY SELECT 'upstream'::text, v_blocked - p_now, v_replicas;
    RETURN;
  END IF;
  IF v_total >= p_limit THEN
    SELECT min(at) INTO v_oldest FROM budget_calls;
    RETURN QUERY SELECT 'server'::text, v_oldest + p_window - p_now, v_replicas;
    RETURN;
  END IF;
  IF v_mine IS NOT NULL AND v_mine >= greatest(p_floor, p_limit / (v_users)) THEN
    SELECT min(at) INTO v_my_oldest FROM budget_calls WHERE principal_id = p_user;
    RETURN QUERY SELECT 'user'::text, v_my_oldest + p_window - p_now, v_replicas;
    RETURN;
  END IF;
  INSERT INTO budget_calls (at, principal_id, replica) VALUES (p_now, p_user, p_replica);
  INSERT INTO budget_users (principal_id, calls) VALUES (p_user, 1) ON CONFLICT (principal_id) DO UPDATE SET calls = budget_users.calls + 1;
  INSERT INTO budget_replicas (replica, calls) VALUES (p_replica, 1) ON CONFLICT (replica) DO UPDATE SET calls = budget_replicas.calls + 1;
  RETURN QUERY SELECT NULL::text, 0::bigint, v_replicas;
END;
$$;
