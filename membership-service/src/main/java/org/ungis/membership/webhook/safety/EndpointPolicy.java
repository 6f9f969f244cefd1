package org.ungis.membership.webhook.safety;

import java.net.IDN;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ungis.membership.webhook.WebhookSettings;

/**
 * Decides which URLs partners may register and which addresses the sender may connect to, so a
 * webhook cannot be pointed at the platform's own network (SSRF). The sender connects to the
 * address checked here, never resolving the name a second time.
 */
@ApplicationScoped
public class EndpointPolicy {
    private static final int MAX_URL_LENGTH = 2000;
    private static final Pattern NUMERIC = Pattern.compile("(?i)((0x[0-9a-f]*|[0-9]+)\\.?)+");
    private static final Pattern DOTTED_QUAD = Pattern.compile("((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}"
            + "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");

    private final boolean requireHttps;
    private final List<Network> allowed;

    @Inject
    public EndpointPolicy(WebhookSettings settings) {
        this(settings.requireHttps(), settings.allowedNetworks().orElse(List.of()));
    }

    EndpointPolicy(boolean requireHttps, List<String> allowedNetworks) {
        this.requireHttps = requireHttps;
        this.allowed = allowedNetworks.stream().filter(value -> !value.isBlank()).map(Network::parse).toList();
    }

    /** A registrable endpoint, or why not. Resolves the host name. */
    public Endpoint check(String url) {
        Endpoint endpoint = parse(url);
        resolve(endpoint);
        return endpoint;
    }

    /** The parsed URL, without resolving it. */
    public Endpoint parse(String url) {
        if (url == null || url.isBlank()) {
            throw new RefusedEndpointException("a URL is required");
        }
        if (url.length() > MAX_URL_LENGTH) {
            throw new RefusedEndpointException("the URL is longer than " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new RefusedEndpointException("not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new RefusedEndpointException("only https URLs are accepted");
        }
        if (scheme.equals("http") && requireHttps) {
            throw new RefusedEndpointException("only https URLs are accepted");
        }
        if (uri.getRawUserInfo() != null) {
            throw new RefusedEndpointException("credentials in the URL are not accepted; authenticate with the signature");
        }
        if (uri.getRawFragment() != null) {
            throw new RefusedEndpointException("a URL with a fragment is not accepted");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new RefusedEndpointException("the URL has no host");
        }
        String asciiHost;
        try {
            asciiHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : IDN.toASCII(host);
        } catch (IllegalArgumentException e) {
            throw new RefusedEndpointException("not a valid host name");
        }
        if (NUMERIC.matcher(asciiHost).matches() && !DOTTED_QUAD.matcher(asciiHost).matches()) {
            // 2130706433, 0177.0.0.1, 0x7f.1: resolvers disagree on these, so none is accepted
            throw new RefusedEndpointException("write an IPv4 host as four decimal numbers, such as 192.0.2.10");
        }
        int port = uri.getPort() == -1 ? (scheme.equals("https") ? 443 : 80) : uri.getPort();
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new Endpoint(uri.toString(), scheme.equals("https"), asciiHost.toLowerCase(Locale.ROOT), port, path);
    }

    /**
     * The address to connect to: the first the host resolves to, provided that none of them is
     * internal. Numeric hosts in any notation the resolver accepts end up here as addresses too.
     */
    public InetAddress resolve(Endpoint endpoint) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(endpoint.host());
        } catch (UnknownHostException e) {
            throw new RefusedEndpointException("the host " + endpoint.host() + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (isInternal(address) && allowed.stream().noneMatch(network -> network.contains(address))) {
                throw new RefusedEndpointException("the host " + endpoint.host() + " resolves to "
                        + address.getHostAddress() + ", an internal address");
            }
        }
        return addresses[0];
    }

    static boolean isInternal(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] bytes = v6.getAddress();
            InetAddress embedded = embeddedIpv4(bytes);
            if (embedded != null) {
                return isInternal(embedded);
            }
            return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                    || address.isSiteLocalAddress() || address.isMulticastAddress()
                    || (bytes[0] & 0xfe) == 0xfc // unique local fc00::/7
                    || (bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0x0d && (bytes[3] & 0xff) == 0xb8); // documentation
        }
        byte[] b = address.getAddress();
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()
                || first == 0 // "this network"
                || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                || (first == 198 && (second == 18 || second == 19)) // benchmarking
                || first >= 240; // reserved and broadcast
    }

    /** The IPv4 address inside an IPv4-mapped, IPv4-compatible, NAT64 or 6to4 IPv6 address. */
    private static InetAddress embeddedIpv4(byte[] v6) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 10; i++) {
            zeroPrefix &= v6[i] == 0;
        }
        boolean mapped = zeroPrefix && (v6[10] & 0xff) == 0xff && (v6[11] & 0xff) == 0xff;
        boolean compatible = zeroPrefix && v6[10] == 0 && v6[11] == 0;
        boolean nat64 = (v6[0] & 0xff) == 0x00 && (v6[1] & 0xff) == 0x64 && (v6[2] & 0xff) == 0xff && (v6[3] & 0xff) == 0x9b;
        try {
            if (mapped || compatible || nat64) {
                return Inet4Address.getByAddress(new byte[] { v6[12], v6[13], v6[14], v6[15] });
            }
            if ((v6[0] & 0xff) == 0x20 && (v6[1] & 0xff) == 0x02) { // 6to4 2002::/16
                return Inet4Address.getByAddress(new byte[] { v6[2], v6[3], v6[4], v6[5] });
            }
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
        return null;
    }

    /** A URL that passed the checks, split into what the sender needs. */
    public record Endpoint(String url, boolean tls, String host, int port, String pathAndQuery) {
    }
}
