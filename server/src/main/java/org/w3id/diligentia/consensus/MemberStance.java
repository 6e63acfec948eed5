package org.w3id.diligentia.consensus;

/** One member of a scope and its effective stance (null when it has none), with where it comes from (null then too). */
public record MemberStance(String iso3, String name, String stance, Via via) {}
