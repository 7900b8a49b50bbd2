package org.mandatetracker.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.mandatetracker.base.RefusedException;
import org.mandatetracker.security.internal.ApiToken;
import org.mandatetracker.security.internal.ApiTokenRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens, so that scripts sign in as their owner without a password: created, listed and
 * revoked by the owner, sent as {@code Authorization: Bearer <token>}. Only the SHA-256 of a token is
 * stored; a token carries 256 random bits, so a fast hash is as safe as bcrypt is for passwords and
 * costs nothing per request. Every request looks the token up again, so revoking it, or disabling its
 * owner, takes effect at once.
 */
@Service
public class ApiTokenService {

    /** How many tokens one person may hold. */
    public static final int MAX_TOKENS_PER_PERSON = 20;
    public static final int MAX_NAME_LENGTH = 100;
    /** Tokens start with this, so that secret scanners and people recognise one. */
    static final String PREFIX = "mt_";
    private static final int TOKEN_BYTES = 32;
    /** The last use is written at most this often, not on every request. */
    private static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final UserService users;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, UserService users, CurrentUser currentUser, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** @throws IllegalArgumentException for a blank or too long name, or one token too many */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public NewApiToken create(String name) {
        String owner = currentUser.require().username();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw new RefusedException("tokens.nameRequired", MAX_NAME_LENGTH);
        }
        if (tokens.countByUsername(owner) >= MAX_TOKENS_PER_PERSON) {
            throw new RefusedException("tokens.tooMany", MAX_TOKENS_PER_PERSON);
        }
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken stored = tokens.save(new ApiToken(owner, trimmed, sha256(token), clock.instant()));
        return new NewApiToken(summary(stored), token);
    }

    /** The signed-in person's own tokens, the oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ApiTokenSummary> mine() {
        return tokens.findByUsernameOrderByCreatedAtAsc(currentUser.require().username()).stream()
                .map(ApiTokenService::summary).toList();
    }

    /** Revokes one of the signed-in person's own tokens; someone else's is left alone. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public boolean revoke(long id) {
        return tokens.deleteByIdAndUsername(id, currentUser.require().username()) > 0;
    }

    /**
     * Who a request with this token acts as: its owner with the owner's roles, if the token exists and
     * the owner may sign in; empty otherwise. Called before anyone is signed in.
     */
    @Transactional
    public Optional<Authentication> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenSha256(sha256(token)).flatMap(stored -> users.find(stored.getUsername())
                .filter(UserAccount::enabled)
                .map(owner -> {
                    Instant now = clock.instant();
                    if (stored.getLastUsedAt() == null
                            || stored.getLastUsedAt().isBefore(now.minus(LAST_USE_RESOLUTION))) {
                        stored.usedAt(now);
                    }
                    return UsernamePasswordAuthenticationToken.authenticated(owner.username(), null,
                            owner.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
                }));
    }

    private static ApiTokenSummary summary(ApiToken token) {
        return new ApiTokenSummary(token.getId(), token.getName(), token.getCreatedAt(), token.getLastUsedAt());
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
