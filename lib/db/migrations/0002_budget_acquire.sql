-- Spends one upstream call for p_user, or says why not and for how long, in one round trip and under
-- one lock, so replicas never together spend more than the one budget (lib/budget/shared-budget.ts).
-- The same rules as UpstreamBudget.acquire: a stop while Cloudflare says to wait, a cap for the whole
-- team, and a fair share per active user, never below p_floor.
CREATE OR REPLACE FUNCTION budget_acquire(p_user text, p_replica text, p_now bigint, p_limit integer, p_window bigint, p_floor integer)
RETURNS TABLE (reason text, retry_after_ms bigint, replicas integer)
LANGUAGE plpgsql AS $$
DECLARE
  v_blocked bigint;
  v_total integer;
  v_oldest bigint;
  v_mine integer;
  v_my_oldest bigint;
  v_active integer;
  v_replicas integer;
BEGIN
  PERFORM pg_advisory_xact_lock(7460224152);
  DELETE FROM budget_calls WHERE at <= p_now - p_window;
  SELECT count(*)::integer, min(at), (count(*) FILTER (WHERE principal_id = p_user))::integer, min(at) FILTER (WHERE principal_id = p_user),
         (count(DISTINCT principal_id) + CASE WHEN bool_or(principal_id = p_user) THEN 0 ELSE 1 END)::integer,
         (count(DISTINCT replica) + CASE WHEN bool_or(replica = p_replica) THEN 0 ELSE 1 END)::integer
    INTO v_total, v_oldest, v_mine, v_my_oldest, v_active, v_replicas
    FROM budget_calls;
  SELECT blocked_until INTO v_blocked FROM budget_block WHERE id = 1;
  IF v_blocked IS NOT NULL AND p_now < v_blocked THEN
    RETURN QUERY SELECT 'upstream'::text, v_blocked - p_now, v_replicas;
    RETURN;
  END IF;
  IF v_total >= p_limit THEN
    RETURN QUERY SELECT 'server'::text, v_oldest + p_window - p_now, v_replicas;
    RETURN;
  END IF;
  IF v_mine > 0 AND v_mine >= greatest(p_floor, p_limit / v_active) THEN
    RETURN QUERY SELECT 'user'::text, v_my_oldest + p_window - p_now, v_replicas;
    RETURN;
  END IF;
  INSERT INTO budget_calls (at, principal_id, replica) VALUES (p_now, p_user, p_replica);
  RETURN QUERY SELECT NULL::text, 0::bigint, v_replicas;
END;
$$;
