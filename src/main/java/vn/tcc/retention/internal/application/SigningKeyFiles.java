package vn.tcc.retention.internal.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Where the center's signing key comes from: the PKCS#12 keystore the center installs (its
 * Ministry- or center-issued certificate), or, on a machine where none is installed, a development
 * key generated once and kept in the server's data directory so records signed before a restart
 * still verify after it.
 */
public final class SigningKeyFiles {
  static final String DEV_KEYSTORE = "dev-signer.p12";
  static final String DEV_PASSWORD = "dev-signer.password";
  static final String DEV_ALIAS = "tcc-dev-signer";
  static final String DEV_COMMON_NAME = "TCC dev deletion-record signer";
  static final Duration DEV_VALIDITY = Duration.ofDays(3653);

  private SigningKeyFiles() {}

  /**
   * The key in a PKCS#12 keystore.
   *
   * @param alias the key entry's alias; null for the keystore's only key entry
   * @throws IllegalStateException when the file cannot be read, the password is wrong, or the alias
   *     names no key (the message says which)
   */
  public static SigningIdentity fromKeystore(Path file, char[] password, String alias) {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      String chosen = alias == null || alias.isBlank() ? onlyKeyAlias(store, file) : alias.strip();
      Key key = store.getKey(chosen, password);
      if (!(key instanceof PrivateKey privateKey)) {
        throw new IllegalStateException("No private key under alias '" + chosen + "' in " + file);
      }
      Certificate[] chain = store.getCertificateChain(chosen);
      if (chain == null || chain.length == 0) {
        throw new IllegalStateException("No certificate for alias '" + chosen + "' in " + file);
      }
      List<X509Certificate> certificates = new ArrayList<>();
      for (Certificate certificate : chain) {
        certificates.add((X509Certificate) certificate);
      }
      return new SigningIdentity(privateKey, certificates);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Cannot read the signing keystore " + file + ": " + e, e);
    }
  }

  private static String onlyKeyAlias(KeyStore store, Path file) throws GeneralSecurityException {
    List<String> keys = new ArrayList<>();
    for (String alias : Collections.list(store.aliases())) {
      if (store.isKeyEntry(alias)) {
        keys.add(alias);
      }
    }
    if (keys.size() != 1) {
      throw new IllegalStateException(
          file + " holds " + keys.size() + " keys " + keys + ": set TCC_SIGNING_KEY_ALIAS");
    }
    return keys.get(0);
  }

  /**
   * The development key in {@code directory}: read when it is there, else generated (EC P-256,
   * self-signed "CN=TCC dev deletion-record signer, O=organization", valid 10 years) and written
   * with a random password in a file beside it, both readable by the server's user only.
   */
  public static synchronized SigningIdentity devKey(
      Path directory, String organization, Instant now) {
    Path keystore = directory.resolve(DEV_KEYSTORE);
    Path passwordFile = directory.resolve(DEV_PASSWORD);
    try {
      if (Files.exists(keystore)) {
        if (!Files.exists(passwordFile)) {
          // Generating a new key here would silently change the signer: say what is missing.
          throw new IllegalStateException(
              keystore + " exists without its password file " + passwordFile);
        }
        char[] password =
            Files.readString(passwordFile, StandardCharsets.UTF_8).strip().toCharArray();
        return fromKeystore(keystore, password, DEV_ALIAS);
      }
      ownerOnlyDirectory(directory);
      SigningIdentity generated = generate(organization, now);
      char[] password = randomPassword();
      writeOwnerOnly(passwordFile, new String(password).getBytes(StandardCharsets.UTF_8));
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(
          DEV_ALIAS, generated.key(), password, generated.chain().toArray(new Certificate[0]));
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      store.store(bytes, password);
      writeOwnerOnly(keystore, bytes.toByteArray());
      return generated;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Cannot keep the development signing key in " + directory, e);
    }
  }

  static SigningIdentity generate(String organization, Instant now)
      throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
    KeyPair pair = generator.generateKeyPair();
    X500Name subject =
        new X500NameBuilder(BCStyle.INSTANCE)
            // Most general first in the encoding, so it reads "CN=…, O=…" (RFC 2253 order).
            .addRDN(BCStyle.O, organization)
            .addRDN(BCStyle.CN, DEV_COMMON_NAME)
            .build();
    try {
      JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
      JcaX509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              subject,
              new BigInteger(127, new SecureRandom()).add(BigInteger.ONE),
              Date.from(now.minus(Duration.ofDays(1))),
              Date.from(now.plus(DEV_VALIDITY)),
              subject,
              pair.getPublic());
      builder
          .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
          .addExtension(
              Extension.keyUsage,
              true,
              new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
          .addExtension(
              Extension.subjectKeyIdentifier,
              false,
              extensions.createSubjectKeyIdentifier(pair.getPublic()));
      X509Certificate certificate =
          new JcaX509CertificateConverter()
              .getCertificate(
                  builder.build(
                      new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
      return new SigningIdentity(pair.getPrivate(), List.of(certificate));
    } catch (OperatorCreationException | IOException e) {
      throw new GeneralSecurityException("Cannot build the development certificate", e);
    }
  }

  private static char[] randomPassword() {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
  }

  private static boolean posix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  private static void ownerOnlyDirectory(Path directory) throws IOException {
    if (Files.isDirectory(directory)) {
      return;
    }
    if (posix(directory)) {
      Files.createDirectories(
          directory,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } else {
      Files.createDirectories(directory);
    }
  }

  /** Written beside, then moved in place, so a crash leaves no half-written key. */
  private static void writeOwnerOnly(Path target, byte[] content) throws IOException {
    Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
    Files.deleteIfExists(temporary);
    if (posix(target)) {
      Files.createFile(
          temporary,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(temporary);
    }
    try (OutputStream out = Files.newOutputStream(temporary)) {
      out.write(content);
    }
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
  }
}
