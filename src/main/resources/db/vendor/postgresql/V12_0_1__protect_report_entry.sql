-- The report trail is append-only: refuse updates and deletes at the database.
create function report_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'report_entry is append-only';
end;
$$;
create trigger report_entry_no_change before update or delete on report_entry
    for each row execute function report_entry_append_only();
