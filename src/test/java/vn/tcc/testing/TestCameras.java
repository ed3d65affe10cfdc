package vn.tcc.testing;

/** A camera as the registry API takes it, for tests that need one of their own. */
public final class TestCameras {
  private TestCameras() {}

  public static String json(String code, String commune, String site, String name) {
    return """
        {"code":"%s","name":"%s","purposes":["OBSERVATION","TRAFFIC_COUNTING"],"ownerCode":"GL-CA",
         "communeCode":"%s","latitude":13.7701,"longitude":109.2201,"siteCode":"%s",
         "analysisSiteCode":null,"builtInAnalytics":true,"status":"INSTALLED","address":"Lê Lợi"}
        """
        .formatted(code, name, commune, site);
  }
}
