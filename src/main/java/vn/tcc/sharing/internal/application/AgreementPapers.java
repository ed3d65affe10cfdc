package vn.tcc.sharing.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.tcc.reporting.api.RecordDocument;
import vn.tcc.reporting.api.RecordDocument.Fact;
import vn.tcc.reporting.api.RecordDocuments;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.i18n.Messages;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.signing.DocumentSigner;
import vn.tcc.shared.time.TccTime;
import vn.tcc.sharing.internal.domain.AgreementDocument;
import vn.tcc.sharing.internal.domain.AgreementDocuments;
import vn.tcc.sharing.internal.domain.Provider;
import vn.tcc.sharing.internal.domain.SharingAgreement;

/**
 * The papers a provider gets (Word, written by the reporting module): the consent receipt when his
 * agreement is signed (activated), with the fields of the Kantara consent receipt (receipt id,
 * time, jurisdiction, controller, purposes, data categories, term, how to revoke), and the
 * destruction certificate when the data received under it is destroyed (what, the hashes, when, by
 * whom). Each is issued once, kept as issued with its SHA-256 and served as stored.
 *
 * <p>The certificate is signed as the retention module signs its deletion records ({@link
 * DocumentSigner}, the center's key): what is signed is its text — the title and one "label: value"
 * line per fact, UTF-8 — so the signature can be checked from the stored text without Word; the
 * Word file itself then carries the signer, his certificate's fingerprint and the signature
 * (base64), and the text, signature and signer are stored beside it.
 */
@ApplicationScoped
public class AgreementPapers {
  static final String ISSUED = "SHARING_DOCUMENT_ISSUED";
  static final String READ = "SHARING_DOCUMENT_READ";
  private static final Locale VI = Messages.VIETNAMESE;
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Inject AgreementDocuments documents;
  @Inject RecordDocuments writer;
  @Inject AuditTrail auditTrail;
  @Inject DocumentSigner signer;

  /** The receipt at signing; called in the transaction that activates the agreement. */
  public AgreementDocument issueReceipt(
      SharingAgreement agreement, Provider provider, String by, Instant at) {
    String receiptId = "BN-" + agreement.id() + "-" + UUID.randomUUID();
    String unit = documents.unitName(agreement.receivingUnit().value());
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("Mã biên nhận", receiptId));
    facts.add(new Fact("Thời điểm", moment(at)));
    facts.add(
        new Fact(
            "Pháp luật áp dụng",
            "Việt Nam — Luật Dữ liệu số 60/2024/QH15, Điều 18; Nghị định 13/2023/NĐ-CP về bảo vệ"
                + " dữ liệu cá nhân"));
    facts.add(new Fact("Bên kiểm soát dữ liệu (bên nhận)", "Công an " + unit));
    facts.add(new Fact("Bên cung cấp dữ liệu", provider.name()));
    facts.add(new Fact("Thỏa thuận", agreement.title() + " (số " + agreement.id() + ")"));
    facts.add(
        new Fact(
            "Căn cứ",
            label("sharing.basis." + agreement.legalBasis())
                + (agreement.decisionNumber() == null
                    ? ""
                    : " — quyết định số " + agreement.decisionNumber())));
    facts.add(new Fact("Mục đích sử dụng", labels("sharing.purpose.", agreement.purposes())));
    facts.add(new Fact("Loại dữ liệu", labels("sharing.dataType.", agreement.dataTypes())));
    facts.add(new Fact("Camera", String.join(", ", agreement.cameraCodes())));
    facts.add(
        new Fact(
            "Khung giờ",
            agreement.window().start() + " – " + agreement.window().end() + " (giờ Việt Nam)"));
    facts.add(
        new Fact(
            "Thời hạn",
            "Từ "
                + agreement.term().startsOn().format(DAY)
                + " đến hết "
                + agreement.term().endsOn().format(DAY)));
    facts.add(
        new Fact(
            "Nơi lưu và thời gian lưu dữ liệu nhận được",
            label("sharing.storage." + agreement.storagePlace())
                + "; "
                + agreement.retentionDays()
                + " ngày"));
    facts.add(
        new Fact(
            "Văn bản thỏa thuận đã ký (SHA-256)",
            agreement.documentSha256() == null ? "" : agreement.documentSha256()));
    facts.add(
        new Fact(
            "Cách rút lại đồng ý",
            "Bên cung cấp có thể thu hồi thỏa thuận bất cứ lúc nào: đăng nhập TCC (trang \"Dữ"
                + " liệu chia sẻ của tôi\") và chọn \"Thu hồi\", hoặc gửi văn bản đến Công an "
                + unit
                + ". Việc truy cập dừng ngay khi thu hồi; dữ liệu đã nhận được hủy và bên cung cấp"
                + " nhận biên bản hủy."));
    RecordDocument receipt =
        new RecordDocument(
            "Công an " + unit,
            receiptId,
            unit,
            LocalDate.ofInstant(at, TccTime.ZONE),
            "Biên nhận đồng ý chia sẻ dữ liệu camera",
            "(theo mẫu biên nhận đồng ý Kantara)",
            facts,
            List.of(
                "Bên cung cấp được xem mọi lần công an truy cập camera của mình (thời điểm, đơn vị,"
                    + " mục đích, loại dữ liệu) trên trang \"Dữ liệu chia sẻ của tôi\"."),
            "ĐẠI DIỆN BÊN NHẬN",
            by);
    return issue(
        agreement, AgreementDocument.Kind.RECEIPT, receiptId, writer.word(receipt), by, at, null);
  }

  /**
   * The destruction certificate; called in the transaction that records the destruction.
   *
   * @param statement what the administrator recorded as destroyed (the move's reason)
   */
  public AgreementDocument issueCertificate(
      SharingAgreement agreement, Provider provider, String statement, String by, Instant at) {
    String certificateId = "BBH-" + agreement.id() + "-" + UUID.randomUUID();
    String unit = documents.unitName(agreement.receivingUnit().value());
    String receiptSha =
        documents
            .find(agreement.id(), AgreementDocument.Kind.RECEIPT)
            .map(AgreementDocument::sha256)
            .orElse("");
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("Số biên bản", certificateId));
    facts.add(new Fact("Thời điểm hủy", moment(at)));
    facts.add(new Fact("Người thực hiện", by));
    facts.add(new Fact("Bên cung cấp", provider.name()));
    facts.add(new Fact("Thỏa thuận", agreement.title() + " (số " + agreement.id() + ")"));
    facts.add(
        new Fact(
            "Dữ liệu đã hủy",
            labels("sharing.dataType.", agreement.dataTypes())
                + " của camera "
                + String.join(", ", agreement.cameraCodes())
                + ", nhận trong thời hạn "
                + agreement.term().startsOn().format(DAY)
                + " – "
                + agreement.term().endsOn().format(DAY)
                + ", lưu tại "
                + label("sharing.storage." + agreement.storagePlace())
                + "; "
                + documents.allowedAccesses(agreement.id())
                + " lần truy cập được phép theo thỏa thuận"));
    facts.add(new Fact("Nội dung ghi nhận", statement));
    facts.add(
        new Fact(
            "Mã băm (SHA-256)",
            "Văn bản thỏa thuận đã ký: "
                + (agreement.documentSha256() == null ? "" : agreement.documentSha256())
                + (receiptSha.isEmpty() ? "" : "\nBiên nhận đồng ý: " + receiptSha)));
    String title = "Biên bản hủy dữ liệu nhận được theo thỏa thuận chia sẻ";
    String signedContent = signedText(title, certificateId, unit, facts);
    DocumentSigner.SignedDocument signed =
        signer.sign(signedContent.getBytes(StandardCharsets.UTF_8));
    List<Fact> withSignature = new ArrayList<>(facts);
    withSignature.add(
        new Fact(
            "Chữ ký số của Trung tâm",
            "Ký số CMS/PKCS#7 (SHA-256) trên nội dung biên bản\nNgười ký: "
                + signed.signerSubject()
                + "\nVân tay chứng thư (SHA-256): "
                + signed.signerFingerprint()));
    withSignature.add(
        new Fact(SIGNATURE_LABEL, Base64.getEncoder().encodeToString(signed.signature())));
    RecordDocument certificate =
        new RecordDocument(
            "Công an " + unit,
            certificateId,
            unit,
            LocalDate.ofInstant(at, TccTime.ZONE),
            title,
            null,
            withSignature,
            List.of(
                "Biên bản này được ký số bằng khóa của Trung tâm và lưu trong TCC cùng mã SHA-256"
                    + " của chính nó; bên cung cấp có thể tải lại biên bản, nội dung đã ký và chữ"
                    + " ký để đối chiếu bất cứ lúc nào."),
            "NGƯỜI THỰC HIỆN",
            by);
    return issue(
        agreement,
        AgreementDocument.Kind.DESTRUCTION_CERTIFICATE,
        certificateId,
        writer.word(certificate),
        by,
        at,
        new AgreementDocument.Signature(
            signedContent, signed.signature(), signed.signerSubject(), signed.signerFingerprint()));
  }

  /** The label of the certificate's row that holds the signature itself (base64 DER). */
  public static final String SIGNATURE_LABEL = "Chữ ký số (CMS/PKCS#7, DER, base64)";

  /**
   * The text a certificate's signature covers: its title, number and unit, then one "label: value"
   * line per fact (a value's own line breaks kept), UTF-8, lines ended by LF.
   */
  static String signedText(String title, String number, String unit, List<Fact> facts) {
    StringBuilder text = new StringBuilder();
    text.append(title).append('\n');
    text.append("Số: ").append(number).append('\n');
    text.append("Đơn vị: Công an ").append(unit).append('\n');
    for (Fact fact : facts) {
      text.append(fact.label()).append(": ").append(fact.value()).append('\n');
    }
    return text.toString();
  }

  /**
   * Whether a certificate's stored signature is one valid signature of the center over its stored
   * text (false when it carries none, e.g. one issued before certificates were signed).
   */
  public boolean signatureValid(AgreementDocument document) {
    AgreementDocument.Signature signature = document.signature();
    return signature != null
        && signer.verify(
            signature.signedContent().getBytes(StandardCharsets.UTF_8), signature.value());
  }

  /**
   * A stored document for a caller who may see the agreement (the caller checks that first).
   *
   * @throws ProblemException 404 when none was issued
   */
  public AgreementDocument read(
      Caller caller, SharingAgreement agreement, AgreementDocument.Kind kind) {
    AgreementDocument document =
        documents
            .find(agreement.id(), kind)
            .orElseThrow(() -> new ProblemException(404, "problem.404.detail"));
    auditTrail.record(
        new AuditRecord(
            READ,
            "sharing_agreement",
            String.valueOf(agreement.id()),
            agreement.receivingUnit(),
            null,
            false,
            AuditOutcome.SUCCESS,
            kind + " " + document.documentId() + " by " + caller.username()));
    return document;
  }

  /** A stored document without reading it for anyone (its signature shown on a page). */
  public java.util.Optional<AgreementDocument> stored(
      long agreementId, AgreementDocument.Kind kind) {
    return documents.find(agreementId, kind);
  }

  public List<AgreementDocument.Kind> kinds(long agreementId) {
    return documents.kinds(agreementId);
  }

  private AgreementDocument issue(
      SharingAgreement agreement,
      AgreementDocument.Kind kind,
      String documentId,
      byte[] content,
      String by,
      Instant at,
      AgreementDocument.Signature signature) {
    AgreementDocument stored =
        documents.issue(
            new AgreementDocument(
                null,
                agreement.id(),
                kind,
                documentId,
                content,
                sha256(content),
                by,
                at,
                signature));
    auditTrail.record(
        new AuditRecord(
            ISSUED,
            "sharing_agreement",
            String.valueOf(agreement.id()),
            agreement.receivingUnit(),
            null,
            false,
            AuditOutcome.SUCCESS,
            kind
                + " "
                + stored.documentId()
                + " sha256="
                + stored.sha256()
                + (stored.signature() == null
                    ? ""
                    : " signed by " + stored.signature().signerFingerprint())));
    return stored;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always there", e);
    }
  }

  private static String moment(Instant at) {
    return ZonedDateTime.ofInstant(at, TccTime.ZONE).format(MOMENT) + " (giờ Việt Nam)";
  }

  private static String label(String key) {
    return Messages.text(key, VI);
  }

  private static String labels(String prefix, java.util.Set<? extends Enum<?>> values) {
    return values.stream()
        .map(v -> label(prefix + v.name()))
        .sorted()
        .collect(Collectors.joining("; "));
  }
}
