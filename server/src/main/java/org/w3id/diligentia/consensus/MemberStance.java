package org.w3id.diligentia.consensus;

import org.w3id.diligentia.vocab.Coverage;
import org.w3id.diligentia.vocab.Stance;

/**
 * One member of a scope and its effective stance (null when it has none), its coverage class (stance,
 * silent, unread or no-document), and where the stance comes from (null without one).
 */
public record MemberStance(String iso3, String name, Stance stance, Coverage coverage, Via via) {}
