package org.learningcommons.infrastructure.ldap;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.BindRequest;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.FailoverServerSet;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.ServerSet;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.ldap.sdk.SingleServerSet;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import com.unboundid.util.StaticUtils;
import com.unboundid.util.ssl.JVMDefaultTrustManager;
import com.unboundid.util.ssl.SSLUtil;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.SocketFactory;
import org.learningcommons.people.CorporateDirectory;
import org.learningcommons.people.DirectoryEntry;
import org.learningcommons.people.DirectoryUnavailableException;

/**
 * {@link CorporateDirectory} over LDAP. One pool of connections bound as the service account serves
 * searches; a password is checked by binding as the person on a pooled connection, which the pool
 * then re-binds as the service account. The pool is created on first use so that the application
 * starts (and reports itself not ready) while the directory is down.
 */
@ApplicationScoped
public class LdapDirectory implements CorporateDirectory {

  private static final Logger LOG = Logger.getLogger(LdapDirectory.class.getName());

  @Inject LdapSettings settings;

  private volatile LDAPConnectionPool pool;

  @Override
  public Optional<DirectoryEntry> authenticate(String loginName, String password) {
    if (password == null || password.isEmpty()) {
      // An empty password would be an anonymous ("unauthenticated") bind, which LDAP servers
      // accept.
      return Optional.empty();
    }
    try {
      LDAPConnectionPool connections = pool();
      SearchResult found =
          connections.search(
              searchRequest(
                  settings.userBaseDn(),
                  LdapFilters.person(settings.userFilter(), settings.loginAttributes(), loginName),
                  2));
      if (found.getEntryCount() != 1) {
        return Optional.empty();
      }
      SearchResultEntry person = found.getSearchEntries().get(0);
      try {
        connections.bindAndRevertAuthentication(person.getDN(), password);
      } catch (LDAPException e) {
        if (isOutage(e.getResultCode())) {
          throw e;
        }
        return Optional.empty();
      }
      Set<String> groups = groupsOf(connections, person.getDN());
      String manager = managerUsername(connections, person);
      return Optional.of(toEntry(person, manager, groups));
    } catch (LDAPException e) {
      throw unavailable(e);
    }
  }

  @Override
  public List<DirectoryEntry> everyone() {
    try {
      LDAPConnectionPool connections = pool();
      List<SearchResultEntry> people = new ArrayList<>();
      SearchRequest request =
          searchRequest(settings.userBaseDn(), Filter.create(settings.userFilter()), 0);
      ASN1OctetString cookie = null;
      do {
        request.setControls(new SimplePagedResultsControl(settings.pageSize(), cookie));
        SearchResult page = connections.search(request);
        people.addAll(page.getSearchEntries());
        SimplePagedResultsControl paging = SimplePagedResultsControl.get(page);
        cookie = paging == null || !paging.moreResultsToReturn() ? null : paging.getCookie();
      } while (cookie != null);

      Map<DN, Set<String>> groupsByMember = groupsByMember(connections);
      Map<DN, String> usernameByDn = new HashMap<>();
      for (SearchResultEntry person : people) {
        String username = person.getAttributeValue(settings.usernameAttribute());
        if (username != null) {
          usernameByDn.put(person.getParsedDN(), username);
        }
      }
      List<DirectoryEntry> entries = new ArrayList<>(people.size());
      for (SearchResultEntry person : people) {
        if (person.getAttributeValue(settings.usernameAttribute()) == null) {
          continue;
        }
        String managerDn = person.getAttributeValue(settings.managerAttribute());
        String manager = managerDn == null ? null : usernameByDn.get(parseDn(managerDn));
        entries.add(
            toEntry(person, manager, groupsByMember.getOrDefault(person.getParsedDN(), Set.of())));
      }
      return entries;
    } catch (LDAPException e) {
      throw unavailable(e);
    }
  }

  @Override
  public void ping() {
    try {
      pool().getRootDSE();
    } catch (LDAPException e) {
      throw unavailable(e);
    }
  }

  @PreDestroy
  void close() {
    LDAPConnectionPool current = pool;
    if (current != null) {
      current.close();
    }
  }

  private Set<String> groupsOf(LDAPConnectionPool connections, String personDn)
      throws LDAPException {
    SearchRequest request =
        new SearchRequest(
            settings.groupBaseDn(),
            SearchScope.SUB,
            LdapFilters.groupsOf(settings.groupFilter(), personDn),
            "1.1");
    request.setResponseTimeoutMillis(settings.responseTimeoutMillis());
    Set<String> groups = new LinkedHashSet<>();
    for (SearchResultEntry group : connections.search(request).getSearchEntries()) {
      groups.add(group.getDN());
    }
    return groups;
  }

  /**
   * Every group under the group base with its members, read in one paged search, so that the sync
   * records each person's groups (assignment rules match on them) without a search per person.
   * Direct membership only, as the sign-in's group search sees it.
   */
  private Map<DN, Set<String>> groupsByMember(LDAPConnectionPool connections) throws LDAPException {
    SearchRequest request =
        new SearchRequest(
            settings.groupBaseDn(),
            SearchScope.SUB,
            Filter.create(
                "(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames)(objectClass=group))"),
            "member",
            "uniqueMember");
    request.setResponseTimeoutMillis(settings.responseTimeoutMillis());
    Map<DN, Set<String>> groups = new HashMap<>();
    ASN1OctetString cookie = null;
    do {
      request.setControls(new SimplePagedResultsControl(settings.pageSize(), cookie));
      SearchResult page = connections.search(request);
      for (SearchResultEntry group : page.getSearchEntries()) {
        for (String attribute : List.of("member", "uniqueMember")) {
          String[] members = group.getAttributeValues(attribute);
          if (members == null) {
            continue;
          }
          for (String member : members) {
            DN dn = parseDn(member);
            if (dn != null) {
              groups.computeIfAbsent(dn, d -> new LinkedHashSet<>()).add(group.getDN());
            }
          }
        }
      }
      SimplePagedResultsControl paging = SimplePagedResultsControl.get(page);
      cookie = paging == null || !paging.moreResultsToReturn() ? null : paging.getCookie();
    } while (cookie != null);
    return groups;
  }

  /** The hire date in generalized time (AD, OpenLDAP) or as yyyy-MM-dd; null when unreadable. */
  static LocalDate hireDate(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    try {
      if (text.length() >= 10 && text.charAt(4) == '-') {
        return LocalDate.parse(text.substring(0, 10));
      }
      return StaticUtils.decodeGeneralizedTime(text)
          .toInstant()
          .atZone(ZoneOffset.UTC)
          .toLocalDate();
    } catch (java.text.ParseException | RuntimeException e) {
      return null;
    }
  }

  private String managerUsername(LDAPConnectionPool connections, SearchResultEntry person)
      throws LDAPException {
    String managerDn = person.getAttributeValue(settings.managerAttribute());
    if (managerDn == null) {
      return null;
    }
    try {
      SearchResultEntry manager = connections.getEntry(managerDn, settings.usernameAttribute());
      return manager == null ? null : manager.getAttributeValue(settings.usernameAttribute());
    } catch (LDAPException e) {
      if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT
          || e.getResultCode() == ResultCode.INVALID_DN_SYNTAX) {
        return null;
      }
      throw e;
    }
  }

  private DirectoryEntry toEntry(SearchResultEntry person, String manager, Set<String> groups) {
    String displayName = person.getAttributeValue(settings.displayNameAttribute());
    if (displayName == null) {
      displayName = person.getAttributeValue("cn");
    }
    return new DirectoryEntry(
        person.getAttributeValue(settings.usernameAttribute()),
        person.getDN(),
        displayName,
        person.getAttributeValue(settings.mailAttribute()),
        person.getAttributeValue(settings.departmentAttribute()),
        person.getAttributeValue(settings.titleAttribute()),
        manager,
        groups,
        settings.hireDateAttribute() == null
            ? null
            : hireDate(person.getAttributeValue(settings.hireDateAttribute())));
  }

  private SearchRequest searchRequest(String base, Filter filter, int sizeLimit) {
    List<String> attributes =
        new ArrayList<>(
            List.of(
                settings.usernameAttribute(),
                settings.displayNameAttribute(),
                "cn",
                settings.mailAttribute(),
                settings.departmentAttribute(),
                settings.titleAttribute(),
                settings.managerAttribute()));
    if (settings.hireDateAttribute() != null) {
      attributes.add(settings.hireDateAttribute());
    }
    SearchRequest request =
        new SearchRequest(base, SearchScope.SUB, filter, attributes.toArray(String[]::new));
    request.setSizeLimit(sizeLimit);
    request.setResponseTimeoutMillis(settings.responseTimeoutMillis());
    return request;
  }

  private static DN parseDn(String dn) {
    try {
      return new DN(dn);
    } catch (LDAPException e) {
      return null;
    }
  }

  private LDAPConnectionPool pool() throws LDAPException {
    LDAPConnectionPool current = pool;
    if (current == null) {
      synchronized (this) {
        current = pool;
        if (current == null) {
          current = createPool();
          pool = current;
        }
      }
    }
    return current;
  }

  private LDAPConnectionPool createPool() throws LDAPException {
    List<String> urls = settings.urls();
    if (urls.isEmpty()) {
      throw new LDAPException(ResultCode.PARAM_ERROR, "LDAP_URL is not set");
    }
    LDAPConnectionOptions options = new LDAPConnectionOptions();
    options.setConnectTimeoutMillis(settings.connectTimeoutMillis());
    options.setResponseTimeoutMillis(settings.responseTimeoutMillis());
    options.setUseKeepAlive(true);

    String[] hosts = new String[urls.size()];
    int[] ports = new int[urls.size()];
    boolean secure = false;
    for (int i = 0; i < urls.size(); i++) {
      LDAPURL url = new LDAPURL(urls.get(i));
      hosts[i] = url.getHost();
      ports[i] = url.getPort();
      secure |= "ldaps".equalsIgnoreCase(url.getScheme());
    }
    SocketFactory sockets = secure ? secureSockets() : SocketFactory.getDefault();
    ServerSet servers =
        hosts.length == 1
            ? new SingleServerSet(hosts[0], ports[0], sockets, options)
            : new FailoverServerSet(hosts, ports, sockets, options);
    BindRequest bind =
        settings
            .bindDn()
            .map(dn -> new SimpleBindRequest(dn, settings.bindPassword()))
            .orElse(null);
    LDAPConnectionPool created =
        new LDAPConnectionPool(servers, bind, 1, settings.poolSize(), 1, null, true);
    created.setConnectionPoolName("learning-commons-directory");
    created.setRetryFailedOperationsDueToInvalidConnections(true);
    created.setMaxWaitTimeMillis(settings.responseTimeoutMillis());
    LOG.info(() -> "Connected to the directory at " + String.join(" ", urls));
    return created;
  }

  private static SocketFactory secureSockets() throws LDAPException {
    try {
      return new SSLUtil(JVMDefaultTrustManager.getInstance()).createSSLSocketFactory();
    } catch (GeneralSecurityException e) {
      throw new LDAPException(ResultCode.LOCAL_ERROR, "Cannot set up TLS for LDAPS", e);
    }
  }

  private static boolean isOutage(ResultCode code) {
    return !code.isConnectionUsable()
        || code == ResultCode.TIMEOUT
        || code == ResultCode.UNAVAILABLE
        || code == ResultCode.BUSY;
  }

  private DirectoryUnavailableException unavailable(LDAPException e) {
    LOG.log(
        Level.WARNING,
        "Directory unavailable ({0}): {1}",
        new Object[] {e.getResultCode(), e.getMessage()});
    return new DirectoryUnavailableException(
        "The directory did not answer: " + e.getResultCode(), e);
  }
}
