-- The audit log is append-only: refuse updates and deletes at the database.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_append_only();
