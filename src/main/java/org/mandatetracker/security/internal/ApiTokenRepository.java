package org.mandatetracker.security.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenSha256(String tokenSha256);

    List<ApiToken> findByUsernameOrderByCreatedAtAsc(String username);

    long countByUsername(String username);

    long deleteByIdAndUsername(long id, String username);
}
