package vn.tcc.reporting.internal.notice;

/**
 * The page both formats share: A4 with the margins of Vietnamese administrative documents (Decree
 * 30/2020: 20-25 mm top and bottom, 30-35 mm left for binding, 15-20 mm right), the split of the
 * two-column heading and of the facts table, and how tall the photo may grow. Font sizes are each
 * writer's own: DejaVu Serif in the PDF is wider than Times New Roman in Word.
 */
public final class NoticeLayout {
  public static final double PAGE_WIDTH_MM = 210;
  public static final double PAGE_HEIGHT_MM = 297;
  public static final double MARGIN_TOP_MM = 20;
  public static final double MARGIN_BOTTOM_MM = 20;
  public static final double MARGIN_LEFT_MM = 30;
  public static final double MARGIN_RIGHT_MM = 15;

  /**
   * Share of the text width taken by the unit's column of the heading; the nation takes the rest.
   */
  public static final double HEADING_UNIT_SHARE = 0.42;

  /** Share of the table width taken by the labels of the facts table. */
  public static final double FACT_LABEL_SHARE = 0.34;

  /** The photo fills the text width unless that makes it taller than this. */
  public static final double PHOTO_MAX_HEIGHT_MM = 70;

  /** Height of the box that says there is no photo. */
  public static final double NO_PHOTO_BOX_HEIGHT_MM = 25;

  /** The side of the check page's QR code in the verification box, beside the code and address. */
  public static final double QR_SIDE_MM = 27;

  public static final double TEXT_WIDTH_MM = PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM;

  private NoticeLayout() {}

  /**
   * The size of a {@code pixelWidth × pixelHeight} photo on the page, in mm: as wide as the text,
   * unless that is taller than {@link #PHOTO_MAX_HEIGHT_MM}; the aspect ratio is kept.
   */
  public static double[] photoSizeMm(int pixelWidth, int pixelHeight) {
    double width = TEXT_WIDTH_MM;
    double height = width * pixelHeight / pixelWidth;
    if (height > PHOTO_MAX_HEIGHT_MM) {
      height = PHOTO_MAX_HEIGHT_MM;
      width = height * pixelWidth / pixelHeight;
    }
    return new double[] {width, height};
  }
}
