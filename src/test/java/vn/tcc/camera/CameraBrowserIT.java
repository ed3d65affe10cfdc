package vn.tcc.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.tcc.testing.Api;
import vn.tcc.testing.Browser;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/** What registry users do in the browser. */
@ExtendWith(ArquillianExtension.class)
class CameraBrowserIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void a_commune_officer_registers_a_camera_and_finds_it_on_the_list_and_the_map() {
    String code = CameraRegistryIT.newCode("GL-QN-UI");
    try (Browser browser = new Browser()) {
      browser.signIn("officer");
      browser.click(By.id("menuCameras"));
      browser.click(By.id("cameraList:newCamera"));

      browser.type("cameraForm:code", code);
      browser.type("cameraForm:name", "Ngã tư Trần Hưng Đạo – Lê Lợi (thử)");
      browser.click(By.xpath("//label[text()='Giám sát']"));
      browser.selectOne("cameraForm:ownerCode", "GL-CA");
      browser.selectOne(
          "cameraForm:siteCode", "GL-QN-CC · Trung tâm camera Công an phường Quy Nhơn");
      // First with a place in Hanoi: the form refuses it, in Vietnamese, beside the field.
      browser.type("cameraForm:latitude", "21.0285");
      browser.type("cameraForm:longitude", "105.8542");
      browser.click(By.id("cameraForm:save"));
      browser.waitForText(By.id("cameraForm:messages"), "Vị trí nằm ngoài tỉnh");
      assertEquals(
          404, Api.get("cameras/" + code, Keycloak.userToken("officer")).status(), "nothing saved");

      browser.type("cameraForm:latitude", "13.7752");
      browser.type("cameraForm:longitude", "109.2290");
      browser.click(By.id("cameraForm:save"));
      browser.waitForText(By.id("cameraCode"), code);
      assertEquals("Quy Nhơn", browser.text(By.id("cameraCommune")));
      assertTrue(browser.text(By.id("history")).contains("Tạo mới"));

      browser.click(By.id("menuCameras"));
      browser.type("cameraList:text", code.toLowerCase());
      browser.click(By.id("cameraList:search"));
      browser.waitForText(By.id("cameraList:cameras"), code);

      browser.click(By.id("menuMap"));
      browser.waitUntil("return document.getElementById('cameraMap').dataset.state === 'loaded'");
      @SuppressWarnings("unchecked")
      List<String> onMap = (List<String>) browser.script("return TccMap.codes('cameraMap')");
      assertTrue(onMap.contains(code), "the new camera is on the map");
      assertTrue(onMap.contains("GL-QN-0001"));
      assertFalse(onMap.contains("GL-PK-0001"), "another ward's camera is not");

      // No tile server here, as on a police network: the offline outline is the base, with the
      // neighbours named and Hoàng Sa and Trường Sa labelled as Việt Nam's.
      browser.waitUntil(
          "return document.querySelectorAll('#cameraMap .leaflet-tccOutline-pane path').length >= 5");
      String labels =
          (String)
              browser.script(
                  "return Array.from(document.querySelectorAll('#cameraMap .leaflet-tooltip'))"
                      + ".map(t => t.textContent).join('|')");
      assertTrue(labels.contains("Lào"), labels);
      assertTrue(labels.contains("Quần đảo Hoàng Sa (Việt Nam)"), labels);
      assertTrue(labels.contains("Quần đảo Trường Sa (Việt Nam)"), labels);
    }
  }

  @Test
  void a_commune_officer_cannot_see_another_communes_camera_by_list_url_or_api() {
    try (Browser browser = new Browser()) {
      browser.signIn("officer");
      browser.open("/camera/list.xhtml");
      browser.type("cameraList:text", "GL-PK-0001");
      browser.click(By.id("cameraList:search"));
      browser.waitForText(By.id("cameraList:cameras"), "Không có camera nào phù hợp");

      browser.open("/camera/view.xhtml?code=GL-PK-0001");
      browser.waitForText(By.id("errorTitle"), "Không tìm thấy");
      assertFalse(browser.driver().getPageSource().contains("Hùng Vương"));

      browser.open("/camera/edit.xhtml?code=GL-PK-0001");
      browser.waitForText(By.id("errorTitle"), "Không tìm thấy");
    }
    assertEquals(404, Api.get("cameras/GL-PK-0001", Keycloak.userToken("officer")).status());
  }

  @Test
  void an_admin_imports_a_template_with_one_bad_row_and_gets_the_error_report() throws Exception {
    String prefix = "GL-UIIMP-" + System.nanoTime() % 100000;
    Map<String, Object> bad =
        new HashMap<>(CameraImportIT.camera(prefix + "-2", "GL.PLEIKU", 13.98));
    bad.put("status", "HONG");
    byte[] file =
        CameraImportIT.workbook(
            List.of(
                CameraImportIT.camera(prefix + "-1", "GL.QUY_NHON", 13.77),
                bad,
                CameraImportIT.camera(prefix + "-3", "GL.PLEIKU", 13.99)));
    Path upload = Files.createTempFile(Path.of("target").toAbsolutePath(), "kiem-ke-", ".xlsx");
    Files.write(upload, file);

    try (Browser browser = new Browser()) {
      browser.signIn("admin");
      browser.click(By.id("menuImport"));
      browser
          .driver()
          .findElement(By.cssSelector("#importForm input[type=file]"))
          .sendKeys(upload.toString());
      browser.waitForText(By.id("countReject"), "1");
      assertEquals("2", browser.text(By.id("countCreate")));
      assertTrue(
          browser
              .text(By.id("importForm:rows"))
              .contains("Trạng thái \"HONG\" không có trong danh mục"));
      assertTrue(
          browser.driver().findElements(By.id("importForm:importAll")).isEmpty(),
          "a file with errors is not imported whole");

      browser.click(By.id("importForm:errorReport"));
      Path report = browser.waitForDownload(".xlsx");
      try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(report))) {
        var sheet = workbook.getSheetAt(0);
        assertEquals(1, sheet.getLastRowNum(), "only the rejected row");
        assertEquals(3, (int) sheet.getRow(1).getCell(0).getNumericCellValue(), "its Excel row");
        assertTrue(sheet.getRow(1).getCell(1).getStringCellValue().contains("HONG"));
        assertEquals(prefix + "-2", sheet.getRow(1).getCell(2).getStringCellValue());
      }

      browser.click(By.id("importForm:importValid"));
      browser.click(By.cssSelector(".ui-confirmdialog-yes"));
      browser.waitForText(By.id("importForm:messages"), "2 thêm mới");
    }
    assertEquals(
        2,
        Api.get("cameras?q=" + prefix, Keycloak.userToken("admin"))
            .json()
            .getJsonNumber("total")
            .longValue());
  }

  @Test
  void an_admin_renames_an_owner_with_a_reason_that_the_history_keeps() throws Exception {
    String newName = "Công ty TNHH Vận tải Vĩnh Hòa " + System.nanoTime() % 1000;
    try (Browser browser = new Browser()) {
      browser.signIn("admin");
      browser.click(By.id("menuSites"));
      browser.waitForText(By.id("treeForm:sites"), "GL-PCC");
      browser.click(By.xpath("//tr[td[text()='GL-VTVH']]//a[contains(@id,'editOwner')]"));
      browser.type("ownerForm:ownerName", newName);
      browser.click(By.id("ownerForm:saveOwner"));
      // Refused without a reason: the dialog stays open and says so beside the field.
      browser.waitFor(By.xpath("//*[@id='ownerForm']//*[contains(text(),'Nhập lý do thay đổi')]"));
      browser.type("ownerForm:ownerReason", "Đổi tên theo giấy phép kinh doanh mới");
      browser.click(By.id("ownerForm:saveOwner"));
      browser.waitForText(By.id("ownersForm:owners"), newName);
    }
    try (java.sql.Connection db = vn.tcc.testing.Database.asApplication();
        java.sql.PreparedStatement query =
            db.prepareStatement(
                "SELECT reason, changes::text FROM camera.registry_history WHERE object_type = 'OWNER'"
                    + " AND change_kind = 'UPDATED' ORDER BY id DESC LIMIT 1")) {
      java.sql.ResultSet rows = query.executeQuery();
      assertTrue(rows.next());
      assertEquals("Đổi tên theo giấy phép kinh doanh mới", rows.getString(1));
      assertTrue(rows.getString(2).contains(newName), rows.getString(2));
    }
  }
}
