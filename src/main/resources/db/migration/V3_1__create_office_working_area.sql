-- Working area (wilayah kerja) of a Kanim: the kabupaten/kota it serves. A regency is the primary
-- key, so it belongs to at most one office and every village has exactly one serving Kanim.
create table office_working_area (
    regency_code varchar(5)  not null primary key,
    office_id    bigint      not null,
    -- always 'OFFICE': with the composite foreign key the database refuses a working area on a
    -- Kanwil, a UKK or the directorate
    office_level varchar(20) not null default 'OFFICE',
    created_at   timestamp with time zone not null default current_timestamp,
    constraint office_working_area_office_fk foreign key (office_id, office_level) references office (id, level),
    constraint office_working_area_level_ck check (office_level = 'OFFICE'),
    constraint office_working_area_region_fk foreign key (regency_code) references region (code),
    constraint office_working_area_code_ck check (length(regency_code) = 5)
);
create index office_working_area_office_idx on office_working_area (office_id);
