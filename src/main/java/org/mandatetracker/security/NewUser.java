package org.mandatetracker.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What an administrator types to add a person. */
public record NewUser(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-zA-Z0-9._-]+", message = "letters, digits, '.', '_' and '-' only")
        String username,
        @NotBlank @Size(max = 200) String fullName,
        @Email @Size(max = 254) String email,
        @NotBlank String entityCode,
        @NotEmpty Set<Role> roles,
        @NotBlank @Size(min = 8, max = 72, message = "between 8 and 72 characters") String password) {
}
