package vn.tcc.violation.internal.rest;

import static vn.tcc.shared.json.JsonFactory.JSON;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.Caller;
import vn.tcc.violation.internal.application.CaseSettlement;
import vn.tcc.violation.internal.application.CaseView;
import vn.tcc.violation.internal.application.Payments;

/**
 * The payment gateway tells TCC a fine was paid. It has no Keycloak account: it signs each call
 * with the secret agreed with it, {@code X-Signature: base64(HMAC-SHA256(secret, timestamp + "\n" +
 * body))} with {@code X-Timestamp} (ISO-8601, within 5 minutes). A transaction is recorded once
 * however often the gateway calls back; the answer tells it only the case number and state.
 */
@Path("payments/callback")
@RequestScoped
@Tag(name = "Payment gateway", description = "The payment gateway's signed callbacks for fines")
@PermitAll
public class PaymentGatewayResource {
  static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);
  static final String REFUSED = "PAYMENT_CALLBACK_REFUSED";

  @Inject CaseSettlement settlement;
  @Inject Payments payments;
  @Inject AuditTrail auditTrail;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A paid fine, signed by the payment gateway")
  public Map<String, Object> paid(
      @HeaderParam("X-Timestamp") String timestamp,
      @HeaderParam("X-Signature") String signature,
      String body) {
    verify(timestamp, signature, body == null ? "" : body);
    JsonObject json;
    try {
      json = JSON.createReader(new StringReader(body)).readObject();
    } catch (JsonException | ClassCastException e) {
      throw new ProblemException(400, "problem.body.unreadable");
    }
    String notice = json.getString("noticeNumber", null);
    String transaction = json.getString("transactionId", null);
    if (notice == null || transaction == null || !json.containsKey("amountVnd")) {
      throw new ProblemException(422, "violation.payment.callbackIncomplete");
    }
    String caseNumber =
        payments
            .caseOfNotice(notice)
            .orElseThrow(
                () -> new ProblemException(404, "violation.payment.unknownNotice", notice));
    Instant paidAt;
    try {
      paidAt =
          json.containsKey("paidAt")
              ? OffsetDateTime.parse(json.getString("paidAt")).toInstant()
              : null;
    } catch (DateTimeParseException | ClassCastException e) {
      throw new ProblemException(422, "violation.search.badTime", json.get("paidAt"));
    }
    CaseView view =
        settlement.recordPayment(
            Caller.SYSTEM_CALLER,
            caseNumber,
            "GATEWAY",
            "GW-" + transaction,
            json.getJsonNumber("amountVnd").longValueExact(),
            paidAt);
    return Map.of("caseNumber", view.caseNumber(), "state", view.state());
  }

  private void verify(String timestamp, String signature, String body) {
    boolean fresh;
    try {
      Instant at = OffsetDateTime.parse(timestamp).toInstant();
      fresh = Duration.between(at, Instant.now()).abs().compareTo(CLOCK_TOLERANCE) <= 0;
    } catch (DateTimeParseException | NullPointerException e) {
      fresh = false;
    }
    if (!fresh
        || signature == null
        || !MessageDigest.isEqual(
            expected(timestamp + "\n" + body),
            signature.strip().getBytes(StandardCharsets.US_ASCII))) {
      auditTrail.record(
          AuditRecord.denied(
              REFUSED, "payment", null, fresh ? "bad signature" : "stale or no timestamp"));
      throw new ProblemException(401, "violation.payment.badSignature");
    }
  }

  static byte[] expected(String signed) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)))
          .getBytes(StandardCharsets.US_ASCII);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String secret() {
    String configured = System.getenv("TCC_PAYMENT_GATEWAY_SECRET");
    return configured == null || configured.isBlank() ? "payment-gateway-dev-secret" : configured;
  }
}
