-- Selection criteria become data that SYSTEM_ADMIN edits: names in Indonesian and English,
-- an active flag (retired criteria stay on the designations that cite them but cannot be
-- chosen again) and the sort order (position). needs_text stays: the OTHER criterion asks
-- for a text. Designations keep referencing criteria by code.
alter table selection_criterion add column name_id varchar(200);
alter table selection_criterion add column name_en varchar(200);
alter table selection_criterion add column active boolean default true not null;
alter table selection_criterion add column version bigint default 0 not null;
alter table selection_criterion add column created_by varchar(100);
alter table selection_criterion add column changed_at timestamp with time zone;
alter table selection_criterion add column changed_by varchar(100);

update selection_criterion set name_id = 'Banyak warga bekerja di luar negeri',
    name_en = 'Many residents work abroad' where code = 'MANY_ABROAD';
update selection_criterion set name_id = 'Wilayah perbatasan atau transit',
    name_en = 'Border or transit area' where code = 'BORDER_TRANSIT';
update selection_criterion set name_id = 'Kemiskinan', name_en = 'Poverty' where code = 'POVERTY';
update selection_criterion set name_id = 'Terdapat orang asing',
    name_en = 'Foreigners present' where code = 'FOREIGNERS_PRESENT';
update selection_criterion set name_id = 'Pernah terjadi kasus TPPO',
    name_en = 'Past human-trafficking (TPPO) cases' where code = 'PAST_TPPO';
update selection_criterion set name_id = 'Lainnya', name_en = 'Other' where code = 'OTHER';
update selection_criterion set name_id = code, name_en = code where name_id is null;

alter table selection_criterion alter column name_id set not null;
alter table selection_criterion alter column name_en set not null;
alter table selection_criterion add constraint selection_criterion_code_ck check (code = upper(code));
