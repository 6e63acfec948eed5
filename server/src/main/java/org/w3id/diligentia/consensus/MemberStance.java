package org.w3id.diligentia.consensus;

import org.w3id.diligentia.vocab.Stance;

/** One member of a scope and its effective stance (null when it has none), with where it comes from (null then too). */
public record MemberStance(String iso3, String name, Stance stance, Via via) {}
