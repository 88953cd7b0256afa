package org.learningcommons.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Role mapping and sign-in throttling settings (docs/configuration.md). */
@ApplicationScoped
public class AccessSettings {

  @Inject
  @ConfigProperty(name = "ROLE_STAFF_GROUPS", defaultValue = RoleMapping.EVERYONE)
  String staffGroups;

  @Inject
  @ConfigProperty(name = "ROLE_MANAGER_GROUPS")
  Optional<String> managerGroups;

  @Inject
  @ConfigProperty(name = "ROLE_HR_GROUPS")
  Optional<String> hrGroups;

  @Inject
  @ConfigProperty(name = "ROLE_ADMIN_GROUPS")
  Optional<String> adminGroups;

  @Inject
  @ConfigProperty(name = "LOGIN_MAX_FAILURES", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "LOGIN_FAILURE_WINDOW", defaultValue = "PT15M")
  Duration failureWindow;

  @Inject
  @ConfigProperty(name = "LOGIN_LOCKOUT_DURATION", defaultValue = "PT15M")
  Duration lockoutDuration;

  public RoleMapping roleMapping() {
    Map<Role, String> values = new EnumMap<>(Role.class);
    values.put(Role.STAFF, staffGroups);
    values.put(Role.MANAGER, managerGroups.orElse(""));
    values.put(Role.HR, hrGroups.orElse(""));
    values.put(Role.ADMIN, adminGroups.orElse(""));
    return RoleMapping.fromConfiguration(values);
  }

  public LockoutPolicy lockoutPolicy() {
    return new LockoutPolicy(maxFailures, failureWindow, lockoutDuration);
  }
}
