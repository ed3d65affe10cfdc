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
    locale = "en".equals(code) ? ENGLISH : VIETNAMESE;
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
    cookie.setPath(request.getContextPath());
    cookie.setMaxAge(365 * 24 * 3600);
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
    ((HttpServletResponse) external.getResponse()).addCookie(cookie);
    // Redirect so the whole page, menus and PrimeFaces widgets included, renders in the new
    // language.
    external.redirect(request.getRequestURI());
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
