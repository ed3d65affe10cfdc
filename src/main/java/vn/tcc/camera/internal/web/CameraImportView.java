package vn.tcc.camera.internal.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.tcc.camera.api.CameraPermissions;
import vn.tcc.camera.internal.application.CameraExport;
import vn.tcc.camera.internal.application.CameraImport;
import vn.tcc.camera.internal.application.FieldErrorMessages;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.web.FieldErrorText;
import vn.tcc.shared.web.PageMessages;

/**
 * The import page: download the template, upload a filled one, see what every row would do and what
 * is wrong with each rejected row, download those errors as a sheet, then import.
 */
@Named
@ViewScoped
public class CameraImportView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final FieldErrorText FIELD_LABELS = FieldErrorText.labelled("camera.field.");
  private static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

  @Inject CameraImport cameraImport;
  @Inject CurrentRequest currentRequest;

  private transient CameraImport.Analysis analysis;
  private CameraImport.Result result;

  public void load() throws IOException {
    if (!CameraPermissions.mayEditCameras(currentRequest.caller())) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(403, null);
      faces.responseComplete();
    }
  }

  public void upload(FileUploadEvent event) {
    result = null;
    var file = event.getFile();
    if (file.getSize() > MAX_FILE_BYTES) {
      PageMessages.invalid(
          List.of(FieldError.of("file", "camera.import.error.tooLarge", 20)),
          FIELD_LABELS,
          "importForm");
      return;
    }
    try {
      analysis =
          cameraImport.analyse(currentRequest.caller(), file.getContent(), file.getFileName());
    } catch (ProblemException problem) {
      PageMessages.refused(problem);
    }
  }

  public void importAll() {
    apply(false);
  }

  public void importValidRows() {
    apply(true);
  }

  private void apply(boolean validRowsOnly) {
    if (analysis == null) {
      return;
    }
    try {
      result = cameraImport.apply(currentRequest.caller(), analysis, validRowsOnly);
      PageMessages.info(
          "camera.import.done",
          result.created(),
          result.updated(),
          result.unchanged(),
          result.rejected());
      analysis = null;
    } catch (vn.tcc.shared.error.ValidationException changedMeanwhile) {
      PageMessages.invalid(changedMeanwhile.errors(), FIELD_LABELS, "importForm");
    } catch (ProblemException problem) {
      PageMessages.refused(problem);
    }
  }

  public String errorText(List<FieldError> errors) {
    Locale locale = PageMessages.locale();
    return String.join(
        "; ", errors.stream().map(e -> FieldErrorMessages.withField(e, locale)).toList());
  }

  public StreamedContent getTemplate() {
    return DefaultStreamedContent.builder()
        .name("mau-nhap-camera.xlsx")
        .contentType(CameraExport.MEDIA_TYPE)
        .writer(
            out -> {
              try {
                cameraImport.writeTemplate(out);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .build();
  }

  public StreamedContent getErrorReport() {
    CameraImport.Analysis current = analysis;
    Locale locale = PageMessages.locale();
    return DefaultStreamedContent.builder()
        .name("loi-nhap-camera.xlsx")
        .contentType(CameraExport.MEDIA_TYPE)
        .writer(
            out -> {
              try {
                cameraImport.writeErrorReport(current, locale, out);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .build();
  }

  public CameraImport.Analysis getAnalysis() {
    return analysis;
  }

  public CameraImport.Result getResult() {
    return result;
  }
}
