package se.directioncycle.throttle;

import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The client a request comes from, as the throttles count it: the remote address (behind a proxy, the address
 * Tomcat took from {@code X-Forwarded-For}, see {@code server.forward-headers-strategy}); an IPv6 client counts
 * by its /64 network, since one host usually has a whole /64 to pick addresses from.
 */
final class ClientAddress {

  private ClientAddress() {}

  static String of(HttpServletRequest request) {
    return of(request.getRemoteAddr());
  }

  static String of(String remoteAddress) {
    if (remoteAddress == null || remoteAddress.isEmpty()) {
      return "unknown";
    }
    if (remoteAddress.indexOf(':') < 0) {
      return remoteAddress;
    }
    try {
      // a literal address: no name lookup happens
      InetAddress address = InetAddress.getByName(remoteAddress);
      if (address instanceof Inet6Address) {
        byte[] network = Arrays.copyOf(address.getAddress(), 16);
        Arrays.fill(network, 8, 16, (byte) 0);
        return InetAddress.getByAddress(network).getHostAddress() + "/64";
      }
      return address.getHostAddress();
    } catch (UnknownHostException notAnAddress) {
      return remoteAddress;
    }
  }
}
