package com.activesessions.tokens.application;

import com.activesessions.access.application.Caller;
import com.activesessions.access.application.CallerSessions;
import com.activesessions.accounts.domain.Account;
import com.activesessions.accounts.domain.AccountRepository;
import com.activesessions.activity.domain.ActivityEvent;
import com.activesessions.activity.domain.ActivityLog;
import com.activesessions.activity.domain.ActivityType;
import com.activesessions.shared.application.InvalidFieldException;
import com.activesessions.shared.application.PublicIds;
import com.activesessions.shared.domain.Sha256;
import com.activesessions.tokens.domain.ApiToken;
import com.activesessions.tokens.domain.ApiTokenRepository;
import com.activesessions.tokens.domain.TokenScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Personal API tokens: made and revoked by their owner, checked on every API call, and every
 * use recorded with the token's id. A token is 256 random bits behind a recognisable prefix
 * (so that secret scanners can spot a leaked one); only its SHA-256 is stored.
 */
@Stateless
public class ApiTokens {

    public static final String PREFIX = "ast_";
    public static final int MAX_VALIDITY_DAYS = 365;
    public static final int MAX_NAME_LENGTH = ApiToken.MAX_NAME_LENGTH;
    private static final int SECRET_BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    private final AccountRepository accounts;
    private final ApiTokenRepository tokens;
    private final ActivityLog activityLog;
    private final PublicIds publicIds;
    private final CallerSessions callerSessions;
    private final Clock clock;

    /** For the EJB container, which needs a public constructor without arguments. */
    public ApiTokens() {
        this(null, null, null, null, null, null);
    }

    @Inject
    public ApiTokens(
            AccountRepository accounts,
            ApiTokenRepository tokens,
            ActivityLog activityLog,
            PublicIds publicIds,
            CallerSessions callerSessions,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.activityLog = activityLog;
        this.publicIds = publicIds;
        this.callerSessions = callerSessions;
        this.clock = clock;
    }

    /**
     * Makes a token for the caller; the secret in the answer is never shown again.
     *
     * @throws InvalidFieldException if the name is blank or too long, the scope missing, or the
     *     validity not 1 to 365 days; nothing is made
     */
    public IssuedToken issue(Caller caller, String name, TokenScope scope, int validDays) {
        if (caller.hasToken()) {
            throw new IllegalArgumentException("A token cannot make tokens");
        }
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > ApiToken.MAX_NAME_LENGTH) {
            throw new InvalidFieldException(
                    "name", "A token needs a name of 1 to " + ApiToken.MAX_NAME_LENGTH + " characters.");
        }
        if (scope == null) {
            throw new InvalidFieldException("scope", "Say what the token may do: READ or READ_AND_END.");
        }
        if (validDays < 1 || validDays > MAX_VALIDITY_DAYS) {
            throw new InvalidFieldException("validDays", "A token is valid for 1 to " + MAX_VALIDITY_DAYS + " days.");
        }
        Account account = accounts.findByEmail(caller.email()).orElseThrow();
        String secret = newSecret();
        Instant now = clock.instant();
        ApiToken token = new ApiToken(
                publicIds.next(),
                account,
                trimmed,
                scope,
                Sha256.hex(secret),
                now,
                now.plus(Duration.ofDays(validDays)));
        tokens.add(token);
        record(ActivityType.API_TOKEN_CREATED, account, caller, token, scope.label() + ", " + validDays + " days");
        return new IssuedToken(TokenSummary.of(token, now), secret);
    }

    /** The caller's tokens, newest first. */
    public List<TokenSummary> of(Caller caller) {
        Instant now = clock.instant();
        return tokens.findByAccount(caller.email()).stream()
                .map(token -> TokenSummary.of(token, now))
                .toList();
    }

    /**
     * Revokes one of the caller's tokens; its next use is refused.
     *
     * @throws UnknownTokenException if the caller has no token of that id
     */
    public void revoke(Caller caller, String publicId) throws UnknownTokenException {
        ApiToken token = tokens.findByAccount(caller.email()).stream()
                .filter(candidate -> candidate.getPublicId().equals(publicId))
                .findFirst()
                .orElseThrow(UnknownTokenException::new);
        if (token.getRevokedAt() == null) {
            token.revoke(clock.instant());
            record(ActivityType.API_TOKEN_REVOKED, token.getAccount(), caller, token, null);
        }
    }

    /**
     * Checks a presented token and records its use.
     *
     * @param request what the token is used for (method and path), for the log
     * @return who the token speaks for, or empty if it is unknown, revoked, expired, or its
     *     account is disabled (the last three are recorded)
     */
    public Optional<TokenHolder> authenticate(String presented, String ipAddress, String request) {
        if (presented == null || !presented.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<ApiToken> found = tokens.findBySecretHash(Sha256.hex(presented));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken token = found.get();
        Account account = token.getAccount();
        Caller caller = Caller.withToken(account.getEmail(), token.getPublicId(), ipAddress);
        Instant now = clock.instant();
        if (!token.isUsableAt(now) || account.isDisabled()) {
            record(ActivityType.API_TOKEN_REFUSED, account, caller, token, refusal(token, account) + ": " + request);
            return Optional.empty();
        }
        token.usedAt(now, ipAddress);
        record(ActivityType.API_TOKEN_USED, account, caller, token, request);
        return Optional.of(new TokenHolder(caller, token.getScope(), account.securityGroups()));
    }

    private String refusal(ApiToken token, Account account) {
        if (token.getRevokedAt() != null) {
            return "revoked";
        }
        return account.isDisabled() ? "account disabled" : "expired";
    }

    private String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void record(ActivityType type, Account account, Caller caller, ApiToken token, String details) {
        String text =
                "Token " + token.getPublicId() + " (" + token.getName() + ")" + (details == null ? "" : ": " + details);
        activityLog.append(new ActivityEvent(
                clock.instant(), type, account, callerSessions.publicIdOf(caller), caller.ipAddress(), text));
    }
}
