package com.activesessions.mfa.domain;

import com.activesessions.accounts.domain.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * One of the codes that sign an account in once when its authenticator is lost. Only a SHA-256
 * of the code is kept: the codes are 80 random bits, too many to try, so a slow password hash
 * would only slow every sign-in with one down.
 */
@Entity
@Table(name = "RECOVERY_CODE", indexes = @Index(name = "IX_RECOVERY_CODE_ACCOUNT", columnList = "ACCOUNT_ID"))
@NamedQuery(
        name = "RecoveryCode.use",
        query = "UPDATE RecoveryCode c SET c.usedAt = :at"
                + " WHERE c.account = :account AND c.codeHash = :hash AND c.usedAt IS NULL")
@NamedQuery(name = "RecoveryCode.deleteOf", query = "DELETE FROM RecoveryCode c WHERE c.account = :account")
@NamedQuery(
        name = "RecoveryCode.countUnused",
        query = "SELECT COUNT(c) FROM RecoveryCode c WHERE c.account = :account AND c.usedAt IS NULL")
public class RecoveryCode {

    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ACCOUNT_ID", nullable = false)
    private Account account;

    @Column(name = "CODE_HASH", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "USED_AT")
    private Instant usedAt;

    protected RecoveryCode() {
        // for JPA
    }

    public RecoveryCode(Account account, String code) {
        this.account = Objects.requireNonNull(account, "A recovery code belongs to an account");
        this.codeHash = hash(Objects.requireNonNull(code, "A recovery code is required"));
    }

    /** The hash of a code as typed: case, spaces and dashes do not matter. */
    public static String hash(String typed) {
        String normal = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether a code as typed is this one (what the repository's query asks of the hashes). */
    public boolean matches(String typed) {
        return codeHash.equals(hash(typed));
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
