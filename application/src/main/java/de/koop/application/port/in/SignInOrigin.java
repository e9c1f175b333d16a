package de.koop.application.port.in;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Where a sign-in attempt comes from, as the limits on attempts count it: the address of the
 * connection. Forwarded headers ({@code X-Forwarded-For}, {@code Forwarded}) are not read, since any
 * client can write them and would so pick the address its failures are counted against.
 */
public final class SignInOrigin {

    private SignInOrigin() {
    }

    /** An IPv4 address as it is; an IPv6 address by its /64 network, all of which one host usually holds. */
    public static String of(InetSocketAddress remote) {
        InetAddress address = remote.getAddress();
        if (address instanceof Inet6Address) {
            byte[] network = Arrays.copyOf(address.getAddress(), 16);
            Arrays.fill(network, 8, 16, (byte) 0);
            try {
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
        return address == null ? remote.getHostString() : address.getHostAddress();
    }
}
