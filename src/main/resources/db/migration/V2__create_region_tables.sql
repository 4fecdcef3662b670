-- Indonesia's administrative regions (reference data, filled by the region importer from
-- src/main/resources/data/regions). Codes are Kemendagri codes PP.KK.CC.DDDD; rows are never
-- deleted: a code that disappears from a newer dataset is marked retired. Name search runs on an
-- in-memory index of this table (RegionIndex), so no search column or name index is kept here:
-- every index slows the start-up import.
create table region (
    code            varchar(13) not null primary key,
    parent_code     varchar(8) references region (code),
    level           varchar(10) not null,
    kind            varchar(10),
    name            varchar(120) not null,
    dataset_version varchar(40) not null,
    retired_at      timestamp with time zone,
    created_at      timestamp with time zone not null,
    constraint region_level_check check (level in ('PROVINCE', 'REGENCY', 'DISTRICT', 'VILLAGE')),
    constraint region_kind_check check (kind in ('KABUPATEN', 'KOTA', 'DESA', 'KELURAHAN')),
    constraint region_parent_check check ((level = 'PROVINCE') = (parent_code is null))
);
create index region_parent_idx on region (parent_code);

-- Which dataset version is in the region table. One row per dataset; the importer locks it
-- (select ... for update) so that two nodes starting together import only once.
create table region_dataset (
    id          varchar(40) not null primary key,
    version     varchar(40) not null,
    imported_at timestamp with time zone,
    row_count   integer not null default 0,
    duration_ms bigint,
    created_at  timestamp with time zone not null
);
insert into region_dataset (id, version, created_at) values ('idn-area-data', 'none', current_timestamp);
