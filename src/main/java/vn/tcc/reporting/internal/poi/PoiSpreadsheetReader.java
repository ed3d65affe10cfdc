package vn.tcc.reporting.internal.poi;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.tcc.reporting.api.SpreadsheetException;
import vn.tcc.reporting.api.SpreadsheetReader;
import vn.tcc.reporting.api.SpreadsheetTable;

/**
 * Reads with POI's event API: the first sheet's XML is parsed as a stream, so only the rows kept
 * are in memory, and reading stops as soon as there are too many. POI's zip-bomb checks ({@code
 * ZipSecureFile}) apply when the package is opened.
 */
@ApplicationScoped
public class PoiSpreadsheetReader implements SpreadsheetReader {

  public PoiSpreadsheetReader() {}

  @Override
  public SpreadsheetTable read(InputStream in, int maxRows) throws SpreadsheetException {
    if (maxRows < 0) {
      throw new IllegalArgumentException("maxRows must not be negative: " + maxRows);
    }
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(in, false);
    } catch (IOException | OpenXML4JException | RuntimeException e) {
      // Random bytes, an .xls, a CSV, an empty upload or a zip bomb.
      throw SpreadsheetException.notAWorkbook(e);
    }
    try {
      return readFirstSheet(pkg, maxRows);
    } catch (IOException
        | OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | RuntimeException e) {
      // A zip that is not a workbook (a .docx) or a damaged one: POI fails in many ways, and
      // whatever it throws the person has to send another file.
      throw SpreadsheetException.notAWorkbook(e);
    } finally {
      // Opened from a stream, the package is only in memory: drop it without saving.
      pkg.revert();
    }
  }

  private static SpreadsheetTable readFirstSheet(OPCPackage pkg, int maxRows)
      throws IOException,
          OpenXML4JException,
          SAXException,
          ParserConfigurationException,
          SpreadsheetException {
    XSSFReader reader = new XSSFReader(pkg, true);
    boolean date1904 = usesDate1904(reader);
    Iterator<InputStream> sheets = reader.getSheetsData();
    if (!sheets.hasNext()) {
      throw SpreadsheetException.noHeader();
    }
    StylesTable styles = reader.getStylesTable();
    ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
    SheetHandler handler = new SheetHandler(new CellText(strings, styles, date1904), maxRows);
    try (InputStream sheet = sheets.next()) {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(handler);
      xml.parse(new InputSource(sheet));
    } catch (SAXException e) {
      if (handler.stop() != null) {
        throw handler.stop();
      }
      throw e;
    }
    return handler.table();
  }

  /** Workbooks from old Mac Excel count days from 1904. */
  private static boolean usesDate1904(XSSFReader reader)
      throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
    boolean[] date1904 = {false};
    try (InputStream workbook = reader.getWorkbookData()) {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(
          new DefaultHandler() {
            @Override
            public void startElement(String uri, String name, String qName, Attributes attrs) {
              if ("workbookPr".equals(name)) {
                String value = attrs.getValue("date1904");
                date1904[0] = "1".equals(value) || "true".equals(value);
              }
            }
          });
      xml.parse(new InputSource(workbook));
    }
    return date1904[0];
  }
}
