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

/**
 * The import page: download the template, upload a filled one, see what every row would do and what
 * is wrong with each rejected row, download those errors as a sheet, then import.
 */
@Named
@ViewScoped
public class CameraImportView implements Serializable {
  private static final long serialVersionUID = 1L;
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
      FacesErrors.show(
          List.of(FieldError.of("file", "camera.import.error.tooLarge", 20)), "importForm");
      return;
    }
    try {
      analysis =
          cameraImport.analyse(currentRequest.caller(), file.getContent(), file.getFileName());
    } catch (ProblemException problem) {
      FacesErrors.show(problem);
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
      FacesErrors.info(
          "camera.import.done",
          result.created(),
          result.updated(),
          result.unchanged(),
          result.rejected());
      analysis = null;
    } catch (vn.tcc.shared.error.ValidationException changedMeanwhile) {
      FacesErrors.show(changedMeanwhile.errors(), "importForm");
    } catch (ProblemException problem) {
      FacesErrors.show(problem);
    }
  }

  public String errorText(List<FieldError> errors) {
    Locale locale = FacesErrors.locale();
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
    Locale locale = FacesErrors.locale();
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
