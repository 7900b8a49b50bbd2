package org.mandatetracker.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What an administrator may change of a person: everything but the user name and the password. */
public record EditedUser(
        @NotBlank(message = "Enter the person's name") @Size(max = 200, message = "At most 200 characters") String fullName,
        @Email(message = "Not an e-mail address") @Size(max = 254, message = "At most 254 characters") String email,
        @NotBlank(message = "Choose an entity") String entityCode,
        @NotEmpty(message = "Choose at least one role") Set<Role> roles,
        @NotNull(message = "Choose a language") Language language) {

    /** The person as they stand, to edit them. */
    public static EditedUser of(UserAccount account) {
        return new EditedUser(account.fullName(), account.email(), account.entityCode(), account.roles(), account.language());
    }
}
