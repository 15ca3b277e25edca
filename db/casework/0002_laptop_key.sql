-- 0002: this laptop's signing key, made on its first use, that signs the corrections sent to the
-- coordinator. It is kept here so that the casework passphrase protects it (the file is
-- encrypted); only its public half and its signatures ever leave the laptop.

CREATE TABLE laptop_key (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    private_key BLOB NOT NULL,
    made TEXT NOT NULL
);
