-- The report trail is append-only: refuse updates and deletes at the database.
create trigger report_entry_no_update before update on report_entry for each row call 'id.desabinaan.platform.AppendOnlyTrigger';
create trigger report_entry_no_delete before delete on report_entry for each row call 'id.desabinaan.platform.AppendOnlyTrigger';
