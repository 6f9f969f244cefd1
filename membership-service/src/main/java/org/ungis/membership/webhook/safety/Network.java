package org.ungis.membership.webhook.safety;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** A CIDR block ({@code 127.0.0.1/32}, {@code ::1/128}) or a single numeric address. */
record Network(byte[] prefix, int bits) {

    static Network parse(String value) {
        String text = value.strip();
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        if (!address.matches("[0-9A-Fa-f:.]+")) {
            throw new IllegalArgumentException("not a numeric address: " + value);
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            int bits = slash < 0 ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1));
            if (bits < 0 || bits > bytes.length * 8) {
                throw new IllegalArgumentException("prefix length out of range: " + value);
            }
            return new Network(bytes, bits);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address: " + value, e);
        }
    }

    boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != prefix.length) {
            return false;
        }
        for (int bit = 0; bit < bits; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((candidate[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }
}
