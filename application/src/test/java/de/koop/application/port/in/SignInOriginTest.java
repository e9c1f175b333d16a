package de.koop.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class SignInOriginTest {

    private static String origin(String address) throws UnknownHostException {
        return SignInOrigin.of(new InetSocketAddress(InetAddress.getByName(address), 50_000));
    }

    @Test
    void anIpv4AddressCountsOnItsOwn() throws UnknownHostException {
        assertThat(origin("203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(origin("203.0.113.10")).isNotEqualTo(origin("203.0.113.9"));
    }

    @Test
    void anIpv6AddressCountsWithItsSlash64SinceOneHostHoldsAllOfIt() throws UnknownHostException {
        assertThat(origin("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2:0:0:0:0/64")
                .isEqualTo(origin("2001:db8:1:2::1"));
        assertThat(origin("2001:db8:1:3::1")).isNotEqualTo(origin("2001:db8:1:2::1"));
    }
}
