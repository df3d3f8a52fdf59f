-- Every ending of a session, however it is written, is told on the channel "session_ended" (the
-- session's id) when its transaction commits: a replica that remembers the session live forgets it.
CREATE FUNCTION session_ended_notice() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('session_ended', NEW.id);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER session_ended AFTER UPDATE OF ended_at ON sessions
FOR EACH ROW WHEN (OLD.ended_at IS NULL AND NEW.ended_at IS NOT NULL)
EXECUTE FUNCTION session_ended_notice();
