-- Published indicator-system versions and report snapshots are immutable, enforced here
-- as well as in the services, so no code path (or manual SQL) can rewrite history.
CREATE OR REPLACE FUNCTION zp_guard_published_version() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'draft' THEN
      RAISE EXCEPTION 'indicator-system version % is % and cannot be deleted', OLD.id, OLD.status
        USING ERRCODE = 'check_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status = 'published' THEN
    -- The only change allowed to a published version is archiving it.
    IF NEW.status = 'archived' AND NEW.document = OLD.document AND NEW.version = OLD.version
       AND NEW.system_id = OLD.system_id THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'indicator-system version % is published and immutable', OLD.id
      USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.status = 'archived' THEN
    RAISE EXCEPTION 'indicator-system version % is archived and immutable', OLD.id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER zp_published_version_immutable
  BEFORE UPDATE OR DELETE ON indicator_system_versions
  FOR EACH ROW EXECUTE FUNCTION zp_guard_published_version();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION zp_guard_report_snapshot() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'report snapshots are immutable' USING ERRCODE = 'check_violation';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER zp_report_snapshot_immutable
  BEFORE UPDATE OR DELETE ON report_snapshots
  FOR EACH ROW EXECUTE FUNCTION zp_guard_report_snapshot();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION zp_guard_signed_off_answers() RETURNS trigger AS $$
DECLARE
  st text;
BEGIN
  SELECT status INTO st FROM assessments
    WHERE id = COALESCE(NEW.assessment_id, OLD.assessment_id);
  IF st = 'signed_off' THEN
    RAISE EXCEPTION 'assessment is signed off; its answers are immutable'
      USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER zp_answers_immutable_after_sign_off
  BEFORE INSERT OR UPDATE OR DELETE ON answers
  FOR EACH ROW EXECUTE FUNCTION zp_guard_signed_off_answers();
--> statement-breakpoint
CREATE TRIGGER zp_review_items_immutable_after_sign_off
  BEFORE INSERT OR UPDATE OR DELETE ON review_items
  FOR EACH ROW EXECUTE FUNCTION zp_guard_signed_off_answers();
