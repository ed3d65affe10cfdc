-- The destruction certificate is signed with the center's key, as the retention module signs its
-- deletion records (vn.tcc.shared.signing.DocumentSigner): the exact UTF-8 text that was signed
-- (the certificate's facts, one "label: value" line each), the detached CMS/PKCS#7 signature over
-- it (DER) and the signer's certificate subject and SHA-256 fingerprint. The Word file carries the
-- signer and the signature too. A receipt is not signed (null here).
ALTER TABLE sharing.agreement_document
    ADD COLUMN signed_content     text,
    ADD COLUMN signature          bytea,
    ADD COLUMN signer_subject     varchar(500),
    ADD COLUMN signer_fingerprint char(64) CHECK (signer_fingerprint ~ '^[0-9a-f]{64}$'),
    ADD CONSTRAINT agreement_document_signature_whole CHECK (
        (signature IS NULL) = (signed_content IS NULL)
        AND (signature IS NULL) = (signer_fingerprint IS NULL));

-- From now on every certificate is signed; one issued before this version stays as it was issued.
ALTER TABLE sharing.agreement_document
    ADD CONSTRAINT agreement_document_certificate_signed
        CHECK (kind <> 'DESTRUCTION_CERTIFICATE' OR signature IS NOT NULL) NOT VALID;
