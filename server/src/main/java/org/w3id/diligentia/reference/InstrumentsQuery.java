package org.w3id.diligentia.reference;

import java.time.LocalDate;
import java.util.Optional;

import org.w3id.diligentia.query.Identifiers.Organization;

/**
 * The instruments adopted by {@code organization}, of {@code kind} (an instrument kind's id), binding
 * or not, with an effective date from {@code from} to {@code to}; a filter left empty does not constrain.
 */
public record InstrumentsQuery(Optional<Organization> organization, Optional<String> kind, Optional<Boolean> binding,
                               Optional<LocalDate> from, Optional<LocalDate> to) {}
