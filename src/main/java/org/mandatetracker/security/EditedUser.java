package org.mandatetracker.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What an administrator may change of a person: everything but the user name and the password.
 *
 * @param language null for the person's browser's language
 */
public record EditedUser(
        @NotBlank(message = "{validation.user.fullName.required}") @Size(max = 200, message = "{validation.atMost}") String fullName,
        @Email(message = "{validation.email}") @Size(max = 254, message = "{validation.atMost}") String email,
        @NotBlank(message = "{validation.user.entity.required}") String entityCode,
        @NotEmpty(message = "{validation.user.roles.required}") Set<Role> roles,
        Language language) {

    /** The person as they stand, to edit them. */
    public static EditedUser of(UserAccount account) {
        return new EditedUser(account.fullName(), account.email(), account.entityCode(), account.roles(), account.language());
    }
}
