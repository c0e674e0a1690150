package com.trengo.client;

import com.trengo.client.api.ProfilesApi;
import com.trengo.client.builder.AttachContactToProfile;
import com.trengo.client.error.FieldError;
import com.trengo.client.error.TrengoValidationException;
import com.trengo.client.internal.CallExecutor;
import com.trengo.client.model.AttachContactToProfileRequest;
import com.trengo.client.model.Profile;
import com.trengo.client.model.ProfileList;
import com.trengo.client.model.ProfileRequest;
import com.trengo.client.pagination.AutoPager;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Profiles: one customer (a company, a household) and its contacts across channels. List (also by
 * {@code term}), get, create and update ({@link com.trengo.client.builder.CreateProfile} builds both
 * bodies), delete (the profile only: its contacts stay, and it cannot be undone), attach and detach
 * contacts. Get one from {@link TrengoClient#profiles()}.
 */
public final class ProfilesService extends CrudService<Profile, ProfileList, ProfileRequest, ProfileRequest> {
  /** The relation {@code with} loads the notes with. */
  private static final String NOTES = "notes";

  private final ProfilesApi api;

  ProfilesService(CallExecutor executor, ProfilesApi api) {
    super(
        executor,
        listing(api, null),
        id -> api.getProfile(id, null),
        api::createProfile,
        api::updateProfile,
        api::deleteProfile);
    this.api = api;
  }

  private static Listing<Profile, ProfileList> listing(ProfilesApi api, String term) {
    return Listing.of(
        page -> api.listProfiles(page, term), ProfileList::getData, ProfileList::getMeta, ProfileList::getLinks,
        Profile::getId);
  }

  /** One page of profiles, filtered by {@code term} when it is not null. */
  public ProfileList list(int page, String term) {
    return listing(api, term).page(executor, page);
  }

  /** Async form of {@link #list(int, String)}. */
  public CompletableFuture<ProfileList> listAsync(int page, String term) {
    return listing(api, term).pageAsync(executor, page);
  }

  /**
   * Every profile (filtered by {@code term} when it is not null), fetched page by page as the walk
   * reaches it.
   */
  public AutoPager<Profile> listAll(String term) {
    return listing(api, term).all(executor);
  }

  /** The profile with this id and its notes ({@code with=notes}), in {@link Profile#getNotes()}. */
  public Profile getWithNotes(long profileId) {
    return executor.execute(api.getProfile(profileId, NOTES));
  }

  /** Async form of {@link #getWithNotes(long)}. */
  public CompletableFuture<Profile> getWithNotesAsync(long profileId) {
    return executor.executeAsync(api.getProfile(profileId, NOTES));
  }

  /**
   * Adds a contact to the profile, as the channel type it is reached by ({@code "EMAIL"}, {@code
   * "WA_BUSINESS"}, ...: any non-blank type, the list is open). Checked as {@link
   * AttachContactToProfile} checks it, before anything is sent. Never resent once it may have reached
   * the server (it is a POST).
   *
   * @throws com.trengo.client.error.TrengoValidationException when {@code contactId} is not positive
   *     or {@code type} is null or blank
   */
  public void attachContact(long profileId, long contactId, String type) {
    executor.execute(api.attachContactToProfile(profileId, attachRequest(contactId, type)));
  }

  /** Async form of {@link #attachContact(long, long, String)}; a validation failure is thrown, not returned. */
  public CompletableFuture<Void> attachContactAsync(long profileId, long contactId, String type) {
    return executor.executeAsync(api.attachContactToProfile(profileId, attachRequest(contactId, type)));
  }

  /**
   * Removes a contact from the profile; the contact itself stays. Sends no {@code type}: what the
   * API does without one is not documented, so pass the type it was attached as when you know it.
   */
  public void detachContact(long profileId, long contactId) {
    detachContact(profileId, contactId, null);
  }

  /**
   * Removes a contact from the profile as the channel type it was attached as (null: send none).
   *
   * @throws com.trengo.client.error.TrengoValidationException when {@code type} is blank; nothing is sent
   */
  public void detachContact(long profileId, long contactId, String type) {
    executor.execute(api.detachContactFromProfile(profileId, contactId, checkedType(type)));
  }

  /** Async form of {@link #detachContact(long, long)}. */
  public CompletableFuture<Void> detachContactAsync(long profileId, long contactId) {
    return detachContactAsync(profileId, contactId, null);
  }

  /** Async form of {@link #detachContact(long, long, String)}; a validation failure is thrown, not returned. */
  public CompletableFuture<Void> detachContactAsync(long profileId, long contactId, String type) {
    return executor.executeAsync(api.detachContactFromProfile(profileId, contactId, checkedType(type)));
  }

  // A blank type would go out as "?type=", which the API would read as some type or none: refuse it.
  private static String checkedType(String type) {
    if (type != null && type.isBlank()) {
      throw new TrengoValidationException(
          "detachContactFromProfile", List.of(FieldError.of("type", type, "must not be blank")));
    }
    return type;
  }

  private static AttachContactToProfileRequest attachRequest(long contactId, String type) {
    return AttachContactToProfile.builder().contactId(contactId).type(type).build();
  }
}
