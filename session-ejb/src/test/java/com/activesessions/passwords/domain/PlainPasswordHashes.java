package com.activesessions.passwords.domain;

import java.util.ArrayList;
import java.util.List;

/** Hashes in no time, for rules that only need to know a password was hashed, and which. */
public class PlainPasswordHashes implements PasswordHashes {

    /** Every password hashed, in order. */
    public final List<String> hashed = new ArrayList<>();

    @Override
    public String hash(char[] password) {
        hashed.add(new String(password));
        return "hash of " + new String(password);
    }

    @Override
    public boolean verify(char[] password, String storedHash) {
        return storedHash.equals("hash of " + new String(password));
    }

    @Override
    public boolean verifyNothing(char[] password) {
        return false;
    }
}
