-- Snapshots of the command room (issue 19): a frame an operator takes from a wall tile, fetched by
-- TCC from the camera's VMS and kept in the evidence store (vms.evidence, named by its SHA-256).
-- This row says which camera, who took it, when, and for which incident. No foreign key to the
-- evidence index: the file belongs to the event module's store, the reference to this module.
CREATE TABLE command.snapshot (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    camera_code       varchar(64)   NOT NULL,
    jurisdiction_code varchar(64)   NOT NULL REFERENCES shared.jurisdiction (code),
    incident_id       bigint        REFERENCES command.incident (id),
    sha256            char(64)      NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    media_type        varchar(100)  NOT NULL,
    size_bytes        bigint        NOT NULL CHECK (size_bytes > 0),
    vms_code          varchar(64)   NOT NULL,
    taken_at          timestamptz   NOT NULL,
    taken_by          varchar(100)  NOT NULL,
    taken_name        varchar(300)  NOT NULL,
    note              varchar(500)
);
CREATE INDEX snapshot_camera ON command.snapshot (camera_code, taken_at DESC);
CREATE INDEX snapshot_incident ON command.snapshot (incident_id) WHERE incident_id IS NOT NULL;
-- retention's candidates, oldest first
CREATE INDEX snapshot_taken ON command.snapshot (taken_at, id);
CREATE INDEX snapshot_sha256 ON command.snapshot (sha256);

-- Their own data class in retention: a frame an operator chose to keep, counted from the taking.
ALTER TABLE retention.policy_version DROP CONSTRAINT policy_version_data_class_check;
ALTER TABLE retention.policy_version ADD CONSTRAINT policy_version_data_class_check CHECK (data_class IN (
    'VMS_RECORDING', 'VIOLATION_EVIDENCE', 'PLATE_READ', 'FALSE_DETECTION',
    'CLOSED_CASE', 'OWNER_IDENTITY', 'APPEAL_DOCUMENT', 'QUARANTINED_EVENT',
    'SHARED_CAMERA_DATA', 'AUDIT_TRAIL', 'COMMAND_SNAPSHOT'));
ALTER TABLE retention.manual_deletion DROP CONSTRAINT manual_deletion_data_class_check;
ALTER TABLE retention.manual_deletion ADD CONSTRAINT manual_deletion_data_class_check CHECK (data_class IN (
    'VMS_RECORDING', 'VIOLATION_EVIDENCE', 'PLATE_READ', 'FALSE_DETECTION',
    'CLOSED_CASE', 'OWNER_IDENTITY', 'APPEAL_DOCUMENT', 'QUARANTINED_EVENT',
    'SHARED_CAMERA_DATA', 'AUDIT_TRAIL', 'COMMAND_SNAPSHOT'));

INSERT INTO retention.policy_version (
    data_class, storage_level, owner_type, period_years, period_months, period_days, end_action,
    legal_basis, effective_from, version, reason, changed_by)
SELECT v.data_class, v.storage_level, 'ANY', v.years, v.months, v.days, v.end_action,
       v.legal_basis, DATE '2026-01-01', 1,
       'Chính sách lưu trữ ban đầu của tỉnh, áp dụng từ ngày 01/01/2026.', 'system:migration'
  FROM (VALUES
    ('COMMAND_SNAPSHOT', 'COMMUNE_CENTER', 0, 0, 90, 'DELETE',
     'Quyết định 502/QĐ-TTg ngày 28/3/2026: giám sát, phát hiện, cảnh báo và xử lý nhanh các tình huống giao thông. Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15: không lưu dữ liệu cá nhân lâu hơn thời gian mục đích xử lý cần. Thông tư 67/2024/TT-BCA: việc xóa phải lập biên bản có chữ ký. Thời hạn 90 ngày kể từ khi chụp là chính sách của tỉnh (chưa tìm thấy quy định pháp luật về thời hạn lưu trữ); ảnh cần giữ lâu hơn được đặt lệnh giữ.'),
    ('COMMAND_SNAPSHOT', 'PROVINCIAL_CENTER', 0, 0, 90, 'DELETE',
     'Quyết định 502/QĐ-TTg ngày 28/3/2026: giám sát, phát hiện, cảnh báo và xử lý nhanh các tình huống giao thông. Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15: không lưu dữ liệu cá nhân lâu hơn thời gian mục đích xử lý cần. Thông tư 67/2024/TT-BCA: việc xóa phải lập biên bản có chữ ký. Thời hạn 90 ngày kể từ khi chụp là chính sách của tỉnh (chưa tìm thấy quy định pháp luật về thời hạn lưu trữ); ảnh cần giữ lâu hơn được đặt lệnh giữ.')
  ) AS v (data_class, storage_level, years, months, days, end_action, legal_basis);

-- Incidents of the command room to outside consumers (issue 19): a third feed class, its fields the
-- type, the camera's place and the times (vn.tcc.sharing.internal.domain.FeedDataClass.INCIDENTS);
-- who handled an incident, its notes and evidence are no field at all. The IOC receives them all;
-- the Ministry's coordination center (inactive) none until its profile lists them.
ALTER TABLE sharing.consumer_profile
    ADD COLUMN incident_fields varchar(24)[] NOT NULL DEFAULT '{}' CHECK (incident_fields <@ ARRAY['id',
        'type', 'severity', 'camera', 'commune', 'latitude', 'longitude', 'address', 'occurredAt',
        'openedAt', 'state', 'closedAt', 'outcome']::varchar(24)[]);
UPDATE sharing.consumer_profile
   SET incident_fields = ARRAY['id', 'type', 'severity', 'camera', 'commune', 'latitude', 'longitude',
                               'address', 'occurredAt', 'openedAt', 'state', 'closedAt', 'outcome'],
       version = version + 1, updated_by = 'migration', updated_at = now()
 WHERE consumer = 'tcc-ioc';
