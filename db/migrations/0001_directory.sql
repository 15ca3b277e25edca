-- 0001: the directory: HSDS tables (as declared in referral_app/core/hsds_tables.py),
-- needs, geography, the search index and directory facts.

-- organization, location and service take their keys from one sequence, so that a key names
-- one record whichever table it is in: owned rows point at their record by that key.
CREATE TABLE organization (
    key INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT,
    alternate_name TEXT,
    description TEXT,
    email TEXT,
    website TEXT,
    name_ur TEXT,
    digest TEXT NOT NULL
);

CREATE TABLE location (
    key INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    location_type TEXT,
    organization_id TEXT REFERENCES organization(id),
    name TEXT,
    alternate_name TEXT,
    description TEXT,
    transportation TEXT,
    latitude NUMERIC,
    longitude NUMERIC,
    name_ur TEXT,
    confidential INTEGER,
    digest TEXT NOT NULL
);

CREATE TABLE service (
    key INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    organization_id TEXT REFERENCES organization(id),
    name TEXT,
    alternate_name TEXT,
    description TEXT,
    url TEXT,
    email TEXT,
    status TEXT,
    interpretation_services TEXT,
    application_process TEXT,
    fees_description TEXT,
    eligibility_description TEXT,
    minimum_age NUMERIC,
    maximum_age NUMERIC,
    alert TEXT,
    last_modified TEXT,
    name_ur TEXT,
    description_ur TEXT,
    slip_name TEXT,
    slip_name_ur TEXT,
    free_of_charge INTEGER,
    gender TEXT,
    source_url TEXT,
    source_date TEXT,
    last_verified TEXT,
    verified_by TEXT,
    digest TEXT NOT NULL,
    -- derived on write, for sorting and the results list
    sort_name TEXT NOT NULL,
    city TEXT,
    district TEXT,
    province TEXT,
    need_codes TEXT,
    phone_numbers TEXT
);
CREATE INDEX service_sort_name ON service(sort_name);
CREATE INDEX service_organization ON service(organization_id);

-- service_at_location rows belong to one parent; root is the key of the service, location or
-- organization that owns them, so a changed record's rows are replaced together.
CREATE TABLE service_at_location (
    root INTEGER NOT NULL,
    parent_type TEXT NOT NULL,
    parent_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    id TEXT,
    service_id TEXT,
    location_id TEXT REFERENCES location(id),
    description TEXT
);
CREATE INDEX service_at_location_root ON service_at_location(root);

-- address rows belong to one parent; root is the key of the service, location or
-- organization that owns them, so a changed record's rows are replaced together.
CREATE TABLE address (
    root INTEGER NOT NULL,
    parent_type TEXT NOT NULL,
    parent_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    id TEXT,
    location_id TEXT,
    attention TEXT,
    address_1 TEXT,
    address_2 TEXT,
    city TEXT,
    region TEXT,
    state_province TEXT,
    postal_code TEXT,
    country TEXT,
    address_type TEXT
);
CREATE INDEX address_root ON address(root);

-- phone rows belong to one parent; root is the key of the service, location or
-- organization that owns them, so a changed record's rows are replaced together.
CREATE TABLE phone (
    root INTEGER NOT NULL,
    parent_type TEXT NOT NULL,
    parent_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    id TEXT,
    location_id TEXT,
    service_id TEXT,
    organization_id TEXT,
    contact_id TEXT,
    service_at_location_id TEXT,
    number TEXT,
    extension NUMERIC,
    type TEXT,
    description TEXT
);
CREATE INDEX phone_root ON phone(root);

-- language rows belong to one parent; root is the key of the service, location or
-- organization that owns them, so a changed record's rows are replaced together.
CREATE TABLE language (
    root INTEGER NOT NULL,
    parent_type TEXT NOT NULL,
    parent_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    id TEXT,
    service_id TEXT,
    location_id TEXT,
    phone_id TEXT,
    name TEXT,
    code TEXT,
    note TEXT
);
CREATE INDEX language_root ON language(root);

-- schedule rows belong to one parent; root is the key of the service, location or
-- organization that owns them, so a changed record's rows are replaced together.
CREATE TABLE schedule (
    root INTEGER NOT NULL,
    parent_type TEXT NOT NULL,
    parent_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    id TEXT,
    service_id TEXT,
    location_id TEXT,
    service_at_location_id TEXT,
    valid_from TEXT,
    valid_to TEXT,
    dtstart TEXT,
    timezone NUMERIC,
    until TEXT,
    count NUMERIC,
    wkst TEXT,
    freq TEXT,
    interval NUMERIC,
    byday TEXT,
    byweekno TEXT,
    bymonthday TEXT,
    byyearday TEXT,
    description TEXT,
    opens_at TEXT,
    closes_at TEXT,
    schedule_link TEXT,
    attending_type TEXT,
    notes TEXT
);
CREATE INDEX schedule_root ON schedule(root);

-- service_area rows belong to one parent; root is the key of the service, location or
-- organization that owns them, so a changed record's rows are replaced together.
CREATE TABLE service_area (
    root INTEGER NOT NULL,
    parent_type TEXT NOT NULL,
    parent_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    id TEXT,
    service_id TEXT,
    service_at_location_id TEXT,
    name TEXT,
    description TEXT,
    extent TEXT,
    extent_type TEXT,
    uri TEXT
);
CREATE INDEX service_area_root ON service_area(root);

-- contact rows belong to one parent; root is the key of the service, location or
-- organization that owns them, so a changed record's rows are replaced together.
CREATE TABLE contact (
    root INTEGER NOT NULL,
    parent_type TEXT NOT NULL,
    parent_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    id TEXT,
    organization_id TEXT,
    service_id TEXT,
    service_at_location_id TEXT,
    location_id TEXT,
    name TEXT,
    title TEXT,
    department TEXT,
    email TEXT
);
CREATE INDEX contact_root ON contact(root);

-- required_document rows belong to one parent; root is the key of the service, location or
-- organization that owns them, so a changed record's rows are replaced together.
CREATE TABLE required_document (
    root INTEGER NOT NULL,
    parent_type TEXT NOT NULL,
    parent_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    id TEXT,
    service_id TEXT,
    document TEXT,
    uri TEXT
);
CREATE INDEX required_document_root ON required_document(root);

-- attribute rows belong to one parent; root is the key of the service, location or
-- organization that owns them, so a changed record's rows are replaced together.
CREATE TABLE attribute (
    root INTEGER NOT NULL,
    parent_type TEXT NOT NULL,
    parent_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    id TEXT,
    link_id TEXT,
    taxonomy_term_id TEXT,
    link_type TEXT,
    link_entity TEXT,
    value TEXT,
    label TEXT
);
CREATE INDEX attribute_root ON attribute(root);

CREATE INDEX service_at_location_location ON service_at_location(location_id);

CREATE TABLE taxonomy_term (
    id TEXT PRIMARY KEY,
    code TEXT,
    name TEXT,
    description TEXT,
    parent_id TEXT,
    taxonomy TEXT,
    language TEXT,
    taxonomy_id TEXT,
    term_uri TEXT,
    name_ur TEXT
);

-- The needs of each service (derived from its need attributes on import).
CREATE TABLE service_need (
    service_key INTEGER NOT NULL REFERENCES service(key) ON DELETE CASCADE,
    need TEXT NOT NULL,
    PRIMARY KEY (service_key, need)
) WITHOUT ROWID;
CREATE INDEX service_need_need ON service_need(need, service_key);

-- Geography: country -> province -> district, with aliases for old and other names.
CREATE TABLE place (
    code TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('country', 'province', 'district')),
    name TEXT NOT NULL,
    name_ur TEXT,
    parent TEXT REFERENCES place(code)
);
CREATE TABLE place_alias (
    folded TEXT PRIMARY KEY,
    alias TEXT NOT NULL,
    code TEXT NOT NULL REFERENCES place(code) ON DELETE CASCADE
);

-- The places each service covers (its areas and the districts of its locations).
CREATE TABLE service_coverage (
    service_key INTEGER NOT NULL REFERENCES service(key) ON DELETE CASCADE,
    place TEXT NOT NULL,
    PRIMARY KEY (service_key, place)
) WITHOUT ROWID;

-- Full-text search. Text is folded by referral_app.core.text.fold before it is written and
-- before it is queried. ``tags`` holds filter words (needs, places, languages) and does not
-- count for ranking.
CREATE VIRTUAL TABLE service_search USING fts5(
    names, organization, body, tags,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '2 3'
);
INSERT INTO service_search(service_search, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0, 0.0)');

-- Names alone, with the same tags: a small index that finds name matches first, fast, however
-- common a word is in descriptions.
CREATE VIRTUAL TABLE service_name_search USING fts5(
    names, tags,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '2 3'
);
INSERT INTO service_name_search(service_name_search, rank) VALUES ('rank', 'bm25(1.0, 0.0)');

-- Facts about the directory as a whole: version, date, publisher.
CREATE TABLE directory_info (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
