package vn.tcc.violation.internal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tcc.violation.internal.application.FinePaymentCodes;
import vn.tcc.violation.internal.application.IssuingBody;
import vn.tcc.violation.internal.application.NoticeIssuance;
import vn.tcc.violation.internal.application.Notices;

/**
 * The public page where a notice's recipient enters its code and sees that it is genuine, with the
 * minimum of data (no name, no address, the plate partly hidden). No sign-in.
 */
@Named
@RequestScoped
public class NoticeCheckView {
  @Inject NoticeIssuance notices;
  @Inject FinePaymentCodes paymentCodes;

  private String code;
  private boolean checked;
  private Notices.PublicNotice found;
  private FinePaymentCodes.PaymentCode paymentCode;

  /** A code in the address (a QR code or a link on the notice) is checked at once. */
  public void checkFromAddress() {
    if (code != null && !code.isBlank() && !checked) {
      check();
    }
  }

  public void check() {
    found = notices.check(code).orElse(null);
    paymentCode = found == null ? null : paymentCodes.forNotice(found).orElse(null);
    checked = true;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public boolean isChecked() {
    return checked;
  }

  public Notices.PublicNotice getFound() {
    return found;
  }

  /** The VietQR code of the fine once decided and until paid; null otherwise. */
  public FinePaymentCodes.PaymentCode getPaymentCode() {
    return paymentCode;
  }

  /** Whose page this is, named as at the head of the notices, in the page's language. */
  public IssuingBody getIssuingBody() {
    return IssuingBody.configured(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public String getPaymentQrImage() {
    return paymentCode == null ? null : QrImages.pngDataUri(paymentCode.payload());
  }
}
