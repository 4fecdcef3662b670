-- The audit log is append-only: refuse updates and deletes at the database (H2 calls a Java trigger).
create trigger audit_event_no_update before update on audit_event for each row call 'id.desabinaan.platform.AppendOnlyTrigger';
create trigger audit_event_no_delete before delete on audit_event for each row call 'id.desabinaan.platform.AppendOnlyTrigger';
