-- Retention: how long each class of data is kept at each level of the hierarchy, on what legal
-- basis, and the legal holds that keep data whatever the policy says. No law found sets these
-- periods: they are the province's policy, and each version's legal basis says so beside the laws
-- that bound it. The rules that read these tables are in vn.tcc.retention.internal.domain
-- (RetentionRules: longest wins; PolicyBook: which version an item follows).
CREATE SCHEMA IF NOT EXISTS retention;

-- One version of one policy. A policy is changed by adding a version with a reason and a first day
-- not in the past, never by editing one: the history is what explains, years later, why an item
-- was kept or deleted when it was.
CREATE TABLE retention.policy_version (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    data_class     varchar(24)   NOT NULL CHECK (data_class IN (
                       'VMS_RECORDING', 'VIOLATION_EVIDENCE', 'PLATE_READ', 'FALSE_DETECTION',
                       'CLOSED_CASE', 'OWNER_IDENTITY', 'APPEAL_DOCUMENT', 'QUARANTINED_EVENT',
                       'SHARED_CAMERA_DATA', 'AUDIT_TRAIL')),
    storage_level  varchar(20)   NOT NULL CHECK (storage_level IN ('COMMUNE_CENTER', 'PROVINCIAL_CENTER')),
    -- 'ANY' rather than NULL for "any owner": the unique keys below treat NULLs as different, so
    -- NULL would let two any-owner versions start the same day.
    owner_type     varchar(16)   NOT NULL CHECK (owner_type IN ('ANY', 'POLICE', 'DEPARTMENT', 'ORGANIZATION', 'HOUSEHOLD')),
    -- A java.time.Period as written (1 month is not 30 days; 1 year from 29 February is 28 February).
    period_years   smallint      NOT NULL DEFAULT 0 CHECK (period_years >= 0),
    period_months  smallint      NOT NULL DEFAULT 0 CHECK (period_months >= 0),
    period_days    integer       NOT NULL DEFAULT 0 CHECK (period_days >= 0),
    end_action     varchar(20)   NOT NULL CHECK (end_action IN ('DELETE', 'REVIEW_AND_TRANSFER')),
    legal_basis    varchar(2000) NOT NULL CHECK (btrim(legal_basis) <> ''),
    -- The first day in force, a calendar day in Asia/Ho_Chi_Minh.
    effective_from date          NOT NULL,
    version        integer       NOT NULL CHECK (version > 0),
    reason         varchar(1000) NOT NULL CHECK (btrim(reason) <> ''),
    changed_by     varchar(100)  NOT NULL CHECK (btrim(changed_by) <> ''),
    changed_at     timestamptz   NOT NULL DEFAULT now(),
    CHECK (period_years + period_months + period_days > 0),
    -- Only a commune center reviews its data and sends what matters up to the province.
    CHECK (end_action <> 'REVIEW_AND_TRANSFER' OR storage_level = 'COMMUNE_CENTER'),
    -- The audit trail is kept at least 5 years, counted in whole months (RetentionPolicy.AUDIT_TRAIL_FLOOR).
    CHECK (data_class <> 'AUDIT_TRAIL' OR period_years * 12 + period_months >= 60),
    UNIQUE (data_class, storage_level, owner_type, effective_from),
    UNIQUE (data_class, storage_level, owner_type, version)
);

CREATE FUNCTION retention.refuse_policy_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'retention.policy_version is append-only: % refused (add a version instead)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER policy_version_append_only
    BEFORE UPDATE OR DELETE ON retention.policy_version
    FOR EACH ROW EXECUTE FUNCTION retention.refuse_policy_change();

-- A legal hold: data of one case, of one camera over a time range, or received under one
-- agreement is not purged until the hold's last day or until it is lifted. Lifting takes a
-- supervisor other than the one who placed it (LegalHold.lift); the database refuses the same
-- name too, so no other path can release data one person held.
CREATE TABLE retention.legal_hold (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scope_kind      varchar(12)   NOT NULL CHECK (scope_kind IN ('CASE', 'CAMERA', 'AGREEMENT')),
    case_number     varchar(24),
    camera_code     varchar(64),
    -- The camera range, both ends included: footage overlapping it by an instant is held whole.
    camera_from     timestamptz,
    camera_to       timestamptz,
    -- The sharing module's agreement, by id (it has no table yet).
    agreement_id    varchar(64),
    placed_by       varchar(100)  NOT NULL CHECK (btrim(placed_by) <> ''),
    reason          varchar(1000) NOT NULL CHECK (btrim(reason) <> ''),
    -- The case number or the decision (số quyết định) that orders the hold.
    decision_number varchar(100)  NOT NULL CHECK (btrim(decision_number) <> ''),
    placed_at       timestamptz   NOT NULL,
    -- The last local day the hold keeps data; NULL: until lifted (never a far-away date).
    held_through    date,
    lifted_by       varchar(100),
    lifted_at       timestamptz,
    lift_reason     varchar(1000),
    -- Exactly the columns of its one scope kind.
    CHECK (CASE scope_kind
               WHEN 'CASE' THEN case_number IS NOT NULL
                   AND num_nonnulls(camera_code, camera_from, camera_to, agreement_id) = 0
               WHEN 'CAMERA' THEN num_nonnulls(camera_code, camera_from, camera_to) = 3
                   AND num_nonnulls(case_number, agreement_id) = 0
                   AND camera_from <= camera_to
               WHEN 'AGREEMENT' THEN agreement_id IS NOT NULL
                   AND num_nonnulls(case_number, camera_code, camera_from, camera_to) = 0
           END),
    CHECK (held_through IS NULL OR held_through >= (placed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date),
    -- Lifted says by whom, when and why, all three or none.
    CHECK (num_nonnulls(lifted_by, lifted_at, lift_reason) IN (0, 3)),
    CHECK (lift_reason IS NULL OR btrim(lift_reason) <> ''),
    CHECK (lifted_at IS NULL OR lifted_at >= placed_at),
    CHECK (lifted_by <> placed_by)
);
-- Holds are few (tens, not millions): plain indexes on what the purge and the pages look up.
CREATE INDEX legal_hold_case ON retention.legal_hold (case_number) WHERE case_number IS NOT NULL;
CREATE INDEX legal_hold_camera ON retention.legal_hold (camera_code, camera_from) WHERE camera_code IS NOT NULL;
CREATE INDEX legal_hold_agreement ON retention.legal_hold (agreement_id) WHERE agreement_id IS NOT NULL;

-- A hold is never removed and never edited, except to record its lifting, once: what was held,
-- by whom and why stays readable for as long as the row lives.
CREATE FUNCTION retention.hold_only_lifted() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP <> 'UPDATE' THEN
        RAISE EXCEPTION 'retention.legal_hold: % refused (a hold is lifted, not removed)', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.lifted_at IS NOT NULL
        OR (NEW.scope_kind, NEW.case_number, NEW.camera_code, NEW.camera_from, NEW.camera_to,
            NEW.agreement_id, NEW.placed_by, NEW.reason, NEW.decision_number, NEW.placed_at,
            NEW.held_through)
           IS DISTINCT FROM
           (OLD.scope_kind, OLD.case_number, OLD.camera_code, OLD.camera_from, OLD.camera_to,
            OLD.agreement_id, OLD.placed_by, OLD.reason, OLD.decision_number, OLD.placed_at,
            OLD.held_through) THEN
        RAISE EXCEPTION 'retention.legal_hold %: only lifting an unlifted hold is allowed', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER legal_hold_only_lifted
    BEFORE UPDATE OR DELETE ON retention.legal_hold
    FOR EACH ROW EXECUTE FUNCTION retention.hold_only_lifted();

CREATE TRIGGER legal_hold_no_truncate
    BEFORE TRUNCATE ON retention.legal_hold
    FOR EACH STATEMENT EXECUTE FUNCTION retention.hold_only_lifted();

-- The initial policies, for every data class at both levels and any owner, in force from
-- 2026-01-01. Why these periods (none is set by law):
--   * Live footage 30 days at both levels, then overwritten (Decision 502/QD-TTg: overwritten when
--     storage is full; 30 days is the usual ring size). Footage that matters becomes evidence or is
--     held; the rest is personal data with no purpose left (Law 91/2025).
--   * Commune centers keep analysed data (evidence, closed cases, appeal documents) 90 days, then
--     review and transfer it to the province (Decision 502). 90 days covers the cold-fine process
--     (identify within 10 days, 20 days to respond, 10 days to pay: Circular 73/2024) with time to
--     review. Counted from capture for evidence, from closure for cases and appeals; data of an
--     open case or appeal stays until the case closes, then its own period counted from the
--     closure (RetentionRules).
--   * The province keeps evidence, closed cases and appeal documents 5 years after closure: time
--     for complaints, lawsuits and inspections, and the same for all three so no part of a case
--     goes before the rest. To be checked against the Ministry's archive-period list.
--   * Plate reads that are no violation 30 days: personal data (a journey), kept only for
--     investigations that give a reason and a case number; longer only under a hold.
--   * False detections 1 year: the limitation period for administrative penalties (Law on Handling
--     Administrative Violations 2012, Art. 6), and no longer, a wrongly flagged driver is no
--     violator. Owner-identity answers 1 year after closure: the limitation period for enforcing a
--     penalty decision (same law, Art. 74). Both articles quoted from memory: legal to confirm.
--   * Quarantined events 90 days: time for the device to resend and for its fault to be examined.
--   * Shared camera data 30 days unless its agreement sets a period, which then replaces it (Law on
--     Data 60/2024 Art. 18: destroy when no longer needed, notify the provider).
--   * Audit trail 10 years (floor 5): the proof of access to personal data and of every deletion
--     (Circular 67/2024), kept as long as the limitation period for serious offences (Penal Code
--     2015 Art. 27). audit.entry is append-only and hash-chained: its purge needs its own step
--     (a signed checkpoint of the chain) before anything is deleted from it.
INSERT INTO retention.policy_version (
    data_class, storage_level, owner_type, period_years, period_months, period_days, end_action,
    legal_basis, effective_from, version, reason, changed_by)
SELECT v.data_class, v.storage_level, 'ANY', v.years, v.months, v.days, v.end_action,
       v.legal_basis, DATE '2026-01-01', 1,
       'Chính sách lưu trữ ban đầu của tỉnh, áp dụng từ ngày 01/01/2026.', 'system:migration'
  FROM (VALUES
    ('VMS_RECORDING', 'COMMUNE_CENTER', 0, 0, 30, 'DELETE',
     'Quyết định 502/QĐ-TTg ngày 28/3/2026: dữ liệu camera trực tiếp được lưu trữ phân tán tại các trung tâm và ghi đè khi đầy bộ nhớ. Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15: không lưu dữ liệu cá nhân lâu hơn thời gian mục đích xử lý cần. Thời hạn 30 ngày là chính sách của tỉnh (chưa tìm thấy quy định pháp luật về thời hạn lưu trữ); đoạn phim cần giữ được trích xuất làm chứng cứ hoặc đặt lệnh giữ.'),
    ('VMS_RECORDING', 'PROVINCIAL_CENTER', 0, 0, 30, 'DELETE',
     'Quyết định 502/QĐ-TTg ngày 28/3/2026: dữ liệu camera trực tiếp được lưu trữ phân tán và ghi đè khi đầy bộ nhớ. Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15: không lưu dữ liệu cá nhân lâu hơn thời gian mục đích xử lý cần. Thời hạn 30 ngày là chính sách của tỉnh (chưa tìm thấy quy định pháp luật về thời hạn lưu trữ); đoạn phim cần giữ được trích xuất làm chứng cứ hoặc đặt lệnh giữ.'),
    ('VIOLATION_EVIDENCE', 'COMMUNE_CENTER', 0, 0, 90, 'REVIEW_AND_TRANSFER',
     'Quyết định 502/QĐ-TTg ngày 28/3/2026: dữ liệu phân tích, xử lý tại trung tâm camera công an cấp xã được lưu trữ có thời hạn, sau đó rà soát, đánh giá, trích xuất, truyền về trung tâm cấp tỉnh để lưu trữ lâu dài. Thông tư 67/2024/TT-BCA: không tự ý xóa, sửa dữ liệu phục vụ xử lý vi phạm; việc xóa phải lập biên bản có chữ ký. Thời hạn 90 ngày là chính sách của tỉnh (chưa tìm thấy quy định pháp luật về thời hạn lưu trữ).'),
    ('VIOLATION_EVIDENCE', 'PROVINCIAL_CENTER', 5, 0, 0, 'DELETE',
     'Nghị định 168/2024/NĐ-CP, Thông tư 73/2024/TT-BCA: hình ảnh, dữ liệu thu được là căn cứ xử phạt vi phạm. Thông tư 67/2024/TT-BCA: không tự ý xóa, sửa dữ liệu; việc xóa phải lập biên bản có chữ ký. Thời hạn 5 năm kể từ khi đóng hồ sơ là chính sách của tỉnh (chưa tìm thấy quy định pháp luật về thời hạn lưu trữ), đủ cho khiếu nại, khởi kiện, thanh tra, kiểm tra.'),
    ('PLATE_READ', 'COMMUNE_CENTER', 0, 0, 30, 'DELETE',
     'Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15: biển số gắn với hành trình của một người là dữ liệu cá nhân, chỉ lưu trong thời gian mục đích cần. Thời hạn 30 ngày là chính sách của tỉnh (chưa tìm thấy quy định pháp luật về thời hạn lưu trữ); cần giữ lâu hơn cho điều tra thì đặt lệnh giữ có lý do và số hồ sơ.'),
    ('PLATE_READ', 'PROVINCIAL_CENTER', 0, 0, 30, 'DELETE',
     'Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15: biển số gắn với hành trình của một người là dữ liệu cá nhân, chỉ lưu trong thời gian mục đích cần. Thời hạn 30 ngày là chính sách của tỉnh (chưa tìm thấy quy định pháp luật về thời hạn lưu trữ); cần giữ lâu hơn cho điều tra thì đặt lệnh giữ có lý do và số hồ sơ.'),
    ('FALSE_DETECTION', 'COMMUNE_CENTER', 1, 0, 0, 'DELETE',
     'Luật Xử lý vi phạm hành chính 2012 (sửa đổi 2020), Điều 6: thời hiệu xử phạt vi phạm hành chính là 01 năm; phát hiện bị loại được giữ trong thời hạn này để có thể xem xét lại, không lâu hơn (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Thời hạn 1 năm là chính sách của tỉnh.'),
    ('FALSE_DETECTION', 'PROVINCIAL_CENTER', 1, 0, 0, 'DELETE',
     'Luật Xử lý vi phạm hành chính 2012 (sửa đổi 2020), Điều 6: thời hiệu xử phạt vi phạm hành chính là 01 năm; phát hiện bị loại được giữ trong thời hạn này để có thể xem xét lại, không lâu hơn (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15). Thời hạn 1 năm là chính sách của tỉnh.'),
    ('CLOSED_CASE', 'COMMUNE_CENTER', 0, 0, 90, 'REVIEW_AND_TRANSFER',
     'Quyết định 502/QĐ-TTg ngày 28/3/2026: dữ liệu xử lý tại cấp xã được lưu trữ có thời hạn, sau đó rà soát, trích xuất, chuyển về trung tâm cấp tỉnh để lưu trữ lâu dài. Thông tư 67/2024/TT-BCA: việc xóa phải lập biên bản có chữ ký. Thời hạn 90 ngày kể từ khi đóng hồ sơ là chính sách của tỉnh (chưa tìm thấy quy định pháp luật về thời hạn lưu trữ).'),
    ('CLOSED_CASE', 'PROVINCIAL_CENTER', 5, 0, 0, 'DELETE',
     'Nghị định 168/2024/NĐ-CP, Thông tư 73/2024/TT-BCA: hồ sơ xử phạt vi phạm hành chính về trật tự, an toàn giao thông. Thông tư 67/2024/TT-BCA: không tự ý xóa; việc xóa phải lập biên bản có chữ ký. Thời hạn 5 năm kể từ khi đóng hồ sơ là chính sách của tỉnh (chưa tìm thấy quy định pháp luật; cần đối chiếu danh mục thời hạn bảo quản hồ sơ của ngành Công an).'),
    ('OWNER_IDENTITY', 'COMMUNE_CENTER', 1, 0, 0, 'DELETE',
     'Nghị định 70/2024/NĐ-CP: khai thác Cơ sở dữ liệu quốc gia về dân cư đúng mục đích, phạm vi. Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15: không lưu lâu hơn thời gian mục đích cần. Luật Xử lý vi phạm hành chính, Điều 74: thời hiệu thi hành quyết định xử phạt là 01 năm; giữ thông tin chủ phương tiện 1 năm kể từ khi đóng hồ sơ là chính sách của tỉnh.'),
    ('OWNER_IDENTITY', 'PROVINCIAL_CENTER', 1, 0, 0, 'DELETE',
     'Nghị định 70/2024/NĐ-CP: khai thác Cơ sở dữ liệu quốc gia về dân cư đúng mục đích, phạm vi. Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15: không lưu lâu hơn thời gian mục đích cần. Luật Xử lý vi phạm hành chính, Điều 74: thời hiệu thi hành quyết định xử phạt là 01 năm; giữ thông tin chủ phương tiện 1 năm kể từ khi đóng hồ sơ là chính sách của tỉnh.'),
    ('APPEAL_DOCUMENT', 'COMMUNE_CENTER', 0, 0, 90, 'REVIEW_AND_TRANSFER',
     'Quyết định 502/QĐ-TTg ngày 28/3/2026: dữ liệu xử lý tại cấp xã được lưu trữ có thời hạn, sau đó rà soát, trích xuất, chuyển về trung tâm cấp tỉnh. Thông tư 67/2024/TT-BCA: việc xóa phải lập biên bản có chữ ký. Thời hạn 90 ngày kể từ khi đóng hồ sơ là chính sách của tỉnh (chưa tìm thấy quy định pháp luật về thời hạn lưu trữ).'),
    ('APPEAL_DOCUMENT', 'PROVINCIAL_CENTER', 5, 0, 0, 'DELETE',
     'Luật Khiếu nại 2011; Nghị định 168/2024/NĐ-CP. Thông tư 67/2024/TT-BCA: việc xóa phải lập biên bản có chữ ký. Thời hạn 5 năm kể từ khi đóng hồ sơ là chính sách của tỉnh (chưa tìm thấy quy định pháp luật), bằng thời hạn của hồ sơ vi phạm để hồ sơ khiếu nại không bị xóa trước hồ sơ gốc.'),
    ('QUARANTINED_EVENT', 'COMMUNE_CENTER', 0, 0, 90, 'DELETE',
     'Thông tư 67/2024/TT-BCA: dữ liệu thiết bị gửi về không được tự ý xóa; việc xóa phải lập biên bản có chữ ký. Sự kiện bị cách ly được giữ 90 ngày để thiết bị gửi lại và để kiểm tra lỗi thiết bị; thời hạn này là chính sách của tỉnh.'),
    ('QUARANTINED_EVENT', 'PROVINCIAL_CENTER', 0, 0, 90, 'DELETE',
     'Thông tư 67/2024/TT-BCA: dữ liệu thiết bị gửi về không được tự ý xóa; việc xóa phải lập biên bản có chữ ký. Sự kiện bị cách ly được giữ 90 ngày để thiết bị gửi lại và để kiểm tra lỗi thiết bị; thời hạn này là chính sách của tỉnh.'),
    ('SHARED_CAMERA_DATA', 'COMMUNE_CENTER', 0, 0, 30, 'DELETE',
     'Luật Dữ liệu 60/2024/QH15, Điều 18: bên nhận chỉ sử dụng dữ liệu đúng mục đích, bảo vệ dữ liệu, hủy khi không còn cần và thông báo cho bên cung cấp. Thời hạn nêu trong thỏa thuận chia sẻ được áp dụng thay cho thời hạn này; 30 ngày, áp dụng khi thỏa thuận không nêu thời hạn, là chính sách của tỉnh (chưa tìm thấy quy định pháp luật về thời hạn lưu trữ). Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15.'),
    ('SHARED_CAMERA_DATA', 'PROVINCIAL_CENTER', 0, 0, 30, 'DELETE',
     'Luật Dữ liệu 60/2024/QH15, Điều 18: bên nhận chỉ sử dụng dữ liệu đúng mục đích, bảo vệ dữ liệu, hủy khi không còn cần và thông báo cho bên cung cấp. Thời hạn nêu trong thỏa thuận chia sẻ được áp dụng thay cho thời hạn này; 30 ngày, áp dụng khi thỏa thuận không nêu thời hạn, là chính sách của tỉnh (chưa tìm thấy quy định pháp luật về thời hạn lưu trữ). Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15.'),
    ('AUDIT_TRAIL', 'COMMUNE_CENTER', 10, 0, 0, 'DELETE',
     'Thông tư 67/2024/TT-BCA: mỗi lần xóa dữ liệu phải lập biên bản có chữ ký; nhật ký là bằng chứng về việc truy cập dữ liệu cá nhân và việc xóa dữ liệu. Bộ luật Hình sự 2015, Điều 27: thời hiệu truy cứu trách nhiệm hình sự 05 năm với tội ít nghiêm trọng, 10 năm với tội nghiêm trọng. Thời hạn 10 năm là chính sách của tỉnh, không bao giờ dưới 5 năm.'),
    ('AUDIT_TRAIL', 'PROVINCIAL_CENTER', 10, 0, 0, 'DELETE',
     'Thông tư 67/2024/TT-BCA: mỗi lần xóa dữ liệu phải lập biên bản có chữ ký; nhật ký là bằng chứng về việc truy cập dữ liệu cá nhân và việc xóa dữ liệu. Bộ luật Hình sự 2015, Điều 27: thời hiệu truy cứu trách nhiệm hình sự 05 năm với tội ít nghiêm trọng, 10 năm với tội nghiêm trọng. Thời hạn 10 năm là chính sách của tỉnh, không bao giờ dưới 5 năm.')
  ) AS v (data_class, storage_level, years, months, days, end_action, legal_basis);
