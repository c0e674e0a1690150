package com.trengo.sandbox.internal.store;

/**
 * A category, article or block of a help center: the help center it is in and its name (an article's
 * title). {@code published} says whether an article is published or a draft (categories and blocks are
 * always published); {@code locale} is the locale it is written in.
 */
public record HelpCenterItem(long id, long helpCenterId, String name, boolean published, String locale) {}
