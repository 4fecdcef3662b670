-- An account's scope points at a real office of the right level and at a real village. The
-- office key is (id, level): scope_level REGIONAL must name a Kanwil (office level REGIONAL),
-- scope_level OFFICE a Kanim (office level OFFICE). For other scopes scope_office_id is null and
-- the key is not checked.
alter table account add constraint account_scope_office_fk
    foreign key (scope_office_id, scope_level) references office (id, level);
alter table account add constraint account_scope_village_fk
    foreign key (scope_village_code) references region (code);
