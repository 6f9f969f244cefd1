package org.ungis.membership.webhook.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EndpointPolicyTest {
    private final EndpointPolicy production = new EndpointPolicy(true, List.of());

    @ParameterizedTest
    @ValueSource(strings = {
            "https://127.0.0.1/hook", "https://localhost/hook", "https://[::1]/hook", "https://[::ffff:127.0.0.1]/hook",
            "https://10.0.0.1/", "https://172.16.5.4/", "https://192.168.1.1/", "https://169.254.169.254/latest/meta-data",
            "https://0.0.0.0/", "https://[::]/", "https://224.0.0.1/", "https://100.64.0.1/", "https://255.255.255.255/",
            "https://[fd00::1]/", "https://[fe80::1]/", "https://[ff02::1]/", "https://[::ffff:10.0.0.1]/",
            "https://[2002:a00:1::]/", "https://[64:ff9b::a00:1]/", "https://[::10.0.0.1]/" })
    void refusesInternalAddresses(String url) {
        assertThatThrownBy(() -> production.check(url)).isInstanceOf(RefusedEndpointException.class)
                .hasMessageContaining("internal address");
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://2130706433/", "https://0177.0.0.1/", "https://0x7f.0.0.1/", "https://0x7f000001/",
            "https://127.1/", "https://010.0.0.1/" })
    void refusesAmbiguousNumericHosts(String url) {
        // refused as numeric, or earlier as no valid host: never resolved to 127.0.0.1 or 8.0.0.1
        assertThatThrownBy(() -> production.check(url)).isInstanceOf(RefusedEndpointException.class)
                .message().containsAnyOf("four decimal numbers", "no host");
    }

    @ParameterizedTest
    @ValueSource(strings = { "ftp://example.org/", "file:///etc/passwd", "gopher://example.org/", "http://example.org/",
            "https://user:secret@example.org/", "https://example.org/#fragment", "not a url", "https:///nohost",
            "https://no-such-host.invalid/" })
    void refusesOtherSchemesCredentialsAndUnresolvableHosts(String url) {
        assertThatThrownBy(() -> production.check(url)).isInstanceOf(RefusedEndpointException.class);
    }

    @Test
    void acceptsPublicHttpsAddressesAndKeepsTheHostForTls() {
        EndpointPolicy.Endpoint endpoint = production.parse("https://Hooks.Example.org:8443/ungis?x=1");
        assertThat(endpoint.host()).isEqualTo("hooks.example.org");
        assertThat(endpoint.port()).isEqualTo(8443);
        assertThat(endpoint.pathAndQuery()).isEqualTo("/ungis?x=1");
        assertThat(endpoint.tls()).isTrue();
        assertThat(production.check("https://8.8.8.8/hook").url()).isEqualTo("https://8.8.8.8/hook");
    }

    @Test
    void anAllowlistAdmitsOnlyTheNetworksItNames() throws Exception {
        EndpointPolicy tests = new EndpointPolicy(false, List.of("127.0.0.0/8", "::1"));
        assertThat(tests.resolve(tests.parse("http://127.0.0.1:9000/hook"))).isEqualTo(InetAddress.getByName("127.0.0.1"));
        assertThat(tests.check("http://[::1]:9000/").host()).isEqualTo("::1");
        assertThatThrownBy(() -> tests.check("http://10.1.2.3/")).hasMessageContaining("internal address");
        assertThatThrownBy(() -> tests.check("http://192.168.0.1/")).hasMessageContaining("internal address");
    }
}
