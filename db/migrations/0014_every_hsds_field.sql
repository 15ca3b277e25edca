-- Every HSDS 3.1 field kept: the fields of organization, service and location this app did
-- not keep before, the HSDS tables it did not keep (urls, funding, cost options, programs,
-- organization identifiers, accessibility, capacities, metadata), and on every table a column
-- ``extra`` with the row's other properties as one JSON object (extra properties a publisher
-- adds, and the objects HSDS nests one at a time). See referral_app/core/hsds_tables.py.

ALTER TABLE organization ADD COLUMN tax_status TEXT;
ALTER TABLE organization ADD COLUMN tax_id TEXT;
ALTER TABLE organization ADD COLUMN year_incorporated NUMERIC;
ALTER TABLE organization ADD COLUMN legal_status TEXT;
ALTER TABLE organization ADD COLUMN logo TEXT;
ALTER TABLE organization ADD COLUMN uri TEXT;
ALTER TABLE organization ADD COLUMN parent_organization_id TEXT;
ALTER TABLE organization ADD COLUMN extra TEXT;
ALTER TABLE service ADD COLUMN program_id TEXT;
ALTER TABLE service ADD COLUMN wait_time TEXT;
ALTER TABLE service ADD COLUMN fees TEXT;
ALTER TABLE service ADD COLUMN accreditations TEXT;
ALTER TABLE service ADD COLUMN assured_date TEXT;
ALTER TABLE service ADD COLUMN assurer_email TEXT;
ALTER TABLE service ADD COLUMN licenses TEXT;
ALTER TABLE service ADD COLUMN extra TEXT;
ALTER TABLE location ADD COLUMN url TEXT;
ALTER TABLE location ADD COLUMN external_identifier TEXT;
ALTER TABLE location ADD COLUMN external_identifier_type TEXT;
ALTER TABLE location ADD COLUMN extra TEXT;
ALTER TABLE service_at_location ADD COLUMN extra TEXT;
ALTER TABLE address ADD COLUMN extra TEXT;
ALTER TABLE phone ADD COLUMN extra TEXT;
ALTER TABLE language ADD COLUMN extra TEXT;
ALTER TABLE schedule ADD COLUMN extra TEXT;
ALTER TABLE service_area ADD COLUMN extra TEXT;
ALTER TABLE contact ADD COLUMN extra TEXT;
ALTER TABLE required_document ADD COLUMN extra TEXT;
ALTER TABLE attribute ADD COLUMN extra TEXT;
ALTER TABLE taxonomy_term ADD COLUMN extra TEXT;

-- url rows belong to one parent, as the other owned rows do.
CREATE TABLE url (
    root INTEGER NOT NULL,
    parent_type TEXT NOT NULL,
    parent_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    id TEXT,
    label TEXT,
    url TEXT,
    organization_id TEXT,
    service_id TEXT,
    extra TEXT
);
CREATE INDEX url_root ON url(root);

-- funding rows belong to one parent, as the other owned rows do.
CREATE TABLE funding (
    root INTEGER NOT NULL,
    parent_type TEXT NOT NULL,
    parent_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    id TEXT,
    organization_id TEXT,
    service_id TEXT,
    source TEXT,
    extra TEXT
);
CREATE INDEX funding_root ON funding(root);

-- cost_option rows belong to one parent, as the other owned rows do.
CREATE TABLE cost_option (
    root INTEGER NOT NULL,
    parent_type TEXT NOT NULL,
    parent_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    id TEXT,
    service_id TEXT,
    valid_from TEXT,
    valid_to TEXT,
    option TEXT,
    currency TEXT,
    amount NUMERIC,
    amount_description TEXT,
    extra TEXT
);
CREATE INDEX cost_option_root ON cost_option(root);

-- program rows belong to one parent, as the other owned rows do.
CREATE TABLE program (
    root INTEGER NOT NULL,
    parent_type TEXT NOT NULL,
    parent_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    id TEXT,
    organization_id TEXT,
    name TEXT,
    alternate_name TEXT,
    description TEXT,
    extra TEXT
);
CREATE INDEX program_root ON program(root);

-- organization_identifier rows belong to one parent, as the other owned rows do.
CREATE TABLE organization_identifier (
    root INTEGER NOT NULL,
    parent_type TEXT NOT NULL,
    parent_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    id TEXT,
    organization_id TEXT,
    identifier_scheme TEXT,
    identifier_type TEXT,
    identifier TEXT,
    extra TEXT
);
CREATE INDEX organization_identifier_root ON organization_identifier(root);

-- accessibility rows belong to one parent, as the other owned rows do.
CREATE TABLE accessibility (
    root INTEGER NOT NULL,
    parent_type TEXT NOT NULL,
    parent_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    id TEXT,
    location_id TEXT,
    description TEXT,
    details TEXT,
    url TEXT,
    extra TEXT
);
CREATE INDEX accessibility_root ON accessibility(root);

-- service_capacity rows belong to one parent, as the other owned rows do.
CREATE TABLE service_capacity (
    root INTEGER NOT NULL,
    parent_type TEXT NOT NULL,
    parent_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    id TEXT,
    service_id TEXT,
    unit_id TEXT,
    available NUMERIC,
    maximum NUMERIC,
    description TEXT,
    updated TEXT,
    extra TEXT
);
CREATE INDEX service_capacity_root ON service_capacity(root);

-- metadata rows belong to one parent, as the other owned rows do.
CREATE TABLE metadata (
    root INTEGER NOT NULL,
    parent_type TEXT NOT NULL,
    parent_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    id TEXT,
    resource_id TEXT,
    resource_type TEXT,
    last_action_date TEXT,
    last_action_type TEXT,
    field_name TEXT,
    previous_value TEXT,
    replacement_value TEXT,
    updated_by TEXT,
    extra TEXT
);
CREATE INDEX metadata_root ON metadata(root);
