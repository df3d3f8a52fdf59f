-- budget_acquire as in 0006, but a user whose id starts with "background:" (the overview's counting,
-- paced to its own share of the limit) is not one of the users the limit is split between: an analyst's
-- fair share stays what it was without it. Its calls still count against the limit.
CREATE OR REPLACE FUNCTION budget_acquire(p_user text, p_replica text, p_now bigint, p_limit integer, p_window bigint, p_floor integer, p_want integer, p_lease_ms bigint)
RETURNS TABLE (reason text, retry_after_ms bigint, replicas integer, granted integer)
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
  v_share integer;
  v_granted integer := 1;
  v_at bigint := p_now;
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
  SELECT coalesce(sum(calls), 0)::integer, (count(*) FILTER (WHERE principal_id NOT LIKE 'background:%'))::integer INTO v_total, v_users FROM budget_users;
  SELECT calls INTO v_mine FROM budget_users WHERE principal_id = p_user;
  SELECT (count(*) + CASE WHEN bool_or(replica = p_replica) THEN 0 ELSE 1 END)::integer INTO v_replicas FROM budget_replicas;
  SELECT blocked_until INTO v_blocked FROM budget_block WHERE id = 1;
  IF v_blocked IS NOT NULL AND p_now < v_blocked THEN
    RETURN QUERY SELECT 'upstream'::text, v_blocked - p_now, v_replicas, 0;
    RETURN;
  END IF;
  IF v_total >= p_limit THEN
    SELECT min(at) INTO v_oldest FROM budget_calls;
    RETURN QUERY SELECT 'server'::text, v_oldest + p_window - p_now, v_replicas, 0;
    RETURN;
  END IF;
  IF v_mine IS NOT NULL AND v_mine >= greatest(p_floor, p_limit / greatest(v_users, 1)) THEN
    SELECT min(at) INTO v_my_oldest FROM budget_calls WHERE principal_id = p_user;
    RETURN QUERY SELECT 'user'::text, v_my_oldest + p_window - p_now, v_replicas, 0;
    RETURN;
  END IF;
  -- A lease: while the team and the user have used less than half of theirs, a replica may take a few
  -- calls at once and spend them over the next p_lease_ms without asking. They count from the lease's
  -- end, so none is forgotten before Cloudflare forgets it; what goes unused is wasted, never overspent.
  v_share := greatest(p_floor, p_limit / greatest(v_users + CASE WHEN v_mine IS NULL THEN 1 ELSE 0 END, 1));
  IF p_want > 1 AND v_total + p_want <= p_limit / 2 AND coalesce(v_mine, 0) + p_want <= v_share / 2 THEN
    v_granted := p_want;
    v_at := p_now + p_lease_ms;
  END IF;
  INSERT INTO budget_calls (at, principal_id, replica) SELECT v_at, p_user, p_replica FROM generate_series(1, v_granted);
  INSERT INTO budget_users (principal_id, calls) VALUES (p_user, v_granted) ON CONFLICT (principal_id) DO UPDATE SET calls = budget_users.calls + v_granted;
  INSERT INTO budget_replicas (replica, calls) VALUES (p_replica, v_granted) ON CONFLICT (replica) DO UPDATE SET calls = budget_replicas.calls + v_granted;
  RETURN QUERY SELECT NULL::text, 0::bigint, v_replicas, v_granted;
END;
$$;
