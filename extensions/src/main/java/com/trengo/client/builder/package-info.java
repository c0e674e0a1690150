/**
 * Builders that validate a request before it is sent. Each {@code build()} checks every field,
 * then either returns the generated request model with every field exactly as given (nothing is
 * trimmed, normalised or dropped), or throws one {@link
 * com.trengo.client.error.TrengoValidationException} naming every failed field by its API name, with
 * the value given.
 *
 * <p>Common rules: required fields present; ids positive; text not blank (leave an optional field
 * unset for none); phone numbers valid and in E.164 form; a contact identifier that looks like a
 * phone number or an email address must be a valid one, while chat and social ids are accepted as
 * given (see {@link com.trengo.client.builder.CreateContact.Builder#identifier(String)}).
 *
 * <p>The generated models can still be built directly, unchecked, for anything these rules refuse.
 */
package com.trengo.client.builder;
