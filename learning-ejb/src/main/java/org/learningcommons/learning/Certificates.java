package org.learningcommons.learning;

import static org.learningcommons.infrastructure.persistence.NativeRows.instant;
import static org.learningcommons.infrastructure.persistence.NativeRows.intValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.longValue;
import static org.learningcommons.infrastructure.persistence.NativeRows.string;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.learningcommons.community.NotFoundException;
import org.learningcommons.infrastructure.mail.MailSettings;
import org.learningcommons.people.Role;

/**
 * Certificates of completed courses: the certificate (page and PDF) for the person, their managers
 * and HR, and the verification of a printed code for anyone in the intranet. A certificate the
 * caller may not see is reported as not found, like one that does not exist.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class Certificates {

  private static final String CERTIFICATE =
      """
      select c.id, c.username, coalesce(s.display_name, c.username), c.course_id, co.title,
        c.completed_at, c.minutes, c.valid_until, c.source, c.verification_code
      from completion c
      join course co on co.id = c.course_id
      left join staff_member s on s.username = c.username
      """;

  @PersistenceContext(unitName = "learningCommons")
  EntityManager em;

  @EJB LearningGate gate;
  @Inject MailSettings settings;

  /** The certificate of a completion: the person's own, a report's, or (HR) anyone's; else 404. */
  public CertificateView certificate(long completionId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(CERTIFICATE + " where c.id = ?1")
            .setParameter(1, completionId)
            .getResultList();
    if (rows.isEmpty() || !gate.maySeeLearningOf(string(rows.get(0)[1]))) {
      throw new NotFoundException("certificate", completionId);
    }
    Object[] r = rows.get(0);
    Instant validUntil = instant(r[7]);
    String code = string(r[9]);
    return new CertificateView(
        longValue(r[0]),
        string(r[1]),
        string(r[2]),
        longValue(r[3]),
        string(r[4]),
        instant(r[5]),
        intValue(r[6]),
        validUntil,
        validUntil == null || Instant.now().isBefore(validUntil),
        CompletionSource.valueOf(string(r[8])),
        code,
        verificationUrl(code));
  }

  /** The certificate as a PDF in the given language; who may see it as for {@link #certificate}. */
  public byte[] pdf(long completionId, Locale locale) {
    return CertificatePdf.render(certificate(completionId), locale, zone());
  }

  /**
   * Checks a code as a person typed it (case, spaces and dashes do not matter); empty for something
   * that is no code and for a code no certificate has.
   */
  public Optional<VerificationView> verify(String typed) {
    Optional<VerificationCode> code = VerificationCode.parse(typed);
    if (code.isEmpty()) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(CERTIFICATE + " where c.verification_code = ?1")
            .setParameter(1, code.get().value())
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = rows.get(0);
    Instant validUntil = instant(r[7]);
    return Optional.of(
        new VerificationView(
            string(r[9]),
            string(r[2]),
            string(r[4]),
            instant(r[5]),
            validUntil,
            validUntil == null || Instant.now().isBefore(validUntil)));
  }

  /** The verification page for a code, as printed on the certificate. */
  public String verificationUrl(String code) {
    return settings.baseUrl() + "/learning/verify.xhtml?code=" + code;
  }

  /** The installation's time zone (APP_TIME_ZONE), in which certificates print their dates. */
  static ZoneId zone() {
    return ZoneId.of(
        ConfigProvider.getConfig()
            .getOptionalValue("APP_TIME_ZONE", String.class)
            .orElse("Europe/Berlin"));
  }
}
