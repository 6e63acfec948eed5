package org.w3id.diligentia.consensus;

/**
 * The position a member's effective stance comes from: the position and its instrument (IRIs), its
 * date as recorded, and whether it is the State's own or a collective position of an organization
 * (then {@code organization} is that organization's id).
 */
public record Via(String position, String instrument, String kind, String organization, String date) {}
