package vn.tcc.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The language of the pages: Vietnamese unless the user chose English. The choice is kept in a
 * cookie so it sticks across sign-outs on the same browser.
 */
@Named("language")
@SessionScoped
public class LanguageSelection implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String COOKIE = "tcc_lang";
  static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
  static final Locale ENGLISH = Locale.forLanguageTag("en");

  /** The longest value {@link #switchToKeeping} carries over (a notice code has 12 characters). */
  static final int KEPT_VALUE_MAX = 64;

  private Locale locale;

  public Locale getLocale() {
    if (locale == null) {
      locale = fromCookie();
    }
    return locale;
  }

  public String getCode() {
    return getLocale().getLanguage();
  }

  public boolean isVietnamese() {
    return "vi".equals(getCode());
  }

  public void switchTo(String code) throws IOException {
    ExternalContext external = choose(code);
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    // Redirect so the whole page, menus and PrimeFaces widgets included, renders in the new
    // language.
    external.redirect(request.getRequestURI());
  }

  /**
   * Like {@link #switchTo}, and the page comes back with one parameter of its address kept: the
   * public notice page keeps the code its visitor typed or followed from the QR code. A name that
   * is not a plain word or a value longer than {@value #KEPT_VALUE_MAX} characters is dropped.
   */
  public void switchToKeeping(String code, String name, String value) throws IOException {
    ExternalContext external = choose(code);
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    external.redirect(keeping(request.getRequestURI(), name, value));
  }

  /** {@code path} with {@code name=value} as its query, or alone when that cannot be kept. */
  static String keeping(String path, String name, String value) {
    if (name == null
        || !name.matches("[a-zA-Z]{1,20}")
        || value == null
        || value.isBlank()
        || value.length() > KEPT_VALUE_MAX) {
      return path;
    }
    return path + "?" + name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8);
  }

  /** Sets the language and its cookie; the caller redirects. */
  private ExternalContext choose(String code) {
    locale = "en".equals(code) ? ENGLISH : VIETNAMESE;
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
    cookie.setPath(request.getContextPath());
    cookie.setMaxAge(365 * 24 * 3600);
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
    ((HttpServletResponse) external.getResponse()).addCookie(cookie);
    return external;
  }

  private static Locale fromCookie() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null) {
      Object cookie = faces.getExternalContext().getRequestCookieMap().get(COOKIE);
      if (cookie instanceof Cookie c && "en".equals(c.getValue())) {
        return ENGLISH;
      }
    }
    return VIETNAMESE;
  }
}
