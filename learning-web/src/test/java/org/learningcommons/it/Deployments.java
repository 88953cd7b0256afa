package org.learningcommons.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application as the run command deploys it: the Payara Micro flavour of the WAR. */
final class Deployments {

  private Deployments() {}

  static WebArchive microWar() {
    File war = new File(System.getProperty("lc.microWar", "target/learning-web-micro.war"));
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
  }
}
