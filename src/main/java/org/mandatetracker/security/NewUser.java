package org.mandatetracker.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What an administrator types to add a person. */
public record NewUser(
        @NotBlank(message = "Enter a user name") @Size(max = 100, message = "At most 100 characters")
        @Pattern(regexp = "[a-zA-Z0-9._-]+", message = "Letters, digits, '.', '_' and '-' only")
        String username,
        @NotBlank(message = "Enter the person's name") @Size(max = 200, message = "At most 200 characters") String fullName,
        @Email(message = "Not an e-mail address") @Size(max = 254, message = "At most 254 characters") String email,
        @NotBlank(message = "Choose an entity") String entityCode,
        @NotEmpty(message = "Choose at least one role") Set<Role> roles,
        @NotBlank(message = "Enter an initial password")
        @Size(min = 8, max = 72, message = "Between 8 and 72 characters") String password) {
}
