package com.trengo.sandbox.internal.api;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.trengo.sandbox.internal.store.Records;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.LongPredicate;

/**
 * The routes of one account resource that Trengo serves like a Laravel resource controller (labels,
 * custom fields, teams, ticket results, contact groups, quick replies, webhooks): list, get, create,
 * update, delete. What differs between resources is given to it: the records, how one is shown, how a
 * body is read into one, how the list is paged and filtered, and what deleting one also removes. Ids
 * in the path are 404 when unknown; a body that fails its rules is 422 before anything changes.
 *
 * <p>The create and update answers are the record, 201 and 200; a delete is 204.
 */
final class RecordRoutes<T> {

  /**
   * Reads and validates a create or update body (throwing the 422), and returns how to make the record
   * from it: with the id the store gives it, and the record it replaces (null on create).
   */
  @FunctionalInterface
  interface Input<T> {
    Maker<T> read(BodyReader body);
  }

  /** Makes a record from a body already read. */
  @FunctionalInterface
  interface Maker<T> {
    T make(long id, T replaced);
  }

  private final Records<T> records;
  private final String model;
  private final String idParameter;
  private final Function<T, JsonObject> view;
  private final Input<T> input;
  private final Input<T> updateInput;
  private final BiFunction<List<? extends JsonElement>, ApiRequest, JsonObject> paging;
  private final BiPredicate<T, ApiRequest> filter;
  private final LongPredicate delete;
  private final boolean readable;

  private RecordRoutes(Builder<T> b) {
    this.records = b.records;
    this.model = b.model;
    this.idParameter = b.idParameter;
    this.view = b.view;
    this.input = b.input;
    this.updateInput = b.updateInput != null ? b.updateInput : b.input;
    this.paging = b.paging;
    this.filter = b.filter;
    this.delete = b.delete;
    this.readable = b.readable;
  }

  /** Routes for {@code records}, called {@code model} in 404s, its id in the path parameter {@code idParameter}. */
  static <T> Builder<T> of(Records<T> records, String model, String idParameter) {
    return new Builder<>(records, model, idParameter);
  }

  /** GET: the records that pass the filter, by id, paged. */
  ApiResponse list(ApiRequest request) {
    List<JsonObject> shown = records.all().stream().filter(r -> filter.test(r, request)).map(view).toList();
    return ApiResponse.ok(paging.apply(shown, request));
  }

  /** GET by id. */
  ApiResponse get(ApiRequest request) {
    return ApiResponse.ok(view.apply(find(request)));
  }

  /** POST: a new record from the body, 201. */
  ApiResponse create(ApiRequest request) {
    Maker<T> maker = input.read(new BodyReader(request.jsonBody()));
    return ApiResponse.created(view.apply(records.add(id -> maker.make(id, null))));
  }

  /** PUT: the record replaced by what the body makes of it (404 before 422), 200. */
  ApiResponse update(ApiRequest request) {
    T existing = find(request);
    T updated = updateInput.read(new BodyReader(request.jsonBody())).make(records.idOf(existing), existing);
    records.put(updated);
    return ApiResponse.ok(view.apply(updated));
  }

  /** DELETE: the record and what depends on it are gone, 204. */
  ApiResponse delete(ApiRequest request) {
    delete.test(records.idOf(find(request)));
    return ApiResponse.noContent();
  }

  /** The record whose id is in the path; 404 when there is none. */
  T find(ApiRequest request) {
    return request.pathModel(idParameter, model, records::get);
  }

  /**
   * Adds this resource's routes: list and create on {@code collection}, get (unless {@link
   * Builder#withoutGet()}), update and delete on {@code collection/{id}}.
   */
  Router addTo(Router router, String collection) {
    String item = collection + "/{" + idParameter + "}";
    router.add("GET", collection, this::list).add("POST", collection, this::create);
    if (readable) {
      router.add("GET", item, this::get);
    }
    return router.add("PUT", item, this::update).add("DELETE", item, this::delete);
  }

  /** Collects what differs between resources. */
  static final class Builder<T> {
    private final Records<T> records;
    private final String model;
    private final String idParameter;
    private Function<T, JsonObject> view;
    private Input<T> input;
    private Input<T> updateInput;
    private BiFunction<List<? extends JsonElement>, ApiRequest, JsonObject> paging = Pagination::lengthAware;
    private BiPredicate<T, ApiRequest> filter = (record, request) -> true;
    private LongPredicate delete;
    private boolean readable = true;

    private Builder(Records<T> records, String model, String idParameter) {
      this.records = records;
      this.model = model;
      this.idParameter = idParameter;
      this.delete = records::remove;
    }

    /** How a record is shown. Required. */
    Builder<T> view(Function<T, JsonObject> view) {
      this.view = view;
      return this;
    }

    /** How a create or update body is read. Required. */
    Builder<T> input(Input<T> input) {
      this.input = input;
      return this;
    }

    /** How an update body is read, when its rules are not the create's (nothing required, say). */
    Builder<T> updateInput(Input<T> updateInput) {
      this.updateInput = updateInput;
      return this;
    }

    /** How the list is paged; Laravel's full form, 25 a page, by default. */
    Builder<T> paging(BiFunction<List<? extends JsonElement>, ApiRequest, JsonObject> paging) {
      this.paging = paging;
      return this;
    }

    /** Which records a list request shows; all by default. */
    Builder<T> filter(BiPredicate<T, ApiRequest> filter) {
      this.filter = filter;
      return this;
    }

    /** How a record is deleted, with what depends on it; only the record by default. */
    Builder<T> delete(LongPredicate delete) {
      this.delete = delete;
      return this;
    }

    /** No route reads one record: the contract has none (quick replies). */
    Builder<T> withoutGet() {
      this.readable = false;
      return this;
    }

    RecordRoutes<T> build() {
      Objects.requireNonNull(view, "view");
      Objects.requireNonNull(input, "input");
      return new RecordRoutes<>(this);
    }
  }
}
