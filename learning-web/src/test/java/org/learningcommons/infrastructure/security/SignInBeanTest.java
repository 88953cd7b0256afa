package org.learningcommons.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignInBeanTest {

  @Test
  void continuesToThePageThatAskedForSignIn() {
    assertEquals(
        "/people/index.xhtml?q=ann", SignInBean.safeTarget("/people/index.xhtml?q=ann", ""));
  }

  @Test
  void neverContinuesToAnotherSite() {
    assertEquals("/", SignInBean.safeTarget("//evil.example/", ""));
    assertEquals("/", SignInBean.safeTarget("https://evil.example/", ""));
    assertEquals("/", SignInBean.safeTarget("/\\evil.example", ""));
  }

  @Test
  void withoutATargetGoesHome() {
    assertEquals("/", SignInBean.safeTarget(null, ""));
    assertEquals("/", SignInBean.safeTarget("/login.xhtml", ""));
  }
}
