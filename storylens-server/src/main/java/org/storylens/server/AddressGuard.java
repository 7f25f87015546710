package org.storylens.server;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs the service may fetch (feeds and the pages behind their items): {@code http} and
 * {@code https} only, and, unless the user allowed it, never an address on this machine or its
 * private networks. Every address the host name resolves to is checked: loopback, any-local,
 * link-local (cloud metadata at 169.254.169.254), site-local (10/8, 172.16/12, 192.168/16),
 * carrier-grade NAT (100.64/10), IPv6 unique-local (fc00::/7) and multicast are refused. A feed
 * must not turn the service into a way to reach what only the machine can reach (SSRF).
 *
 * <p>Limit: a name checked here could resolve differently when the connection is made (DNS
 * rebinding); the fetcher checks again at every redirect, not at connect time.
 */
public final class AddressGuard {

  private final boolean allowPrivate;
  private final java.util.Set<String> allowedHosts;

  /** @param allowPrivate true when the user asked to fetch from local and private addresses */
  public AddressGuard(boolean allowPrivate) {
    this(allowPrivate, java.util.Set.of());
  }

  /**
   * @param allowPrivate true when the user asked to fetch from any local and private address
   * @param allowedHosts host names or literal addresses the user allowed one by one (a feed on
   *     this machine), as written in URLs, any case
   */
  public AddressGuard(boolean allowPrivate, java.util.Set<String> allowedHosts) {
    this.allowPrivate = allowPrivate;
    this.allowedHosts =
        allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** Why {@code url} may not be fetched, or empty when it may. */
  public Optional<String> refusal(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of("only http and https URLs are fetched, not '" + scheme + "'");
    }
    String host = url.getHost();
    if (host == null || host.isBlank()) {
      return Optional.of("the URL has no host");
    }
    if (allowPrivate || allowedHosts.contains(host.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      return Optional.of("unknown host " + host);
    }
    for (InetAddress address : addresses) {
      if (isInternal(address)) {
        return Optional.of(
            host + " is " + address.getHostAddress()
                + ", a local or private address (fetching those needs the user's permission)");
      }
    }
    return Optional.empty();
  }

  /** Whether an address belongs to this machine, its networks, or no single host. */
  static boolean isInternal(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isAnyLocalAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first == 0 || (first == 100 && second >= 64 && second < 128) || first >= 240;
    }
    if (address instanceof Inet6Address) {
      return (b[0] & 0xfe) == 0xfc; // unique local fc00::/7
    }
    return false;
  }
}
