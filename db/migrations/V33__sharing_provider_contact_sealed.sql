-- Issue 21: a provider's contact person (name, phone, e-mail) is personal data and is kept
-- encrypted at rest like the owner answers of cases: one JSON of the three fields sealed with the
-- server's TCC_DATA_KEYS and bound to the provider's code (shared.crypto.PersonalDataCipher). The
-- plain columns stay for rows written before (and the demo's SQL); the application seals those at
-- startup and clears the plain copy.
ALTER TABLE sharing.provider ADD COLUMN contact_sealed text;
ALTER TABLE sharing.provider ALTER COLUMN contact_name DROP NOT NULL;
ALTER TABLE sharing.provider
    ADD CONSTRAINT provider_has_contact CHECK (contact_name IS NOT NULL OR contact_sealed IS NOT NULL);
