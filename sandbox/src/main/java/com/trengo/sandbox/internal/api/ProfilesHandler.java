package com.trengo.sandbox.internal.api;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.trengo.sandbox.internal.store.Profile;
import com.trengo.sandbox.internal.store.SandboxStore;
import java.util.List;
import java.util.Locale;

/**
 * listProfiles, createProfile, getProfile, updateProfile, deleteProfile, attachContactToProfile,
 * detachContactFromProfile.
 */
public final class ProfilesHandler {

  private final SandboxStore store;
  private final Views views;

  /** Serves profiles from {@code store}. */
  public ProfilesHandler(SandboxStore store, Views views) {
    this.store = store;
    this.views = views;
  }

  /** GET /profiles: by id, optionally those whose name contains {@code term} (ignoring case); full form. */
  public ApiResponse list(ApiRequest request) {
    String term = request.queryParam("term").map(t -> t.toLowerCase(Locale.ROOT)).orElse(null);
    List<JsonObject> profiles =
        store.profiles().stream().filter(p -> term == null || nameContains(p, term)).map(views::profile).toList();
    return ApiResponse.ok(Pagination.lengthAware(profiles, request));
  }

  /** POST /profiles: a name is required. */
  public ApiResponse create(ApiRequest request) {
    String name = readName(request);
    return ApiResponse.created(views.profile(store.addProfile(name, request.now())));
  }

  /**
   * GET /profiles/{profile_id}[?with=user,notes]: with {@code notes} among the relations, the profile's
   * notes too (none: the contract has no way to add one). {@code user} is accepted; what Trengo loads
   * with it is not documented, so the sandbox adds nothing.
   */
  public ApiResponse get(ApiRequest request) {
    JsonObject profile = views.profile(find(request));
    if (request.queryParam("with").map(ContactsHandler::namesNotes).orElse(false)) {
      profile.add("notes", new JsonArray());
    }
    return ApiResponse.ok(profile);
  }

  /** PUT /profiles/{profile_id}: renames it (404 before 422, as for contacts). */
  public ApiResponse update(ApiRequest request) {
    Profile existing = find(request);
    Profile renamed = existing.renamed(readName(request), request.now());
    store.putProfile(renamed);
    return ApiResponse.ok(views.profile(renamed));
  }

  /** DELETE /profiles/{profile_id}: 204, then the id is unknown; its contacts stay, in no profile. */
  public ApiResponse delete(ApiRequest request) {
    store.removeProfile(find(request).id());
    return ApiResponse.noContent();
  }

  /**
   * POST /profiles/{profile_id}/contacts: attaches a contact as a channel type; 200 without a body, as
   * the contract declares none. Attaching the same contact as the same type again changes nothing.
   *
   * <p>An unknown contact_id is a 422 ("The selected contact id is invalid."), not a 404: the id is in the
   * body, where Laravel checks it with an {@code exists} rule, as createContact does for channel_id; 404 is
   * for ids in the path (the profile here). The type is an open string, as in the contract.
   */
  public ApiResponse attachContact(ApiRequest request) {
    Profile profile = find(request);
    BodyReader body = new BodyReader(request.jsonBody());
    Long contactId = body.requiredId("contact_id");
    String type = body.requiredString("type");
    body.requireExists("contact_id", contactId, store::contact);
    body.validate();
    store.putProfile(profile.attached(contactId, type));
    return ApiResponse.okEmpty();
  }

  /**
   * DELETE /profiles/{profile_id}/contacts/{contact_id}[?type=]: 204; detaches the contact as that type,
   * or as every type without one. Unknown profile or contact ids in the path are 404; a known contact that
   * is not attached is still 204, as Laravel's detach is.
   */
  public ApiResponse detachContact(ApiRequest request) {
    Profile profile = find(request);
    long contactId = request.pathModel("contact_id", "Contact", store::contact).id();
    store.putProfile(profile.detached(contactId, request.queryParam("type").orElse(null)));
    return ApiResponse.noContent();
  }

  private Profile find(ApiRequest request) {
    return request.pathModel("profile_id", "Profile", store::profile);
  }

  private static String readName(ApiRequest request) {
    BodyReader body = new BodyReader(request.jsonBody());
    String name = body.requiredString("name");
    body.validate();
    return name;
  }

  private static boolean nameContains(Profile profile, String term) {
    return profile.name() != null && profile.name().toLowerCase(Locale.ROOT).contains(term);
  }
}
