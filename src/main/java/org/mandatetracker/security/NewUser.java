package org.mandatetracker.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What an administrator types to add a person. */
public record NewUser(
        @NotBlank(message = "{validation.user.username.required}") @Size(max = 100, message = "{validation.atMost}")
        @Pattern(regexp = "[a-zA-Z0-9._-]+", message = "{validation.user.username.pattern}")
        String username,
        @NotBlank(message = "{validation.user.fullName.required}") @Size(max = 200, message = "{validation.atMost}") String fullName,
        @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.atMost}") String email,
        @NotBlank(message = "{validation.user.entity.required}") String entityCode,
        @NotEmpty(message = "{validation.user.roles.required}") Set<Role> roles,
        @NotBlank(message = "{validation.user.password.required}")
        @Size(min = 8, max = 72, message = "{validation.password.length}") String password) {
}
