package org.mandatetracker.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person's own change of password: the current one proves it is them. */
public record PasswordChange(
        @NotBlank(message = "{validation.password.current.required}") String currentPassword,
        @NotBlank(message = "{validation.password.new.required}")
        @Size(min = 8, max = 72, message = "{validation.password.length}") String newPassword) {
}
