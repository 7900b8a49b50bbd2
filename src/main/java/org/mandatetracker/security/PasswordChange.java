package org.mandatetracker.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person's own change of password: the current one proves it is them. */
public record PasswordChange(
        @NotBlank(message = "Enter your current password") String currentPassword,
        @NotBlank(message = "Enter a new password")
        @Size(min = 8, max = 72, message = "Between 8 and 72 characters") String newPassword) {
}
