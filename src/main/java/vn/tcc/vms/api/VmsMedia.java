package vn.tcc.vms.api;

/** An image or a video file fetched from the VMS, whole, with the type the bytes are. */
public record VmsMedia(String mediaType, byte[] content, String fileName) {
  public VmsMedia {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  public int size() {
    return content.length;
  }
}
