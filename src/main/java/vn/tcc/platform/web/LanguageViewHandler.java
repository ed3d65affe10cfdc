package vn.tcc.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Every view starts in the user's chosen language, not the browser's. Without it a page's view
 * action on a GET runs in a view built from its metadata only, before {@code f:view locale} is
 * applied, so a message it adds (an impossible statistics period) came out in the browser's
 * language — English in a headless browser — on a Vietnamese page.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {
  public LanguageViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    return CDI.current().select(LanguageSelection.class).get().getLocale();
  }
}
