package org.learningcommons.notification;

import java.io.Serializable;
import java.time.Instant;

/**
 * What one run of the digest did.
 *
 * @param mailEnabled false when e-mail is off (no SMTP_HOST): then nothing is done
 * @param people how many people had notifications listed
 * @param mails how many digest e-mails went to the outbox (people without an address get none)
 * @param notifications how many notifications were listed
 */
public record DigestRunView(
    Instant startedAt,
    Instant finishedAt,
    boolean mailEnabled,
    int people,
    int mails,
    int notifications)
    implements Serializable {}
