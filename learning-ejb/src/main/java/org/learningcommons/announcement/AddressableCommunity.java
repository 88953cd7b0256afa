package org.learningcommons.announcement;

import java.io.Serializable;

/** A community a publisher may address, for choosing it in the publish form. */
public record AddressableCommunity(long id, String name) implements Serializable {}
