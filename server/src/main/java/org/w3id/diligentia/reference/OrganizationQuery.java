package org.w3id.diligentia.reference;

import java.time.LocalDate;
import java.util.Objects;

import org.w3id.diligentia.query.Identifiers.Organization;

/** The profile of {@code organization}, with its members on {@code asOf}. */
public record OrganizationQuery(Organization organization, LocalDate asOf) {
    public OrganizationQuery {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(asOf, "asOf");
    }
}
